#include "scheduler.h"

#include "schedulercontext.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <map>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr qint64 day = 86400;

bool kindAllowedForType(const AppointmentType &type, SlotKind kind)
{
    if (type.allowedSlotKinds.isEmpty())
        return true;
    const QString key = toKey(kind);
    for (const QStringView allowed : QStringView(type.allowedSlotKinds).split(u','))
        if (allowed.trimmed() == key)
            return true;
    return false;
}

} // namespace

Scheduler::Scheduler(Store &store)
    : m_store(store)
    , m_centre(store.centre().value_or(Centre{}))
    , m_zone(m_centre.timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone("Europe/Paris");
}

struct Scheduler::Memo
{
    std::map<std::pair<qint64, qint64>, Context> contexts; // by agenda and type
    std::map<QList<qint64>, TemplateSet> templates;        // by the agendas asked about together
    std::map<qint64, RuleBook> rules;                      // by agenda
};

void Scheduler::rememberStructure()
{
    if (!m_memo)
        m_memo = std::make_shared<Memo>();
}

QDateTime Scheduler::localMidnight(const QDate &date) const
{
    return QDateTime(date, QTime(0, 0), m_zone).toUTC();
}

HolidayPolicy Scheduler::holidayPolicy() const
{
    return {m_centre.publicHolidayRegion == u"FR"};
}

RuleBook Scheduler::rulesFor(qint64 agendaId)
{
    if (m_memo) {
        if (const auto kept = m_memo->rules.find(agendaId); kept != m_memo->rules.end())
            return kept->second;
    }
    std::vector<AgendaRules> own = m_store.select<AgendaRules>(u"agenda_id = ?"_s, {agendaId});
    RuleBook rules(
            RuleBook::effective(m_centre.rules, own.empty() ? std::nullopt : std::optional(own.front())),
            m_zone);
    if (m_memo)
        m_memo->rules.emplace(agendaId, rules);
    return rules;
}

std::vector<Scheduler::Context> Scheduler::loadContexts(const std::vector<Candidate> &candidates)
{
    if (candidates.empty())
        return {};
    if (m_memo) {
        std::vector<Context> kept;
        for (const Candidate &candidate : candidates) {
            const auto found = m_memo->contexts.find({candidate.agendaId, candidate.typeId});
            if (found == m_memo->contexts.end())
                break;
            kept.push_back(found->second);
        }
        if (kept.size() == candidates.size())
            return kept;
    }
    QVariantList agendaIds;
    QVariantList typeIds;
    for (const Candidate &candidate : candidates) {
        agendaIds << candidate.agendaId;
        typeIds << candidate.typeId;
    }
    const QString agendaList = u" IN ("_s + Database::placeholders(agendaIds.size()) + u")"_s;
    const std::vector<Agenda> agendas = m_store.select<Agenda>(u"id"_s + agendaList, agendaIds);
    const std::vector<AppointmentType> types = m_store.select<AppointmentType>(
            u"id IN ("_s + Database::placeholders(typeIds.size()) + u")"_s, typeIds);
    const std::vector<Practitioner> practitioners = m_store.select<Practitioner>(
            u"id IN (SELECT practitioner_id FROM agenda WHERE id"_s + agendaList + u")"_s, agendaIds);
    const std::vector<AgendaRules> rules
            = m_store.select<AgendaRules>(u"agenda_id"_s + agendaList, agendaIds);

    std::vector<Context> contexts;
    for (const Candidate &candidate : candidates) {
        const auto agenda = std::find_if(agendas.begin(), agendas.end(),
                                         [&](const Agenda &a) { return a.id == candidate.agendaId; });
        const auto type = std::find_if(types.begin(), types.end(),
                                       [&](const AppointmentType &t) { return t.id == candidate.typeId; });
        if (agenda == agendas.end())
            throw StoreError(StoreError::Kind::NotFound, tr("This agenda does not exist."));
        if (type == types.end() || type->agendaId != agenda->id)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("This type of appointment does not belong to this agenda."));
        std::optional<Practitioner> practitioner;
        const auto found
                = std::find_if(practitioners.begin(), practitioners.end(), [&](const Practitioner &p) {
                      return agenda->practitionerId && p.id == *agenda->practitionerId;
                  });
        if (found != practitioners.end())
            practitioner = *found;
        const auto own = std::find_if(rules.begin(), rules.end(),
                                      [&](const AgendaRules &r) { return r.agendaId == agenda->id; });
        contexts.push_back(
                Context{*agenda, *type, practitioner,
                        RuleBook(RuleBook::effective(m_centre.rules,
                                                     own == rules.end() ? std::nullopt : std::optional(*own)),
                                 m_zone)});
        if (m_memo)
            m_memo->contexts.insert_or_assign({candidate.agendaId, candidate.typeId}, contexts.back());
    }
    return contexts;
}

Scheduler::Context Scheduler::loadContext(qint64 agendaId, qint64 typeId)
{
    return loadContexts({{agendaId, typeId}}).front();
}

AgendaSchedule Scheduler::loadSchedule(qint64 agendaId, qint64 fromSecs, qint64 toSecs)
{
    AgendaSchedule schedule;
    if (m_memo) {
        TemplateSet templates = loadTemplates({agendaId});
        schedule.templates = std::move(templates.templates);
        schedule.ranges = std::move(templates.ranges);
    } else {
        schedule.templates = m_store.select<ScheduleTemplate>(u"agenda_id = ?"_s, {agendaId});
        schedule.ranges = m_store.select<TemplateRange>(
                u"template_id IN (SELECT id FROM schedule_template WHERE agenda_id = ?)"_s, {agendaId});
    }
    schedule.exceptions = m_store.select<ScheduleException>(
            u"agenda_id = ? AND start_utc < ? AND end_utc > ?"_s, {agendaId, toSecs, fromSecs});
    return schedule;
}

std::vector<Scheduler::Busy> Scheduler::loadBusy(qint64 agendaId, qint64 fromSecs, qint64 toSecs,
                                                 qint64 ignoreId)
{
    QSqlQuery &query = m_store.database().prepared(
            u"SELECT start_utc, end_utc FROM appointment WHERE agenda_id = ? AND status <> 'cancelled' "
            "AND start_utc >= ? AND start_utc < ? AND end_utc > ? AND id <> ? ORDER BY start_utc"_s);
    query.addBindValue(agendaId);
    query.addBindValue(fromSecs - day);
    query.addBindValue(toSecs);
    query.addBindValue(fromSecs);
    query.addBindValue(ignoreId);
    m_store.database().exec(query);
    std::vector<Busy> busy;
    while (query.next())
        busy.push_back({query.value(0).toLongLong(), query.value(1).toLongLong()});
    query.finish();
    return busy;
}

std::unordered_map<qint64, std::vector<Scheduler::Busy>> Scheduler::loadBusy(const QVariantList &agendaIds,
                                                                             qint64 fromSecs, qint64 toSecs)
{
    QSqlQuery &query = m_store.database().prepared(
            u"SELECT agenda_id, start_utc, end_utc FROM appointment WHERE agenda_id IN ("_s
            + Database::placeholders(agendaIds.size())
            + u") AND status <> 'cancelled' AND start_utc >= ? AND start_utc < ? AND end_utc > ? "
              "ORDER BY agenda_id, start_utc"_s);
    for (const QVariant &id : agendaIds)
        query.addBindValue(id);
    query.addBindValue(fromSecs - day);
    query.addBindValue(toSecs);
    query.addBindValue(fromSecs);
    m_store.database().exec(query);
    std::unordered_map<qint64, std::vector<Busy>> busy;
    while (query.next())
        busy[query.value(0).toLongLong()].push_back(
                {query.value(1).toLongLong(), query.value(2).toLongLong()});
    query.finish();
    return busy;
}

std::vector<Slot> Scheduler::grid(qint64 agendaId, const QDate &from, const QDate &to)
{
    const qint64 fromSecs = localMidnight(from).toSecsSinceEpoch();
    const qint64 toSecs = localMidnight(to.addDays(1)).toSecsSinceEpoch();
    return buildSlots(loadSchedule(agendaId, fromSecs, toSecs), m_zone, from, to, holidayPolicy());
}

AgendaSchedule Scheduler::TemplateSet::scheduleFor(qint64 agendaId,
                                                   const std::vector<ScheduleException> &exceptions) const
{
    AgendaSchedule schedule;
    std::copy_if(templates.begin(), templates.end(), std::back_inserter(schedule.templates),
                 [&](const ScheduleTemplate &t) { return t.agendaId == agendaId; });
    std::copy_if(ranges.begin(), ranges.end(), std::back_inserter(schedule.ranges),
                 [&](const TemplateRange &r) {
                     return std::any_of(schedule.templates.begin(), schedule.templates.end(),
                                        [&](const ScheduleTemplate &t) { return t.id == r.templateId; });
                 });
    std::copy_if(exceptions.begin(), exceptions.end(), std::back_inserter(schedule.exceptions),
                 [&](const ScheduleException &e) { return e.agendaId == agendaId; });
    return schedule;
}

Scheduler::TemplateSet Scheduler::loadTemplates(const QVariantList &agendaIds)
{
    QList<qint64> key;
    if (m_memo) {
        for (const QVariant &id : agendaIds)
            key << id.toLongLong();
        if (const auto kept = m_memo->templates.find(key); kept != m_memo->templates.end())
            return kept->second;
    }
    const QString list = Database::placeholders(agendaIds.size());
    TemplateSet templates{m_store.select<ScheduleTemplate>(u"agenda_id IN ("_s + list + u")"_s, agendaIds),
                          m_store.select<TemplateRange>(
                                  u"template_id IN (SELECT id FROM schedule_template WHERE agenda_id IN ("_s
                                          + list + u"))"_s,
                                  agendaIds)};
    if (m_memo)
        m_memo->templates.emplace(key, templates);
    return templates;
}

std::vector<ScheduleException> Scheduler::loadExceptions(const QVariantList &agendaIds, qint64 fromSecs,
                                                         qint64 toSecs)
{
    return m_store.select<ScheduleException>(u"agenda_id IN ("_s + Database::placeholders(agendaIds.size())
                                                     + u") AND start_utc < ? AND end_utc > ?"_s,
                                             agendaIds + QVariantList{toSecs, fromSecs});
}

std::unordered_map<qint64, std::vector<Slot>> Scheduler::grids(const QList<qint64> &agendaIds,
                                                               const QDate &from, const QDate &to)
{
    std::unordered_map<qint64, std::vector<Slot>> result;
    if (agendaIds.isEmpty())
        return result;
    QVariantList ids;
    for (const qint64 id : agendaIds)
        ids << id;
    const qint64 fromSecs = localMidnight(from).toSecsSinceEpoch();
    const qint64 toSecs = localMidnight(to.addDays(1)).toSecsSinceEpoch();
    const TemplateSet templates = loadTemplates(ids);
    const std::vector<ScheduleException> exceptions = loadExceptions(ids, fromSecs, toSecs);
    const HolidayPolicy policy = holidayPolicy();
    for (const qint64 id : agendaIds)
        result[id] = buildSlots(templates.scheduleFor(id, exceptions), m_zone, from, to, policy);
    return result;
}

std::optional<std::pair<QDate, QDate>> Scheduler::window(const Context &context, const QDate &from,
                                                         const QDate &to, Channel channel) const
{
    if (!context.agenda.active || !context.type.active)
        return std::nullopt;
    const bool web = !isStaffChannel(channel);
    if (web && !context.type.onlineBookable)
        return std::nullopt;
    const QDateTime now = m_store.clock().now();
    QDate last = to;
    if (web)
        last = std::min(last, context.rules.lastOnlineDate(now));
    const QDate first = std::max(from, now.toTimeZone(m_zone).date());
    if (first > last)
        return std::nullopt;
    return std::pair{first, last};
}

std::vector<FreeSlot> Scheduler::freeStarts(const Context &context, const QDate &from, const QDate &to,
                                            Channel channel, qint64 ignoreId, bool earlierToday)
{
    const auto dates = window(context, from, to, channel);
    if (!dates)
        return {};
    const qint64 fromSecs = localMidnight(dates->first).toSecsSinceEpoch();
    const qint64 toSecs = localMidnight(dates->second.addDays(1)).toSecsSinceEpoch();
    return freeIn(context, loadSchedule(context.agenda.id, fromSecs, toSecs), *dates,
                  loadBusy(context.agenda.id, fromSecs, toSecs, ignoreId), channel, earlierToday);
}

std::vector<FreeSlot> Scheduler::freeIn(const Context &context, const AgendaSchedule &schedule,
                                        const std::pair<QDate, QDate> &dates, const std::vector<Busy> &busy,
                                        Channel channel, bool earlierToday) const
{
    std::vector<FreeSlot> result;
    const bool web = !isStaffChannel(channel);
    const QDateTime now = m_store.clock().now();
    const std::vector<Slot> grid = buildSlots(schedule, m_zone, dates.first, dates.second, holidayPolicy());
    const QDateTime earliestTime = web            ? context.rules.earliestOnlineStart(now)
                                   : earlierToday ? localMidnight(now.toTimeZone(m_zone).date())
                                                  : now;
    const qint64 earliest = earliestTime.toSecsSinceEpoch();

    // Urgent slots open online at a time that depends on their day: remember the last day asked.
    QDate releaseDay;
    bool released = false;
    const auto allowed = [&](const Slot &slot) {
        if (!slot.bookable() || !kindAllowedForType(context.type, slot.kind))
            return false;
        if (!web)
            return true;
        if (slot.kind == SlotKind::Internet)
            return true;
        if (slot.kind != SlotKind::Urgent)
            return false;
        const QDate slotDay = slot.start.toTimeZone(m_zone).date();
        if (slotDay != releaseDay) {
            releaseDay = slotDay;
            released = now >= context.rules.urgentReleaseAt(slotDay);
        }
        return released;
    };

    const qint64 duration = qint64(context.type.durationMinutes) * 60;
    std::size_t busyIndex = 0;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const Slot &slot = grid[i];
        const qint64 start = slot.start.toSecsSinceEpoch();
        if (start < earliest || !allowed(slot))
            continue;
        // A type longer than the slot takes the following contiguous slots, all allowed.
        const qint64 end = start + duration;
        qint64 covered = slot.end.toSecsSinceEpoch();
        for (std::size_t j = i + 1; covered < end && j < grid.size(); ++j) {
            if (grid[j].start.toSecsSinceEpoch() != covered || !allowed(grid[j]))
                break;
            covered = grid[j].end.toSecsSinceEpoch();
        }
        if (covered < end)
            continue;
        // busy is sorted by start; skip what ends before this start (at most a day long).
        while (busyIndex < busy.size() && busy[busyIndex].start + day <= start)
            ++busyIndex;
        bool free = true;
        for (std::size_t k = busyIndex; k < busy.size() && busy[k].start < end; ++k) {
            if (busy[k].end > start) {
                free = false;
                break;
            }
        }
        if (free)
            result.push_back({context.agenda.id, context.type.id, slot.start,
                              QDateTime::fromSecsSinceEpoch(end, Qt::UTC), slot.kind});
    }
    return result;
}

std::vector<FreeSlot> Scheduler::availability(qint64 agendaId, qint64 typeId, const QDate &from,
                                              const QDate &to, Channel channel)
{
    return freeStarts(loadContext(agendaId, typeId), from, to, channel, 0);
}

std::vector<FreeSlot> Scheduler::nextFree(const std::vector<Candidate> &candidates, const QDateTime &after,
                                          Channel channel, int searchDays)
{
    // The same questions for every candidate at once: a handful of queries, not a handful each.
    const std::vector<Context> contexts = loadContexts(candidates);
    QVariantList agendaIds;
    for (const Candidate &candidate : candidates)
        agendaIds << candidate.agendaId;
    const TemplateSet templates = loadTemplates(agendaIds);

    std::vector<FreeSlot> found;
    std::vector<bool> done(contexts.size(), false);
    const QDate firstDay = after.toTimeZone(m_zone).date();
    const QDate lastDay = firstDay.addDays(searchDays);
    // Growing windows: most answers are in the first days, a few weeks away at worst.
    QDate from = firstDay;
    for (int span = 3; from <= lastDay; span *= 3) {
        const QDate to = std::min(lastDay, from.addDays(span - 1));
        const qint64 fromSecs = localMidnight(from).toSecsSinceEpoch();
        const qint64 toSecs = localMidnight(to.addDays(1)).toSecsSinceEpoch();
        const std::vector<ScheduleException> exceptions = loadExceptions(agendaIds, fromSecs, toSecs);
        const std::unordered_map<qint64, std::vector<Busy>> busy = loadBusy(agendaIds, fromSecs, toSecs);
        for (std::size_t i = 0; i < contexts.size(); ++i) {
            if (done[i])
                continue;
            const Context &context = contexts[i];
            const auto dates = window(context, from, to, channel);
            if (!dates)
                continue;
            const qint64 agendaId = context.agenda.id;
            const AgendaSchedule schedule = templates.scheduleFor(agendaId, exceptions);
            const auto agendaBusy = busy.find(agendaId);
            const std::vector<FreeSlot> free
                    = freeIn(context, schedule, *dates,
                             agendaBusy == busy.end() ? std::vector<Busy>{} : agendaBusy->second, channel);
            const auto it = std::find_if(free.begin(), free.end(),
                                         [&](const FreeSlot &s) { return s.start >= after; });
            if (it != free.end()) {
                found.push_back(*it);
                done[i] = true;
            }
        }
        if (std::all_of(done.begin(), done.end(), [](bool d) { return d; }))
            break;
        from = to.addDays(1);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const FreeSlot &a, const FreeSlot &b) { return a.start < b.start; });
    return found;
}

std::vector<Candidate> Scheduler::candidatesForProfession(const QString &profession, const QString &typeLabel)
{
    std::vector<Candidate> candidates;
    const std::vector<Agenda> agendas = m_store.select<Agenda>(
            u"active = ? AND practitioner_id IN (SELECT id FROM practitioner WHERE profession = ? AND active = ?)"_s,
            {true, profession, true}, u"sort_order, id"_s);
    for (const Agenda &agenda : agendas) {
        std::vector<AppointmentType> types
                = m_store.select<AppointmentType>(u"agenda_id = ? AND active = ?"_s, {agenda.id, true});
        const auto match = std::find_if(types.begin(), types.end(),
                                        [&](const AppointmentType &t) { return t.label == typeLabel; });
        if (match != types.end())
            candidates.push_back({agenda.id, match->id});
        else if (typeLabel.isEmpty() && !types.empty())
            candidates.push_back({agenda.id, types.front().id});
    }
    return candidates;
}

std::vector<Candidate> Scheduler::candidatesForService(qint64 serviceId)
{
    std::vector<Candidate> candidates;
    const std::vector<Agenda> agendas = m_store.select<Agenda>(
            u"active = ? AND practitioner_id IN (SELECT practitioner_id FROM practitioner_service WHERE service_id = ?)"_s,
            {true, serviceId}, u"sort_order, id"_s);
    for (const Agenda &agenda : agendas) {
        const std::vector<AppointmentType> types = m_store.select<AppointmentType>(
                u"agenda_id = ? AND active = ?"_s, {agenda.id, true}, u"online_bookable DESC, id"_s);
        if (!types.empty())
            candidates.push_back({agenda.id, types.front().id});
    }
    return candidates;
}

} // namespace Accueil
