#include "catch.h"
#include "fixtures.h"
#include "schedule/slotgrid.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Accueil;
using Accueil::Test::paris;
using Accueil::Test::parisTime;
using Accueil::Test::utc;

namespace {

constexpr int hours(int h, int m = 0)
{
    return h * 60 + m;
}

ScheduleTemplate week(qint64 id, const QDate &validFrom, const QDate &validTo = {})
{
    ScheduleTemplate result;
    result.id = id;
    result.agendaId = 1;
    result.label = u"Semaine type"_s;
    result.validFrom = validFrom;
    result.validTo = validTo;
    return result;
}

TemplateRange range(qint64 templateId, int weekday, int startMinute, int endMinute, int slotMinutes,
                    SlotKind kind = SlotKind::Desk)
{
    static qint64 nextId = 1;
    TemplateRange result;
    result.id = nextId++;
    result.templateId = templateId;
    result.weekday = weekday;
    result.startMinute = startMinute;
    result.endMinute = endMinute;
    result.slotMinutes = slotMinutes;
    result.kind = kind;
    return result;
}

ScheduleException exception(qint64 id, const QString &action, const QDateTime &start, const QDateTime &end)
{
    ScheduleException result;
    result.id = id;
    result.agendaId = 1;
    result.action = action;
    result.start = start.toUTC();
    result.end = end.toUTC();
    return result;
}

// A GP's week: Monday to Friday, 08:00–12:00 in 15-minute desk slots, then 14:00–19:00 with the first
// half hour kept for the urgent cases of the day. 36 slots a day.
AgendaSchedule gpSchedule()
{
    AgendaSchedule schedule;
    schedule.templates.push_back(week(1, QDate(2025, 9, 1)));
    for (int day = 1; day <= 5; ++day) {
        schedule.ranges.push_back(range(1, day, hours(8), hours(12), 15));
        schedule.ranges.push_back(range(1, day, hours(14), hours(14, 30), 15, SlotKind::Urgent));
        schedule.ranges.push_back(range(1, day, hours(14, 30), hours(19), 15));
    }
    return schedule;
}

// Every day of the week, 08:00–12:00 in 30-minute desk slots: 8 slots a day.
AgendaSchedule halfHourSchedule()
{
    AgendaSchedule schedule;
    schedule.templates.push_back(week(1, QDate(2025, 9, 1)));
    for (int day = 1; day <= 7; ++day)
        schedule.ranges.push_back(range(1, day, hours(8), hours(12), 30));
    return schedule;
}

std::vector<Slot> slotsOn(const AgendaSchedule &schedule, const QDate &date, const HolidayPolicy &policy = {})
{
    return buildSlots(schedule, paris(), date, date, policy);
}

// Sorted, never overlapping, every instant in UTC, every slot at least a minute long.
void checkTidy(const std::vector<Slot> &grid)
{
    for (std::size_t i = 0; i < grid.size(); ++i) {
        INFO("slot " << i << " at " << Catch::StringMaker<QDateTime>::convert(grid[i].start));
        CHECK(grid[i].start.timeSpec() == Qt::UTC);
        CHECK(grid[i].end.timeSpec() == Qt::UTC);
        CHECK(grid[i].end > grid[i].start);
        if (i > 0)
            CHECK(grid[i].start >= grid[i - 1].end);
    }
}

const Slot *slotAt(const std::vector<Slot> &grid, const QDateTime &start)
{
    const auto it = std::find_if(grid.begin(), grid.end(), [&](const Slot &s) { return s.start == start; });
    return it == grid.end() ? nullptr : &*it;
}

qsizetype countIf(const std::vector<Slot> &grid, const std::function<bool(const Slot &)> &predicate)
{
    return std::count_if(grid.begin(), grid.end(), predicate);
}

} // namespace

TEST_CASE("A plain GP week", "[unit][slotgrid]")
{
    const AgendaSchedule schedule = gpSchedule();

    SECTION("winter: Monday to Friday, 36 slots a day, Paris at UTC+1")
    {
        // Monday 12 to Sunday 18 January 2026.
        const std::vector<Slot> grid = buildSlots(schedule, paris(), QDate(2026, 1, 12), QDate(2026, 1, 18));
        REQUIRE(grid.size() == std::size_t(5 * 36));
        checkTidy(grid);
        for (std::size_t day = 0; day < 5; ++day) {
            const std::size_t first = day * 36;
            const int date = 12 + int(day);
            INFO("January " << date);
            CHECK(grid[first].start == utc(2026, 1, date, 7, 0));
            CHECK(grid[first].end == utc(2026, 1, date, 7, 15));
            CHECK(grid[first + 15].start == utc(2026, 1, date, 10, 45)); // 11:45 local, last of the morning
            CHECK(grid[first + 15].end == utc(2026, 1, date, 11, 0));
            CHECK(grid[first + 16].start == utc(2026, 1, date, 13, 0)); // 14:00 local
            CHECK(grid[first + 16].kind == SlotKind::Urgent);
            CHECK(grid[first + 17].kind == SlotKind::Urgent);
            CHECK(grid[first + 18].start == utc(2026, 1, date, 13, 30));
            CHECK(grid[first + 18].kind == SlotKind::Desk);
            CHECK(grid[first + 35].start == utc(2026, 1, date, 17, 45));
            CHECK(grid[first + 35].end == utc(2026, 1, date, 18, 0)); // 19:00 local
        }
        CHECK(countIf(grid, [](const Slot &s) { return s.kind == SlotKind::Urgent; }) == 10);
        CHECK(countIf(grid, [](const Slot &s) { return s.minutes() != 15; }) == 0);
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked || !s.label.isEmpty(); }) == 0);
        CHECK(countIf(grid, [](const Slot &s) { return s.start.toTimeZone(paris()).date().dayOfWeek() > 5; })
              == 0);
    }

    SECTION("summer: the same wall times are at UTC+2")
    {
        const std::vector<Slot> grid = slotsOn(schedule, QDate(2026, 6, 15));
        REQUIRE(grid.size() == 36);
        checkTidy(grid);
        CHECK(grid.front().start == utc(2026, 6, 15, 6, 0));
        CHECK(grid.front().start == parisTime(2026, 6, 15, 8, 0));
        CHECK(grid[16].start == utc(2026, 6, 15, 12, 0));
        CHECK(grid[16].kind == SlotKind::Urgent);
        CHECK(grid.back().end == utc(2026, 6, 15, 17, 0));
        for (std::size_t i = 0; i < grid.size(); ++i) {
            const int minute = i < 16 ? hours(8) + int(i) * 15 : hours(14) + int(i - 16) * 15;
            CHECK(grid[i].start == parisTime(2026, 6, 15, minute / 60, minute % 60));
        }
    }

    SECTION("a zone without transitions (fixed offset) works too")
    {
        const std::vector<Slot> grid
                = buildSlots(schedule, QTimeZone(3 * 3600), QDate(2026, 6, 15), QDate(2026, 6, 15));
        REQUIRE(grid.size() == 36);
        CHECK(grid.front().start == utc(2026, 6, 15, 5, 0));
        CHECK(grid.back().end == utc(2026, 6, 15, 16, 0));
    }

    SECTION("nothing at the weekend")
    {
        CHECK(slotsOn(schedule, QDate(2026, 6, 13)).empty());
        CHECK(slotsOn(schedule, QDate(2026, 6, 14)).empty());
    }

    SECTION("an empty or reversed period gives nothing")
    {
        CHECK(buildSlots(schedule, paris(), QDate(2026, 6, 16), QDate(2026, 6, 15)).empty());
        CHECK(buildSlots(schedule, paris(), QDate(), QDate(2026, 6, 15)).empty());
    }
}

TEST_CASE("The template valid on each date applies", "[unit][slotgrid]")
{
    SECTION("a closed template, then a newer one with 15 instead of 30 minutes")
    {
        AgendaSchedule schedule;
        schedule.templates = {week(1, QDate(2026, 9, 1), QDate(2027, 2, 28)), week(2, QDate(2027, 3, 1))};
        for (int day = 1; day <= 7; ++day) {
            schedule.ranges.push_back(range(1, day, hours(8), hours(12), 30));
            schedule.ranges.push_back(range(2, day, hours(8), hours(12), 15));
        }
        const std::vector<Slot> before = slotsOn(schedule, QDate(2027, 2, 28));
        REQUIRE(before.size() == 8);
        CHECK(before.front().minutes() == 30);
        const std::vector<Slot> from = slotsOn(schedule, QDate(2027, 3, 1));
        REQUIRE(from.size() == 16);
        CHECK(from.front().minutes() == 15);
        CHECK(from.front().start == utc(2027, 3, 1, 7, 0));
        CHECK(slotsOn(schedule, QDate(2026, 8, 31)).empty()); // before either
    }

    SECTION("overlapping validity: the latest validFrom wins")
    {
        AgendaSchedule schedule;
        // Listed newest first: the order in the input does not matter.
        schedule.templates = {week(2, QDate(2026, 6, 1)), week(1, QDate(2026, 1, 1))};
        for (int day = 1; day <= 7; ++day) {
            schedule.ranges.push_back(range(1, day, hours(8), hours(12), 30));
            schedule.ranges.push_back(range(2, day, hours(8), hours(10), 20));
        }
        const std::vector<Slot> may = slotsOn(schedule, QDate(2026, 5, 31));
        REQUIRE(may.size() == 8);
        CHECK(may.front().minutes() == 30);
        const std::vector<Slot> june = slotsOn(schedule, QDate(2026, 6, 1));
        REQUIRE(june.size() == 6);
        CHECK(june.front().minutes() == 20);
        CHECK(june.back().end == parisTime(2026, 6, 1, 10, 0));
    }

    SECTION("no template, no slots")
    {
        AgendaSchedule schedule;
        CHECK(buildSlots(schedule, paris(), QDate(2026, 1, 1), QDate(2026, 12, 31)).empty());
        schedule.templates = {week(1, QDate(2027, 1, 1))};
        schedule.ranges = {range(1, 1, hours(8), hours(12), 15)};
        CHECK(buildSlots(schedule, paris(), QDate(2026, 1, 1), QDate(2026, 12, 31)).empty());
        CHECK(slotsOn(schedule, QDate(2027, 1, 4)).size() == 16);
        // Ranges of a template that is not the agenda's give nothing.
        schedule.ranges = {range(99, 1, hours(8), hours(12), 15)};
        CHECK(slotsOn(schedule, QDate(2027, 1, 4)).empty());
    }
}

TEST_CASE("A trailing piece shorter than the slot is dropped", "[unit][slotgrid]")
{
    AgendaSchedule schedule;
    schedule.templates = {week(1, QDate(2026, 1, 1))};
    schedule.ranges = {range(1, 1, hours(8), hours(8, 50), 20)};
    const std::vector<Slot> grid = slotsOn(schedule, QDate(2026, 1, 12));
    REQUIRE(grid.size() == 2);
    CHECK(grid[0].start == parisTime(2026, 1, 12, 8, 0));
    CHECK(grid[1].start == parisTime(2026, 1, 12, 8, 20));
    CHECK(grid[1].end == parisTime(2026, 1, 12, 8, 40));
}

TEST_CASE("Slots on the days of the DST changes", "[unit][slotgrid][dst]")
{
    AgendaSchedule schedule;
    schedule.templates = {week(1, QDate(2026, 1, 1))};
    schedule.ranges = {range(1, 7, hours(0), hours(6), 30), range(1, 7, hours(8), hours(12), 30)};

    const auto starts = [](const std::vector<Slot> &grid) {
        std::vector<QDateTime> result;
        result.reserve(grid.size());
        for (const Slot &slot : grid)
            result.push_back(slot.start);
        return result;
    };

    SECTION("spring, Sunday 29 March 2026: 02:00 becomes 03:00")
    {
        const std::vector<Slot> grid = slotsOn(schedule, QDate(2026, 3, 29));
        checkTidy(grid);
        const std::vector<QDateTime> night = {
                utc(2026, 3, 28, 23, 0),
                utc(2026, 3, 28, 23, 30),
                utc(2026, 3, 29, 0, 0),
                utc(2026, 3, 29, 0, 30),
                // 02:00 and 02:30 do not exist; 03:00 is 01:00 UTC.
                utc(2026, 3, 29, 1, 0),
                utc(2026, 3, 29, 1, 30),
                utc(2026, 3, 29, 2, 0),
                utc(2026, 3, 29, 2, 30),
                utc(2026, 3, 29, 3, 0),
                utc(2026, 3, 29, 3, 30),
        };
        REQUIRE(grid.size() == night.size() + 8);
        const std::vector<QDateTime> actual = starts(grid);
        CHECK(std::vector<QDateTime>(actual.begin(), actual.begin() + 10) == night);
        CHECK(countIf(grid, [](const Slot &s) { return s.minutes() != 30; }) == 0);
        CHECK(countIf(grid, [](const Slot &s) { return s.start.toTimeZone(paris()).time().hour() == 2; })
              == 0);
        // The morning is at UTC+2 already: 08:00 is 06:00 UTC.
        CHECK(grid[10].start == utc(2026, 3, 29, 6, 0));
        CHECK(grid.back().end == utc(2026, 3, 29, 10, 0));
    }

    SECTION("autumn, Sunday 25 October 2026: 03:00 goes back to 02:00")
    {
        const std::vector<Slot> grid = slotsOn(schedule, QDate(2026, 10, 25));
        checkTidy(grid);
        const std::vector<QDateTime> night = {
                utc(2026, 10, 24, 22, 0),
                utc(2026, 10, 24, 22, 30),
                utc(2026, 10, 24, 23, 0),
                utc(2026, 10, 24, 23, 30),
                // 02:00 and 02:30 once, in summer time; the repeated hour (01:00–02:00 UTC) has none.
                utc(2026, 10, 25, 0, 0),
                utc(2026, 10, 25, 0, 30),
                // 03:00 is at UTC+1.
                utc(2026, 10, 25, 2, 0),
                utc(2026, 10, 25, 2, 30),
                utc(2026, 10, 25, 3, 0),
                utc(2026, 10, 25, 3, 30),
                utc(2026, 10, 25, 4, 0),
                utc(2026, 10, 25, 4, 30),
        };
        REQUIRE(grid.size() == night.size() + 8);
        const std::vector<QDateTime> actual = starts(grid);
        CHECK(std::vector<QDateTime>(actual.begin(), actual.begin() + 12) == night);
        CHECK(countIf(grid, [](const Slot &s) { return s.minutes() != 30; }) == 0);
        CHECK(grid[12].start == utc(2026, 10, 25, 7, 0));
        CHECK(grid.back().end == utc(2026, 10, 25, 11, 0));
    }

    SECTION("years past the zone database's table follow its rule (2040)")
    {
        const std::vector<Slot> spring = slotsOn(schedule, QDate(2040, 3, 25));
        checkTidy(spring);
        REQUIRE(spring.size() == 18);
        CHECK(spring[4].start == utc(2040, 3, 25, 1, 0)); // 03:00, right after 01:30
        CHECK(spring[10].start == utc(2040, 3, 25, 6, 0));
        const std::vector<Slot> autumn = slotsOn(schedule, QDate(2040, 10, 28));
        REQUIRE(autumn.size() == 20);
        CHECK(autumn[12].start == utc(2040, 10, 28, 7, 0));
    }

    SECTION("the same grid whether a DST day is asked alone or within a month")
    {
        for (const QDate &day : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
            const std::vector<Slot> month
                    = buildSlots(schedule, paris(), QDate(day.year(), day.month(), 1), day.addDays(10));
            checkTidy(month);
            std::vector<Slot> ofDay;
            std::copy_if(month.begin(), month.end(), std::back_inserter(ofDay),
                         [&](const Slot &s) { return s.start.toTimeZone(paris()).date() == day; });
            CHECK(ofDay == slotsOn(schedule, day));
        }
    }

    SECTION("slots of an odd length across the gap never overlap")
    {
        AgendaSchedule odd;
        odd.templates = {week(1, QDate(2026, 1, 1))};
        odd.ranges = {range(1, 7, hours(1, 50), hours(4), 25)};
        const std::vector<Slot> grid = slotsOn(odd, QDate(2026, 3, 29));
        checkTidy(grid);
        REQUIRE_FALSE(grid.empty());
        CHECK(grid.front().start == utc(2026, 3, 29, 0, 50)); // 01:50 in winter time
        CHECK(countIf(grid, [](const Slot &s) { return s.start.toTimeZone(paris()).time().hour() == 2; })
              == 0);
    }
}

TEST_CASE("Block exceptions", "[unit][slotgrid][exceptions]")
{
    AgendaSchedule schedule = gpSchedule();
    const QDate monday(2026, 1, 12);

    SECTION("only the slots overlapping the period, with its label")
    {
        ScheduleException block
                = exception(1, u"block"_s, parisTime(2026, 1, 12, 9, 10), parisTime(2026, 1, 12, 10, 5));
        block.label = u"Formation"_s;
        schedule.exceptions = {block};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        REQUIRE(grid.size() == 36);
        checkTidy(grid);
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked; }) == 5);
        for (const int minute : {hours(9), hours(9, 15), hours(9, 30), hours(9, 45), hours(10)}) {
            const Slot *slot = slotAt(grid, parisTime(2026, 1, 12, minute / 60, minute % 60));
            REQUIRE(slot);
            CHECK(slot->blocked);
            CHECK(slot->label == u"Formation"_s);
            CHECK_FALSE(slot->bookable());
        }
        CHECK_FALSE(slotAt(grid, parisTime(2026, 1, 12, 8, 45))->blocked);
        CHECK_FALSE(slotAt(grid, parisTime(2026, 1, 12, 10, 15))->blocked);
        CHECK(slotAt(grid, parisTime(2026, 1, 12, 10, 15))->label.isEmpty());
    }

    SECTION("summer holidays blocked months ahead, over several days")
    {
        ScheduleException block
                = exception(1, u"block"_s, parisTime(2026, 7, 31, 18, 0), parisTime(2026, 8, 24, 0, 0));
        block.label = u"Congés"_s;
        schedule.exceptions = {block};
        const std::vector<Slot> grid
                = buildSlots(schedule, paris(), QDate(2026, 7, 27), QDate(2026, 8, 28), HolidayPolicy{false});
        checkTidy(grid);
        // Friday 31 July from 18:00, then the 15 working days of 3–21 August.
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked && s.label == u"Congés"_s; })
              == 4 + 15 * 36);
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked && s.label != u"Congés"_s; }) == 0);
        CHECK_FALSE(slotAt(grid, parisTime(2026, 7, 31, 17, 45))->blocked);
        CHECK(slotAt(grid, parisTime(2026, 7, 31, 18, 0))->blocked);
        CHECK(slotAt(grid, parisTime(2026, 8, 21, 18, 45))->blocked);
        CHECK_FALSE(slotAt(grid, parisTime(2026, 8, 24, 8, 0))->blocked);
    }

    SECTION("a slot begun the day before is blocked by a period starting at midnight")
    {
        ScheduleException late
                = exception(1, u"extra"_s, parisTime(2026, 1, 12, 23, 30), parisTime(2026, 1, 13, 0, 30));
        ScheduleException block
                = exception(2, u"block"_s, parisTime(2026, 1, 13, 0, 0), parisTime(2026, 1, 13, 1, 0));
        block.label = u"Garde"_s;
        schedule.exceptions = {late, block};
        const std::vector<Slot> grid = buildSlots(schedule, paris(), monday, monday.addDays(1));
        checkTidy(grid);
        const Slot *slot = slotAt(grid, parisTime(2026, 1, 12, 23, 30));
        REQUIRE(slot);
        CHECK(slot->blocked);
        CHECK(slot->label == u"Garde"_s);
    }
}

TEST_CASE("Kind, split, merge and extra exceptions", "[unit][slotgrid][exceptions]")
{
    const QDate monday(2026, 1, 12);
    const auto at = [](int h, int m) { return parisTime(2026, 1, 12, h, m); };

    SECTION("set_kind changes the slots starting in the period only")
    {
        AgendaSchedule schedule = gpSchedule();
        ScheduleException web = exception(1, u"set_kind"_s, at(10, 5), at(11, 0));
        web.kind = SlotKind::Internet;
        schedule.exceptions = {web};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        REQUIRE(grid.size() == 36);
        CHECK(countIf(grid, [](const Slot &s) { return s.kind == SlotKind::Internet; }) == 3);
        CHECK(slotAt(grid, at(10, 0))->kind == SlotKind::Desk); // overlaps, but starts before
        CHECK(slotAt(grid, at(10, 15))->kind == SlotKind::Internet);
        CHECK(slotAt(grid, at(10, 45))->kind == SlotKind::Internet);
        CHECK(slotAt(grid, at(11, 0))->kind == SlotKind::Desk);
    }

    SECTION("split in halves keeps the kind")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException urgent = exception(1, u"set_kind"_s, at(9, 0), at(9, 30));
        urgent.kind = SlotKind::Urgent;
        schedule.exceptions = {urgent, exception(2, u"split"_s, at(9, 0), at(9, 30))};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        checkTidy(grid);
        REQUIRE(grid.size() == 9);
        CHECK(grid[2].start == at(9, 0));
        CHECK(grid[2].end == at(9, 15));
        CHECK(grid[3].start == at(9, 15));
        CHECK(grid[3].end == at(9, 30));
        CHECK(grid[2].kind == SlotKind::Urgent);
        CHECK(grid[3].kind == SlotKind::Urgent);
        CHECK(grid[4].start == at(9, 30));
        CHECK(grid[4].minutes() == 30);
        CHECK(grid[4].kind == SlotKind::Desk);
    }

    SECTION("split in pieces of slotMinutes, a shorter remainder dropped")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException tens = exception(1, u"split"_s, at(9, 0), at(9, 30));
        tens.slotMinutes = 10;
        ScheduleException twenties = exception(2, u"split"_s, at(10, 0), at(10, 30));
        twenties.slotMinutes = 20;
        schedule.exceptions = {tens, twenties};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        checkTidy(grid);
        REQUIRE(grid.size() == 8 + 2);
        CHECK(slotAt(grid, at(9, 0))->minutes() == 10);
        CHECK(slotAt(grid, at(9, 10))->minutes() == 10);
        CHECK(slotAt(grid, at(9, 20))->end == at(9, 30));
        CHECK(slotAt(grid, at(10, 0))->end == at(10, 20));
        CHECK(slotAt(grid, at(10, 20)) == nullptr);
        CHECK(slotAt(grid, at(10, 30))->minutes() == 30);

        // Pieces as long as the slot: nothing to cut.
        ScheduleException whole = exception(3, u"split"_s, at(11, 0), at(11, 30));
        whole.slotMinutes = 30;
        schedule.exceptions = {whole};
        CHECK(slotsOn(schedule, monday) == slotsOn(halfHourSchedule(), monday));
    }

    SECTION("a split blocked slot stays blocked")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException block = exception(1, u"block"_s, at(9, 0), at(9, 30));
        block.label = u"Réunion"_s;
        schedule.exceptions = {block, exception(2, u"split"_s, at(9, 0), at(9, 30))};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        REQUIRE(grid.size() == 9);
        CHECK(grid[2].blocked);
        CHECK(grid[3].blocked);
        CHECK(grid[3].label == u"Réunion"_s);
    }

    SECTION("merge makes one slot of the first one's kind")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException web = exception(1, u"set_kind"_s, at(9, 0), at(9, 30));
        web.kind = SlotKind::Internet;
        schedule.exceptions = {web, exception(2, u"merge"_s, at(9, 0), at(10, 0))};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        checkTidy(grid);
        REQUIRE(grid.size() == 7);
        CHECK(grid[2].start == at(9, 0));
        CHECK(grid[2].end == at(10, 0));
        CHECK(grid[2].minutes() == 60);
        CHECK(grid[2].kind == SlotKind::Internet);
        CHECK(grid[3].start == at(10, 0));
    }

    SECTION("merging never unblocks")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException block = exception(1, u"block"_s, at(9, 30), at(10, 0));
        block.label = u"Réunion"_s;
        schedule.exceptions = {block, exception(2, u"merge"_s, at(9, 0), at(10, 0))};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        REQUIRE(grid.size() == 7);
        CHECK(grid[2].minutes() == 60);
        CHECK(grid[2].blocked);
        CHECK(grid[2].label == u"Réunion"_s);
    }

    SECTION("extra slots are added, unless they overlap one")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException visit = exception(1, u"extra"_s, at(12, 0), at(12, 45));
        visit.kind = SlotKind::Internet;
        visit.label = u"Visite à domicile"_s;
        ScheduleException early = exception(2, u"extra"_s, at(7, 30), at(8, 0));
        ScheduleException clash = exception(3, u"extra"_s, at(11, 45), at(12, 15));
        ScheduleException clashWithExtra = exception(4, u"extra"_s, at(12, 30), at(13, 0));
        schedule.exceptions = {visit, early, clash, clashWithExtra};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        checkTidy(grid);
        REQUIRE(grid.size() == 10);
        CHECK(grid.front().start == at(7, 30));
        CHECK(grid.front().kind == SlotKind::Unavailable); // the default kind of an exception
        CHECK(grid.back().start == at(12, 0));
        CHECK(grid.back().end == at(12, 45));
        CHECK(grid.back().kind == SlotKind::Internet);
        CHECK(grid.back().label == u"Visite à domicile"_s);
        CHECK_FALSE(grid.back().blocked);
        CHECK(slotAt(grid, at(11, 45)) == nullptr);
        CHECK(slotAt(grid, at(12, 30)) == nullptr);
    }

    SECTION("an extra slot on a day without template")
    {
        AgendaSchedule schedule = gpSchedule();
        ScheduleException saturday
                = exception(1, u"extra"_s, parisTime(2026, 1, 17, 9, 0), parisTime(2026, 1, 17, 9, 20));
        saturday.kind = SlotKind::Urgent;
        schedule.exceptions = {saturday};
        const std::vector<Slot> grid = buildSlots(schedule, paris(), monday, QDate(2026, 1, 18));
        checkTidy(grid);
        REQUIRE(grid.size() == 5 * 36 + 1);
        CHECK(grid.back().start == utc(2026, 1, 17, 8, 0));
        CHECK(grid.back().kind == SlotKind::Urgent);
        // Outside the period asked, it is not there.
        CHECK(slotsOn(schedule, QDate(2026, 1, 16)).size() == 36);
    }

    SECTION("exceptions apply in id order, whatever their order in the list")
    {
        AgendaSchedule schedule = halfHourSchedule();
        ScheduleException block = exception(2, u"block"_s, at(12, 0), at(13, 0));
        block.label = u"Fermé"_s;
        ScheduleException extra = exception(5, u"extra"_s, at(12, 0), at(12, 30));
        extra.kind = SlotKind::Desk;
        ScheduleException web = exception(3, u"set_kind"_s, at(9, 0), at(10, 0));
        web.kind = SlotKind::Internet;
        ScheduleException urgent = exception(8, u"set_kind"_s, at(9, 0), at(9, 30));
        urgent.kind = SlotKind::Urgent;
        schedule.exceptions = {urgent, extra, web, block};
        const std::vector<Slot> grid = slotsOn(schedule, monday);
        checkTidy(grid);
        REQUIRE(grid.size() == 9);
        CHECK(slotAt(grid, at(9, 0))->kind == SlotKind::Urgent);
        CHECK(slotAt(grid, at(9, 30))->kind == SlotKind::Internet);
        // The block came first, when there was nothing to block: the extra slot is open.
        CHECK(slotAt(grid, at(12, 0))->bookable());
    }

    SECTION("unknown actions and empty periods change nothing")
    {
        AgendaSchedule schedule = halfHourSchedule();
        const std::vector<Slot> plain = slotsOn(schedule, monday);
        schedule.exceptions = {exception(1, u"paint"_s, at(8, 0), at(12, 0)),
                               exception(2, u"block"_s, at(10, 0), at(10, 0)),
                               exception(3, u"merge"_s, at(12, 0), at(8, 0))};
        CHECK(slotsOn(schedule, monday) == plain);
    }
}

TEST_CASE("Public holidays", "[unit][slotgrid][holidays]")
{
    AgendaSchedule schedule = gpSchedule();
    const QDate easterMonday(2026, 4, 6);

    SECTION("blocked by default, with their French name")
    {
        const std::vector<Slot> grid = buildSlots(schedule, paris(), easterMonday, QDate(2026, 4, 10));
        REQUIRE(grid.size() == std::size_t(5 * 36));
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked; }) == 36);
        for (std::size_t i = 0; i < 36; ++i) {
            CHECK(grid[i].blocked);
            CHECK(grid[i].label == u"Lundi de Pâques"_s);
        }
        CHECK_FALSE(grid[36].blocked); // Tuesday
    }

    SECTION("not blocked when the centre does not follow the French holidays")
    {
        const std::vector<Slot> grid = slotsOn(schedule, easterMonday, HolidayPolicy{false});
        REQUIRE(grid.size() == 36);
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked || !s.label.isEmpty(); }) == 0);
    }

    SECTION("not blocked on a day with an open exception")
    {
        ScheduleException open
                = exception(1, u"open"_s, parisTime(2026, 4, 6, 0, 0), parisTime(2026, 4, 7, 0, 0));
        schedule.exceptions = {open};
        const std::vector<Slot> grid = slotsOn(schedule, easterMonday);
        REQUIRE(grid.size() == 36);
        CHECK(countIf(grid, [](const Slot &s) { return s.blocked; }) == 0);

        // Open on another day: the holiday stays blocked.
        schedule.exceptions.front().start = parisTime(2026, 4, 7, 0, 0).toUTC();
        schedule.exceptions.front().end = parisTime(2026, 4, 8, 0, 0).toUTC();
        CHECK(countIf(slotsOn(schedule, easterMonday), [](const Slot &s) { return s.blocked; }) == 36);
    }

    SECTION("an extra slot added on a holiday is open; a block still blocks")
    {
        ScheduleException extra
                = exception(1, u"extra"_s, parisTime(2026, 4, 6, 12, 0), parisTime(2026, 4, 6, 12, 30));
        extra.kind = SlotKind::Urgent;
        ScheduleException block
                = exception(2, u"block"_s, parisTime(2026, 4, 6, 8, 0), parisTime(2026, 4, 6, 9, 0));
        block.label = u"Congés"_s;
        schedule.exceptions = {extra, block};
        const std::vector<Slot> grid = slotsOn(schedule, easterMonday);
        REQUIRE(grid.size() == 37);
        CHECK(slotAt(grid, parisTime(2026, 4, 6, 12, 0))->bookable());
        CHECK(slotAt(grid, parisTime(2026, 4, 6, 8, 0))->label == u"Congés"_s);
        CHECK(slotAt(grid, parisTime(2026, 4, 6, 9, 0))->label == u"Lundi de Pâques"_s);
    }
}

TEST_CASE("Three months with every kind of exception stay sorted and never overlap", "[unit][slotgrid]")
{
    AgendaSchedule schedule = gpSchedule();
    // A second range overlapping the morning on Wednesdays (a template mistake): the first one wins.
    schedule.ranges.push_back(range(1, 3, hours(11), hours(13), 20));
    const auto at = [](int month, int day, int h, int m) { return parisTime(2026, month, day, h, m); };
    ScheduleException block = exception(1, u"block"_s, at(3, 2, 8, 0), at(3, 6, 19, 0));
    block.label = u"Congés"_s;
    ScheduleException web = exception(2, u"set_kind"_s, at(3, 9, 8, 0), at(3, 13, 19, 0));
    web.kind = SlotKind::Internet;
    ScheduleException split = exception(3, u"split"_s, at(3, 16, 8, 0), at(3, 16, 12, 0));
    ScheduleException merge = exception(4, u"merge"_s, at(3, 17, 14, 30), at(3, 17, 16, 0));
    ScheduleException extra = exception(5, u"extra"_s, at(3, 19, 12, 15), at(3, 19, 13, 45));
    ScheduleException night = exception(6, u"extra"_s, at(3, 28, 23, 45), at(3, 29, 3, 30)); // across the gap
    ScheduleException split10 = exception(7, u"split"_s, at(3, 23, 14, 0), at(3, 23, 19, 0));
    split10.slotMinutes = 5;
    schedule.exceptions = {block, web, split, merge, extra, night, split10};

    const std::vector<Slot> grid = buildSlots(schedule, paris(), QDate(2026, 2, 1), QDate(2026, 4, 30));
    checkTidy(grid);
    // Wednesdays have 3 more slots: 12:00, 12:20 and 12:40 of the overlapping range.
    CHECK(countIf(grid, [](const Slot &s) { return s.label == u"Congés"_s; }) == 5 * 36 + 3);
    CHECK(countIf(grid, [](const Slot &s) { return s.kind == SlotKind::Internet; }) == 5 * 36 + 3);
    CHECK(countIf(grid,
                  [](const Slot &s) { return s.start.toTimeZone(paris()).date() == QDate(2026, 3, 11); })
          == 39);
    // Halves of 15 minutes: 8 and 7.
    CHECK(countIf(grid, [](const Slot &s) { return s.minutes() == 8; }) == 16);
    CHECK(countIf(grid, [](const Slot &s) { return s.minutes() == 7; }) == 16);
    CHECK(countIf(grid, [](const Slot &s) { return s.minutes() == 5; }) == 60); // 20 slots in thirds
    CHECK(countIf(grid, [](const Slot &s) { return s.minutes() == 90; }) == 2);
    const Slot *overnight = slotAt(grid, utc(2026, 3, 28, 22, 45));
    REQUIRE(overnight);
    CHECK(overnight->end == utc(2026, 3, 29, 1, 30)); // 03:30 summer time
}
