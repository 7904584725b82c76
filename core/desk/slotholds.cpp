#include "slotholds.h"

#include "store/store.h"

using namespace Qt::StringLiterals;

namespace Accueil {

SlotHolds::SlotHolds(Store &store) : m_store(store) {}

SlotHold SlotHolds::hold(std::optional<qint64> previousHoldId, qint64 agendaId, const QDateTime &start,
                         const QDateTime &end, const Actor &actor)
{
    if (!actor.staffId)
        throw StoreError(StoreError::Kind::Invalid, u"Only staff hold a time while booking."_s);
    if (!start.isValid() || !end.isValid() || end <= start)
        throw StoreError(StoreError::Kind::Invalid, u"A hold needs a time range."_s);
    SlotHold hold;
    if (previousHoldId) {
        if (const auto previous = m_store.find<SlotHold>(*previousHoldId);
            previous && previous->staffId == actor.staffId)
            hold = *previous;
    }
    hold.agendaId = agendaId;
    hold.start = start.toUTC();
    hold.end = end.toUTC();
    hold.staffId = *actor.staffId;
    hold.label = actor.label;
    hold.expiresAt = m_store.clock().now().addSecs(lifetimeSeconds);
    return hold.id == 0 ? m_store.insert(hold, actor) : m_store.update(hold, actor, u"hold"_s);
}

void SlotHolds::release(qint64 holdId, const Actor &actor)
{
    std::optional<SlotHold> hold = m_store.find<SlotHold>(holdId);
    const QDateTime now = m_store.clock().now();
    if (!hold || hold->expiresAt <= now)
        return;
    hold->expiresAt = now;
    m_store.update(*hold, actor, u"release"_s);
}

std::vector<SlotHold> SlotHolds::active(const QList<qint64> &agendaIds, const QDateTime &from,
                                        const QDateTime &to)
{
    if (agendaIds.isEmpty())
        return {};
    QVariantList values;
    for (const qint64 id : agendaIds)
        values << id;
    values << m_store.clock().now().toSecsSinceEpoch() << to.toSecsSinceEpoch() << from.toSecsSinceEpoch();
    return m_store.select<SlotHold>(u"agenda_id IN ("_s + Database::placeholders(agendaIds.size())
                                            + u") AND expires_at > ? AND start_utc < ? AND end_utc > ?"_s,
                                    values, u"agenda_id, start_utc"_s);
}

} // namespace Accueil
