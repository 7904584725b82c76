#pragma once

#include "agenda/gridcolumn.h"
#include "schedule/slot.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

// Pure time <-> pixel arithmetic of the agenda grid (like KOrganizer's timeToY/gyToTime): no
// widgets, no painting, so every rule can be unit-tested. "Minutes" are local wall-clock minutes
// of a column's day in the centre's zone: 0 is local midnight, 1440 the next midnight.
namespace Accueil::AgendaGeometry {

inline constexpr int minutesPerDay = 24 * 60;

// The vertical axis: which minutes of the day are shown and how tall a minute is. Content y 0 is
// firstMinute; the view subtracts its vertical scroll offset.
struct TimeAxis
{
    int firstMinute = 7 * 60;
    int lastMinute = 20 * 60;
    double pixelsPerMinute = 2.0;

    [[nodiscard]] double minuteToY(double minute) const { return (minute - firstMinute) * pixelsPerMinute; }
    // The minute containing content y, clamped to [firstMinute, lastMinute].
    [[nodiscard]] int yToMinute(double y) const;
    // Like yToMinute but fractional and unclamped (for dragging past the edges).
    [[nodiscard]] double yToMinuteF(double y) const { return firstMinute + y / pixelsPerMinute; }
    [[nodiscard]] double height() const { return (lastMinute - firstMinute) * pixelsPerMinute; }
    friend bool operator==(const TimeAxis &, const TimeAxis &) = default;
};

// The horizontal axis: count columns of equal width, scrolled by offset pixels. x is a viewport
// x (0 is the left edge of the body, right of the time ruler).
struct ColumnAxis
{
    int count = 0;
    int width = 150;
    int offset = 0;

    [[nodiscard]] int columnX(int index) const { return index * width - offset; }
    // The column under viewport x, or -1 outside every column.
    [[nodiscard]] int columnAt(int x) const;
    [[nodiscard]] int contentWidth() const { return count * width; }
};

// The width each column gets: the viewport shared equally, never below minimumWidth (then the body
// scrolls horizontally).
[[nodiscard]] int columnWidthFor(int viewportWidth, int columnCount, int minimumWidth);

// A half-open range of local minutes [start, end).
struct MinuteSpan
{
    double start = 0;
    double end = 0;

    [[nodiscard]] double length() const { return end - start; }
    [[nodiscard]] bool contains(double minute) const { return start <= minute && minute < end; }
    friend bool operator==(const MinuteSpan &, const MinuteSpan &) = default;
};

// Local minutes of utc on day in zone, counted from the day's local midnight (negative the day
// before, 1440 and more the day after). Wall-clock based: on a DST day 03:00 is minute 180 whatever
// happened at 02:00.
[[nodiscard]] int localMinute(const QDateTime &utc, const QDate &day, const QTimeZone &zone);

// The local span of [startUtc, endUtc) on day. An end that falls before the start on the wall clock
// (the repeated hour of the autumn change) becomes start + the real duration, so a span is never
// negative. Clamped to the day.
[[nodiscard]] MinuteSpan localSpan(const QDateTime &startUtc, const QDateTime &endUtc, const QDate &day,
                                   const QTimeZone &zone);

// The spans of a day's slots (sorted, never overlapping in UTC), made monotonic: a slot never starts
// before the previous one ends. In the repeated autumn hour the second pass collapses to zero height
// instead of painting over the first (clinics do not work at 02:00; the grid must just not break).
[[nodiscard]] std::vector<MinuteSpan> slotSpans(const std::vector<Slot> &slots, const QDate &day,
                                                const QTimeZone &zone);

// Snapping: the index of the slot containing minute, or nothing in a gap or outside the slots.
// Drops snap only to slot starts: the slot found is where the appointment would start.
[[nodiscard]] std::optional<std::size_t> slotIndexAt(const std::vector<MinuteSpan> &spans, double minute);

// Side-by-side layout of overlapping items in one column (overbooking): each item gets a lane and
// the lane count of its cluster of transitively overlapping items. Spans need not be sorted.
struct Lane
{
    int lane = 0;
    int lanes = 1;
    friend bool operator==(const Lane &, const Lane &) = default;
};
[[nodiscard]] std::vector<Lane> layoutLanes(const std::vector<MinuteSpan> &spans);

// The minutes worth showing for these columns: from the earliest slot or appointment to the latest,
// widened by margin and rounded out to whole hours; fallback (07:00-20:00) when there is nothing.
[[nodiscard]] std::pair<int, int> visibleRange(const std::vector<GridColumn> &columns, const QTimeZone &zone,
                                               int marginMinutes = 30,
                                               std::pair<int, int> fallback = {7 * 60, 20 * 60});

// Why the appointment (its duration) obviously cannot go at startUtc in column, computed from the
// column's data only (the core has the final word). It fits when the range is covered by
// contiguous bookable slots and overlaps no other appointment. Overbooked appointments are placed
// over others on purpose, so only bookable slots are required for them.
struct PlacementProblem
{
    enum class Kind {
        NoSlot,      // no slot starts at startUtc
        Unavailable, // the slot at startUtc is of the unavailable kind
        Blocked,     // the slot at startUtc is blocked (slot says why in its label)
        TooShort,    // the bookable slots from startUtc end, or stop being bookable, too early
        Taken        // another appointment is there
    };
    Kind kind = Kind::NoSlot;
    std::size_t slot = 0;        // Unavailable, Blocked: index in column.slots
    std::size_t appointment = 0; // Taken: index in column.appointments
    friend bool operator==(const PlacementProblem &, const PlacementProblem &) = default;
};
[[nodiscard]] std::optional<PlacementProblem>
placementProblem(const GridColumn &column, const AppointmentRow &row, const QDateTime &startUtc);
[[nodiscard]] inline bool placementFits(const GridColumn &column, const AppointmentRow &row,
                                        const QDateTime &startUtc)
{
    return !placementProblem(column, row, startUtc).has_value();
}

// The first appointment holding time in [slot.start, slot.end), as an index in column.appointments.
[[nodiscard]] std::optional<std::size_t> slotOccupant(const GridColumn &column, const Slot &slot);

} // namespace Accueil::AgendaGeometry
