#pragma once

#include "clock.h"
#include "domain/portal.h"
#include "smtpsettings.h"
#include "store/databaseurl.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(accueilMail)

namespace Accueil {

class MailOutbox;
class MailWorker;
class SmtpSender;

// Sends the outbox's due mails from a worker thread, so the thread that owns the dispatcher (the
// booking server's HTTP thread) never waits for the mail server. The worker opens its own store
// connection (one connection per thread) and makes a pass when it starts, on a timer, and when
// woken — call wake() after committing something that queued a mail.
//
// Crash and restart safe, at-least-once: a mail is claimed (its attempt counted, its next attempt
// moved on) before it is sent and marked sent only after the server accepted it. A crash in
// between sends it again when its next attempt comes; the repeat carries the same Message-ID.
// Logs (category "accueil.mail") name mails by id only: no addresses, no bodies, no passwords.
class MailDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailDispatcher)

public:
    struct Options
    {
        int intervalMs = 5000; // between passes when not woken
        int batchSize = 20;    // mails per pass; a full batch is followed by another pass at once
    };

    // What became of one mail in a pass: nothing when it was sent, else the error.
    using Report = std::function<void(const OutgoingMail &mail, const std::optional<QString> &error)>;

    // clock must outlive the dispatcher; it is read from the worker thread.
    MailDispatcher(DatabaseUrl database, SmtpSettings smtp, const Clock &clock = Clock::system(),
                   QObject *parent = nullptr);
    MailDispatcher(DatabaseUrl database, SmtpSettings smtp, const Clock &clock, Options options,
                   QObject *parent = nullptr);
    // Stops the worker: a transfer under way is aborted (the mail keeps its claim and is sent at its
    // next attempt), then the thread is joined.
    ~MailDispatcher() override;

    // One pass on the calling thread, what the worker runs: claims, sends and marks up to limit due
    // mails, telling report about each. Stops between mails once *stop is true. Returns how many
    // mails were due (limit means there may be more). Throws StoreError when the store fails.
    static int deliverDue(MailOutbox &outbox, SmtpSender &sender, int limit, const Report &report = {},
                          const std::atomic_bool *stop = nullptr);

public Q_SLOTS:
    // A pass as soon as the worker is free (wake-ups while one is pending count once). Thread-safe.
    void wake();

Q_SIGNALS:
    void sent(qint64 id);
    // An attempt failed; the mail is retried later, or was given up when its status is "failed".
    void failed(qint64 id, const QString &error);
    // After every pass, with what it did.
    void passFinished(int sentCount, int failedCount);

private:
    QThread m_thread;
    MailWorker *m_worker; // lives in m_thread, which deletes it as it finishes
    std::atomic_bool m_stopping = false;
};

} // namespace Accueil
