#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Accueil {

// When to remind patients of their appointments: for one appointment type, or for every type that
// has no rule of its own (typeId empty: the centre's rules). "email" or "sms", minutesBefore the start.
struct ReminderRule
{
    qint64 id = 0;
    std::optional<qint64> typeId;
    QString medium = QStringLiteral("email"); // "email" or "sms"
    int minutesBefore = 48 * 60;              // at least 60: nothing is sent in the last hour
    bool active = true;
    int version = 0;
};

// A reminder text the centre edits, per medium and language ("fr", "en"). Placeholders such as
// {patient}, {date}, {time}, {practitioner}, {centre}, {address}, {phone} (ReminderTexts).
struct ReminderTemplate
{
    qint64 id = 0;
    QString medium;
    QString language;
    QString subject; // e-mail only
    QString body;
    int version = 0;
};

// One reminder of one appointment by one rule, for the appointment's start at the time: a moved
// appointment is reminded again, never twice for the same time (UNIQUE in the schema). An e-mail
// goes through the mail outbox (mailId); an SMS is sent from this row, retried until sent or given up.
struct Reminder
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    qint64 ruleId = 0;
    QDateTime start; // the appointment's start it reminds of (UTC)
    QString medium;
    QString status = QStringLiteral("queued"); // "queued", "sent", "failed", "skipped"
    QString skipReason; // "opted_out", "no_address", "booked_late", "too_late", "not_booked"
    QString recipient;  // the address or phone number it went to
    QString body;       // the SMS text as sent
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
    std::optional<qint64> mailId;
    int version = 0;
};

// A practitioner's private calendar address (iCalendar, served by accueil-server): only the token's
// SHA-256 hash is kept; revoking it makes the address answer 404 for good.
struct CalendarFeed
{
    qint64 id = 0;
    qint64 practitionerId = 0;
    QString tokenHash;
    bool showPatients = false; // the practitioner chose to see patients' names on their phone
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QDateTime revokedAt;
    int version = 0;
};

} // namespace Accueil
