#include "reminderdispatcher.h"

#include "reminders.h"
#include "store/store.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(accueilReminders, "accueil.reminders", QtInfoMsg)

namespace Accueil {

class ReminderWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderWorker)

public:
    ReminderWorker(DatabaseUrl database, std::optional<SmsSettings> sms, const Clock &clock,
                   ReminderDispatcher::Options options, const std::atomic_bool &stopping)
        : m_database(std::move(database))
        , m_sms(std::move(sms))
        , m_clock(clock)
        , m_options(options)
        , m_stopping(stopping)
    {}

    void start()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(m_options.intervalMs);
        connect(timer, &QTimer::timeout, this, &ReminderWorker::pass);
        timer->start();
        pass();
    }

    void requestPass()
    {
        if (!m_passRequested.exchange(true))
            QMetaObject::invokeMethod(this, &ReminderWorker::pass, Qt::QueuedConnection);
    }

Q_SIGNALS:
    void emailsQueued(int count);
    void passFinished(int smsSent, int smsFailed);

private:
    void pass()
    {
        m_passRequested = false;
        if (m_stopping)
            return;
        ReminderDispatcher::PassResult result;
        try {
            if (!m_store)
                m_store = Store::open(m_database, m_clock);
            Reminders reminders(*m_store);
            std::unique_ptr<SmsSender> sender;
            if (m_sms) {
                sender = std::make_unique<SmsSender>(*m_sms);
                sender->setCancelFlag(&m_stopping);
            }
            result = ReminderDispatcher::runPass(
                    reminders, sender.get(), m_options.batchSize,
                    [](const Reminder &reminder, const std::optional<QString> &error) {
                        if (!error) {
                            qCInfo(accueilReminders, "SMS reminder %lld sent.", reminder.id);
                        } else {
                            qCWarning(accueilReminders, "SMS reminder %lld not sent (attempt %d, %s): %s",
                                      reminder.id, reminder.attempts,
                                      reminder.status == u"failed" ? "given up" : "will retry",
                                      qUtf8Printable(*error));
                        }
                    },
                    &m_stopping);
            if (result.emailsQueued > 0)
                qCInfo(accueilReminders, "%d e-mail reminder(s) queued.", result.emailsQueued);
            m_problem.clear();
        } catch (const std::exception &error) {
            // Most likely the database went away (StoreError): a new connection at the next pass.
            m_store.reset();
            const auto *storeError = dynamic_cast<const StoreError *>(&error);
            const QString problem = storeError ? storeError->message() : QString::fromUtf8(error.what());
            if (problem != m_problem)
                qCWarning(accueilReminders, "Reminders paused: %s", qUtf8Printable(problem));
            m_problem = problem;
        }
        if (result.emailsQueued > 0)
            Q_EMIT emailsQueued(result.emailsQueued);
        Q_EMIT passFinished(result.smsSent, result.smsFailed);
        // A full batch: more may be due, another pass at once.
        if (result.smsSent + result.smsFailed >= m_options.batchSize && !m_stopping)
            requestPass();
    }

    DatabaseUrl m_database;
    std::optional<SmsSettings> m_sms;
    const Clock &m_clock;
    ReminderDispatcher::Options m_options;
    const std::atomic_bool &m_stopping;
    std::atomic_bool m_passRequested = false;
    std::unique_ptr<Store> m_store;
    QString m_problem;
};

ReminderDispatcher::ReminderDispatcher(DatabaseUrl database, std::optional<SmsSettings> sms,
                                       const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_worker(new ReminderWorker(std::move(database), std::move(sms), clock, options, m_stopping))
{
    m_thread.setObjectName(u"accueil-reminders"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &ReminderWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReminderWorker::emailsQueued, this, &ReminderDispatcher::emailsQueued);
    connect(m_worker, &ReminderWorker::passFinished, this, &ReminderDispatcher::passFinished);
    m_thread.start();
}

ReminderDispatcher::~ReminderDispatcher()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void ReminderDispatcher::wake()
{
    m_worker->requestPass();
}

ReminderDispatcher::PassResult ReminderDispatcher::runPass(Reminders &reminders, SmsSender *sender, int limit,
                                                           const Report &report, const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(); };
    PassResult result;
    const Reminders::PlanResult planned = reminders.plan();
    result.emailsQueued = planned.emails;
    result.skipped = planned.skipped;
    if (!sender)
        return result;
    for (const Reminder &candidate : reminders.dueSms(limit)) {
        if (stopped())
            break;
        const std::optional<Reminder> reminder = reminders.claim(candidate);
        if (!reminder)
            continue;
        const std::optional<QString> error = sender->send(reminder->recipient, reminder->body);
        if (error && stopped())
            break; // the claim brings it back at its next attempt
        if (error) {
            ++result.smsFailed;
            const Reminder failed = reminders.markFailed(*reminder, *error);
            if (report)
                report(failed, error);
        } else {
            ++result.smsSent;
            const Reminder sent = reminders.markSent(*reminder);
            if (report)
                report(sent, std::nullopt);
        }
    }
    return result;
}

} // namespace Accueil

#include "reminderdispatcher.moc"
