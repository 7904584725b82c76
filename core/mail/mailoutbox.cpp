#include "mailoutbox.h"

#include "store/store.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

const QString queuedStatus = u"queued"_s;
const QString sentStatus = u"sent"_s;
const QString failedStatus = u"failed"_s;

bool isConflict(const StoreError &error)
{
    return error.kind() == StoreError::Kind::VersionConflict || error.kind() == StoreError::Kind::NotFound;
}

} // namespace

MailOutbox::MailOutbox(Store &store) : m_store(store) {}

int MailOutbox::retryDelayMinutes(int attempt)
{
    static constexpr std::array delays{1, 5, 15, 60, 240};
    const int last = int(delays.size());
    return delays.at(std::size_t(std::clamp(attempt, 1, last) - 1));
}

Actor MailOutbox::actor()
{
    return Actor::system(u"mail"_s);
}

std::vector<OutgoingMail> MailOutbox::due(int limit)
{
    // LIMIT rides on the ORDER BY clause: the same SQL on SQLite and PostgreSQL.
    return m_store.select<OutgoingMail>(u"status = ? AND next_attempt_at <= ?"_s,
                                        {queuedStatus, m_store.clock().now().toSecsSinceEpoch()},
                                        u"id LIMIT "_s + QString::number(std::max(limit, 0)));
}

std::optional<OutgoingMail> MailOutbox::claim(const OutgoingMail &mail)
{
    if (mail.status != queuedStatus)
        return std::nullopt;
    try {
        if (mail.attempts >= maxAttempts) {
            giveUp(mail, mail.lastError.isEmpty() ? tr("Given up after %1 attempts.").arg(mail.attempts)
                                                  : mail.lastError);
            return std::nullopt;
        }
        OutgoingMail claimed = mail;
        claimed.attempts += 1;
        claimed.nextAttemptAt = m_store.clock().now().addSecs(60LL * retryDelayMinutes(claimed.attempts));
        return m_store.update(claimed, actor(), u"claim"_s);
    } catch (const StoreError &error) {
        if (isConflict(error))
            return std::nullopt;
        throw;
    }
}

OutgoingMail MailOutbox::markSent(OutgoingMail mail)
{
    const QDateTime now = m_store.clock().now();
    for (int tries = 0;; ++tries) {
        mail.status = sentStatus;
        mail.sentAt = now;
        try {
            return m_store.update(mail, actor(), u"sent"_s);
        } catch (const StoreError &error) {
            // The server took the message: that stays true whatever changed the row meanwhile.
            if (error.kind() != StoreError::Kind::VersionConflict || tries > 0)
                throw;
            mail = m_store.get<OutgoingMail>(mail.id);
        }
    }
}

OutgoingMail MailOutbox::markFailed(OutgoingMail mail, const QString &error)
{
    mail.lastError = error;
    if (mail.attempts >= maxAttempts)
        mail.status = failedStatus;
    try {
        return m_store.update(mail, actor(), mail.status == failedStatus ? u"give_up"_s : u"retry"_s);
    } catch (const StoreError &storeError) {
        // Someone else (another dispatcher, after this attempt's time ran out) has it now.
        if (isConflict(storeError))
            return m_store.find<OutgoingMail>(mail.id).value_or(mail);
        throw;
    }
}

OutgoingMail MailOutbox::giveUp(OutgoingMail mail, const QString &error)
{
    mail.lastError = error;
    mail.status = failedStatus;
    return m_store.update(mail, actor(), u"give_up"_s);
}

std::optional<QString> MailOutbox::obsolete(const OutgoingMail &mail)
{
    if (mail.kind != u"reminder" || !mail.appointmentId)
        return std::nullopt;
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT a.status, a.start_utc, r.start_utc FROM reminder r JOIN appointment a ON a.id = "
            "r.appointment_id WHERE r.mail_id = ?"_s,
            {mail.id});
    std::optional<QString> why;
    if (query.next()
        && (query.value(0).toString() != u"booked"
            || query.value(1).toLongLong() != query.value(2).toLongLong()))
        why = tr("The appointment was cancelled or moved since the reminder was written; it is not sent.");
    query.finish();
    return why;
}

qint64 MailOutbox::queued()
{
    return m_store.count<OutgoingMail>(u"status = ?"_s, {queuedStatus});
}

qint64 MailOutbox::failed()
{
    return m_store.count<OutgoingMail>(u"status = ?"_s, {failedStatus});
}

} // namespace Accueil
