#include "mailfixture.h"

#include "catch.h"
#include "fixtures.h"
#include "maildir.h"

#include <QRandomGenerator>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

QString testSmtpUrl()
{
    const QString url = qEnvironmentVariable("ACCUEIL_TEST_SMTP").trimmed();
    if (url.isEmpty()) {
        FAIL("ACCUEIL_TEST_SMTP is not set: point it at an SMTP server that stores into "
             "ACCUEIL_TEST_MAILDIR, e.g. python3 -m aiosmtpd -n -l 127.0.0.1:2525 -c "
             "aiosmtpd.handlers.Mailbox DIR (scripts/test starts one).");
    }
    return url;
}

QString closedSmtpUrl()
{
    // Bound then released: nothing listens there any more.
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    return u"smtp://127.0.0.1:"_s + QString::number(port);
}

SmtpSettings smtpSettings(const QString &url, const QString &tls)
{
    QString error;
    const std::optional<SmtpSettings> settings
            = SmtpSettings::parse(QHash<QString, QString>{{u"smtp_url"_s, url},
                                                          {u"smtp_tls"_s, tls},
                                                          {u"mail_from"_s, testFromAddress},
                                                          {u"mail_from_name"_s, testFromName}},
                                  &error);
    INFO(error.toStdString());
    REQUIRE(settings);
    return *settings;
}

MailFixture::MailFixture() : tag(QString::number(QRandomGenerator::system()->generate64(), 36))
{
    // Every outbox test runs against the real server, even those that only need it down: a run
    // without one fails as a whole instead of passing in part.
    REQUIRE_FALSE(testSmtpUrl().isEmpty());
    REQUIRE_FALSE(testMaildir().isEmpty());
}

QString MailFixture::address(const QString &name) const
{
    return name + u'+' + tag + u"@example.org"_s;
}

OutgoingMail MailFixture::queue(const QString &to, const QString &subject, const QString &body)
{
    OutgoingMail mail;
    mail.toAddress = to;
    mail.subject = subject;
    mail.body = body;
    mail.kind = u"confirmation"_s;
    mail.status = u"queued"_s;
    mail.nextAttemptAt = clock.now();
    return store->insert(mail, setupActor());
}

} // namespace Accueil::Test
