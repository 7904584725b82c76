#include "agenda/agendageometry.h"
#include "agendafixture.h"
#include "catch.h"
#include "fixtures.h"

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::AgendaGeometry;
using Accueil::Test::at;
using Accueil::Test::gridDay;
using Accueil::Test::paris;
using Accueil::Test::utc;

namespace {

// Slots of `minutes` from a UTC instant, count of them (for the DST nights, built from UTC because
// local times repeat or do not exist).
std::vector<Slot> slotsFromUtc(const QDateTime &first, int minutes, int count)
{
    std::vector<Slot> slots;
    for (int i = 0; i < count; ++i) {
        Slot slot;
        slot.start = first.addSecs(qint64(i) * minutes * 60);
        slot.end = slot.start.addSecs(qint64(minutes) * 60);
        slots.push_back(slot);
    }
    return slots;
}

void requireMonotonic(const std::vector<MinuteSpan> &spans)
{
    double previousEnd = 0;
    for (const MinuteSpan &span : spans) {
        REQUIRE(span.start >= previousEnd);
        REQUIRE(span.end >= span.start);
        REQUIRE(span.end <= minutesPerDay);
        previousEnd = span.end;
    }
}

} // namespace

TEST_CASE("Minutes map to pixels and back", "[unit][agenda]")
{
    for (const double perMinute : {1.0, 1.6, 2.0, 2.4666666}) {
        const TimeAxis axis{7 * 60, 20 * 60, perMinute};
        CAPTURE(perMinute);
        REQUIRE(axis.minuteToY(7 * 60) == 0);
        REQUIRE(std::abs(axis.height() - 13 * 60 * perMinute) < 1e-9);
        for (int minute = axis.firstMinute; minute < axis.lastMinute; ++minute) {
            REQUIRE(axis.yToMinute(axis.minuteToY(minute)) == minute);
            // Anywhere inside the minute's pixels is still that minute.
            REQUIRE(axis.yToMinute(axis.minuteToY(minute) + perMinute * 0.9) == minute);
        }
    }
    const TimeAxis axis{8 * 60, 12 * 60, 2.0};
    REQUIRE(axis.yToMinute(-50) == 8 * 60); // clamped
    REQUIRE(axis.yToMinute(10'000) == 12 * 60);
    REQUIRE(std::abs(axis.yToMinuteF(-20) - (8 * 60 - 10)) < 1e-9);
}

TEST_CASE("Columns map x to an index and back, scrolled or not", "[unit][agenda]")
{
    for (const int offset : {0, 75, 460}) {
        const ColumnAxis axis{30, 150, offset};
        CAPTURE(offset);
        for (int i = 0; i < axis.count; ++i) {
            REQUIRE(axis.columnAt(axis.columnX(i)) == i);
            REQUIRE(axis.columnAt(axis.columnX(i) + axis.width - 1) == i);
        }
        REQUIRE(axis.columnAt(axis.columnX(0) - 1) == -1);
        REQUIRE(axis.columnAt(axis.columnX(30)) == -1);
    }
    REQUIRE(ColumnAxis{3, 200, 0}.contentWidth() == 600);

    // Few columns share the width; many keep the minimum and scroll.
    REQUIRE(columnWidthFor(900, 3, 150) == 300);
    REQUIRE(columnWidthFor(900, 30, 150) == 150);
    REQUIRE(columnWidthFor(900, 0, 150) == 900);
}

TEST_CASE("Local minutes are wall-clock minutes of the column's day", "[unit][agenda]")
{
    REQUIRE(localMinute(at(8, 15), gridDay, paris()) == 8 * 60 + 15);
    REQUIRE(localMinute(utc(2026, 6, 15, 6, 15), gridDay, paris()) == 8 * 60 + 15); // UTC+2 in June
    REQUIRE(localMinute(at(0, 0, gridDay.addDays(1)), gridDay, paris()) == minutesPerDay);
    REQUIRE(localMinute(at(23, 0, gridDay.addDays(-1)), gridDay, paris()) == -60);

    const MinuteSpan span = localSpan(at(9, 15), at(9, 45), gridDay, paris());
    REQUIRE(span == MinuteSpan{9 * 60 + 15, 9 * 60 + 45});
    // Spans are clipped to the day.
    REQUIRE(localSpan(at(23, 30, gridDay.addDays(-1)), at(0, 30), gridDay, paris()) == MinuteSpan{0, 30});
}

TEST_CASE("Snapping picks the slot containing the minute, never a gap", "[unit][agenda]")
{
    std::vector<Slot> slots = Test::quarterSlots(8, 10);
    slots.push_back(Test::slotAt(14, 0, 30)); // afternoon after a lunch gap
    const std::vector<MinuteSpan> spans = slotSpans(slots, gridDay, paris());
    REQUIRE(spans.size() == 9);
    REQUIRE(spans.front() == MinuteSpan{480, 495});

    REQUIRE(slotIndexAt(spans, 480) == std::size_t(0));
    REQUIRE(slotIndexAt(spans, 494.9) == std::size_t(0));
    REQUIRE(slotIndexAt(spans, 495) == std::size_t(1)); // a start belongs to its slot
    REQUIRE(slotIndexAt(spans, 9 * 60 + 59) == std::size_t(7));
    REQUIRE(slotIndexAt(spans, 14 * 60 + 29) == std::size_t(8));
    REQUIRE_FALSE(slotIndexAt(spans, 479.5));        // before the first
    REQUIRE_FALSE(slotIndexAt(spans, 12 * 60));      // lunch
    REQUIRE_FALSE(slotIndexAt(spans, 14 * 60 + 30)); // after the last
    REQUIRE_FALSE(slotIndexAt({}, 600));
}

TEST_CASE("Spring forward: slots keep increasing, non-negative heights", "[unit][agenda]")
{
    const QDate day(2026, 3, 29); // 02:00 CET -> 03:00 CEST
    // Midnight to 05:00 local in 30 minutes: 00:00 CET is 23:00 UTC the day before.
    const std::vector<Slot> night = slotsFromUtc(utc(2026, 3, 28, 23, 0), 30, 8);
    const std::vector<MinuteSpan> spans = slotSpans(night, day, paris());
    requireMonotonic(spans);
    REQUIRE(spans[0] == MinuteSpan{0, 30});
    // 01:30 CET -> 03:00 CEST: half an hour of real time over the missing hour.
    REQUIRE(spans[3] == MinuteSpan{90, 180});
    REQUIRE(spans[4] == MinuteSpan{180, 210});

    // The working morning sits at its wall-clock minutes although UTC moved by an hour.
    const std::vector<MinuteSpan> morning = slotSpans(Test::quarterSlots(8, 12, day), day, paris());
    requireMonotonic(morning);
    REQUIRE(Test::quarterSlots(8, 12, day).front().start == utc(2026, 3, 29, 6, 0));
    REQUIRE(morning.front() == MinuteSpan{480, 495});
    REQUIRE(morning.back() == MinuteSpan{705, 720});
}

TEST_CASE("Fall back: the repeated hour never paints a negative height", "[unit][agenda]")
{
    const QDate day(2026, 10, 25); // 03:00 CEST -> 02:00 CET
    // 00:00 CEST (22:00 UTC) to 05:00 CET (04:00 UTC): 12 slots of 30 minutes, two of them at 02:xx twice.
    const std::vector<Slot> night = slotsFromUtc(utc(2026, 10, 24, 22, 0), 30, 12);
    const std::vector<MinuteSpan> spans = slotSpans(night, day, paris());
    REQUIRE(spans.size() == 12);
    requireMonotonic(spans);
    // 02:30 CEST ends at 02:00 CET, before its start on the wall clock: it keeps its real length.
    REQUIRE(spans[5] == MinuteSpan{150, 180});
    // The second 02:00-03:00 collapses instead of overlapping the first; 03:00 CET is back in place.
    REQUIRE(spans[6].length() == 0);
    REQUIRE(spans[7].length() == 0);
    REQUIRE(spans[8] == MinuteSpan{180, 210});

    const std::vector<MinuteSpan> morning = slotSpans(Test::quarterSlots(8, 12, day), day, paris());
    requireMonotonic(morning);
    REQUIRE(Test::quarterSlots(8, 12, day).front().start == utc(2026, 10, 25, 7, 0));
    REQUIRE(morning.front() == MinuteSpan{480, 495});

    // A lone span whose end repeats before its start keeps its real duration.
    REQUIRE(localSpan(utc(2026, 10, 25, 0, 45), utc(2026, 10, 25, 1, 0), day, paris())
            == MinuteSpan{165, 180});
}

TEST_CASE("Overlapping appointments are laid out side by side", "[unit][agenda]")
{
    // 08:00-08:30 and 08:15-08:45 overlap; 08:45-09:00 follows alone; 10:00 is alone too.
    const std::vector<Lane> lanes = layoutLanes({{480, 510}, {495, 525}, {525, 540}, {600, 615}});
    REQUIRE(lanes[0] == Lane{0, 2});
    REQUIRE(lanes[1] == Lane{1, 2});
    REQUIRE(lanes[2] == Lane{0, 1});
    REQUIRE(lanes[3] == Lane{0, 1});

    // A chain: A overlaps B, B overlaps C, A and C do not: C reuses A's lane, all share 2 lanes.
    const std::vector<Lane> chain = layoutLanes({{0, 30}, {20, 50}, {40, 60}});
    REQUIRE(chain[0] == Lane{0, 2});
    REQUIRE(chain[1] == Lane{1, 2});
    REQUIRE(chain[2] == Lane{0, 2});

    // Three at once, given out of order.
    const std::vector<Lane> three = layoutLanes({{10, 20}, {0, 30}, {5, 15}});
    REQUIRE(three[1] == Lane{0, 3});
    REQUIRE(three[2] == Lane{1, 3});
    REQUIRE(three[0] == Lane{2, 3});
}

TEST_CASE("The visible range covers the data with a margin, in whole hours", "[unit][agenda]")
{
    REQUIRE(visibleRange({}, paris()) == std::pair{7 * 60, 20 * 60});
    const std::vector<GridColumn> columns = Test::sampleColumns();
    REQUIRE(visibleRange(columns, paris()) == std::pair{7 * 60, 13 * 60});

    std::vector<GridColumn> late = columns;
    late[1].appointments.push_back(Test::appointmentAt(299, 2, 19, 40, 30, u"LATE"_s));
    REQUIRE(visibleRange(late, paris()) == std::pair{7 * 60, 21 * 60});
}

TEST_CASE("A drop fits only on free, bookable, long enough room", "[unit][agenda]")
{
    const std::vector<GridColumn> columns = Test::sampleColumns();
    const GridColumn &durand = columns[0];
    const AppointmentRow &dupont = durand.appointments[0]; // 15 minutes
    const AppointmentRow &web = durand.appointments[1];    // 30 minutes

    REQUIRE(placementFits(durand, dupont, at(11, 15)));
    REQUIRE(placementFits(durand, dupont, at(8, 0)));         // its own place
    REQUIRE(placementFits(durand, dupont, at(9, 45)));        // internet slot: staff may book it
    REQUIRE_FALSE(placementFits(durand, dupont, at(10, 30))); // unavailable
    REQUIRE_FALSE(placementFits(durand, dupont, at(10, 45))); // blocked (Congés)
    REQUIRE_FALSE(placementFits(durand, dupont, at(8, 30)));  // taken by 102
    REQUIRE_FALSE(placementFits(durand, dupont, at(8, 45)));  // inside 102
    REQUIRE_FALSE(placementFits(durand, dupont, at(8, 7)));   // not a slot start
    REQUIRE_FALSE(placementFits(durand, dupont, at(13, 0)));  // no slot at all

    REQUIRE(placementFits(durand, web, at(11, 0)));
    REQUIRE_FALSE(placementFits(durand, web, at(10, 15))); // its second half is unavailable
    REQUIRE_FALSE(placementFits(durand, web, at(11, 45))); // runs past the last slot
    REQUIRE_FALSE(placementFits(durand, web, at(7, 45)));  // overlaps 101 at 08:00

    // An overbooked appointment goes over others on purpose, still only on bookable slots.
    const AppointmentRow &extra = durand.appointments[3];
    REQUIRE(placementFits(durand, extra, at(8, 0)));
    REQUIRE_FALSE(placementFits(durand, extra, at(10, 45)));

    // Another agenda's column: its own appointments count, not the first column's.
    REQUIRE(placementFits(columns[1], dupont, at(8, 0)));
    REQUIRE_FALSE(placementFits(columns[1], dupont, at(8, 15)));
}

TEST_CASE("A refused drop knows why, and a slot knows who holds it", "[unit][agenda]")
{
    using Kind = PlacementProblem::Kind;
    const std::vector<GridColumn> columns = Test::sampleColumns();
    const GridColumn &durand = columns[0];
    const AppointmentRow &dupont = durand.appointments[0]; // 15 minutes
    const AppointmentRow &web = durand.appointments[1];    // 30 minutes, 08:30

    REQUIRE_FALSE(placementProblem(durand, dupont, at(11, 15)));
    REQUIRE(placementProblem(durand, dupont, at(8, 7)) == PlacementProblem{Kind::NoSlot});
    REQUIRE(placementProblem(durand, dupont, at(10, 30)) == PlacementProblem{Kind::Unavailable, 10});
    REQUIRE(placementProblem(durand, dupont, at(10, 45)) == PlacementProblem{Kind::Blocked, 11});
    REQUIRE(placementProblem(durand, dupont, at(8, 45)) == PlacementProblem{Kind::Taken, 0, 1});
    REQUIRE(placementProblem(durand, web, at(10, 15)) == PlacementProblem{Kind::TooShort});
    REQUIRE(placementProblem(durand, web, at(11, 45)) == PlacementProblem{Kind::TooShort});
    // Overbooking ignores the others, never the slots.
    REQUIRE_FALSE(placementProblem(durand, durand.appointments[3], at(8, 0)));
    REQUIRE(placementProblem(durand, durand.appointments[3], at(10, 45))->kind == Kind::Blocked);

    REQUIRE(slotOccupant(durand, durand.slots[0]) == 0U); // 08:00, DUPONT
    REQUIRE(slotOccupant(durand, durand.slots[3]) == 1U); // 08:45, the second half of 102
    REQUIRE_FALSE(slotOccupant(durand, durand.slots[1])); // 08:15 is free
}
