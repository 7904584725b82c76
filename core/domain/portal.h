#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Accueil {

// A code handed out at the desk so that a patient may open an account on the booking page; it
// links the account to that patient's record. Only its SHA-256 hash is stored.
struct InvitationCode
{
    qint64 id = 0;
    QString codeHash;
    qint64 patientId = 0;
    std::optional<qint64> createdBy; // the staff user who handed it out
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt;
    std::optional<qint64> usedByAccount;
    int version = 0;
};

// A one-time link sent by e-mail: "verify" the address, or "reset" the password. Hashed.
struct AccountToken
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString purpose; // "verify" or "reset"
    QString tokenHash;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt;
    int version = 0;
};

// A patient logged in on the booking page: the cookie carries the token, the store its hash; the
// CSRF token is sent back with every state-changing request.
struct WebSession
{
    qint64 id = 0;
    QString tokenHash;
    QString csrfToken;
    qint64 accountId = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime endedAt; // logged out
    int version = 0;
};

// An e-mail in the outbox: queued, retried with backoff, sent, or given up ("failed").
struct OutgoingMail
{
    qint64 id = 0;
    QString toAddress;
    QString subject;
    QString body; // plain text
    QString kind; // "confirmation", "cancellation", "verify", "reset", "reminder" ...
    QString status = QStringLiteral("queued");
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
    std::optional<qint64> appointmentId;
    std::optional<qint64> accountId;
    int version = 0;
};

} // namespace Accueil
