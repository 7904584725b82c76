#include "maildispatcher.h"

#include "mailmessage.h"
#include "mailoutbox.h"
#include "smtpsender.h"
#include "store/store.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(accueilMail, "accueil.mail", QtInfoMsg)

namespace Accueil {

// The dispatcher's half that lives in its thread, with that thread's store connection.
class MailWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailWorker)

public:
    MailWorker(DatabaseUrl database, SmtpSettings smtp, const Clock &clock, MailDispatcher::Options options,
               const std::atomic_bool &stopping)
        : m_database(std::move(database))
        , m_smtp(std::move(smtp))
        , m_clock(clock)
        , m_options(options)
        , m_stopping(stopping)
    {}
    ~MailWorker() override = default; // in the worker thread, which closes its connection

    // In the worker thread, as it starts.
    void start()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(m_options.intervalMs);
        connect(timer, &QTimer::timeout, this, &MailWorker::pass);
        timer->start();
        pass();
    }

    // From any thread.
    void requestPass()
    {
        if (!m_passRequested.exchange(true))
            QMetaObject::invokeMethod(this, &MailWorker::pass, Qt::QueuedConnection);
    }

Q_SIGNALS:
    void sent(qint64 id);
    void failed(qint64 id, const QString &error);
    void passFinished(int sentCount, int failedCount);

private:
    void pass();
    void report(const QString &problem);

    DatabaseUrl m_database;
    SmtpSettings m_smtp;
    const Clock &m_clock;
    MailDispatcher::Options m_options;
    const std::atomic_bool &m_stopping;
    std::atomic_bool m_passRequested = false;
    std::unique_ptr<Store> m_store; // opened on first use, again after a failure
    QString m_problem;              // the last store problem logged, so that it is logged once
};

void MailWorker::pass()
{
    m_passRequested = false;
    if (m_stopping)
        return;
    int sentCount = 0;
    int failedCount = 0;
    int due = 0;
    try {
        if (!m_store)
            m_store = Store::open(m_database, m_clock);
        MailOutbox outbox(*m_store);
        SmtpSender sender(m_smtp); // one SMTP connection per pass, closed when it ends
        sender.setCancelFlag(&m_stopping);
        due = MailDispatcher::deliverDue(
                outbox, sender, m_options.batchSize,
                [&](const OutgoingMail &mail, const std::optional<QString> &error) {
                    if (!error) {
                        ++sentCount;
                        qCInfo(accueilMail, "Mail %lld sent.", mail.id);
                        Q_EMIT sent(mail.id);
                        return;
                    }
                    ++failedCount;
                    qCWarning(accueilMail, "Mail %lld not sent (attempt %d of %d%s): %s", mail.id,
                              mail.attempts, MailOutbox::maxAttempts,
                              mail.status == u"failed" ? ", given up" : ", will retry",
                              qUtf8Printable(MailMessage::withoutAddresses(*error)));
                    Q_EMIT failed(mail.id, *error);
                },
                &m_stopping);
        report({});
    } catch (const StoreError &error) {
        // Most likely the database went away: a new connection at the next pass.
        m_store.reset();
        report(error.message());
    } catch (const std::exception &error) {
        // Nothing may escape into the event loop; the claims bring the mails back.
        m_store.reset();
        report(QString::fromUtf8(error.what()));
    }
    Q_EMIT passFinished(sentCount, failedCount);
    if (due >= m_options.batchSize && !m_stopping)
        requestPass();
}

void MailWorker::report(const QString &problem)
{
    if (problem == m_problem)
        return;
    if (problem.isEmpty()) {
        qCInfo(accueilMail, "The outbox is reachable again.");
    } else {
        qCWarning(accueilMail, "Cannot read the outbox: %s", qUtf8Printable(problem));
    }
    m_problem = problem;
}

MailDispatcher::MailDispatcher(DatabaseUrl database, SmtpSettings smtp, const Clock &clock, QObject *parent)
    : MailDispatcher(std::move(database), std::move(smtp), clock, Options{}, parent)
{}

MailDispatcher::MailDispatcher(DatabaseUrl database, SmtpSettings smtp, const Clock &clock, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_worker(new MailWorker(std::move(database), std::move(smtp), clock, options, m_stopping))
{
    m_thread.setObjectName(u"accueil-mail"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &MailWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the dispatcher's signals reach its users in the dispatcher's thread.
    connect(m_worker, &MailWorker::sent, this, &MailDispatcher::sent);
    connect(m_worker, &MailWorker::failed, this, &MailDispatcher::failed);
    connect(m_worker, &MailWorker::passFinished, this, &MailDispatcher::passFinished);
    m_thread.start();
}

MailDispatcher::~MailDispatcher()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void MailDispatcher::wake()
{
    m_worker->requestPass();
}

int MailDispatcher::deliverDue(MailOutbox &outbox, SmtpSender &sender, int limit, const Report &report,
                               const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(); };
    const auto tell = [&report](const OutgoingMail &mail, const std::optional<QString> &error) {
        if (report)
            report(mail, error);
    };
    const std::vector<OutgoingMail> due = outbox.due(limit);
    for (const OutgoingMail &candidate : due) {
        if (stopped())
            break;
        const std::optional<OutgoingMail> mail = outbox.claim(candidate);
        if (!mail)
            continue; // another dispatcher has it, or it was given up
        if (const std::optional<QString> why = outbox.obsolete(*mail)) {
            tell(outbox.giveUp(*mail, *why), why);
            continue;
        }
        if (!MailMessage::isValidAddress(mail->toAddress)) {
            const QString error = tr("The address is not a plain e-mail address; no attempt can succeed.");
            tell(outbox.giveUp(*mail, error), error);
            continue;
        }
        const std::optional<QString> error = sender.send(*mail);
        if (error && stopped())
            break; // interrupted: the claim brings the mail back at its next attempt
        if (error) {
            tell(outbox.markFailed(*mail, *error), error);
        } else {
            tell(outbox.markSent(*mail), std::nullopt);
        }
    }
    return int(due.size());
}

} // namespace Accueil

#include "maildispatcher.moc"
