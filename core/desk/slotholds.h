#pragma once

#include "domain/audit.h"
#include "domain/schedule.h"

#include <QList>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// "Being booked by SV": while a desk's appointment dialog is on a time, the other desks see it.
// A hold lasts a few minutes and is renewed while the dialog stays open, so a desk that crashes or
// loses its network leaves nothing stuck. Holds inform; they never refuse a booking.
class SlotHolds
{
public:
    static constexpr int lifetimeSeconds = 180;

    explicit SlotHolds(Store &store);

    // Holds [start, end) of the agenda for the acting staff user, moving (and renewing) their
    // previous hold when given one that is still theirs.
    SlotHold hold(std::optional<qint64> previousHoldId, qint64 agendaId, const QDateTime &start,
                  const QDateTime &end, const Actor &actor);
    // Ends a hold now (the dialog closed).
    void release(qint64 holdId, const Actor &actor);
    // Holds not lapsed of these agendas overlapping [from, to).
    [[nodiscard]] std::vector<SlotHold> active(const QList<qint64> &agendaIds, const QDateTime &from,
                                               const QDateTime &to);

private:
    Store &m_store;
};

} // namespace Accueil
