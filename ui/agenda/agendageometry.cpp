#include "agendageometry.h"

#include <algorithm>
#include <cmath>

namespace Accueil::AgendaGeometry {

int TimeAxis::yToMinute(double y) const
{
    if (pixelsPerMinute <= 0)
        return firstMinute;
    // The epsilon keeps minuteToY(m) -> m exact despite binary fractions like 1.6 px per minute.
    const int minute = firstMinute + int(std::floor(y / pixelsPerMinute + 1e-6));
    return std::clamp(minute, firstMinute, lastMinute);
}

int ColumnAxis::columnAt(int x) const
{
    if (width <= 0)
        return -1;
    const int content = x + offset;
    if (content < 0)
        return -1;
    const int index = content / width;
    return index < count ? index : -1;
}

int columnWidthFor(int viewportWidth, int columnCount, int minimumWidth)
{
    if (columnCount <= 0)
        return std::max(minimumWidth, viewportWidth);
    return std::max(minimumWidth, viewportWidth / columnCount);
}

int localMinute(const QDateTime &utc, const QDate &day, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const qint64 days = day.daysTo(local.date());
    const QTime time = local.time();
    return int(days * minutesPerDay) + time.hour() * 60 + time.minute();
}

MinuteSpan localSpan(const QDateTime &startUtc, const QDateTime &endUtc, const QDate &day,
                     const QTimeZone &zone)
{
    const double start = localMinute(startUtc, day, zone);
    double end = localMinute(endUtc, day, zone);
    if (end < start)
        end = start + double(std::max<qint64>(0, startUtc.secsTo(endUtc))) / 60.0;
    MinuteSpan span{std::clamp<double>(start, 0, minutesPerDay), std::clamp<double>(end, 0, minutesPerDay)};
    span.end = std::max(span.end, span.start);
    return span;
}

std::vector<MinuteSpan> slotSpans(const std::vector<Slot> &slots, const QDate &day, const QTimeZone &zone)
{
    std::vector<MinuteSpan> spans;
    spans.reserve(slots.size());
    double previousEnd = 0;
    for (const Slot &slot : slots) {
        MinuteSpan span = localSpan(slot.start, slot.end, day, zone);
        span.start = std::max(span.start, previousEnd);
        span.end = std::max(span.end, span.start);
        previousEnd = span.end;
        spans.push_back(span);
    }
    return spans;
}

std::optional<std::size_t> slotIndexAt(const std::vector<MinuteSpan> &spans, double minute)
{
    // Spans are monotonic: binary search for the first span ending after minute.
    const auto it = std::upper_bound(spans.begin(), spans.end(), minute,
                                     [](double m, const MinuteSpan &span) { return m < span.end; });
    if (it == spans.end() || !it->contains(minute))
        return std::nullopt;
    return std::size_t(it - spans.begin());
}

std::vector<Lane> layoutLanes(const std::vector<MinuteSpan> &spans)
{
    std::vector<Lane> lanes(spans.size());
    std::vector<std::size_t> order(spans.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return spans[a].start < spans[b].start; });

    // Sweep clusters of transitively overlapping spans; inside one, each span takes the first lane
    // free at its start.
    std::vector<double> laneEnds; // end of the last span placed in each lane of the current cluster
    std::vector<std::size_t> cluster;
    double clusterEnd = -1;
    const auto closeCluster = [&] {
        for (const std::size_t index : cluster)
            lanes[index].lanes = int(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (const std::size_t index : order) {
        const MinuteSpan &span = spans[index];
        // Zero-length spans still take room on screen: treat them as one minute long.
        const double end = std::max(span.end, span.start + 1);
        if (!cluster.empty() && span.start >= clusterEnd)
            closeCluster();
        auto free = std::find_if(laneEnds.begin(), laneEnds.end(), [&](double e) { return e <= span.start; });
        if (free == laneEnds.end()) {
            laneEnds.push_back(end);
            lanes[index].lane = int(laneEnds.size()) - 1;
        } else {
            *free = end;
            lanes[index].lane = int(free - laneEnds.begin());
        }
        clusterEnd = cluster.empty() ? end : std::max(clusterEnd, end);
        cluster.push_back(index);
    }
    closeCluster();
    return lanes;
}

std::pair<int, int> visibleRange(const std::vector<GridColumn> &columns, const QTimeZone &zone,
                                 int marginMinutes, std::pair<int, int> fallback)
{
    double first = minutesPerDay;
    double last = 0;
    const auto include = [&](const MinuteSpan &span) {
        first = std::min(first, span.start);
        last = std::max(last, span.end);
    };
    for (const GridColumn &column : columns) {
        for (const Slot &slot : column.slots)
            include(localSpan(slot.start, slot.end, column.date, zone));
        for (const AppointmentRow &row : column.appointments)
            include(localSpan(row.appointment.start, row.appointment.end, column.date, zone));
    }
    if (first >= last)
        return fallback;
    const int from = std::max(0, int(std::floor((first - marginMinutes) / 60.0)) * 60);
    const int to = std::min(minutesPerDay, int(std::ceil((last + marginMinutes) / 60.0)) * 60);
    return {from, std::max(to, from + 60)};
}

std::optional<PlacementProblem> placementProblem(const GridColumn &column, const AppointmentRow &row,
                                                 const QDateTime &startUtc)
{
    using Kind = PlacementProblem::Kind;
    const qint64 duration = std::max<qint64>(60, row.appointment.start.secsTo(row.appointment.end));
    const QDateTime endUtc = startUtc.addSecs(duration);

    // Contiguous bookable slots from startUtc to endUtc (a long type takes the following slots).
    const auto first = std::find_if(column.slots.begin(), column.slots.end(),
                                    [&](const Slot &s) { return s.start == startUtc; });
    if (first == column.slots.end())
        return PlacementProblem{Kind::NoSlot};
    if (!first->bookable()) {
        const auto index = std::size_t(first - column.slots.begin());
        return PlacementProblem{first->blocked ? Kind::Blocked : Kind::Unavailable, index};
    }
    QDateTime coveredTo = startUtc;
    for (auto slot = first; slot != column.slots.end() && coveredTo < endUtc; ++slot) {
        if (slot->start != coveredTo || !slot->bookable())
            return PlacementProblem{Kind::TooShort};
        coveredTo = slot->end;
    }
    if (coveredTo < endUtc)
        return PlacementProblem{Kind::TooShort};

    if (row.appointment.overbooked)
        return std::nullopt;
    const auto other = std::find_if(
            column.appointments.begin(), column.appointments.end(), [&](const AppointmentRow &o) {
                return o.appointment.id != row.appointment.id && occupiesTime(o.appointment.status)
                       && o.appointment.start < endUtc && startUtc < o.appointment.end;
            });
    if (other != column.appointments.end())
        return PlacementProblem{Kind::Taken, 0, std::size_t(other - column.appointments.begin())};
    return std::nullopt;
}

std::optional<std::size_t> slotOccupant(const GridColumn &column, const Slot &slot)
{
    const auto it = std::find_if(
            column.appointments.begin(), column.appointments.end(), [&](const AppointmentRow &o) {
                return occupiesTime(o.appointment.status) && o.appointment.start < slot.end
                       && slot.start < o.appointment.end;
            });
    if (it == column.appointments.end())
        return std::nullopt;
    return std::size_t(it - column.appointments.begin());
}

} // namespace Accueil::AgendaGeometry
