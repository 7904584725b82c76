#include "catch.h"
#include "domain/enums.h"

#include <initializer_list>

using namespace Accueil;
using namespace Qt::StringLiterals;

namespace {

// Every value maps to its expected key and back; keys are unique.
template<typename E>
void checkKeys(std::initializer_list<std::pair<E, QString>> expected)
{
    QStringList seen;
    for (const auto &[value, key] : expected) {
        INFO("key " << key.toStdString());
        CHECK(toKey(value) == key);
        CHECK(fromKey<E>(key) == value);
        CHECK_FALSE(seen.contains(key));
        seen << key;
    }
    CHECK_FALSE(fromKey<E>(u""_s).has_value());
    CHECK_FALSE(fromKey<E>(u"nonsense"_s).has_value());
    CHECK_FALSE(fromKey<E>(seen.first().toUpper()).has_value()); // keys are case-sensitive
}

} // namespace

// The keys are what the database stores (and what the schema's CHECK constraints list): changing
// one breaks existing data, so they are spelled out here.
TEST_CASE("Enum keys are stable and round trip", "[unit][enums]")
{
    checkKeys<Role>({{Role::Secretary, u"secretary"_s},
                     {Role::Practitioner, u"practitioner"_s},
                     {Role::Coordinator, u"coordinator"_s},
                     {Role::Admin, u"admin"_s}});
    checkKeys<AgendaKind>({{AgendaKind::Practitioner, u"practitioner"_s},
                           {AgendaKind::Room, u"room"_s},
                           {AgendaKind::Equipment, u"equipment"_s}});
    checkKeys<SlotKind>({{SlotKind::Desk, u"desk"_s},
                         {SlotKind::Internet, u"internet"_s},
                         {SlotKind::Urgent, u"urgent"_s},
                         {SlotKind::Unavailable, u"unavailable"_s}});
    checkKeys<AppointmentStatus>({{AppointmentStatus::Booked, u"booked"_s},
                                  {AppointmentStatus::Arrived, u"arrived"_s},
                                  {AppointmentStatus::InConsultation, u"in_consultation"_s},
                                  {AppointmentStatus::Done, u"done"_s},
                                  {AppointmentStatus::NoShow, u"no_show"_s},
                                  {AppointmentStatus::Cancelled, u"cancelled"_s}});
    checkKeys<Channel>({{Channel::Desk, u"desk"_s},
                        {Channel::Web, u"web"_s},
                        {Channel::Practitioner, u"practitioner"_s},
                        {Channel::System, u"system"_s}});
    checkKeys<Sex>({{Sex::Unknown, u"unknown"_s}, {Sex::Female, u"female"_s}, {Sex::Male, u"male"_s}});
}

TEST_CASE("Only cancelled appointments free their time", "[unit][enums]")
{
    CHECK(occupiesTime(AppointmentStatus::Booked));
    CHECK(occupiesTime(AppointmentStatus::Arrived));
    CHECK(occupiesTime(AppointmentStatus::InConsultation));
    CHECK(occupiesTime(AppointmentStatus::Done));
    CHECK(occupiesTime(AppointmentStatus::NoShow));
    CHECK_FALSE(occupiesTime(AppointmentStatus::Cancelled));
}
