#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace Accueil::Test {

// Reading back what the test SMTP server (aiosmtpd's Mailbox handler) stored: a decoder written
// apart from core/mail's encoder, so that the two do not share a mistake.

// RFC 2047: encoded words (UTF-8, Q or B) decoded, whitespace between adjacent ones dropped.
// Fails the running test on a charset other than UTF-8 or on bytes that are not UTF-8.
[[nodiscard]] QString decodeHeader(const QByteArray &value);
// RFC 2045 quoted-printable: soft breaks removed, =XX turned into bytes.
[[nodiscard]] QByteArray decodeQuotedPrintable(const QByteArray &text);
// Header fields of a message head (CRLF or LF), unfolded: name and raw value, in order.
[[nodiscard]] QList<std::pair<QByteArray, QByteArray>> parseHeaders(const QByteArray &head);

// One message as the server stored it. The server adds X-MailFrom and X-RcptTo (the envelope).
struct ReceivedMail
{
    QString fileName;
    QByteArray raw;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray rawBody; // as stored, LF line endings

    [[nodiscard]] QByteArray rawHeader(const QByteArray &name) const; // the first, unfolded
    [[nodiscard]] int headerCount(const QByteArray &name) const;
    [[nodiscard]] QString header(const QByteArray &name) const { return decodeHeader(rawHeader(name)); }
    // The text: quoted-printable decoded when so declared, UTF-8, LF line endings.
    [[nodiscard]] QString body() const;
};

// The maildir named by ACCUEIL_TEST_MAILDIR; fails the running test when it is not set.
[[nodiscard]] QString testMaildir();
// Every message in the maildir (new/ and cur/).
[[nodiscard]] std::vector<ReceivedMail> readMaildir(const QString &directory);
// The messages whose envelope recipients (X-RcptTo) contain text, e.g. a test's unique tag.
[[nodiscard]] std::vector<ReceivedMail> receivedFor(const QString &text);

} // namespace Accueil::Test
