#pragma once

#include "auth/passwordhasher.h"
#include "domain/audit.h"

#include <QString>

namespace Accueil {

// How the booking page is set up, for the portal's services.
struct PortalSettings
{
    // Where the booking page is, as patients reach it: the links in e-mails start with it.
    QString siteUrl = QStringLiteral("http://127.0.0.1:8080");
    // Tests use the minimum; a real server never should.
    PasswordHasher::Strength passwordStrength = PasswordHasher::Strength::Interactive;
};

// How long what the portal hands out lasts, in seconds.
struct PortalLifetime
{
    static constexpr qint64 invitation = 30 * 86400;
    static constexpr qint64 session = 30 * 86400;
    static constexpr qint64 verification = 7 * 86400;
    static constexpr qint64 passwordReset = 3600;
};

// A patient acting on the booking page; before the account exists, accountId is 0.
[[nodiscard]] inline Actor webActor(qint64 accountId)
{
    Actor actor{{}, {}, Channel::Web, QStringLiteral("web"), {}};
    if (accountId > 0)
        actor.accountId = accountId;
    return actor;
}

} // namespace Accueil
