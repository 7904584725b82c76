#include "catch.h"
#include "schedulerfixture.h"

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// The rule a refused call names, or "" when it went through.
template<typename F>
QString refusedRule(F &&call)
{
    const std::optional<StoreError> error = storeErrorFrom(std::forward<F>(call));
    if (!error)
        return {};
    if (error->kind() != StoreError::Kind::RuleRefused)
        return u"(not a rule: "_s + QString::fromUtf8(error->what()) + u")"_s;
    return error->code();
}

} // namespace

TEST_CASE("Booking horizon: three months ahead, to the day, and the refusal says from when", "[rules]")
{
    SchedulerFixture f; // Monday 15 June 2026; the horizon is 92 days: the last day is Tuesday 15 September
    const QDate last(2026, 9, 15);
    CHECK(refusedRule([&] {
              f.scheduler->book(f.request(f.at(last, 9, 0), Channel::Web), f.web);
          }).isEmpty());

    const QDate beyond(2026, 9, 16);
    const auto error
            = storeErrorFrom([&] { f.scheduler->book(f.request(f.at(beyond, 9, 0), Channel::Web), f.web); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::RuleRefused);
    CHECK(error->code() == u"horizon"_s);
    CHECK(error->message().contains(u"Tuesday 16 June 2026"_s)); // the day it opens, with its weekday
    CHECK(f.starts(beyond, Channel::Web).empty());
    CHECK_FALSE(f.starts(beyond, Channel::Desk).empty()); // the desk books further ahead

    // An agenda may set its own horizon.
    AgendaRules own;
    own.agendaId = f.agenda.id;
    own.horizonDays = 7;
    f.store->insert(own, setupActor());
    CHECK(refusedRule(
                  [&] { f.scheduler->book(f.request(f.at(QDate(2026, 6, 23), 9, 0), Channel::Web), f.web); })
          == u"horizon"_s);
    CHECK(refusedRule([&] {
              f.scheduler->book(f.request(f.at(QDate(2026, 6, 22), 9, 0), Channel::Web), f.web);
          }).isEmpty());
}

TEST_CASE("Minimum notice of two hours, to the second", "[rules]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);
    f.setTime(tuesday, 6, 30, 1);
    CHECK(refusedRule([&] { f.scheduler->book(f.request(f.at(tuesday, 8, 30), Channel::Web), f.web); })
          == u"minimum_notice"_s);
    f.setTime(tuesday, 6, 30, 0);
    CHECK(refusedRule([&] {
              f.scheduler->book(f.request(f.at(tuesday, 8, 30), Channel::Web), f.web);
          }).isEmpty());
}

TEST_CASE("Urgent slots are refused online before their release, accepted after", "[rules]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);
    BookingRequest r = f.request(f.at(tuesday, 8, 0), Channel::Web);
    r.typeId = f.urgent.id;
    f.setTime(QDate(2026, 6, 15), 18, 59, 59);
    const auto early = storeErrorFrom([&] { f.scheduler->book(r, f.web); });
    REQUIRE(early);
    CHECK(early->code() == u"urgent_not_released"_s);
    CHECK(early->message().contains(u"Monday 15 June 2026 at 19:00"_s));
    f.setTime(QDate(2026, 6, 15), 19, 0, 0);
    CHECK(refusedRule([&] { f.scheduler->book(r, f.web); }).isEmpty());
}

TEST_CASE("Online cancellation until 24 hours before, to the second; the desk can always cancel", "[rules]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);
    const Appointment first = f.scheduler->book(f.request(f.at(tuesday, 9, 0), Channel::Web), f.web);
    const Appointment second = f.scheduler->book(f.request(f.at(tuesday, 9, 15), Channel::Web), f.web);

    f.setTime(QDate(2026, 6, 15), 9, 0, 1);
    CHECK(refusedRule([&] { f.scheduler->cancel(first.id, u"Empêchement"_s, f.web); })
          == u"cancellation_deadline"_s);
    CHECK(f.store->get<Appointment>(first.id).status == AppointmentStatus::Booked);
    CHECK(refusedRule([&] { f.scheduler->cancel(first.id, u"Empêchement"_s, f.desk); }).isEmpty());

    f.setTime(QDate(2026, 6, 15), 9, 15, 0);
    CHECK(refusedRule([&] { f.scheduler->cancel(second.id, u"Empêchement"_s, f.web); }).isEmpty());
    CHECK(f.store->get<Appointment>(second.id).status == AppointmentStatus::Cancelled);
}

TEST_CASE("At most two online reschedules", "[rules]")
{
    SchedulerFixture f;
    // Wednesday: more than 24 hours ahead, so the cancellation deadline does not get in the way.
    const QDate wednesday(2026, 6, 17);
    Appointment a = f.scheduler->book(f.request(f.at(wednesday, 8, 30), Channel::Web), f.web);
    a = f.scheduler->move(a.id, a.version, f.agenda.id, f.at(wednesday, 8, 45), 15, f.web);
    a = f.scheduler->move(a.id, a.version, f.agenda.id, f.at(wednesday, 9, 0), 15, f.web);
    CHECK(a.onlineReschedules == 2);
    CHECK(refusedRule(
                  [&] { f.scheduler->move(a.id, a.version, f.agenda.id, f.at(wednesday, 9, 15), 15, f.web); })
          == u"max_reschedules"_s);
    CHECK(f.store->get<Appointment>(a.id).start == f.at(wednesday, 9, 0));
    // The desk still can.
    CHECK(refusedRule([&] {
              f.scheduler->move(a.id, a.version, f.agenda.id, f.at(wednesday, 9, 15), 15, f.desk);
          }).isEmpty());

    // Within 24 hours a move online is refused like a cancellation.
    const QDate tuesday(2026, 6, 16);
    const Appointment soon = f.scheduler->book(f.request(f.at(tuesday, 8, 30), Channel::Web), f.web);
    CHECK(refusedRule([&] {
              f.scheduler->move(soon.id, soon.version, f.agenda.id, f.at(tuesday, 8, 45), 15, f.web);
          })
          == u"cancellation_deadline"_s);
}

TEST_CASE("New patients online follow the practitioner's choice", "[rules]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);
    Practitioner closed = f.gp;
    closed.acceptsNewPatients = false;
    f.store->update(closed, setupActor());

    const Patient stranger = f.newPatient(u"Inconnu"_s);
    BookingRequest r = f.request(f.at(tuesday, 8, 30), Channel::Web);
    r.patientId = stranger.id;
    CHECK(refusedRule([&] { f.scheduler->book(r, f.web); }) == u"new_patients"_s);

    // Seen once before (a past appointment): not new.
    addAppointment(*f.store, f.agenda, f.at(QDate(2025, 3, 3), 10, 0), 15, f.desk, stranger.id);
    CHECK(refusedRule([&] { f.scheduler->book(r, f.web); }).isEmpty());
}

TEST_CASE("At most two online bookings per patient and per day", "[rules]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);
    f.scheduler->book(f.request(f.at(tuesday, 8, 30), Channel::Web), f.web);
    f.scheduler->book(f.request(f.at(tuesday, 8, 45), Channel::Web), f.web);
    CHECK(refusedRule([&] { f.scheduler->book(f.request(f.at(tuesday, 9, 0), Channel::Web), f.web); })
          == u"max_per_day"_s);
    // Another day is fine, and so is the desk.
    CHECK(refusedRule([&] {
              f.scheduler->book(f.request(f.at(QDate(2026, 6, 17), 9, 0), Channel::Web), f.web);
          }).isEmpty());
    CHECK(refusedRule([&] { f.scheduler->book(f.request(f.at(tuesday, 9, 0)), f.desk); }).isEmpty());
}

TEST_CASE("Types limited by age and types not bookable online", "[rules]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);
    BookingRequest r = f.request(f.at(tuesday, 8, 30), Channel::Web);
    r.typeId = f.infant.id;
    CHECK(refusedRule([&] { f.scheduler->book(r, f.web); }) == u"age"_s); // Louise was born in 1980

    const Patient baby = f.newPatient(u"Lina"_s, QDate(2025, 12, 1));
    addAppointment(*f.store, f.agenda, f.at(QDate(2026, 1, 5), 10, 0), 15, f.desk, baby.id);
    r.patientId = baby.id;
    CHECK(refusedRule([&] { f.scheduler->book(r, f.web); }).isEmpty());

    BookingRequest deskOnly = f.request(f.at(tuesday, 9, 15), Channel::Web);
    deskOnly.typeId = f.desk30.id;
    CHECK(refusedRule([&] { f.scheduler->book(deskOnly, f.web); }) == u"not_online"_s);
}
