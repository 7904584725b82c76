// The dispatcher's worker thread against the real SMTP server. Passes run when the worker starts
// and when woken (the timer is set to an hour), and the clock is not moved while a dispatcher
// lives, so nothing depends on timing; waits only bound how long a broken build may hang.
#include "catch.h"
#include "fixtures.h"
#include "mail/maildispatcher.h"
#include "mail/mailoutbox.h"
#include "maildir.h"
#include "mailfixture.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QThread>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr MailDispatcher::Options onlyWhenWoken{3'600'000, 20};

// Processes events until spy has seen count signals.
void waitFor(QSignalSpy &spy, int count)
{
    const QDeadlineTimer deadline(60'000);
    while (spy.count() < count && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    REQUIRE(spy.count() >= count);
}

QList<qint64> ids(const QSignalSpy &spy)
{
    QList<qint64> result;
    for (const QList<QVariant> &arguments : spy)
        result << arguments.at(0).toLongLong();
    return result;
}

} // namespace

TEST_CASE_METHOD(MailFixture, "The dispatcher sends from its own thread, on start and when woken", "[mail]")
{
    const OutgoingMail first
            = queue(address(u"anne"_s), u"Confirmation pour Anne"_s, u"Bonjour Anne,\nà mardi."_s);
    const OutgoingMail second
            = queue(address(u"benoit"_s), u"Confirmation pour Benoît"_s, u"Bonjour Benoît."_s);

    MailDispatcher dispatcher(database.url(), smtpSettings(testSmtpUrl()), clock, onlyWhenWoken);
    QSignalSpy sent(&dispatcher, &MailDispatcher::sent);
    QSignalSpy failed(&dispatcher, &MailDispatcher::failed);
    QSignalSpy passes(&dispatcher, &MailDispatcher::passFinished);
    QList<QThread *> signalThreads;
    QObject receiver;
    QObject::connect(&dispatcher, &MailDispatcher::sent, &receiver,
                     [&signalThreads] { signalThreads << QThread::currentThread(); });

    waitFor(passes, 1);
    CHECK(ids(sent) == QList<qint64>{first.id, second.id});
    CHECK(failed.isEmpty());
    CHECK(passes.at(0) == QList<QVariant>{2, 0});
    CHECK(signalThreads == QList<QThread *>{QThread::currentThread(), QThread::currentThread()});

    // A booking queues one more and wakes the dispatcher.
    const OutgoingMail third = queue(address(u"chloe"_s), u"Confirmation pour Chloé"_s, u"Bonjour Chloé."_s);
    dispatcher.wake();
    waitFor(passes, 2);
    CHECK(ids(sent) == QList<qint64>{first.id, second.id, third.id});

    for (const OutgoingMail &mail : {first, second, third}) {
        CHECK(store->get<OutgoingMail>(mail.id).status == u"sent");
        const std::vector<ReceivedMail> received = receivedFor(mail.toAddress);
        REQUIRE(received.size() == 1);
        CHECK(received.front().header("Subject") == mail.subject);
        CHECK(received.front().body() == mail.body + u'\n');
    }
    CHECK(MailOutbox(*store).queued() == 0);

    // Woken with nothing due: nothing more goes out.
    dispatcher.wake();
    waitFor(passes, 3);
    CHECK(passes.at(2) == QList<QVariant>{0, 0});
    CHECK(receivedFor(tag).size() == 3);
}

TEST_CASE_METHOD(MailFixture, "The dispatcher reports a failed attempt and keeps the mail for later",
                 "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), u"Confirmation"_s, u"Texte"_s);

    MailDispatcher dispatcher(database.url(), smtpSettings(closedSmtpUrl()), clock, onlyWhenWoken);
    QSignalSpy sent(&dispatcher, &MailDispatcher::sent);
    QSignalSpy failed(&dispatcher, &MailDispatcher::failed);
    QSignalSpy passes(&dispatcher, &MailDispatcher::passFinished);

    waitFor(passes, 1);
    CHECK(sent.isEmpty());
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toLongLong() == queued.id);
    CHECK_FALSE(failed.at(0).at(1).toString().isEmpty());

    const OutgoingMail mail = store->get<OutgoingMail>(queued.id);
    CHECK(mail.status == u"queued");
    CHECK(mail.attempts == 1);
    CHECK(mail.lastError == failed.at(0).at(1).toString());

    // Not retried before its time.
    dispatcher.wake();
    waitFor(passes, 2);
    CHECK(failed.size() == 1);
    CHECK(store->get<OutgoingMail>(queued.id).attempts == 1);
}

TEST_CASE_METHOD(MailFixture, "A dispatcher destroyed at once stops cleanly and loses nothing", "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), u"Confirmation"_s, u"Texte"_s);
    {
        MailDispatcher dispatcher(database.url(), smtpSettings(closedSmtpUrl()), clock, onlyWhenWoken);
        dispatcher.wake();
    }
    const OutgoingMail mail = store->get<OutgoingMail>(queued.id);
    CHECK(mail.status == u"queued");
    CHECK(mail.attempts <= 1);
    // The database is free for the next booking.
    CHECK(queue(address(u"paul"_s), u"Autre"_s, u"Texte"_s).id > queued.id);
}
