#include "centrefigures.h"

#include "store/store.h"

#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

static_assert(int(Channel::Desk) == 0 && int(Channel::Web) == 1 && int(Channel::Practitioner) == 2
                      && int(Channel::System) == 3,
              "ChannelFigures arrays are indexed by the Channel's value");

constexpr qint64 secsPerDay = 86400;

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// The six counts of ChannelFigures over the rows of the FROM clause ("a" is the appointment), in
// that order. Three "now" values are bound first. An appointment counts for the day it starts.
const QString &countColumns()
{
    static const QString columns = u"COUNT(CASE WHEN a.status <> 'cancelled' THEN 1 END), "
                                   "COUNT(CASE WHEN a.status <> 'cancelled' AND a.start_utc < ? THEN 1 END), "
                                   "COUNT(CASE WHEN a.status = 'no_show' AND a.start_utc < ? "
                                   "AND NOT a.no_show_excused THEN 1 END), "
                                   "COUNT(CASE WHEN a.status = 'no_show' AND a.start_utc < ? "
                                   "AND a.no_show_excused THEN 1 END), "
                                   "COUNT(CASE WHEN a.status = 'cancelled' THEN 1 END), "
                                   "COUNT(CASE WHEN a.status = 'cancelled' AND a.late_cancel THEN 1 END)"_s;
    return columns;
}

ChannelFigures readCounts(const QSqlQuery &query, int first)
{
    ChannelFigures counts;
    counts.appointments = query.value(first).toLongLong();
    counts.passed = query.value(first + 1).toLongLong();
    counts.noShows = query.value(first + 2).toLongLong();
    counts.excusedNoShows = query.value(first + 3).toLongLong();
    counts.cancellations = query.value(first + 4).toLongLong();
    counts.lateCancellations = query.value(first + 5).toLongLong();
    return counts;
}

// An unknown key (a channel added by a newer version) counts with the system's bookings.
Channel channelOf(const QVariant &key)
{
    return fromKey<Channel>(key.toString()).value_or(Channel::System);
}

ChannelFigures sum(const FiguresByChannel &byChannel)
{
    ChannelFigures total;
    for (const ChannelFigures &figures : byChannel)
        total += figures;
    return total;
}

std::optional<double> onlineShareOf(const FiguresByChannel &byChannel)
{
    return ratio(byChannel[int(Channel::Web)].appointments, sum(byChannel).appointments);
}

struct Interval
{
    qint64 start;
    qint64 end;
};

// Sorted by start, possibly overlapping (overbooked appointments) → sorted and disjoint.
std::vector<Interval> merged(const std::vector<Interval> &sorted)
{
    std::vector<Interval> result;
    for (const Interval &interval : sorted) {
        if (!result.empty() && interval.start <= result.back().end)
            result.back().end = std::max(result.back().end, interval.end);
        else
            result.push_back(interval);
    }
    return result;
}

// Seconds of [start, end) covered by the disjoint, sorted intervals.
qint64 coveredSeconds(const std::vector<Interval> &busy, qint64 start, qint64 end)
{
    qint64 covered = 0;
    auto it = std::partition_point(busy.begin(), busy.end(),
                                   [&](const Interval &i) { return i.end <= start; });
    for (; it != busy.end() && it->start < end; ++it)
        covered += std::min(end, it->end) - std::max(start, it->start);
    return covered;
}

QDate stepStart(const QDate &date, CentreFigures::Step step)
{
    switch (step) {
    case CentreFigures::Step::Day:
        return date;
    case CentreFigures::Step::Week:
        return date.addDays(1 - date.dayOfWeek());
    case CentreFigures::Step::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextStep(const QDate &start, CentreFigures::Step step)
{
    switch (step) {
    case CentreFigures::Step::Day:
        return start.addDays(1);
    case CentreFigures::Step::Week:
        return start.addDays(7);
    case CentreFigures::Step::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

} // namespace

std::optional<double> ChannelFigures::noShowRate() const
{
    return ratio(noShows, passed);
}

std::optional<double> ChannelFigures::lateCancelRate() const
{
    return ratio(lateCancellations, appointments + cancellations);
}

ChannelFigures &ChannelFigures::operator+=(const ChannelFigures &other)
{
    appointments += other.appointments;
    passed += other.passed;
    noShows += other.noShows;
    excusedNoShows += other.excusedNoShows;
    cancellations += other.cancellations;
    lateCancellations += other.lateCancellations;
    return *this;
}

ChannelFigures FiguresRow::all() const
{
    return sum(byChannel);
}

std::optional<double> FiguresRow::onlineShare() const
{
    return onlineShareOf(byChannel);
}

std::optional<double> FiguresRow::internetFillRate() const
{
    return ratio(internetFilledMinutes, internetMinutes);
}

std::optional<double> FiguresRow::urgentUseRate() const
{
    return ratio(urgentSlotsUsed, urgentSlots);
}

bool FiguresRow::isEmpty() const
{
    const ChannelFigures total = all();
    return total.appointments == 0 && total.cancellations == 0 && internetMinutes == 0 && urgentSlots == 0;
}

FiguresRow &FiguresRow::operator+=(const FiguresRow &other)
{
    for (std::size_t i = 0; i < byChannel.size(); ++i)
        byChannel[i] += other.byChannel[i];
    internetMinutes += other.internetMinutes;
    internetFilledMinutes += other.internetFilledMinutes;
    urgentSlots += other.urgentSlots;
    urgentSlotsUsed += other.urgentSlotsUsed;
    return *this;
}

ChannelFigures FiguresPoint::all() const
{
    return sum(byChannel);
}

std::optional<double> FiguresPoint::onlineShare() const
{
    return onlineShareOf(byChannel);
}

CentreFigures::CentreFigures(Store &store) : m_store(store), m_scheduler(store) {}

qint64 CentreFigures::localMidnight(const QDate &date) const
{
    // Local dates, so a period holding a DST change is 23 or 25 hours longer or shorter than its
    // days times 24: never add seconds to a midnight.
    return QDateTime(date, QTime(0, 0), zone()).toSecsSinceEpoch();
}

QString CentreFigures::agendaFilter(const QList<qint64> &practitionerIds, QVariantList &values)
{
    QString filter = u"g.kind = 'practitioner' AND g.practitioner_id IS NOT NULL"_s;
    if (!practitionerIds.isEmpty()) {
        filter += u" AND g.practitioner_id IN ("_s + Database::placeholders(practitionerIds.size()) + u')';
        for (const qint64 id : practitionerIds)
            values << id;
    }
    return filter;
}

std::vector<Practitioner> CentreFigures::practitioners(bool includeInactive)
{
    QString where = u"id IN (SELECT practitioner_id FROM agenda WHERE kind = 'practitioner')"_s;
    QVariantList values;
    if (!includeInactive) {
        where += u" AND active = ?"_s;
        values << true;
    }
    std::vector<Practitioner> result = m_store.select<Practitioner>(where, values);
    std::sort(result.begin(), result.end(), [](const Practitioner &a, const Practitioner &b) {
        if (const int byLast = QString::localeAwareCompare(a.lastName, b.lastName))
            return byLast < 0;
        if (const int byFirst = QString::localeAwareCompare(a.firstName, b.firstName))
            return byFirst < 0;
        return a.id < b.id;
    });
    return result;
}

FiguresReport CentreFigures::report(const QDate &from, const QDate &to, const QList<qint64> &practitionerIds)
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw StoreError(StoreError::Kind::Invalid, tr("The period must end on or after the day it starts."));
    FiguresReport report;
    report.from = from;
    report.to = to;
    report.computedAt = m_store.clock().now();

    std::vector<FiguresRow> rows;
    std::vector<bool> active;
    for (const Practitioner &practitioner : practitioners(true)) {
        if (!practitionerIds.isEmpty() && !practitionerIds.contains(practitioner.id))
            continue;
        FiguresRow row;
        row.practitionerId = practitioner.id;
        row.name = practitioner.fullName();
        rows.push_back(std::move(row));
        active.push_back(practitioner.active);
    }
    countAppointments(rows, localMidnight(from), localMidnight(to.addDays(1)),
                      report.computedAt.toSecsSinceEpoch(), practitionerIds);
    countSlots(rows, from, to, practitionerIds);

    report.total.name = tr("Total");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!active[i] && rows[i].isEmpty())
            continue; // gone before the period
        report.total += rows[i];
        report.practitioners.push_back(std::move(rows[i]));
    }
    return report;
}

void CentreFigures::countAppointments(std::vector<FiguresRow> &rows, qint64 fromSecs, qint64 toSecs,
                                      qint64 nowSecs, const QList<qint64> &practitionerIds)
{
    QVariantList values{nowSecs, nowSecs, nowSecs, fromSecs, toSecs};
    const QString filter = agendaFilter(practitionerIds, values);
    // The start-time index picks the period's rows; the agendas are a handful.
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT g.practitioner_id, a.channel, "_s + countColumns()
                    + u" FROM appointment a JOIN agenda g ON g.id = a.agenda_id"
                      " WHERE a.start_utc >= ? AND a.start_utc < ? AND "_s
                    + filter + u" GROUP BY g.practitioner_id, a.channel"_s,
            values);
    std::unordered_map<qint64, FiguresRow *> byPractitioner;
    for (FiguresRow &row : rows)
        byPractitioner.emplace(*row.practitionerId, &row);
    while (query.next()) {
        const auto found = byPractitioner.find(query.value(0).toLongLong());
        if (found != byPractitioner.end())
            found->second->byChannel[int(channelOf(query.value(1)))] += readCounts(query, 2);
    }
    query.finish();
}

void CentreFigures::countSlots(std::vector<FiguresRow> &rows, const QDate &from, const QDate &to,
                               const QList<qint64> &practitionerIds)
{
    QVariantList agendaValues;
    const QString filter = agendaFilter(practitionerIds, agendaValues);
    std::unordered_map<qint64, qint64> practitionerOf; // by agenda
    QList<qint64> agendaIds;
    {
        QSqlQuery &query = m_store.database().runPrepared(
                u"SELECT g.id, g.practitioner_id FROM agenda g WHERE "_s + filter + u" ORDER BY g.id"_s,
                agendaValues);
        while (query.next()) {
            agendaIds << query.value(0).toLongLong();
            practitionerOf.emplace(agendaIds.back(), query.value(1).toLongLong());
        }
        query.finish();
    }
    if (agendaIds.isEmpty())
        return;

    // What holds each agenda's time: every appointment not cancelled over the period's slots (an
    // appointment lasts at most a day, and the last slot may end after the last midnight).
    const qint64 fromSecs = localMidnight(from);
    const qint64 toSecs = localMidnight(to.addDays(1));
    QVariantList values{fromSecs - secsPerDay, toSecs + secsPerDay, fromSecs};
    values += agendaValues;
    std::unordered_map<qint64, std::vector<Interval>> busy;
    {
        QSqlQuery &query = m_store.database().runPrepared(
                u"SELECT a.agenda_id, a.start_utc, a.end_utc FROM appointment a JOIN agenda g ON g.id = "
                "a.agenda_id WHERE a.status <> 'cancelled' AND a.start_utc >= ? AND a.start_utc < ? AND "
                "a.end_utc > ? AND "_s
                        + filter + u" ORDER BY a.agenda_id, a.start_utc"_s,
                values);
        while (query.next())
            busy[query.value(0).toLongLong()].push_back(
                    {query.value(1).toLongLong(), query.value(2).toLongLong()});
        query.finish();
    }

    std::unordered_map<qint64, FiguresRow *> byPractitioner;
    for (FiguresRow &row : rows)
        byPractitioner.emplace(*row.practitionerId, &row);
    const std::unordered_map<qint64, std::vector<Slot>> grids = m_scheduler.grids(agendaIds, from, to);
    for (const auto &[agendaId, slots] : grids) {
        const auto row = byPractitioner.find(practitionerOf.at(agendaId));
        if (row == byPractitioner.end())
            continue;
        const std::vector<Interval> taken = merged(busy[agendaId]);
        qint64 internetSecs = 0;
        qint64 filledSecs = 0;
        for (const Slot &slot : slots) {
            if (slot.blocked)
                continue;
            const qint64 start = slot.start.toSecsSinceEpoch();
            const qint64 end = slot.end.toSecsSinceEpoch();
            if (slot.kind == SlotKind::Internet) {
                internetSecs += end - start;
                filledSecs += coveredSeconds(taken, start, end);
            } else if (slot.kind == SlotKind::Urgent) {
                ++row->second->urgentSlots;
                if (coveredSeconds(taken, start, end) > 0)
                    ++row->second->urgentSlotsUsed;
            }
        }
        row->second->internetMinutes += internetSecs / 60;
        row->second->internetFilledMinutes += filledSecs / 60;
    }
}

std::vector<FiguresPoint> CentreFigures::series(const QDate &from, const QDate &to, Step step,
                                                const QList<qint64> &practitionerIds)
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw StoreError(StoreError::Kind::Invalid, tr("The period must end on or after the day it starts."));
    std::vector<FiguresPoint> points;
    for (QDate start = stepStart(from, step); start <= to; start = nextStep(start, step)) {
        if (points.size() == std::size_t(maxPoints))
            throw StoreError(StoreError::Kind::Invalid,
                             tr("Too many points for a chart: choose a shorter period or a longer step."));
        points.push_back({start, nextStep(start, step).addDays(-1), {}});
    }

    // Each point's bounds in UTC, then one pass that sorts rows into points: local days stay local
    // days across DST changes, on both backends, without date functions in SQL.
    const qint64 nowSecs = m_store.clock().now().toSecsSinceEpoch();
    QVariantList values{nowSecs, nowSecs, nowSecs};
    QString bucket = u"CASE"_s;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        bucket += u" WHEN a.start_utc < ? THEN "_s + QString::number(i);
        values << localMidnight(points[i + 1].from);
    }
    bucket += u" ELSE "_s + QString::number(points.size() - 1) + u" END"_s;
    values << localMidnight(points.front().from) << localMidnight(points.back().to.addDays(1));
    const QString filter = agendaFilter(practitionerIds, values);
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT "_s + countColumns() + u", "_s + bucket
                    + u", a.channel FROM appointment a JOIN agenda g ON g.id = a.agenda_id"
                      " WHERE a.start_utc >= ? AND a.start_utc < ? AND "_s
                    + filter + u" GROUP BY 7, 8"_s,
            values);
    while (query.next()) {
        const qsizetype index = query.value(6).toLongLong();
        if (index >= 0 && index < qsizetype(points.size()))
            points[std::size_t(index)].byChannel[int(channelOf(query.value(7)))] += readCounts(query, 0);
    }
    query.finish();
    return points;
}

} // namespace Accueil
