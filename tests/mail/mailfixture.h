#pragma once

#include "domain/portal.h"
#include "mail/smtpsettings.h"
#include "testdatabase.h"

#include <QString>

namespace Accueil::Test {

// The centre's sender in every test.
inline const QString testFromAddress = QStringLiteral("accueil@msp-sainte-odile.fr");
inline const QString testFromName = QStringLiteral("Maison de santé Sainte-Odile");

// The test SMTP server, ACCUEIL_TEST_SMTP (smtp://127.0.0.1:PORT, no TLS, no authentication);
// fails the running test when it is not set.
[[nodiscard]] QString testSmtpUrl();
// A loopback port where nothing listens: "the mail server is down".
[[nodiscard]] QString closedSmtpUrl();
// Settings for url, read through SmtpSettings::parse like the server's configuration.
[[nodiscard]] SmtpSettings smtpSettings(const QString &url, const QString &tls = QStringLiteral("none"));

// A store test with an outbox, which fails at once without ACCUEIL_TEST_SMTP and
// ACCUEIL_TEST_MAILDIR. Every address it makes carries a tag of its own, so that its mails can be
// told apart in the maildir that parallel test runs share.
struct MailFixture : StoreFixture
{
    MailFixture();

    // "name+TAG@example.org"
    [[nodiscard]] QString address(const QString &name) const;
    // Queues a mail as other code does: an inserted row, status "queued", due now.
    OutgoingMail queue(const QString &to, const QString &subject, const QString &body);

    QString tag;
};

} // namespace Accueil::Test
