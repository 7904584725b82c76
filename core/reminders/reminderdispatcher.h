#pragma once

#include "clock.h"
#include "domain/reminders.h"
#include "smsgateway.h"
#include "store/databaseurl.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(accueilReminders)

namespace Accueil {

class Reminders;
class ReminderWorker;

// Sends the reminders from a worker thread of accueil-server, with its own store connection: every
// interval (a minute) it writes the reminders whose moment has come (Reminders::plan(): e-mails go
// into the mail outbox, the caller wakes the mail dispatcher on emailsQueued) and sends the due SMS
// through the gateway. Without SMS settings, SMS reminders wait queued (nothing is lost). Time comes
// from the injected clock. Logs (category "accueil.reminders") name reminders by id only.
class ReminderDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderDispatcher)

public:
    struct Options
    {
        int intervalMs = 60000;
        int batchSize = 20;
    };
    using Report = std::function<void(const Reminder &reminder, const std::optional<QString> &error)>;
    struct PassResult
    {
        int emailsQueued = 0;
        int smsSent = 0;
        int smsFailed = 0;
        int skipped = 0;
    };

    ReminderDispatcher(DatabaseUrl database, std::optional<SmsSettings> sms, const Clock &clock,
                       Options options, QObject *parent = nullptr);
    ~ReminderDispatcher() override;

    // One pass on the calling thread, what the worker runs. sender may be null (no SMS gateway).
    // Throws StoreError when the store fails.
    static PassResult runPass(Reminders &reminders, SmsSender *sender, int limit, const Report &report = {},
                              const std::atomic_bool *stop = nullptr);

public Q_SLOTS:
    void wake();

Q_SIGNALS:
    void emailsQueued(int count);
    void passFinished(int smsSent, int smsFailed);

private:
    QThread m_thread;
    ReminderWorker *m_worker;
    std::atomic_bool m_stopping = false;
};

} // namespace Accueil
