#include "slotgrid.h"

#include "frenchholidays.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>

namespace Accueil {

namespace {

constexpr qint64 secsPerDay = 86400;
constexpr qint64 unixEpochJulianDay = 2440588;

qint64 epochDay(const QDate &date)
{
    return date.toJulianDay() - unixEpochJulianDay;
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

QDateTime utcTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// The zone's UTC offset as a step function of UTC seconds, read once for the whole window: every
// conversion after that is arithmetic (a QDateTime in a QTimeZone costs microseconds in Qt 6.4).
class OffsetTable
{
public:
    OffsetTable(const QTimeZone &zone, qint64 fromUtc, qint64 toUtc)
        : m_initial(zone.offsetFromUtc(utcTime(fromUtc)))
    {
        int previous = m_initial;
        const auto add = [&](qint64 at, int offset) {
            if (offset != previous)
                m_changes.push_back({at, offset});
            previous = offset;
        };
        if (zone.hasTransitions()) {
            for (const QTimeZone::OffsetData &change :
                 zone.transitions(utcTime(fromUtc + 1), utcTime(toUtc))) {
                if (change.atUtc.isValid())
                    add(change.atUtc.toSecsSinceEpoch(), change.offsetFromUtc);
            }
            return;
        }
        // A backend without transition data: sample daily, find each change to the second.
        for (qint64 sample = fromUtc; sample < toUtc;) {
            const qint64 next = std::min(sample + secsPerDay, toUtc);
            const int offset = zone.offsetFromUtc(utcTime(next));
            if (offset != previous) {
                qint64 same = sample;
                qint64 changed = next;
                while (changed - same > 1) {
                    const qint64 middle = same + (changed - same) / 2;
                    (zone.offsetFromUtc(utcTime(middle)) == previous ? same : changed) = middle;
                }
                add(changed, offset);
            }
            sample = next;
        }
    }

    [[nodiscard]] int at(qint64 utc) const
    {
        const auto after = firstChangeAfter(utc);
        return after == m_changes.begin() ? m_initial : std::prev(after)->offset;
    }

    // No change of offset in (fromUtc, toUtc].
    [[nodiscard]] bool constantOver(qint64 fromUtc, qint64 toUtc) const
    {
        const auto after = firstChangeAfter(fromUtc);
        return after == m_changes.end() || after->at > toUtc;
    }

    // The first UTC instant showing the wall time `local` (seconds since the epoch, as if the wall
    // time were UTC), or nothing when the wall time falls in a gap. Offsets stay within ±14 h, so
    // the offsets in force a day either side are the only candidates.
    [[nodiscard]] std::optional<qint64> toUtc(qint64 local) const
    {
        std::optional<qint64> first;
        const auto tryOffset = [&](int offset) {
            const qint64 utc = local - offset;
            if (at(utc) == offset && (!first || utc < *first))
                first = utc;
        };
        tryOffset(at(local - secsPerDay));
        for (auto it = firstChangeAfter(local - secsPerDay);
             it != m_changes.end() && it->at <= local + secsPerDay; ++it)
            tryOffset(it->offset);
        return first;
    }

    // Days since the epoch of the local date at a UTC instant.
    [[nodiscard]] qint64 localDay(qint64 utc) const { return floorDiv(utc + at(utc), secsPerDay); }

private:
    struct Change
    {
        qint64 at; // UTC seconds from which offset applies
        int offset;
    };

    [[nodiscard]] std::vector<Change>::const_iterator firstChangeAfter(qint64 utc) const
    {
        return std::upper_bound(m_changes.begin(), m_changes.end(), utc,
                                [](qint64 value, const Change &change) { return value < change.at; });
    }

    int m_initial = 0;
    std::vector<Change> m_changes;
};

// A slot while the grid is built: plain seconds, turned into QDateTimes once at the end.
struct Piece
{
    qint64 start = 0;
    qint64 end = 0;
    SlotKind kind = SlotKind::Desk;
    bool blocked = false;
    QString label;
};

// A template and its ranges by weekday (index 0 = Monday), each day's ranges by start.
struct TemplateWeek
{
    const ScheduleTemplate *week = nullptr;
    std::array<std::vector<const TemplateRange *>, 7> days;

    [[nodiscard]] bool validOn(const QDate &date) const
    {
        return week->validFrom <= date && (!week->validTo.isValid() || date <= week->validTo);
    }
};

std::vector<TemplateWeek> indexTemplates(const AgendaSchedule &schedule)
{
    std::vector<TemplateWeek> weeks;
    weeks.reserve(schedule.templates.size());
    for (const ScheduleTemplate &week : schedule.templates)
        weeks.push_back({&week, {}});
    // The first valid one on a date is the one that applies: latest validFrom, then latest created.
    std::sort(weeks.begin(), weeks.end(), [](const TemplateWeek &a, const TemplateWeek &b) {
        return a.week->validFrom != b.week->validFrom ? a.week->validFrom > b.week->validFrom
                                                      : a.week->id > b.week->id;
    });
    for (const TemplateRange &range : schedule.ranges) {
        if (range.weekday < 1 || range.weekday > 7 || range.startMinute < 0 || range.endMinute > 24 * 60
            || range.slotMinutes <= 0)
            continue;
        const auto owner = std::find_if(weeks.begin(), weeks.end(), [&](const TemplateWeek &w) {
            return w.week->id == range.templateId;
        });
        if (owner != weeks.end())
            owner->days[std::size_t(range.weekday - 1)].push_back(&range);
    }
    const auto byStart
            = [](const TemplateRange *a, const TemplateRange *b) { return a->startMinute < b->startMinute; };
    for (TemplateWeek &week : weeks) {
        for (std::vector<const TemplateRange *> &day : week.days)
            std::stable_sort(day.begin(), day.end(), byStart);
    }
    return weeks;
}

// The grid of the period, one bucket per local date; a piece lives in the bucket of its start's
// local date, so each bucket is sorted and the buckets follow each other in time.
class Grid
{
public:
    Grid(const QTimeZone &zone, const QDate &from, const QDate &to)
        : m_from(from)
        , m_firstDay(epochDay(from))
        , m_offsets(zone, (m_firstDay - 2) * secsPerDay, (epochDay(to) + 3) * secsPerDay)
        , m_days(std::size_t(epochDay(to) - m_firstDay + 1))
    {}

    void fillFromTemplates(const std::vector<TemplateWeek> &weeks)
    {
        for (std::size_t index = 0; index < m_days.size(); ++index) {
            const QDate date = m_from.addDays(qint64(index));
            const auto week = std::find_if(weeks.begin(), weeks.end(),
                                           [&](const TemplateWeek &w) { return w.validOn(date); });
            if (week != weeks.end())
                fillDay(index, week->days[std::size_t(date.dayOfWeek() - 1)]);
        }
    }

    void blockHolidays(const std::vector<const ScheduleException *> &exceptions)
    {
        std::vector<bool> open(m_days.size(), false);
        for (const ScheduleException *exception : exceptions) {
            if (exception->action == u"open" && exception->start.isValid() && exception->end.isValid()) {
                const auto [first, last]
                        = daysOf(exception->start.toSecsSinceEpoch(), exception->end.toSecsSinceEpoch() - 1);
                for (std::size_t index = first; index < last; ++index)
                    open[index] = true;
            }
        }
        for (std::size_t index = 0; index < m_days.size(); ++index) {
            if (m_days[index].empty() || open[index])
                continue;
            const QString name = frenchPublicHolidayName(m_from.addDays(qint64(index)));
            if (name.isEmpty())
                continue;
            for (Piece &piece : m_days[index]) {
                piece.blocked = true;
                piece.label = name;
            }
        }
    }

    void apply(const ScheduleException &exception)
    {
        if (!exception.start.isValid() || !exception.end.isValid())
            return;
        const qint64 start = exception.start.toSecsSinceEpoch();
        const qint64 end = exception.end.toSecsSinceEpoch();
        if (end <= start)
            return;
        if (exception.action == u"block") {
            block(start, end, exception.label);
        } else if (exception.action == u"set_kind") {
            forEachStartingIn(start, end, [&](Piece &piece) { piece.kind = exception.kind; });
        } else if (exception.action == u"split") {
            split(start, end, exception.slotMinutes);
        } else if (exception.action == u"merge") {
            merge(start, end);
        } else if (exception.action == u"extra") {
            addExtra({start, end, exception.kind, false, exception.label});
        } // "open" acts with the holidays; anything else is not ours to interpret
    }

    [[nodiscard]] std::vector<Slot> takeSlots()
    {
        std::size_t count = 0;
        for (const std::vector<Piece> &day : m_days)
            count += day.size();
        std::vector<Slot> result;
        result.reserve(count);
        for (std::vector<Piece> &day : m_days) {
            for (Piece &piece : day) {
                result.push_back({utcTime(piece.start), utcTime(piece.end), piece.kind, piece.blocked,
                                  std::move(piece.label)});
            }
        }
        return result;
    }

private:
    void fillDay(std::size_t index, const std::vector<const TemplateRange *> &ranges)
    {
        if (ranges.empty())
            return;
        std::vector<Piece> &day = m_days[index];
        std::size_t expected = 0;
        for (const TemplateRange *range : ranges) {
            const int count = (range->endMinute - range->startMinute) / range->slotMinutes;
            expected += std::size_t(std::max(0, count));
        }
        day.reserve(expected);
        const qint64 midnight = (m_firstDay + qint64(index)) * secsPerDay; // wall 00:00, as if UTC
        // Usually one offset all day: arithmetic. Around a change, each wall time on its own.
        const bool steady = m_offsets.constantOver(midnight - secsPerDay, midnight + 2 * secsPerDay);
        const int offset = m_offsets.at(midnight);
        bool tidy = true;
        for (const TemplateRange *range : ranges) {
            const qint64 length = qint64(range->slotMinutes) * 60;
            m_longest = std::max(m_longest, length);
            for (int minute = range->startMinute; minute + range->slotMinutes <= range->endMinute;
                 minute += range->slotMinutes) {
                const qint64 wall = midnight + qint64(minute) * 60;
                const std::optional<qint64> start
                        = steady ? std::optional(wall - offset) : m_offsets.toUtc(wall);
                if (!start)
                    continue; // the spring gap
                if (!day.empty() && *start < day.back().end)
                    tidy = false;
                day.push_back({*start, *start + length, range->kind, false, {}});
            }
        }
        if (!tidy)
            dropOverlaps(day);
    }

    // Overlapping ranges in a template (or a slot stretched into the spring gap): the earlier
    // slot stays.
    static void dropOverlaps(std::vector<Piece> &day)
    {
        std::stable_sort(day.begin(), day.end(),
                         [](const Piece &a, const Piece &b) { return a.start < b.start; });
        std::vector<Piece> kept;
        kept.reserve(day.size());
        for (Piece &piece : day) {
            if (kept.empty() || piece.start >= kept.back().end)
                kept.push_back(std::move(piece));
        }
        day.swap(kept);
    }

    // Bucket index of a UTC instant, unclamped.
    [[nodiscard]] qint64 dayIndex(qint64 utc) const { return m_offsets.localDay(utc) - m_firstDay; }

    // The buckets [first, last) of the local dates from the one of firstUtc to the one of lastUtc.
    [[nodiscard]] std::pair<std::size_t, std::size_t> daysOf(qint64 firstUtc, qint64 lastUtc) const
    {
        const auto count = qint64(m_days.size());
        const qint64 first = std::clamp<qint64>(dayIndex(firstUtc), 0, count);
        const qint64 last = std::clamp<qint64>(dayIndex(lastUtc) + 1, 0, count);
        return {std::size_t(first), std::size_t(std::max(first, last))};
    }

    template<typename F>
    void forEachStartingIn(qint64 start, qint64 end, F &&f)
    {
        const auto [first, last] = daysOf(start, end - 1);
        for (std::size_t index = first; index < last; ++index) {
            for (Piece &piece : m_days[index]) {
                if (piece.start >= start && piece.start < end)
                    f(piece);
            }
        }
    }

    void block(qint64 start, qint64 end, const QString &label)
    {
        // A slot begun the day(s) before may reach into the period.
        const auto [first, last] = daysOf(start - m_longest, end - 1);
        for (std::size_t index = first; index < last; ++index) {
            for (Piece &piece : m_days[index]) {
                if (piece.start < end && piece.end > start) {
                    piece.blocked = true;
                    piece.label = label;
                }
            }
        }
    }

    // Takes out the pieces starting in [start, end), in time order.
    std::vector<Piece> takeStartingIn(qint64 start, qint64 end)
    {
        std::vector<Piece> taken;
        const auto [first, last] = daysOf(start, end - 1);
        for (std::size_t index = first; index < last; ++index) {
            std::vector<Piece> &day = m_days[index];
            const auto inside = [&](const Piece &piece) { return piece.start >= start && piece.start < end; };
            const auto begin = std::find_if(day.begin(), day.end(), inside);
            if (begin == day.end())
                continue;
            const auto stop = std::find_if_not(begin, day.end(), inside);
            std::move(begin, stop, std::back_inserter(taken));
            day.erase(begin, stop);
        }
        return taken;
    }

    void place(Piece piece)
    {
        const qint64 index = dayIndex(piece.start);
        if (index < 0 || index >= qint64(m_days.size()))
            return;
        std::vector<Piece> &day = m_days[std::size_t(index)];
        const auto at = std::upper_bound(day.begin(), day.end(), piece.start,
                                         [](qint64 value, const Piece &p) { return value < p.start; });
        m_longest = std::max(m_longest, piece.end - piece.start);
        day.insert(at, std::move(piece));
    }

    void split(qint64 start, qint64 end, int pieceMinutes)
    {
        for (Piece &slot : takeStartingIn(start, end)) {
            const qint64 length = slot.end - slot.start;
            if (pieceMinutes <= 0) {
                const qint64 minutes = length / 60;
                if (minutes < 2) {
                    place(std::move(slot));
                    continue;
                }
                Piece second = slot;
                slot.end = slot.start + (minutes + 1) / 2 * 60; // the first half takes the odd minute
                second.start = slot.end;
                place(std::move(slot));
                place(std::move(second));
                continue;
            }
            const qint64 step = qint64(pieceMinutes) * 60;
            if (length <= step) {
                place(std::move(slot));
                continue;
            }
            for (qint64 at = slot.start; at + step <= slot.end; at += step)
                place({at, at + step, slot.kind, slot.blocked, slot.label});
        }
    }

    void merge(qint64 start, qint64 end)
    {
        std::vector<Piece> taken = takeStartingIn(start, end);
        if (taken.empty())
            return;
        const qint64 lastEnd = taken.back().end;
        Piece merged = std::move(taken.front());
        merged.end = lastEnd;
        // A block is never undone by merging.
        const auto blocked
                = std::find_if(taken.begin() + 1, taken.end(), [](const Piece &p) { return p.blocked; });
        if (!merged.blocked && blocked != taken.end()) {
            merged.blocked = true;
            merged.label = blocked->label;
        }
        place(std::move(merged));
    }

    void addExtra(Piece extra)
    {
        const qint64 index = dayIndex(extra.start);
        if (index < 0 || index >= qint64(m_days.size()))
            return;
        const auto [first, last] = daysOf(extra.start - m_longest, extra.end - 1);
        for (std::size_t day = first; day < last; ++day) {
            for (const Piece &piece : m_days[day]) {
                if (piece.start < extra.end && piece.end > extra.start)
                    return;
            }
        }
        place(std::move(extra));
    }

    QDate m_from;
    qint64 m_firstDay = 0;
    OffsetTable m_offsets;
    std::vector<std::vector<Piece>> m_days;
    qint64 m_longest = 0; // the longest piece so far: how far back a slot can reach into a period
};

} // namespace

std::vector<Slot> buildSlots(const AgendaSchedule &schedule, const QTimeZone &zone, const QDate &from,
                             const QDate &to, const HolidayPolicy &policy)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};

    std::vector<const ScheduleException *> exceptions;
    exceptions.reserve(schedule.exceptions.size());
    for (const ScheduleException &exception : schedule.exceptions)
        exceptions.push_back(&exception);
    std::stable_sort(exceptions.begin(), exceptions.end(),
                     [](const ScheduleException *a, const ScheduleException *b) { return a->id < b->id; });

    Grid grid(zone, from, to);
    grid.fillFromTemplates(indexTemplates(schedule));
    if (policy.blockFrenchPublicHolidays)
        grid.blockHolidays(exceptions);
    for (const ScheduleException *exception : exceptions)
        grid.apply(*exception);
    return grid.takeSlots();
}

} // namespace Accueil
