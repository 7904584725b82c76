// The patient's way through the centre (arrived, in consultation, done, no-show) and the batched
// grids the desk's views read.
#include "catch.h"
#include "entitychecks.h"
#include "schedulerfixture.h"

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {
const QDate tuesday(2026, 6, 16);
} // namespace

TEST_CASE("Arrival records the time; each status is one call; going back clears the arrival", "[status]")
{
    SchedulerFixture f;
    const Appointment booked = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    f.setTime(tuesday, 9, 52);

    const Appointment arrived
            = f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::Arrived, f.desk);
    CHECK(arrived.status == AppointmentStatus::Arrived);
    CHECK(arrived.arrivedAt == f.at(tuesday, 9, 52));
    CHECK(arrived.updatedBy == f.secretary.id);

    // Later steps keep the arrival time, so the waiting time stays known.
    f.setTime(tuesday, 10, 5);
    const Appointment inRoom
            = f.scheduler->setStatus(booked.id, arrived.version, AppointmentStatus::InConsultation, f.desk);
    CHECK(inRoom.arrivedAt == f.at(tuesday, 9, 52));
    const Appointment done
            = f.scheduler->setStatus(booked.id, inRoom.version, AppointmentStatus::Done, f.desk);
    CHECK(done.status == AppointmentStatus::Done);
    CHECK(done.arrivedAt == f.at(tuesday, 9, 52));

    // Undoing the arrival (a wrong click) brings it back to booked, without an arrival time.
    const Appointment back
            = f.scheduler->setStatus(booked.id, done.version, AppointmentStatus::Booked, f.desk);
    CHECK(back.status == AppointmentStatus::Booked);
    CHECK_FALSE(back.arrivedAt.isValid());
    checkSame(f.store->get<Appointment>(booked.id), back);

    const std::vector<AuditEvent> trail = f.store->auditTrail(u"appointment"_s, booked.id);
    REQUIRE(trail.size() == 5);
    CHECK(trail[1].action == u"status"_s);
    CHECK(trail[1].before.value(u"status"_s).toString() == u"booked"_s);
    CHECK(trail[1].after.value(u"status"_s).toString() == u"arrived"_s);
    CHECK(trail[1].actorLabel == f.secretary.initials);
}

TEST_CASE("A status change on a stale version is refused and changes nothing", "[status]")
{
    SchedulerFixture f;
    const Appointment booked = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    const Appointment arrived
            = f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::Arrived, f.desk);
    const WriteTrace before = WriteTrace::of(*f.store, u"appointment"_s);
    const auto error = storeErrorFrom(
            [&] { f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::Done, f.desk); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::VersionConflict);
    CHECK(error->message().contains(f.secretary.initials));
    CHECK(WriteTrace::of(*f.store, u"appointment"_s) == before);
    CHECK(f.store->get<Appointment>(booked.id).status == arrived.status);
}

TEST_CASE("No-show only once the appointment has started; cancelled ones and cancelling are refused",
          "[status]")
{
    SchedulerFixture f;
    Appointment booked = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    f.setTime(tuesday, 9, 59);
    auto error = storeErrorFrom(
            [&] { f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::NoShow, f.desk); });
    REQUIRE(error);
    CHECK(error->code() == u"not_started"_s);
    f.setTime(tuesday, 10, 0);
    booked = f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::NoShow, f.desk);
    CHECK(booked.status == AppointmentStatus::NoShow);

    error = storeErrorFrom(
            [&] { f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::Cancelled, f.desk); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::Invalid);

    const Appointment other = f.scheduler->book(f.request(f.at(tuesday, 11, 0)), f.desk);
    const Appointment cancelled = f.scheduler->cancel(other.id, u"Patient called"_s, f.desk);
    error = storeErrorFrom(
            [&] { f.scheduler->setStatus(other.id, cancelled.version, AppointmentStatus::Arrived, f.desk); });
    REQUIRE(error);
    CHECK(error->code() == u"cancelled"_s);
}

TEST_CASE("grids() gives every agenda the same slots as grid() asked one by one", "[status]")
{
    SchedulerFixture f;
    const Practitioner second = addPractitioner(*f.store, u"Paul"_s, u"Second"_s);
    const Agenda other = addAgenda(*f.store, second, u"Dr Second"_s, 2);
    // The second agenda has no template: an empty grid, not a missing entry.
    f.scheduler->blockPeriod(f.agenda.id, f.at(tuesday, 14, 0), f.at(tuesday, 16, 0), u"Formation"_s, f.desk);

    const QDate monday(2026, 6, 15);
    const QDate sunday(2026, 6, 21);
    const auto grids = f.scheduler->grids({f.agenda.id, other.id}, monday, sunday);
    REQUIRE(grids.size() == 2);
    CHECK(grids.at(f.agenda.id) == f.scheduler->grid(f.agenda.id, monday, sunday));
    CHECK(grids.at(other.id).empty());
    CHECK_FALSE(grids.at(f.agenda.id).empty());
    const auto blocked = std::count_if(grids.at(f.agenda.id).begin(), grids.at(f.agenda.id).end(),
                                       [](const Slot &s) { return s.blocked && s.label == u"Formation"_s; });
    CHECK(blocked == 8);
    CHECK(f.scheduler->grids({}, monday, sunday).empty());
}

TEST_CASE("A conflict says what the other desk changed, by whom and when", "[status]")
{
    SchedulerFixture f;
    const Appointment booked = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    const StaffUser other = addStaff(*f.store, u"nadia"_s, u"NB"_s);
    f.scheduler->move(booked.id, booked.version, f.agenda.id, f.at(tuesday, 11, 0), 15, deskActor(other));
    const auto error = storeErrorFrom(
            [&] { f.scheduler->setStatus(booked.id, booked.version, AppointmentStatus::Arrived, f.desk); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::VersionConflict);
    INFO(error->message().toStdString());
    CHECK(error->message().contains(u"NB"_s));
    CHECK(error->message().contains(u"the time"_s));
    CHECK(error->message().contains(u"15/06/2026 10:00"_s)); // when, in Paris time
}
