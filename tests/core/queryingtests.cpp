// appointmentsBetween: what the agenda grid reads.
#include "catch.h"
#include "fixtures.h"
#include "testdatabase.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> ids(const std::vector<AppointmentRow> &rows)
{
    QList<qint64> result;
    for (const AppointmentRow &row : rows)
        result << row.appointment.id;
    return result;
}

} // namespace

TEST_CASE("appointmentsBetween returns what overlaps [from, to), by agenda then start", "[query]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    const Agenda second = addAgenda(store, s.practitioner, u"Dr Moreau – échographie"_s, 1);
    const Agenda notAsked = addAgenda(store, s.practitioner, u"Salle 2"_s, 2);
    REQUIRE(s.agenda.id < second.id);

    const QDateTime from = utc(2026, 6, 16, 10, 0);
    const QDateTime to = utc(2026, 6, 16, 12, 0);
    // Overlapping on purpose: marked overbooked, as the database refuses overlaps otherwise.
    auto add = [&](const Agenda &agenda, const QDateTime &start, int minutes) {
        Appointment a;
        a.agendaId = agenda.id;
        a.patientId = s.patient.id;
        a.typeId = s.type.id;
        a.start = start;
        a.end = start.addSecs(qint64(minutes) * 60);
        a.overbooked = true;
        return store.insert(a, s.actor).id;
    };

    // Inserted out of order on purpose.
    const qint64 secondAgenda = add(second, utc(2026, 6, 16, 10, 30), 20);
    const qint64 endsAfterTo = add(s.agenda, utc(2026, 6, 16, 11, 45), 30);
    const qint64 startsAtFrom = add(s.agenda, utc(2026, 6, 16, 10, 0), 20);
    const qint64 startedBefore = add(s.agenda, utc(2026, 6, 16, 9, 30), 45);        // ends 10:15
    const qint64 nearlyDayLong = add(s.agenda, from.addSecs(-86400 + 60), 24 * 60); // ends 10:01
    add(s.agenda, utc(2026, 6, 16, 9, 30), 30);                                     // ends exactly at from
    add(s.agenda, utc(2026, 6, 16, 12, 0), 15);                                     // starts exactly at to
    add(s.agenda, from.addSecs(-86400), 24 * 60); // a full day ending at from
    add(notAsked, utc(2026, 6, 16, 10, 30), 20);

    const std::vector<AppointmentRow> rows = store.appointmentsBetween({s.agenda.id, second.id}, from, to);
    CHECK(ids(rows) == QList<qint64>{nearlyDayLong, startedBefore, startsAtFrom, endsAfterTo, secondAgenda});

    SECTION("the list of agendas decides which columns are read")
    {
        CHECK(ids(store.appointmentsBetween({second.id}, from, to)) == QList<qint64>{secondAgenda});
        CHECK(store.appointmentsBetween({}, from, to).empty());
        CHECK(store.appointmentsBetween({notAsked.id + 100}, from, to).empty());
        // Asking for the same agendas in another order gives the same order.
        CHECK(ids(store.appointmentsBetween({second.id, s.agenda.id}, from, to)) == ids(rows));
    }
    SECTION("an empty window")
    {
        CHECK(store.appointmentsBetween({s.agenda.id}, utc(2026, 6, 16, 13, 0), utc(2026, 6, 16, 18, 0))
                      .empty());
    }
}

TEST_CASE("appointmentsBetween joins the patient, the type and the creator's initials", "[query]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    const Patient onlyLastName = addPatient(store, u"Nguyen"_s, u""_s);
    const QDateTime day = utc(2026, 6, 16, 0, 0);

    const qint64 full
            = addAppointment(store, s.agenda, day.addSecs(8 * 3600), 20, s.actor, s.patient.id, s.type.id).id;
    const qint64 noFirstName
            = addAppointment(store, s.agenda, day.addSecs(9 * 3600), 20, s.actor, onlyLastName.id).id;
    const qint64 blocked = addAppointment(store, s.agenda, day.addSecs(10 * 3600), 20, setupActor()).id;

    const std::vector<AppointmentRow> rows = store.appointmentsBetween({s.agenda.id}, day, day.addDays(1));
    REQUIRE(ids(rows) == QList<qint64>{full, noFirstName, blocked});

    CHECK(rows[0].patientName == u"DUPONT Jeanne"_s);
    CHECK(rows[0].typeLabel == u"Consultation"_s);
    CHECK(rows[0].createdByInitials == u"SL"_s);
    CHECK(rows[0].appointment.patientId == s.patient.id);
    CHECK(rows[0].appointment.start == day.addSecs(8 * 3600));

    CHECK(rows[1].patientName == u"NGUYEN"_s);
    CHECK(rows[1].typeLabel.isEmpty());

    CHECK(rows[2].patientName.isEmpty());       // no patient: a blocked slot
    CHECK(rows[2].createdByInitials.isEmpty()); // created by the system
}

TEST_CASE("Nothing is purged: appointments more than ten years old are still there", "[query]")
{
    StoreFixture f;
    const BasicSetup s = addBasicSetup(*f.store);
    const QDateTime old = utc(2014, 3, 10, 8, 15);
    const qint64 oldId = addAppointment(*f.store, s.agenda, old, 20, s.actor, s.patient.id, s.type.id).id;
    std::vector<Appointment> recent(50);
    for (std::size_t i = 0; i < recent.size(); ++i) {
        recent[i].agendaId = s.agenda.id;
        recent[i].start = utc(2026, 6, 1, 8, 0).addDays(qint64(i));
        recent[i].end = recent[i].start.addSecs(1200);
    }
    f.store->importAll(recent, s.actor, u"test"_s, false);

    // Later, on another connection, with the clock far in the future.
    f.store.reset();
    f.clock.set(utc(2040, 1, 1, 0, 0));
    const auto store = Store::open(f.database.url(), f.clock);
    const std::vector<AppointmentRow> rows
            = store->appointmentsBetween({s.agenda.id}, utc(2014, 3, 10, 0, 0), utc(2014, 3, 11, 0, 0));
    REQUIRE(ids(rows) == QList<qint64>{oldId});
    CHECK(rows.front().appointment.start == old);
    CHECK(rows.front().patientName == u"DUPONT Jeanne"_s);
    CHECK(store->count<Appointment>() == 51);
    CHECK(store->auditTrail(u"appointment"_s, oldId).size() == 1);
}
