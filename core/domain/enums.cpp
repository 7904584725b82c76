#include "enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Accueil {

namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr KeyTable<Role, 4> roleKeys{{{Role::Secretary, u"secretary"},
                                      {Role::Practitioner, u"practitioner"},
                                      {Role::Coordinator, u"coordinator"},
                                      {Role::Admin, u"admin"}}};
constexpr KeyTable<AgendaKind, 3> agendaKindKeys{{{AgendaKind::Practitioner, u"practitioner"},
                                                  {AgendaKind::Room, u"room"},
                                                  {AgendaKind::Equipment, u"equipment"}}};
constexpr KeyTable<SlotKind, 4> slotKindKeys{{{SlotKind::Desk, u"desk"},
                                              {SlotKind::Internet, u"internet"},
                                              {SlotKind::Urgent, u"urgent"},
                                              {SlotKind::Unavailable, u"unavailable"}}};
constexpr KeyTable<AppointmentStatus, 6> statusKeys{{{AppointmentStatus::Booked, u"booked"},
                                                     {AppointmentStatus::Arrived, u"arrived"},
                                                     {AppointmentStatus::InConsultation, u"in_consultation"},
                                                     {AppointmentStatus::Done, u"done"},
                                                     {AppointmentStatus::NoShow, u"no_show"},
                                                     {AppointmentStatus::Cancelled, u"cancelled"}}};
constexpr KeyTable<Channel, 4> channelKeys{{{Channel::Desk, u"desk"},
                                            {Channel::Web, u"web"},
                                            {Channel::Practitioner, u"practitioner"},
                                            {Channel::System, u"system"}}};
constexpr KeyTable<Sex, 3> sexKeys{
        {{Sex::Unknown, u"unknown"}, {Sex::Female, u"female"}, {Sex::Male, u"male"}}};

template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return key.toString();
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, QStringView key)
{
    for (const auto &[candidate, candidateKey] : table) {
        if (candidateKey == key)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString toKey(Role value)
{
    return keyOf(roleKeys, value);
}
QString toKey(AgendaKind value)
{
    return keyOf(agendaKindKeys, value);
}
QString toKey(SlotKind value)
{
    return keyOf(slotKindKeys, value);
}
QString toKey(AppointmentStatus value)
{
    return keyOf(statusKeys, value);
}
QString toKey(Channel value)
{
    return keyOf(channelKeys, value);
}
QString toKey(Sex value)
{
    return keyOf(sexKeys, value);
}

template<>
std::optional<Role> fromKey<Role>(QStringView key)
{
    return valueOf(roleKeys, key);
}
template<>
std::optional<AgendaKind> fromKey<AgendaKind>(QStringView key)
{
    return valueOf(agendaKindKeys, key);
}
template<>
std::optional<SlotKind> fromKey<SlotKind>(QStringView key)
{
    return valueOf(slotKindKeys, key);
}
template<>
std::optional<AppointmentStatus> fromKey<AppointmentStatus>(QStringView key)
{
    return valueOf(statusKeys, key);
}
template<>
std::optional<Channel> fromKey<Channel>(QStringView key)
{
    return valueOf(channelKeys, key);
}
template<>
std::optional<Sex> fromKey<Sex>(QStringView key)
{
    return valueOf(sexKeys, key);
}

QString statusName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QCoreApplication::translate("Agenda", "Booked");
    case AppointmentStatus::Arrived:
        return QCoreApplication::translate("Agenda", "Arrived");
    case AppointmentStatus::InConsultation:
        return QCoreApplication::translate("Agenda", "In consultation");
    case AppointmentStatus::Done:
        return QCoreApplication::translate("Agenda", "Done");
    case AppointmentStatus::NoShow:
        return QCoreApplication::translate("Agenda", "No-show");
    case AppointmentStatus::Cancelled:
        return QCoreApplication::translate("Agenda", "Cancelled");
    }
    return {};
}

} // namespace Accueil
