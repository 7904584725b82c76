// Changing an agenda's shape: template weeks, day overrides and blocked periods.
#include "scheduler.h"
#include "schedulercontext.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

void requirePeriod(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        throw StoreError(StoreError::Kind::Invalid, Scheduler::tr("The end must come after the start."));
}

// Whether the active appointment sits on the grid: it starts at a bookable slot and contiguous
// bookable slots cover it to its end.
bool fits(const Appointment &appointment, const std::vector<Slot> &grid)
{
    auto it = std::find_if(grid.begin(), grid.end(),
                           [&](const Slot &s) { return s.start == appointment.start; });
    if (it == grid.end() || !it->bookable())
        return false;
    QDateTime covered = it->end;
    for (++it; covered < appointment.end && it != grid.end() && it->start == covered && it->bookable(); ++it)
        covered = it->end;
    return covered >= appointment.end;
}

} // namespace

std::optional<std::pair<ScheduleTemplate, std::vector<TemplateRange>>>
Scheduler::templateAt(qint64 agendaId, const QDate &date)
{
    // The same choice as the slot grid: valid that day, the latest start, then the highest id.
    const std::vector<ScheduleTemplate> templates = m_store.select<ScheduleTemplate>(
            u"agenda_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"_s,
            {agendaId, date.toString(Qt::ISODate), date.toString(Qt::ISODate)},
            u"valid_from DESC, id DESC"_s);
    if (templates.empty())
        return std::nullopt;
    return std::pair{templates.front(),
                     m_store.select<TemplateRange>(u"template_id = ?"_s, {templates.front().id},
                                                   u"weekday, start_minute, id"_s)};
}

TemplateChange Scheduler::changeTemplate(qint64 agendaId, const QDate &validFrom,
                                         std::vector<TemplateRange> ranges, const QString &label,
                                         const Actor &actor)
{
    if (!validFrom.isValid())
        throw StoreError(StoreError::Kind::Invalid, tr("The template needs the date it starts from."));
    for (const TemplateRange &range : ranges) {
        if (range.weekday < 1 || range.weekday > 7 || range.startMinute < 0 || range.endMinute > 24 * 60
            || range.endMinute <= range.startMinute || range.slotMinutes <= 0)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("A range of the template week is not valid (weekday 1–7, start before end, "
                                "slots of at least one minute)."));
    }
    static_cast<void>(m_store.get<Agenda>(agendaId));

    Transaction transaction(m_store.database());
    TemplateChange change;
    std::vector<ScheduleTemplate> existing
            = m_store.select<ScheduleTemplate>(u"agenda_id = ?"_s, {agendaId}, u"valid_from"_s);
    QDate validTo;
    for (ScheduleTemplate &current : existing) {
        if (current.validFrom < validFrom && (!current.validTo.isValid() || current.validTo >= validFrom)) {
            // It keeps its past; the new week takes over from validFrom.
            current.validTo = validFrom.addDays(-1);
            m_store.update(current, actor, u"end"_s);
        } else if (current.validFrom >= validFrom && (!validTo.isValid() || current.validFrom <= validTo)) {
            // A template already planned later keeps its own start.
            validTo = current.validFrom.addDays(-1);
        }
    }
    if (validTo.isValid() && validTo < validFrom)
        throw StoreError(
                StoreError::Kind::Invalid,
                tr("Another template week already starts on %1.").arg(RuleBook::longDate(validFrom)));

    ScheduleTemplate created;
    created.agendaId = agendaId;
    created.label = label;
    created.validFrom = validFrom;
    created.validTo = validTo;
    created = m_store.insert(created, actor);
    for (TemplateRange &range : ranges) {
        range.templateId = created.id;
        range = m_store.insert(range, actor);
    }
    change.newTemplate = created;

    // What was booked from validFrom on stays; list what the new grid no longer has room for.
    const QDate today = m_store.clock().now().toTimeZone(m_zone).date();
    const QDate from = std::max(validFrom, today);
    std::vector<Appointment> booked = m_store.select<Appointment>(
            u"agenda_id = ? AND status <> 'cancelled' AND start_utc >= ?"_s
                    + (validTo.isValid() ? u" AND start_utc < ?"_s : QString()),
            validTo.isValid() ? QVariantList{agendaId, localMidnight(from).toSecsSinceEpoch(),
                                             localMidnight(validTo.addDays(1)).toSecsSinceEpoch()}
                              : QVariantList{agendaId, localMidnight(from).toSecsSinceEpoch()},
            u"start_utc"_s);
    if (!booked.empty()) {
        const QDate last = booked.back().start.toTimeZone(m_zone).date();
        const std::vector<Slot> grid = Scheduler::grid(agendaId, from, last);
        for (const Appointment &appointment : booked) {
            if (!appointment.overbooked && !fits(appointment, grid))
                change.noLongerFitting.push_back(appointment);
        }
    }
    transaction.commit();
    return change;
}

ScheduleException Scheduler::addException(ScheduleException exception, const Actor &actor)
{
    requirePeriod(exception.start, exception.end);
    static_cast<void>(m_store.get<Agenda>(exception.agendaId));
    exception.start = exception.start.toUTC();
    exception.end = exception.end.toUTC();
    return m_store.insert(exception, actor);
}

ExceptionResult Scheduler::blockPeriod(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                       const QString &label, const Actor &actor)
{
    if (label.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Say why the period is blocked (holidays, training ...)."));
    ScheduleException block;
    block.agendaId = agendaId;
    block.action = u"block"_s;
    block.start = start;
    block.end = end;
    block.label = label.trimmed();
    Transaction transaction(m_store.database());
    ExceptionResult result{addException(block, actor), {}};
    result.affected = m_store.select<Appointment>(
            u"agenda_id = ? AND status <> 'cancelled' AND start_utc < ? AND end_utc > ?"_s,
            {agendaId, end.toSecsSinceEpoch(), start.toSecsSinceEpoch()}, u"start_utc"_s);
    transaction.commit();
    return result;
}

ScheduleException Scheduler::setSlotKind(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                         SlotKind kind, const Actor &actor)
{
    ScheduleException change;
    change.agendaId = agendaId;
    change.action = u"set_kind"_s;
    change.start = start;
    change.end = end;
    change.kind = kind;
    return addException(change, actor);
}

ScheduleException Scheduler::splitSlot(qint64 agendaId, const QDateTime &slotStart, const QDateTime &slotEnd,
                                       int pieceMinutes, const Actor &actor)
{
    if (pieceMinutes < 0 || (pieceMinutes > 0 && pieceMinutes < 5))
        throw StoreError(StoreError::Kind::Invalid, tr("Split slots last at least 5 minutes."));
    ScheduleException split;
    split.agendaId = agendaId;
    split.action = u"split"_s;
    split.start = slotStart;
    split.end = slotEnd;
    split.slotMinutes = pieceMinutes;
    return addException(split, actor);
}

ScheduleException Scheduler::mergeSlots(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                        const Actor &actor)
{
    ScheduleException merge;
    merge.agendaId = agendaId;
    merge.action = u"merge"_s;
    merge.start = start;
    merge.end = end;
    return addException(merge, actor);
}

ScheduleException Scheduler::addExtraSlot(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                          SlotKind kind, const QString &label, const Actor &actor)
{
    ScheduleException extra;
    extra.agendaId = agendaId;
    extra.action = u"extra"_s;
    extra.start = start;
    extra.end = end;
    extra.kind = kind;
    extra.label = label;
    return addException(extra, actor);
}

ScheduleException Scheduler::openHoliday(qint64 agendaId, const QDate &date, const Actor &actor)
{
    ScheduleException open;
    open.agendaId = agendaId;
    open.action = u"open"_s;
    open.start = localMidnight(date);
    open.end = localMidnight(date.addDays(1));
    open.label = tr("Open on a public holiday");
    return addException(open, actor);
}

} // namespace Accueil
