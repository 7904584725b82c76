#pragma once

#include "domain/audit.h"
#include "domain/reminders.h"
#include "portal/portallanguage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace Accueil {

class Store;
struct Appointment;
struct Centre;

// Appointment reminders over the reminder_rule, reminder_template and reminder tables.
//
// The rules say when: "email 48 h before", "sms 2 h before", for the whole centre or for one type
// of appointment (a type with active rules of its own follows only those; with its rules switched
// off, the centre's apply again). plan()
// runs every minute: each (appointment, rule, start) whose moment has come gets exactly one
// reminder row, kept for good (UNIQUE in the schema), so a restart, a second server or a late pass
// never sends it twice; a moved appointment is reminded again for its new time. A reminder is not
// sent but written down as skipped, with the reason, when:
//   - the appointment is in less than an hour ("too_late": nothing is sent in the last hour);
//   - it was booked after the reminder's moment ("booked_late": the patient has just booked it,
//     which covers same-hour bookings);
//   - the patient asked for no reminders ("opted_out"), or has no e-mail address / mobile number
//     ("no_address").
// Only booked appointments to come are considered: never past, cancelled, arrived or missed ones.
//
// An e-mail reminder goes into the mail outbox (kind "reminder") in the same transaction, and the
// mail dispatcher sends it like every other e-mail. An SMS reminder is sent from its own row by the
// reminder dispatcher: claim() (checks the appointment is still booked at that time, counts the
// attempt, moves the next one on), then markSent() or markFailed() (retried after 1, 5, 15 and 60
// minutes, given up after maxSmsAttempts or once the appointment is less than an hour away).
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::Reminders)

public:
    static constexpr int maxSmsAttempts = 5;
    static constexpr int lastHourMinutes = 60;

    explicit Reminders(Store &store);

    // Who the reminders' writes are audited as.
    [[nodiscard]] static Actor actor();
    [[nodiscard]] static int retryDelayMinutes(int attempt);

    // --- Settings ---
    [[nodiscard]] std::vector<ReminderRule> rules();
    // The centre's text for that medium and language, or the default one.
    [[nodiscard]] ReminderTemplate text(const QString &medium, Language language);
    // Saves the centre's text (insert or update by medium and language); an empty body restores the
    // default.
    void saveText(const ReminderTemplate &text, const Actor &actor);

    // --- Sending ---
    struct PlanResult
    {
        int emails = 0;
        int sms = 0;
        int skipped = 0;
    };
    // Writes the reminders whose moment has come (see above). Safe to run from several servers.
    PlanResult plan();
    // Queued SMS reminders whose attempt is due, oldest first.
    [[nodiscard]] std::vector<Reminder> dueSms(int limit);
    // The reminder claimed for one sending attempt, or nothing: changed meanwhile, no longer to be
    // sent (then written down as skipped), or given up.
    [[nodiscard]] std::optional<Reminder> claim(const Reminder &reminder);
    Reminder markSent(Reminder reminder);
    Reminder markFailed(Reminder reminder, const QString &error);

    // --- What the desk shows ---
    struct Status
    {
        QString medium;     // "email", "sms"
        QString state;      // "planned", "queued", "sent", "failed", "skipped"
        QDateTime at;       // when it went (sent), is planned, or was written down
        QString detail;     // why skipped, the last error
        QDateTime forStart; // the appointment's start it reminded of
    };
    // Every reminder of the appointment, the ones already written and those still to come.
    [[nodiscard]] std::vector<Status> forAppointment(qint64 appointmentId);
    // "Sent by e-mail on …", in the user's words, for a status.
    [[nodiscard]] static QString describe(const Status &status, const QTimeZone &zone);

private:
    struct Candidate;
    [[nodiscard]] std::vector<ReminderRule> rulesFor(const Appointment &appointment,
                                                     const std::vector<ReminderRule> &all) const;
    void make(qint64 appointmentId, const ReminderRule &rule, const Centre &centre, PlanResult &result);

    Store &m_store;
};

} // namespace Accueil
