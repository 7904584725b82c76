#include "catch.h"
#include "schedulerfixture.h"

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {
const QDate tuesday(2026, 6, 16);
}

TEST_CASE("Staff see desk, internet and urgent slots; the web sees internet ones", "[availability]")
{
    SchedulerFixture f;
    const auto desk = f.starts(tuesday, Channel::Desk);
    REQUIRE(desk.size() == 32); // 16 in the morning, 16 in the afternoon
    CHECK(desk.front() == f.at(tuesday, 8, 0));
    CHECK(desk.back() == f.at(tuesday, 17, 45));

    const auto web = f.starts(tuesday, Channel::Web);
    REQUIRE(web.size() == 6); // 08:30 to 09:45; urgent slots are not released yet
    CHECK(web.front() == f.at(tuesday, 8, 30));
    CHECK(web.back() == f.at(tuesday, 9, 45));

    // A type limited to urgent slots, and a type not bookable online.
    CHECK(f.starts(tuesday, Channel::Desk, f.urgent.id).size() == 2);
    CHECK(f.starts(tuesday, Channel::Web, f.desk30.id).empty());
}

TEST_CASE("Urgent slots go online at 19:00 the evening before, to the second", "[availability][rules]")
{
    SchedulerFixture f;
    f.setTime(QDate(2026, 6, 15), 18, 59, 59);
    CHECK(f.starts(tuesday, Channel::Web).size() == 6);
    f.setTime(QDate(2026, 6, 15), 19, 0, 0);
    const auto web = f.starts(tuesday, Channel::Web);
    REQUIRE(web.size() == 8);
    CHECK(web.front() == f.at(tuesday, 8, 0));
}

TEST_CASE("A type longer than the slot takes consecutive free slots", "[availability]")
{
    SchedulerFixture f;
    const auto infant = f.starts(tuesday, Channel::Desk, f.infant.id);
    // 08:00..11:30 in the morning and 14:00..17:30: never across the lunch gap.
    REQUIRE(infant.size() == 30);
    CHECK(std::find(infant.begin(), infant.end(), f.at(tuesday, 11, 45)) == infant.end());
    CHECK(std::find(infant.begin(), infant.end(), f.at(tuesday, 11, 30)) != infant.end());

    // Booking 09:00–09:15 removes the 30-minute starts that overlap it: 08:45 and 09:00.
    f.scheduler->book(f.request(f.at(tuesday, 9, 0)), f.desk);
    const auto after = f.starts(tuesday, Channel::Desk, f.infant.id);
    CHECK(after.size() == 28);
    for (const QDateTime &gone : {f.at(tuesday, 8, 45), f.at(tuesday, 9, 0)})
        CHECK(std::find(after.begin(), after.end(), gone) == after.end());
    CHECK(std::find(after.begin(), after.end(), f.at(tuesday, 8, 30)) != after.end());
    CHECK(f.starts(tuesday, Channel::Desk).size() == 31);

    // Online, a 30-minute type needs two internet (or released urgent) slots in a row.
    const auto webInfant
            = f.scheduler->availability(f.agenda.id, f.infant.id, tuesday, tuesday, Channel::Web);
    // 08:30, 09:15 and 09:30; 09:45 would run into desk-only time.
    REQUIRE(webInfant.size() == 3);
    CHECK(webInfant[0].start == f.at(tuesday, 8, 30));
    CHECK(webInfant[1].start == f.at(tuesday, 9, 15));
    CHECK(webInfant[2].start == f.at(tuesday, 9, 30));
}

TEST_CASE("The past and cancelled appointments", "[availability]")
{
    SchedulerFixture f;
    const QDate monday(2026, 6, 15); // the clock says 10:00
    const auto today = f.starts(monday, Channel::Desk);
    REQUIRE_FALSE(today.empty());
    CHECK(today.front() == f.at(monday, 10, 0));
    CHECK(f.starts(QDate(2026, 6, 12), Channel::Desk).empty());

    const Appointment booked = f.scheduler->book(f.request(f.at(tuesday, 10, 0)), f.desk);
    CHECK(f.starts(tuesday, Channel::Desk).size() == 31);
    f.scheduler->cancel(booked.id, u"Empêchement"_s, f.desk);
    CHECK(f.starts(tuesday, Channel::Desk).size() == 32);
}

TEST_CASE("Next free slot across several agendas, by profession and by service", "[availability][next]")
{
    SchedulerFixture f;
    // A second GP with the same week, and a podiatrist.
    const Practitioner other = addPractitioner(*f.store, u"Marc"_s, u"Bonnet"_s);
    const Agenda otherAgenda = addAgenda(*f.store, other, u"Dr Marc Bonnet"_s, 1);
    AppointmentType otherConsult = f.consultation;
    otherConsult.id = 0;
    otherConsult.agendaId = otherAgenda.id;
    otherConsult = f.store->insert(otherConsult, setupActor());
    ScheduleTemplate week;
    week.agendaId = otherAgenda.id;
    week.validFrom = QDate(2025, 1, 1);
    week = f.store->insert(week, setupActor());
    TemplateRange afternoon;
    afternoon.templateId = week.id;
    afternoon.weekday = 1;
    afternoon.startMinute = 10 * 60 + 30;
    afternoon.endMinute = 12 * 60;
    afternoon.slotMinutes = 15;
    f.store->insert(afternoon, setupActor());
    addPractitioner(*f.store, u"Paul"_s, u"Pied"_s, u"podiatrist"_s);

    const std::vector<Candidate> gps = f.scheduler->candidatesForProfession(u"gp"_s, u"Consultation"_s);
    REQUIRE(gps.size() == 2);

    // Now is Monday 10:00: Dr Fabre is free at 10:00, Dr Bonnet from 10:30.
    auto next = f.scheduler->nextFree(gps, f.clock.now(), Channel::Desk);
    REQUIRE(next.size() == 2);
    CHECK(next[0].agendaId == f.agenda.id);
    CHECK(next[0].start == f.at(QDate(2026, 6, 15), 10, 0));
    CHECK(next[1].agendaId == otherAgenda.id);
    CHECK(next[1].start == f.at(QDate(2026, 6, 15), 10, 30));

    // Fill Dr Fabre's Monday: her next free time is Tuesday 08:00, Dr Bonnet comes first.
    for (QDateTime t = f.at(QDate(2026, 6, 15), 10, 0); t < f.at(QDate(2026, 6, 15), 18, 0);
         t = t.addSecs(900)) {
        if (t.toTimeZone(paris()).time().hour() >= 12 && t.toTimeZone(paris()).time().hour() < 14)
            continue;
        f.scheduler->book(f.request(t), f.desk);
    }
    next = f.scheduler->nextFree(gps, f.clock.now(), Channel::Desk);
    REQUIRE(next.size() == 2);
    CHECK(next[0].agendaId == otherAgenda.id);
    CHECK(next[1].start == f.at(tuesday, 8, 0));

    // Who does what: only Dr Bonnet offers implants.
    Service implant;
    implant.label = u"Pose d'implant contraceptif (Nexplanon)"_s;
    implant = f.store->insert(implant, setupActor());
    PractitionerService link;
    link.practitionerId = other.id;
    link.serviceId = implant.id;
    f.store->insert(link, setupActor());
    const std::vector<Candidate> byService = f.scheduler->candidatesForService(implant.id);
    REQUIRE(byService.size() == 1);
    CHECK(byService.front().agendaId == otherAgenda.id);
}
