// The message bytes: pure functions, checked against hand-made expectations and against the
// independent decoder of maildir.cpp.
#include "catch.h"
#include "fixtures.h"
#include "mail/mailmessage.h"
#include "maildir.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Every line ends in CRLF and none is longer than limit (without the CRLF).
void checkLines(const QByteArray &text, qsizetype limit)
{
    REQUIRE(text.endsWith("\r\n"));
    for (const QByteArray &line : linesOf(text)) {
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= limit);
        CHECK(line.count('\r') == 1);
    }
}

// The value of a one-field header block, unfolded and decoded.
QString headerValue(const QByteArray &field)
{
    const auto headers = parseHeaders(field);
    REQUIRE(headers.size() == 1);
    return decodeHeader(headers.first().second);
}

bool isSevenBit(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
}

OutgoingMail sampleMail()
{
    OutgoingMail mail;
    mail.id = 42;
    mail.toAddress = u"louise.martin@example.org"_s;
    mail.subject = u"Votre rendez-vous du mardi 16 juin à 10:30 est confirmé"_s;
    mail.body
            = u"Bonjour Louise,\n\nVotre rendez-vous avec le Dr Élodie Müller est confirmé.\n.\nÀ bientôt.\n"_s;
    mail.createdAt = utc(2026, 6, 15, 8, 0, 5);
    return mail;
}

} // namespace

TEST_CASE("Dates are RFC 5322, in UTC and in English", "[unit]")
{
    CHECK(MailMessage::dateTime(utc(2026, 6, 15, 8, 0, 5)) == "Mon, 15 Jun 2026 08:00:05 +0000");
    CHECK(MailMessage::dateTime(utc(2026, 1, 2, 23, 59, 59)) == "Fri, 2 Jan 2026 23:59:59 +0000");
    // 10:30 in Paris in summer is 08:30 UTC.
    CHECK(MailMessage::dateTime(parisTime(2026, 6, 16, 10, 30)) == "Tue, 16 Jun 2026 08:30:00 +0000");
}

TEST_CASE("Plain ASCII subjects stay readable and fold at spaces", "[unit]")
{
    CHECK(MailMessage::unstructuredHeader("Subject", u"Your appointment"_s)
          == "Subject: Your appointment\r\n");

    const QString longText = u"Reminder: "_s + u"appointment tomorrow morning "_s.repeated(6).trimmed();
    const QByteArray folded = MailMessage::unstructuredHeader("Subject", longText);
    CHECK(folded.count("\r\n") > 1);
    checkLines(folded, 78);
    CHECK(headerValue(folded) == longText);
}

TEST_CASE("Accented subjects are UTF-8 encoded words", "[unit]")
{
    CHECK(MailMessage::unstructuredHeader("Subject", u"Rendez-vous confirmé"_s)
          == "Subject: =?UTF-8?Q?Rendez-vous_confirm=C3=A9?=\r\n");

    SECTION("long ones fold into several words of at most 75 characters, each whole UTF-8")
    {
        const QString subject = u"Confirmation : rendez-vous du mercredi 17 juin à 14 h 45 avec le "
                                "Dr Élodie Müller-Ségalen, kinésithérapeute, salle « Hêtre » 🌳"_s;
        const QByteArray field = MailMessage::unstructuredHeader("Subject", subject);
        checkLines(field, 76);
        CHECK(isSevenBit(field));
        CHECK(headerValue(field) == subject);
        static const QRegularExpression word(u"=\\?UTF-8\\?[QB]\\?[^?]*\\?="_s);
        int words = 0;
        for (auto it = word.globalMatch(QString::fromLatin1(field)); it.hasNext(); ++words) {
            const QString one = it.next().captured();
            INFO(one.toStdString());
            CHECK(one.size() <= 75);
            CHECK_FALSE(decodeHeader(one.toLatin1()).contains(QChar::ReplacementCharacter));
        }
        CHECK(words > 1);
    }
    SECTION("text mostly outside Latin script takes the shorter B encoding")
    {
        const QString subject = u"Ваш приём подтверждён"_s;
        const QByteArray field = MailMessage::unstructuredHeader("Subject", subject);
        CHECK(field.startsWith("Subject: =?UTF-8?B?"));
        CHECK(headerValue(field) == subject);
    }
    SECTION("ASCII that looks like an encoded word is encoded")
    {
        const QString subject = u"=?UTF-8?Q?not_a_word?="_s;
        const QByteArray field = MailMessage::unstructuredHeader("Subject", subject);
        CHECK(headerValue(field) == subject);
    }
}

TEST_CASE("Line breaks in a header value cannot add a header", "[unit]")
{
    const QByteArray field
            = MailMessage::unstructuredHeader("Subject", u"Bonjour\r\nBcc: evil@example.org"_s);
    CHECK(field == "Subject: Bonjour  Bcc: evil@example.org\r\n");
    const QByteArray accented
            = MailMessage::unstructuredHeader("Subject", u"Réponse\nBcc: evil@example.org"_s);
    CHECK(parseHeaders(accented).size() == 1);
    CHECK(headerValue(accented) == u"Réponse Bcc: evil@example.org");
}

TEST_CASE("Address headers quote or encode the display name", "[unit]")
{
    CHECK(MailMessage::addressHeader("To", u"louise@example.org"_s, {}) == "To: louise@example.org\r\n");
    CHECK(MailMessage::addressHeader("From", u"accueil@example.org"_s, u"Centre \"Les Tilleuls\""_s)
          == "From: \"Centre \\\"Les Tilleuls\\\"\" <accueil@example.org>\r\n");
    CHECK(MailMessage::addressHeader("From", u"accueil@example.org"_s, u"Maison de santé"_s)
          == "From: =?UTF-8?Q?Maison_de_sant=C3=A9?= <accueil@example.org>\r\n");

    const QString longName = u"Maison de santé pluriprofessionnelle Sainte-Odile — secrétariat médical"_s;
    const QByteArray field = MailMessage::addressHeader("From", u"accueil@msp-sainte-odile.fr"_s, longName);
    checkLines(field, 76);
    CHECK(headerValue(field) == longName + u" <accueil@msp-sainte-odile.fr>");
}

TEST_CASE("Bodies are quoted-printable UTF-8 with CRLF lines of at most 76 characters", "[unit]")
{
    CHECK(MailMessage::quotedPrintable(u"café = 3 €"_s) == "caf=C3=A9 =3D 3 =E2=82=AC\r\n");
    CHECK(MailMessage::quotedPrintable(u"fin  \nsuite\t"_s) == "fin =20\r\nsuite=09\r\n");
    CHECK(MailMessage::quotedPrintable(u"a\r\nb\rc\n"_s) == "a\r\nb\r\nc\r\n");
    CHECK(MailMessage::quotedPrintable(u"a\n\n"_s) == "a\r\n\r\n");
    CHECK(MailMessage::quotedPrintable(QString()) == "\r\n");

    const QString exact(76, u'x');
    CHECK(MailMessage::quotedPrintable(exact) == exact.toLatin1() + "\r\n");
    const QString over(77, u'x');
    CHECK(MailMessage::quotedPrintable(over) == QByteArray(75, 'x') + "=\r\nxx\r\n");

    SECTION("long accented lines break between escapes, never inside one")
    {
        const QString text = u"é"_s.repeated(100) + u"\nLigne suivante, avec un = et des « guillemets »."_s;
        const QByteArray encoded = MailMessage::quotedPrintable(text);
        checkLines(encoded, 76);
        CHECK(isSevenBit(encoded));
        static const QRegularExpression brokenEscape(u"=[0-9A-F]\\r"_s);
        CHECK_FALSE(QString::fromLatin1(encoded).contains(brokenEscape));
        CHECK(QString::fromUtf8(decodeQuotedPrintable(encoded)) == text + u'\n');
    }
}

TEST_CASE("Only plain addresses pass", "[unit]")
{
    for (const QString &good : {u"louise.martin+rdv@example.org"_s, u"a@b.fr"_s, u"o'neil@example.co.uk"_s}) {
        INFO(good.toStdString());
        CHECK(MailMessage::isValidAddress(good));
    }
    for (const QString &bad :
         {u""_s, u"louise"_s, u"@example.org"_s, u"louise@"_s, u"louise@example"_s, u"lou ise@example.org"_s,
          u"louise@exa mple.org"_s, u"<louise@example.org>"_s,
          u"louise@example.org>\r\nRCPT TO:<x@example.org"_s, u"élodie@example.org"_s, u"a..b@example.org"_s,
          u".a@example.org"_s, u"\"quoted\"@example.org"_s, u"louise@example.org\n"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(MailMessage::isValidAddress(bad));
    }
}

TEST_CASE("A whole message: headers, a blank line, the body; 7-bit, CRLF only", "[unit]")
{
    const OutgoingMail mail = sampleMail();
    const QByteArray message
            = MailMessage::build(mail, u"accueil@msp-sainte-odile.fr"_s, u"Maison de santé"_s);
    checkLines(message, 78);
    CHECK(isSevenBit(message));
    CHECK_FALSE(message.contains("\r\r"));

    const qsizetype split = message.indexOf("\r\n\r\n");
    REQUIRE(split > 0);
    const auto headers = parseHeaders(message.left(split));
    QList<QByteArray> names;
    for (const auto &header : headers)
        names << header.first;
    CHECK(names
          == QList<QByteArray>{"Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                               "Content-Transfer-Encoding", "Auto-Submitted"});
    ReceivedMail parsed;
    parsed.headers = headers;
    parsed.rawBody = message.mid(split + 4);
    CHECK(parsed.rawHeader("Date") == "Mon, 15 Jun 2026 08:00:05 +0000");
    CHECK(parsed.header("From") == u"Maison de santé <accueil@msp-sainte-odile.fr>");
    CHECK(parsed.header("To") == mail.toAddress);
    CHECK(parsed.header("Subject") == mail.subject);
    CHECK(parsed.rawHeader("MIME-Version") == "1.0");
    CHECK(parsed.rawHeader("Content-Type") == "text/plain; charset=UTF-8");
    CHECK(parsed.rawHeader("Content-Transfer-Encoding") == "quoted-printable");
    CHECK(parsed.body() == mail.body);
    // Not dot-stuffed: libcurl does that on the wire.
    CHECK(parsed.rawBody.contains("\r\n.\r\n"));

    SECTION("a retry sends the same bytes; another mail has another Message-ID")
    {
        CHECK(MailMessage::build(mail, u"accueil@msp-sainte-odile.fr"_s, u"Maison de santé"_s) == message);
        static const QRegularExpression shape(
                u"^<accueil\\.42\\.\\d+\\.[0-9a-f]{12}@msp-sainte-odile\\.fr>$"_s);
        CHECK(QString::fromLatin1(parsed.rawHeader("Message-ID")).contains(shape));
        OutgoingMail other = mail;
        other.id = 43;
        CHECK(MailMessage::messageId(other, u"accueil@msp-sainte-odile.fr"_s)
              != MailMessage::messageId(mail, u"accueil@msp-sainte-odile.fr"_s));
    }
}

TEST_CASE("Logs name no one: addresses in a server's refusal are masked", "[unit]")
{
    CHECK(MailMessage::withoutAddresses(
                  u"550 5.1.1 <louise.martin@example.org>: Recipient address rejected"_s)
          == u"550 5.1.1 <<address>>: Recipient address rejected"_s);
    CHECK(MailMessage::withoutAddresses(u"RCPT failed for léo+rdv@exemple.fr, try later"_s)
          == u"RCPT failed for <address>, try later"_s);
    CHECK(MailMessage::withoutAddresses(u"Connection refused"_s) == u"Connection refused"_s);
}
