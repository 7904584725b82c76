#include "catch.h"
#include "errorchecks.h"
#include "schedulerfixture.h"

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {
const QDate tuesday(2026, 6, 16);
} // namespace

TEST_CASE("A taken time is refused with SlotTaken; overbooking needs the explicit flag", "[booking]")
{
    SchedulerFixture f;
    const Appointment first = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    CHECK(first.end == f.at(tuesday, 10, 15));
    CHECK(first.createdBy == f.secretary.id);
    CHECK_FALSE(first.overbooked);

    const WriteTrace before = WriteTrace::of(*f.store, u"appointment"_s);
    CHECK(kindOf(storeErrorFrom([&] { f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk); }))
          == StoreError::Kind::SlotTaken);
    CHECK(WriteTrace::of(*f.store, u"appointment"_s) == before);

    BookingRequest forced = f.request(f.at(tuesday, 10, 0));
    forced.overbook = true;
    const Appointment over = f.scheduler->book(forced, f.desk);
    CHECK(over.overbooked);
    forced.channel = Channel::Web;
    CHECK(kindOf(storeErrorFrom([&] { f.scheduler->book(forced, f.web); })) == StoreError::Kind::Invalid);
}

TEST_CASE("The database itself refuses overlapping appointments, whoever writes them", "[booking]")
{
    SchedulerFixture f;
    addAppointment(*f.store, f.agenda, f.at(tuesday, 10, 0), 30, f.desk, f.patient.id);
    // Bypassing the scheduler: a direct insert that overlaps is still refused.
    const auto error = storeErrorFrom(
            [&] { addAppointment(*f.store, f.agenda, f.at(tuesday, 10, 15), 15, f.desk, f.patient.id); });
    CHECK(kindOf(error) == StoreError::Kind::SlotTaken);
    // Touching is not overlapping, and a cancelled appointment frees its time.
    addAppointment(*f.store, f.agenda, f.at(tuesday, 10, 30), 15, f.desk, f.patient.id);
    Appointment cancelled
            = addAppointment(*f.store, f.agenda, f.at(tuesday, 11, 0), 15, f.desk, f.patient.id);
    cancelled.status = AppointmentStatus::Cancelled;
    f.store->update(cancelled, f.desk);
    addAppointment(*f.store, f.agenda, f.at(tuesday, 11, 0), 15, f.desk, f.patient.id);
    // Moving one onto another by a plain update is refused too.
    Appointment moved = addAppointment(*f.store, f.agenda, f.at(tuesday, 11, 30), 15, f.desk, f.patient.id);
    moved.start = f.at(tuesday, 10, 30);
    moved.end = f.at(tuesday, 10, 45);
    CHECK(kindOf(storeErrorFrom([&] { f.store->update(moved, f.desk); })) == StoreError::Kind::SlotTaken);
}

TEST_CASE("Refusals say why: no slot, blocked, unavailable, too long", "[booking]")
{
    SchedulerFixture f;
    const auto code = [&](const QDateTime &start, qint64 typeId = 0) {
        BookingRequest r = f.request(start);
        if (typeId)
            r.typeId = typeId;
        const auto error = storeErrorFrom([&] { f.scheduler->book(r, f.desk); });
        REQUIRE(error);
        return error->code();
    };
    CHECK(code(f.at(tuesday, 12, 30)) == u"no_slot"_s);
    CHECK(code(f.at(tuesday, 10, 5)) == u"no_slot"_s);
    CHECK(code(f.at(tuesday, 11, 45), f.infant.id) == u"too_long"_s);
    f.scheduler->blockPeriod(f.agenda.id, f.at(tuesday, 14, 0), f.at(tuesday, 16, 0), u"Formation"_s, f.desk);
    CHECK(code(f.at(tuesday, 14, 30)) == u"blocked"_s);
    f.scheduler->setSlotKind(f.agenda.id, f.at(tuesday, 16, 0), f.at(tuesday, 16, 30), SlotKind::Unavailable,
                             f.desk);
    CHECK(code(f.at(tuesday, 16, 15)) == u"unavailable"_s);
    CHECK(code(f.at(QDate(2026, 6, 12), 10, 0)) == u"past"_s);
}

TEST_CASE("Moving and resizing keep the grid and guard against a concurrent change", "[booking]")
{
    SchedulerFixture f;
    Appointment a = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    f.scheduler->book(f.request(f.at(tuesday, 10, 30)), f.desk);

    // "+": 15 → 30 minutes is free; 30 → 45 would overlap 10:30.
    a = f.scheduler->move(a.id, a.version, f.agenda.id, a.start, 30, f.desk);
    CHECK(a.end == f.at(tuesday, 10, 30));
    CHECK(kindOf(storeErrorFrom(
                  [&] { f.scheduler->move(a.id, a.version, f.agenda.id, a.start, 45, f.desk); }))
          == StoreError::Kind::SlotTaken);

    const int stale = a.version;
    a = f.scheduler->move(a.id, a.version, f.agenda.id, f.at(tuesday, 11, 0), 30, f.desk);
    const auto conflict = storeErrorFrom(
            [&] { f.scheduler->move(a.id, stale, f.agenda.id, f.at(tuesday, 14, 0), 30, f.desk); });
    CHECK(kindOf(conflict) == StoreError::Kind::VersionConflict);
    CHECK(conflict->message().contains(f.secretary.initials));
    CHECK(f.store->get<Appointment>(a.id).start == f.at(tuesday, 11, 0));

    // The audit trail has the moves.
    const auto trail = f.store->auditTrail(u"appointment"_s, a.id);
    REQUIRE(trail.size() == 3);
    CHECK(trail[1].action == u"move"_s);
    CHECK(trail[2].before.value(u"start_utc"_s).toString() == f.at(tuesday, 10, 0).toString(Qt::ISODate));
}

TEST_CASE("A series is booked in one action; what cannot be placed is listed", "[booking][series]")
{
    SchedulerFixture f;
    AppointmentType physio = f.consultation;
    physio.id = 0;
    physio.label = u"Séance de kinésithérapie"_s;
    physio.durationMinutes = 30;
    physio.seriesSessions = 10;
    physio.seriesPerWeek = 2;
    physio = f.store->insert(physio, setupActor());

    const QDate monday(2026, 6, 22);
    // Thursday 25 June is blocked all day; on Monday 29 June 10:00 is taken.
    f.scheduler->blockPeriod(f.agenda.id, f.at(QDate(2026, 6, 25), 0, 0), f.at(QDate(2026, 6, 26), 0, 0),
                             u"Congés"_s, f.desk);
    f.scheduler->book(f.request(f.at(QDate(2026, 6, 29), 10, 0)), f.desk);

    BookingRequest r = f.request(f.at(monday, 10, 0));
    r.typeId = physio.id;
    const SeriesResult series = f.scheduler->bookSeries(r, f.desk);
    REQUIRE(series.booked.size() == 9);
    REQUIRE(series.notPlaced.size() == 1);
    CHECK(series.notPlaced.front() == QDate(2026, 6, 25));

    // Mondays and Thursdays, same time, except 29 June moved to the closest free time.
    CHECK(series.booked[0].start == f.at(monday, 10, 0));
    CHECK(series.booked[1].start == f.at(QDate(2026, 6, 29), 10, 15));
    CHECK(series.booked[2].start == f.at(QDate(2026, 7, 2), 10, 0));
    for (const Appointment &session : series.booked) {
        CHECK(session.seriesId == series.booked.front().id);
        CHECK(session.end == session.start.addSecs(1800));
    }
    CHECK(series.booked.back().start == f.at(QDate(2026, 7, 23), 10, 0));
}

TEST_CASE("Staff may place or stretch an appointment earlier today; the web and other days may not",
          "[booking]")
{
    SchedulerFixture f;
    const QDate monday(2026, 6, 15); // the clock says 10:00
    // A walk-in seen at 08:45, recorded at 10:00.
    Appointment walkIn = f.scheduler->book(f.request(f.at(monday, 8, 45)), f.desk);
    CHECK(walkIn.start == f.at(monday, 8, 45));
    // The consultation runs over: "+" at 10:00 on an appointment that started at 09:45.
    Appointment running = f.scheduler->book(f.request(f.at(monday, 9, 45)), f.desk);
    running = f.scheduler->move(running.id, running.version, f.agenda.id, running.start, 30, f.desk);
    CHECK(running.end == f.at(monday, 10, 15));
    // The lists of free times still start from now.
    CHECK(f.starts(monday, Channel::Desk).front() == f.at(monday, 10, 15));

    const auto web
            = storeErrorFrom([&] { f.scheduler->book(f.request(f.at(monday, 9, 0), Channel::Web), f.web); });
    REQUIRE(web);
    CHECK(web->kind() != StoreError::Kind::SlotTaken);
    const auto yesterday
            = storeErrorFrom([&] { f.scheduler->book(f.request(f.at(QDate(2026, 6, 14), 10, 0)), f.desk); });
    REQUIRE(yesterday);
}
