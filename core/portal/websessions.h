#pragma once

#include "domain/patient.h"
#include "domain/portal.h"
#include "portallanguage.h"
#include "portalsettings.h"

#include <optional>

namespace Accueil {

class Store;

// A session just opened: the clear token exists only here, for the cookie.
struct OpenedSession
{
    WebSession session; // as stored: the token's hash
    QString token;
    PatientAccount account;
};

// Logging in and out of the booking page. The cookie carries a random 256-bit token; the store
// keeps its SHA-256, so a copy of the database opens no session.
class WebSessions
{
public:
    WebSessions(Store &store, PortalSettings settings, Language language = Language::French);

    // Refuses with Invalid / bad_credentials, the same sentence for an unknown address, a wrong
    // password or a closed account. csrfToken: the page's CSRF cookie, kept with the session. An
    // unverified address is sent a new link (at most one an hour), in the same transaction.
    OpenedSession login(const QString &email, const QString &password, const QString &csrfToken);
    // Opens a session for an account just created (in the caller's transaction, if any).
    OpenedSession open(const PatientAccount &account, const QString &csrfToken);
    // The account of a live session (not ended, not expired, account active).
    [[nodiscard]] std::optional<PatientAccount> accountFor(const QString &token);
    // Ends the session, if it is live; nothing happens otherwise.
    void logout(const QString &token);

private:
    [[nodiscard]] std::optional<WebSession> live(const QString &token);

    Store &m_store;
    PortalSettings m_settings;
    Language m_language;
};

} // namespace Accueil
