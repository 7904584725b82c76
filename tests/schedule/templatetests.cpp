#include "catch.h"
#include "errorchecks.h"
#include "schedulerfixture.h"

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

std::vector<TemplateRange> everyTwentyMinutes()
{
    std::vector<TemplateRange> ranges;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        TemplateRange r;
        r.weekday = weekday;
        r.startMinute = 8 * 60;
        r.endMinute = 12 * 60;
        r.slotMinutes = 20;
        r.kind = SlotKind::Desk;
        ranges.push_back(r);
    }
    return ranges;
}

} // namespace

TEST_CASE("A new template week from a date: nothing booked moves, what no longer fits is listed",
          "[template]")
{
    SchedulerFixture f;
    const QDate june30(2026, 6, 30);
    const QDate july1(2026, 7, 1);
    const QDate july2(2026, 7, 2);
    const Appointment fits = f.scheduler->book(f.request(f.at(july2, 10, 0)), f.desk);
    const Appointment misfit = f.scheduler->book(f.request(f.at(july2, 10, 15)), f.desk);
    const Appointment afternoon = f.scheduler->book(f.request(f.at(july2, 15, 0)), f.desk);
    const Appointment before = f.scheduler->book(f.request(f.at(june30, 10, 15)), f.desk);

    const TemplateChange change = f.scheduler->changeTemplate(f.agenda.id, july1, everyTwentyMinutes(),
                                                              u"Toutes les 20 minutes"_s, f.desk);
    REQUIRE(change.noLongerFitting.size() == 2);
    CHECK(change.noLongerFitting[0].id == misfit.id);
    CHECK(change.noLongerFitting[1].id == afternoon.id);

    // Nothing was moved or lost.
    for (const Appointment &a : {fits, misfit, afternoon, before}) {
        const Appointment now = f.store->get<Appointment>(a.id);
        CHECK(now.start == a.start);
        CHECK(now.status == AppointmentStatus::Booked);
    }

    // Before 1 July the old grid (15 minutes, afternoons), from 1 July the new one.
    const auto old = f.scheduler->grid(f.agenda.id, june30, june30);
    CHECK(old.size() == 32);
    const auto fresh = f.scheduler->grid(f.agenda.id, july1, july1);
    REQUIRE(fresh.size() == 12);
    CHECK(fresh[1].start == f.at(july1, 8, 20));
    CHECK(fresh[1].minutes() == 20);

    // The previous template ends the day before.
    const auto templates
            = f.store->select<ScheduleTemplate>(u"agenda_id = ?"_s, {f.agenda.id}, u"valid_from"_s);
    REQUIRE(templates.size() == 2);
    CHECK(templates[0].validTo == june30);
    CHECK_FALSE(templates[1].validTo.isValid());
}

TEST_CASE("Day overrides: kind, split, merge, extra slot", "[template][override]")
{
    SchedulerFixture f;
    const QDate tuesday(2026, 6, 16);

    // A desk slot opened to the web.
    f.scheduler->setSlotKind(f.agenda.id, f.at(tuesday, 10, 0), f.at(tuesday, 10, 30), SlotKind::Internet,
                             f.desk);
    CHECK(f.starts(tuesday, Channel::Web).size() == 8);

    // Split ("dédoubler") 11:00–11:15 into two halves.
    f.scheduler->splitSlot(f.agenda.id, f.at(tuesday, 11, 0), f.at(tuesday, 11, 15), 0, f.desk);
    auto grid = f.scheduler->grid(f.agenda.id, tuesday, tuesday);
    CHECK(grid.size() == 33);
    const auto half = std::find_if(grid.begin(), grid.end(),
                                   [&](const Slot &s) { return s.start == f.at(tuesday, 11, 0); });
    REQUIRE(half != grid.end());
    CHECK(half->end == f.at(tuesday, 11, 8)); // halves to the minute: 8 + 7

    // Merge 14:00–15:00 into one hour-long slot.
    f.scheduler->mergeSlots(f.agenda.id, f.at(tuesday, 14, 0), f.at(tuesday, 15, 0), f.desk);
    grid = f.scheduler->grid(f.agenda.id, tuesday, tuesday);
    CHECK(grid.size() == 30);

    // An extra slot on Saturday.
    const QDate saturday(2026, 6, 20);
    CHECK(f.starts(saturday, Channel::Desk).empty());
    f.scheduler->addExtraSlot(f.agenda.id, f.at(saturday, 9, 0), f.at(saturday, 9, 15), SlotKind::Desk,
                              u"Permanence"_s, f.desk);
    const auto extra = f.starts(saturday, Channel::Desk);
    REQUIRE(extra.size() == 1);
    CHECK(extra.front() == f.at(saturday, 9, 0));

    // Every override is in the audit trail.
    CHECK(f.store->count<ScheduleException>(u"agenda_id = ?"_s, {f.agenda.id}) == 4);
}

TEST_CASE("Blocking a period months ahead lists what is booked in it", "[template][block]")
{
    SchedulerFixture f;
    const QDate first(2026, 8, 3);
    const QDate last(2026, 8, 21);
    const Appointment inside = f.scheduler->book(f.request(f.at(QDate(2026, 8, 10), 10, 0)), f.desk);
    f.scheduler->book(f.request(f.at(QDate(2026, 8, 24), 10, 0)), f.desk);
    const ExceptionResult block = f.scheduler->blockPeriod(
            f.agenda.id, f.at(first, 0, 0), f.at(last.addDays(1), 0, 0), u"Congés d'été"_s, f.desk);
    REQUIRE(block.affected.size() == 1);
    CHECK(block.affected.front().id == inside.id);
    for (QDate d = first; d <= last; d = d.addDays(1))
        CHECK(f.starts(d, Channel::Desk).empty());
    CHECK_FALSE(f.starts(QDate(2026, 8, 24), Channel::Desk).empty());
    const auto grid = f.scheduler->grid(f.agenda.id, QDate(2026, 8, 12), QDate(2026, 8, 12));
    REQUIRE_FALSE(grid.empty());
    CHECK(grid.front().blocked);
    CHECK(grid.front().label == u"Congés d'été"_s);
    CHECK(kindOf(storeErrorFrom([&] {
              f.scheduler->blockPeriod(f.agenda.id, f.at(first, 0, 0), f.at(first, 1, 0), u"  "_s, f.desk);
          }))
          == StoreError::Kind::Invalid);
}

TEST_CASE("French public holidays are closed unless opened", "[template][holiday]")
{
    SchedulerFixture f;
    const QDate bastilleDay(2026, 7, 14); // a Tuesday
    const QDate ascension(2026, 5, 14);
    CHECK(f.starts(bastilleDay, Channel::Desk).empty());
    const auto grid = f.scheduler->grid(f.agenda.id, bastilleDay, bastilleDay);
    REQUIRE(grid.size() == 32);
    CHECK(grid.front().blocked);
    CHECK(grid.front().label == u"Fête nationale"_s);
    CHECK(f.scheduler->grid(f.agenda.id, ascension, ascension).front().blocked);

    f.scheduler->openHoliday(f.agenda.id, bastilleDay, f.desk);
    CHECK(f.starts(bastilleDay, Channel::Desk).size() == 32);

    // A centre that does not close on holidays.
    Centre centre = *f.store->centre();
    centre.publicHolidayRegion = QString();
    f.store->update(centre, setupActor());
    Scheduler open(*f.store);
    CHECK(open.availability(f.agenda.id, f.consultation.id, QDate(2026, 8, 15), QDate(2026, 8, 15),
                            Channel::Desk)
                  .empty()); // a Saturday anyway
    CHECK(open.availability(f.agenda.id, f.consultation.id, QDate(2026, 11, 11), QDate(2026, 11, 11),
                            Channel::Desk)
                  .size()
          == 32);
}

TEST_CASE("Both DST days: no slot shifted or duplicated, bookings at the right instant", "[template][dst]")
{
    SchedulerFixture f;
    // Night ranges on Sundays around the changes.
    ScheduleTemplate sundays;
    sundays.agendaId = f.agenda.id;
    sundays.validFrom = QDate(2026, 1, 1);
    sundays.label = u"Gardes du dimanche"_s;
    // Replace the template from 2026 with the weekday one plus a Sunday night range.
    std::vector<TemplateRange> ranges;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        TemplateRange r;
        r.weekday = weekday;
        r.startMinute = 8 * 60;
        r.endMinute = 12 * 60;
        r.slotMinutes = 15;
        ranges.push_back(r);
    }
    TemplateRange night;
    night.weekday = 7;
    night.startMinute = 0;
    night.endMinute = 4 * 60;
    night.slotMinutes = 30;
    ranges.push_back(night);
    f.setTime(QDate(2026, 1, 1), 0, 0);
    f.scheduler->changeTemplate(f.agenda.id, QDate(2026, 1, 1), ranges, sundays.label, f.desk);

    const QDate spring(2026, 3, 29);
    const auto springStarts = f.starts(spring, Channel::Desk);
    // 00:00, 00:30, 01:00, 01:30, then 03:00 and 03:30: 02:00–03:00 does not exist that night.
    REQUIRE(springStarts.size() == 6);
    CHECK(springStarts[3] == utc(2026, 3, 29, 0, 30)); // 01:30 CET
    CHECK(springStarts[4] == utc(2026, 3, 29, 1, 0));  // 03:00 CEST
    for (std::size_t i = 1; i < springStarts.size(); ++i)
        CHECK(springStarts[i - 1].secsTo(springStarts[i]) == 1800);

    const QDate autumn(2026, 10, 25);
    const auto autumnStarts = f.starts(autumn, Channel::Desk);
    // 00:00 .. 03:30 wall time, 02:00 and 02:30 once each: 8 distinct instants.
    REQUIRE(autumnStarts.size() == 8);
    CHECK(autumnStarts.front() == utc(2026, 10, 24, 22, 0));
    CHECK(std::adjacent_find(autumnStarts.begin(), autumnStarts.end()) == autumnStarts.end());
    CHECK(autumnStarts.back() == utc(2026, 10, 25, 2, 30)); // 03:30 CET

    // The Mondays after: 08:00 local is 06:00 UTC in summer time, 07:00 UTC in winter time.
    const Appointment summer = f.scheduler->book(f.request(f.at(QDate(2026, 3, 30), 8, 0)), f.desk);
    CHECK(summer.start == utc(2026, 3, 30, 6, 0));
    const Appointment winter = f.scheduler->book(f.request(f.at(QDate(2026, 10, 26), 8, 0)), f.desk);
    CHECK(winter.start == utc(2026, 10, 26, 7, 0));
}

TEST_CASE("templateAt gives the template week that applies on a date, with its ranges", "[template]")
{
    SchedulerFixture f;
    const QDate july1(2026, 7, 1);
    const auto current = f.scheduler->templateAt(f.agenda.id, QDate(2026, 6, 30));
    REQUIRE(current);
    CHECK(current->first.label == u"Semaine type"_s);
    CHECK(current->second.size() == 20); // 4 ranges a day, Monday to Friday
    CHECK(current->second.front().weekday == 1);
    CHECK(current->second.front().startMinute == 8 * 60);

    f.scheduler->changeTemplate(f.agenda.id, july1, everyTwentyMinutes(), u"Toutes les 20 minutes"_s, f.desk);
    CHECK(f.scheduler->templateAt(f.agenda.id, QDate(2026, 6, 30))->first.label == u"Semaine type"_s);
    const auto next = f.scheduler->templateAt(f.agenda.id, july1);
    REQUIRE(next);
    CHECK(next->first.label == u"Toutes les 20 minutes"_s);
    REQUIRE(next->second.size() == 5);
    CHECK(next->second.front().slotMinutes == 20);
    CHECK_FALSE(f.scheduler->templateAt(f.agenda.id, QDate(2024, 12, 31))); // before any template
}
