#pragma once

#include "domain/audit.h"
#include "domain/staff.h"

#include <QString>

namespace Accueil {

class Store;

// Logging into the desk with a staff account.
class StaffAuth
{
public:
    explicit StaffAuth(Store &store);

    // The active user with this login and password. Throws StoreError (Invalid, code
    // "login_failed") with the same message whether the login or the password is wrong, so the
    // desk never tells which logins exist. A hash made with weaker limits is upgraded on the way.
    StaffUser authenticate(const QString &login, const QString &password);

    // Who the logged-in user is in the audit trail: their initials, from the desk (a practitioner
    // booking from the consultation room is the "practitioner" channel).
    [[nodiscard]] static Actor actorFor(const StaffUser &user);

private:
    Store &m_store;
};

} // namespace Accueil
