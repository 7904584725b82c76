#pragma once

#include "domain/staff.h"
#include "store/store.h"

#include <vector>

namespace Accueil {

// The bookings patients made on the booking page, as the secretariat follows them: the last days'
// ones, newest first, and which are new since this user last looked.
class WebBookings
{
public:
    static constexpr int recentDays = 7;

    explicit WebBookings(Store &store);

    // Web bookings made in the last recentDays days, or since the user last looked if earlier.
    [[nodiscard]] std::vector<AppointmentRow> recent(const StaffUser &user);
    [[nodiscard]] static bool isNew(const AppointmentRow &row, const StaffUser &user);
    // The user has seen everything up to now; returns the stored user.
    StaffUser markSeen(const StaffUser &user, const Actor &actor);

private:
    Store &m_store;
};

} // namespace Accueil
