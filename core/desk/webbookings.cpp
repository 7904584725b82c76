#include "webbookings.h"

using namespace Qt::StringLiterals;

namespace Accueil {

WebBookings::WebBookings(Store &store) : m_store(store) {}

std::vector<AppointmentRow> WebBookings::recent(const StaffUser &user)
{
    QDateTime since = m_store.clock().now().addDays(-recentDays);
    if (user.webBookingsSeenAt.isValid() && user.webBookingsSeenAt < since)
        since = user.webBookingsSeenAt;
    return m_store.webBookingsSince(since);
}

bool WebBookings::isNew(const AppointmentRow &row, const StaffUser &user)
{
    return !user.webBookingsSeenAt.isValid() || row.appointment.createdAt > user.webBookingsSeenAt;
}

StaffUser WebBookings::markSeen(const StaffUser &user, const Actor &actor)
{
    // From the stored copy: "do not disturb" may have changed at another desk of the same user.
    StaffUser stored = m_store.get<StaffUser>(user.id);
    stored.webBookingsSeenAt = m_store.clock().now();
    return m_store.update(stored, actor, u"seen web bookings"_s);
}

} // namespace Accueil
