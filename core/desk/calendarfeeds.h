#pragma once

#include "domain/audit.h"
#include "domain/reminders.h"
#include "domain/staff.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Accueil {

class Store;

// An address just made: the clear token exists only here, to be shown once at the desk.
struct IssuedCalendarFeed
{
    CalendarFeed feed; // as stored: the hash, never the token
    QString token;     // 43 characters of base64url
};

// Practitioners' private calendar addresses: a phone subscribes to
// "<booking page>/calendar/<token>.ics" (served by accueil-server) and sees the practitioner's
// appointments. One live address per practitioner: a new one revokes the previous one, and a
// revoked address never works again. The store keeps only the token's SHA-256.
//
// Only the practitioner themselves, the coordinator or an administrator may change an address;
// the system (accueil-admin) may too.
class CalendarFeeds
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::CalendarFeeds)

public:
    explicit CalendarFeeds(Store &store);

    // A new address for the practitioner; their previous live one stops working in the same
    // transaction.
    IssuedCalendarFeed create(qint64 practitionerId, bool showPatients, const Actor &actor);
    // Stops the address for good (nothing changes when it is already revoked).
    CalendarFeed revoke(qint64 feedId, const Actor &actor);
    // Whether the phone shows patients' names and reasons; VersionConflict when the address
    // changed since expectedVersion was read, refused when it is revoked.
    CalendarFeed setShowPatients(qint64 feedId, int expectedVersion, bool showPatients, const Actor &actor);

    // The practitioner's live address, if any.
    [[nodiscard]] std::optional<CalendarFeed> activeFor(qint64 practitionerId);
    // The live address of that token; nothing for an unknown, malformed or revoked one. Looked
    // up by the token's hash (a unique index), never by comparing tokens.
    [[nodiscard]] std::optional<CalendarFeed> byToken(QStringView token);

    // Whether the user may manage that practitioner's address: their own, or anyone's for the
    // coordinator and administrators.
    [[nodiscard]] static bool mayManage(const StaffUser &user, qint64 practitionerId);
    // "/calendar/<token>.ics", the path under the booking page's address.
    [[nodiscard]] static QString path(const QString &token);
    // The token in the last segment of that path ("<token>.ics"), if it can be one.
    [[nodiscard]] static std::optional<QString> tokenOfFileName(QStringView fileName);

private:
    void checkAllowed(qint64 practitionerId, const Actor &actor);

    Store &m_store;
};

} // namespace Accueil
