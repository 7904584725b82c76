#include "reminders.h"

#include "remindertexts.h"
#include "smsgateway.h"
#include "store/store.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

const QString queuedStatus = u"queued"_s;
const QString sentStatus = u"sent"_s;
const QString failedStatus = u"failed"_s;
const QString skippedStatus = u"skipped"_s;

bool isConflict(const StoreError &error)
{
    return error.kind() == StoreError::Kind::VersionConflict || error.kind() == StoreError::Kind::NotFound;
}

QString practitionerName(Store &store, qint64 agendaId)
{
    const std::optional<Agenda> agenda = store.find<Agenda>(agendaId);
    if (!agenda)
        return {};
    if (agenda->practitionerId) {
        if (const auto practitioner = store.find<Practitioner>(*agenda->practitionerId))
            return practitioner->fullName();
    }
    return agenda->name;
}

// The language of the patient's booking-page account (their own first), French without one.
Language patientLanguage(Store &store, qint64 patientId, QString *accountEmail)
{
    QSqlQuery &query = store.database().runPrepared(u"SELECT pa.language, pa.email FROM account_member m "
                                                    u"JOIN patient_account pa ON pa.id = m.account_id "
                                                    "WHERE m.patient_id = ? AND pa.active = ? ORDER BY CASE "
                                                    "WHEN m.relation = 'self' THEN 0 ELSE 1 END, "
                                                    "pa.id LIMIT 1"_s,
                                                    {patientId, true});
    Language language = Language::French;
    if (query.next()) {
        language = languageFromKey(query.value(0).toString());
        if (accountEmail)
            *accountEmail = query.value(1).toString();
    }
    query.finish();
    return language;
}

} // namespace

Reminders::Reminders(Store &store) : m_store(store) {}

Actor Reminders::actor()
{
    return Actor::system(u"reminders"_s);
}

int Reminders::retryDelayMinutes(int attempt)
{
    static constexpr std::array delays{1, 5, 15, 60};
    return delays.at(std::size_t(std::clamp(attempt, 1, int(delays.size())) - 1));
}

std::vector<ReminderRule> Reminders::rules()
{
    return m_store.select<ReminderRule>({}, {}, u"type_id, minutes_before DESC, id"_s);
}

ReminderTemplate Reminders::text(const QString &medium, Language language)
{
    const std::vector<ReminderTemplate> stored
            = m_store.select<ReminderTemplate>(u"medium = ? AND language = ?"_s, {medium, toKey(language)});
    if (!stored.empty() && !stored.front().body.trimmed().isEmpty())
        return stored.front();
    ReminderTemplate text = ReminderTexts::defaults(medium, language);
    if (!stored.empty()) {
        text.id = stored.front().id;
        text.version = stored.front().version;
    }
    return text;
}

void Reminders::saveText(const ReminderTemplate &text, const Actor &actor)
{
    if (text.medium != u"email" && text.medium != u"sms")
        throw StoreError(StoreError::Kind::Invalid, tr("A reminder is sent by e-mail or by SMS."));
    Transaction transaction(m_store.database());
    std::vector<ReminderTemplate> stored = m_store.select<ReminderTemplate>(u"medium = ? AND language = ?"_s,
                                                                            {text.medium, text.language});
    if (stored.empty()) {
        ReminderTemplate row = text;
        m_store.insert(row, actor);
    } else {
        ReminderTemplate row = stored.front();
        row.subject = text.subject;
        row.body = text.body;
        if (text.version > 0)
            row.version = text.version; // someone else's edit meanwhile is a conflict, not lost
        m_store.update(row, actor);
    }
    transaction.commit();
}

std::vector<ReminderRule> Reminders::rulesFor(const Appointment &appointment,
                                              const std::vector<ReminderRule> &all) const
{
    const bool ownRules
            = appointment.typeId && std::any_of(all.begin(), all.end(), [&](const ReminderRule &rule) {
                  return rule.active && rule.typeId == appointment.typeId;
              });
    std::vector<ReminderRule> result;
    for (const ReminderRule &rule : all) {
        if (rule.active && (ownRules ? rule.typeId == appointment.typeId : !rule.typeId))
            result.push_back(rule);
    }
    return result;
}

Reminders::PlanResult Reminders::plan()
{
    PlanResult result;
    const QDateTime now = m_store.clock().now();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const std::vector<ReminderRule> active = m_store.select<ReminderRule>(u"active = ?"_s, {true});
    if (active.empty())
        return result;
    const Centre centre = m_store.centre().value_or(Centre{}); // read once per pass, not per reminder
    for (const ReminderRule &rule : active) {
        // Booked appointments to come whose reminder by this rule is due and not written yet.
        const QString scope = rule.typeId ? u"a.type_id = ?"_s
                                          : u"(a.type_id IS NULL OR a.type_id NOT IN (SELECT type_id FROM "
                                            "reminder_rule WHERE type_id IS NOT NULL AND active = ?))"_s;
        QVariantList values{nowSecs, nowSecs + qint64(rule.minutesBefore) * 60};
        if (rule.typeId)
            values << *rule.typeId;
        else
            values << true;
        values << rule.id;
        QSqlQuery &query = m_store.database().runPrepared(
                u"SELECT a.id FROM appointment a WHERE a.status = 'booked' AND a.patient_id IS NOT NULL "
                "AND a.start_utc > ? AND a.start_utc <= ? AND "_s
                        + scope
                        + u" AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.appointment_id = a.id AND "
                          "r.rule_id = ? AND r.start_utc = a.start_utc) ORDER BY a.start_utc LIMIT 500"_s,
                values);
        std::vector<qint64> ids;
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
        query.finish();
        for (const qint64 id : ids)
            make(id, rule, centre, result);
    }
    return result;
}

void Reminders::make(qint64 appointmentId, const ReminderRule &rule, const Centre &centre, PlanResult &result)
{
    const QDateTime now = m_store.clock().now();
    try {
        Transaction transaction(m_store.database());
        const Appointment appointment = m_store.get<Appointment>(appointmentId);
        if (appointment.status != AppointmentStatus::Booked || !appointment.patientId)
            return; // changed since it was read: the next pass sees it as it is
        const Patient patient = m_store.get<Patient>(*appointment.patientId);
        QString accountEmail;
        const Language language = patientLanguage(m_store, patient.id, &accountEmail);

        Reminder reminder;
        reminder.appointmentId = appointment.id;
        reminder.ruleId = rule.id;
        reminder.start = appointment.start;
        reminder.medium = rule.medium;
        reminder.createdAt = now;
        reminder.nextAttemptAt = now;
        const QDateTime moment = appointment.start.addSecs(-60LL * rule.minutesBefore);
        if (rule.medium == u"sms") {
            // The number given for this appointment first, then the patient's mobile.
            reminder.recipient = mobileNumber(appointment.phone)
                                         .value_or(mobileNumber(patient.mobilePhone).value_or(QString()));
        } else {
            reminder.recipient = !patient.email.trimmed().isEmpty() ? patient.email.trimmed() : accountEmail;
        }
        if (now.secsTo(appointment.start) < 60LL * lastHourMinutes)
            reminder.skipReason = u"too_late"_s;
        else if (appointment.createdAt > moment)
            reminder.skipReason = u"booked_late"_s;
        else if (patient.remindersOptOut)
            reminder.skipReason = u"opted_out"_s;
        else if (reminder.recipient.isEmpty())
            reminder.skipReason = u"no_address"_s;

        if (!reminder.skipReason.isEmpty()) {
            reminder.status = skippedStatus;
            m_store.insert(reminder, actor());
            transaction.commit();
            ++result.skipped;
            return;
        }

        const QTimeZone zone(centre.timeZone.toUtf8());
        const Wording say(language);
        const QDateTime local = appointment.start.toTimeZone(zone);
        ReminderValues values;
        values.patient = patient.firstName + u' ' + patient.lastName.toUpper();
        values.date = say.date(local.date());
        values.time = say.time(local.time());
        values.practitioner = practitionerName(m_store, appointment.agendaId);
        if (appointment.typeId) {
            if (const auto type = m_store.find<AppointmentType>(*appointment.typeId))
                values.type = type->label;
        }
        values.centre = centre.name;
        values.address = QString(centre.address).replace(u'\n', u", "_s);
        values.phone = centre.phone;
        const ReminderTemplate pattern = text(rule.medium, language);
        reminder.status = queuedStatus;
        if (rule.medium == u"sms") {
            reminder.body = ReminderTexts::render(pattern.body, values);
            m_store.insert(reminder, actor());
            ++result.sms;
        } else {
            OutgoingMail mail;
            mail.toAddress = reminder.recipient;
            mail.subject = ReminderTexts::render(pattern.subject, values);
            mail.body = ReminderTexts::render(pattern.body, values);
            mail.kind = u"reminder"_s;
            mail.status = queuedStatus;
            mail.createdAt = now;
            mail.nextAttemptAt = now;
            mail.appointmentId = appointment.id;
            mail = m_store.insert(mail, actor());
            reminder.mailId = mail.id;
            m_store.insert(reminder, actor());
            ++result.emails;
        }
        transaction.commit();
    } catch (const StoreError &error) {
        // Another server wrote this reminder first: nothing more to do.
        if (error.kind() != StoreError::Kind::UniqueViolation)
            throw;
    }
}

std::vector<Reminder> Reminders::dueSms(int limit)
{
    return m_store.select<Reminder>(u"medium = 'sms' AND status = ? AND next_attempt_at <= ?"_s,
                                    {queuedStatus, m_store.clock().now().toSecsSinceEpoch()},
                                    u"id LIMIT "_s + QString::number(std::max(limit, 0)));
}

std::optional<Reminder> Reminders::claim(const Reminder &reminder)
{
    if (reminder.status != queuedStatus)
        return std::nullopt;
    const QDateTime now = m_store.clock().now();
    try {
        Reminder claimed = reminder;
        const std::optional<Appointment> appointment = m_store.find<Appointment>(reminder.appointmentId);
        QString skip;
        if (!appointment || appointment->status != AppointmentStatus::Booked)
            skip = u"not_booked"_s;
        else if (appointment->start != reminder.start)
            skip = u"moved"_s; // the new time has a reminder of its own
        else if (now.secsTo(appointment->start) < 60LL * lastHourMinutes)
            skip = u"too_late"_s;
        if (!skip.isEmpty()) {
            claimed.status = skippedStatus;
            claimed.skipReason = skip;
            m_store.update(claimed, actor(), u"skip"_s);
            return std::nullopt;
        }
        if (reminder.attempts >= maxSmsAttempts) {
            claimed.status = failedStatus;
            m_store.update(claimed, actor(), u"give_up"_s);
            return std::nullopt;
        }
        claimed.attempts += 1;
        claimed.nextAttemptAt = now.addSecs(60LL * retryDelayMinutes(claimed.attempts));
        return m_store.update(claimed, actor(), u"claim"_s);
    } catch (const StoreError &error) {
        if (isConflict(error))
            return std::nullopt;
        throw;
    }
}

Reminder Reminders::markSent(Reminder reminder)
{
    reminder.status = sentStatus;
    reminder.sentAt = m_store.clock().now();
    reminder.lastError.clear();
    return m_store.update(reminder, actor(), u"sent"_s);
}

Reminder Reminders::markFailed(Reminder reminder, const QString &error)
{
    reminder.lastError = error;
    const std::optional<Appointment> appointment = m_store.find<Appointment>(reminder.appointmentId);
    const bool noTimeLeft
            = !appointment || reminder.nextAttemptAt.secsTo(appointment->start) < 60LL * lastHourMinutes;
    if (reminder.attempts >= maxSmsAttempts || noTimeLeft)
        reminder.status = failedStatus;
    return m_store.update(reminder, actor(), u"failed"_s);
}

std::vector<Reminders::Status> Reminders::forAppointment(qint64 appointmentId)
{
    std::vector<Status> result;
    const std::optional<Appointment> appointment = m_store.find<Appointment>(appointmentId);
    if (!appointment)
        return result;
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT r.medium, r.status, r.skip_reason, r.sent_at, r.last_error, r.created_at, r.start_utc, "
            "m.status, m.sent_at, m.last_error, r.rule_id FROM reminder r LEFT JOIN outgoing_mail m ON "
            "m.id = r.mail_id WHERE r.appointment_id = ? ORDER BY r.id"_s,
            {appointmentId});
    QSet<qint64> written; // rules already written for the current start
    while (query.next()) {
        Status status;
        status.medium = query.value(0).toString();
        status.state = query.value(1).toString();
        status.detail = status.state == skippedStatus ? query.value(2).toString() : query.value(4).toString();
        status.at = Sql::Value<QDateTime>::fromDb(query.value(3));
        status.forStart = Sql::Value<QDateTime>::fromDb(query.value(6));
        if (!query.value(7).isNull()) { // an e-mail: what the outbox did with it
            status.state = query.value(7).toString();
            status.at = Sql::Value<QDateTime>::fromDb(query.value(8));
            status.detail = query.value(9).toString();
        }
        if (!status.at.isValid())
            status.at = Sql::Value<QDateTime>::fromDb(query.value(5));
        if (status.forStart == appointment->start)
            written.insert(query.value(10).toLongLong());
        result.push_back(std::move(status));
    }
    query.finish();
    if (appointment->status == AppointmentStatus::Booked && appointment->start > m_store.clock().now()) {
        const std::vector<ReminderRule> all = rules();
        for (const ReminderRule &rule : rulesFor(*appointment, all)) {
            if (written.contains(rule.id))
                continue;
            Status planned;
            planned.medium = rule.medium;
            planned.state = u"planned"_s;
            planned.at = appointment->start.addSecs(-60LL * rule.minutesBefore);
            planned.forStart = appointment->start;
            result.push_back(std::move(planned));
        }
    }
    return result;
}

QString Reminders::describe(const Status &status, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = status.at.toTimeZone(zone);
    const QString when = locale.toString(local.date(), u"dddd d MMMM yyyy"_s) + u' '
                         + locale.toString(local.time(), QLocale::ShortFormat);
    const QString medium = status.medium == u"sms" ? tr("SMS") : tr("E-mail");
    if (status.state == u"sent")
        return tr("%1 sent on %2").arg(medium, when);
    if (status.state == u"planned")
        return tr("%1 planned for %2").arg(medium, when);
    if (status.state == u"queued")
        return tr("%1 waiting to be sent (since %2)").arg(medium, when);
    if (status.state == u"failed")
        return tr("%1 could not be sent: %2").arg(medium, status.detail);
    QString why;
    if (status.detail == u"opted_out")
        why = tr("the patient asked for no reminders");
    else if (status.detail == u"no_address")
        why = status.medium == u"sms" ? tr("no mobile number") : tr("no e-mail address");
    else if (status.detail == u"booked_late")
        why = tr("booked after the reminder's time");
    else if (status.detail == u"too_late")
        why = tr("less than an hour before the appointment");
    else if (status.detail == u"moved")
        why = tr("the appointment was moved");
    else
        why = tr("the appointment is no longer booked");
    return tr("%1 not sent: %2").arg(medium, why);
}

} // namespace Accueil
