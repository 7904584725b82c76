#include "mailmessage.h"

#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Accueil::MailMessage {

namespace {

constexpr qsizetype encodedLineLimit = 76; // RFC 2047 §2: a line holding encoded words
constexpr qsizetype foldLimit = 78;        // RFC 5322 §2.1.1: the line length to aim for
constexpr qsizetype qpLineLimit = 76;      // RFC 2045 §6.7 (5)
const QByteArray crlf = "\r\n"_ba;

bool isAsciiLetterOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

QByteArray hexEscape(uchar byte)
{
    return '=' + QByteArray(1, char(byte)).toHex().toUpper();
}

// Line breaks and other controls become spaces: a header value must stay on its own field.
QString sanitized(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u' ';
    }
    return clean.trimmed();
}

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// RFC 2047 §5 (3): the characters that may stay as they are in a Q-encoded word, in any header
// (including a display name); "_" stands for a space.
QByteArray qToken(uchar byte)
{
    if (byte == ' ')
        return "_"_ba;
    const char c = char(byte);
    if (isAsciiLetterOrDigit(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/')
        return QByteArray(1, c);
    return hexEscape(byte);
}

QByteArray qEncoded(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes)
        out += qToken(uchar(c));
    return out;
}

qsizetype base64Length(qsizetype bytes)
{
    return 4 * ((bytes + 2) / 3);
}

// text's UTF-8 split between code points: an encoded word must not cut a character in two.
QList<QByteArray> codePoints(const QString &text)
{
    QList<QByteArray> points;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length
                = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
        points << text.mid(i, length).toUtf8();
        i += length - 1;
    }
    return points;
}

// Encoded words for text, the first on a line that already holds used characters, the next ones
// on continuation lines; Q encoding, or B when it is shorter (text mostly outside Latin script).
QByteArray encodedWords(const QString &text, qsizetype used)
{
    const QByteArray utf8 = text.toUtf8();
    const bool base64 = base64Length(utf8.size()) < qEncoded(utf8).size();
    const QByteArray prefix = base64 ? "=?UTF-8?B?"_ba : "=?UTF-8?Q?"_ba;
    const QByteArray suffix = "?="_ba;
    const auto encoded
            = [base64](const QByteArray &bytes) { return base64 ? bytes.toBase64() : qEncoded(bytes); };
    const auto wordLength = [&](const QByteArray &bytes) {
        return prefix.size() + (base64 ? base64Length(bytes.size()) : qEncoded(bytes).size()) + suffix.size();
    };

    QByteArray out;
    QByteArray chunk;
    qsizetype room = encodedLineLimit - used;
    for (const QByteArray &point : codePoints(text)) {
        if (!chunk.isEmpty() && wordLength(chunk + point) > room) {
            out += prefix + encoded(chunk) + suffix + crlf + ' ';
            chunk.clear();
            room = encodedLineLimit - 1;
        }
        chunk += point;
    }
    out += prefix + encoded(chunk) + suffix;
    return out;
}

// ASCII text folded at spaces so that lines stay near 78 characters where words allow.
QByteArray foldedAscii(const QString &text, qsizetype used)
{
    const QList<QByteArray> words = text.toLatin1().split(' ');
    QByteArray out = words.first();
    qsizetype lineLength = used + out.size();
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray &word = words[i];
        if (!word.isEmpty() && lineLength + 1 + word.size() > foldLimit) {
            out += crlf;
            lineLength = 0;
        }
        out += ' ' + word;
        lineLength += 1 + word.size();
    }
    return out;
}

qsizetype lastLineLength(const QByteArray &text)
{
    const qsizetype lastBreak = text.lastIndexOf(crlf);
    return lastBreak < 0 ? text.size() : text.size() - lastBreak - crlf.size();
}

bool isAtomCharacter(QChar c, bool domain)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return false;
    if (isAsciiLetterOrDigit(char(u)) || u == '.' || u == '-')
        return true;
    // The rest of RFC 5322's atext, in the local part only.
    return !domain && QStringView(u"!#$%&'*+/=?^_`{|}~").contains(c);
}

bool isDotAtom(QStringView text, bool domain)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    return std::all_of(text.begin(), text.end(), [domain](QChar c) { return isAtomCharacter(c, domain); });
}

} // namespace

QString withoutAddresses(const QString &text)
{
    static const QRegularExpression address(u"[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+"_s);
    QString masked = text;
    return masked.replace(address, u"<address>"_s);
}

bool isValidAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || address.size() > 254)
        return false;
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    return local.size() <= 64 && isDotAtom(local, false) && isDotAtom(domain, true) && domain.contains(u'.');
}

QByteArray unstructuredHeader(const QByteArray &name, const QString &text)
{
    const QString clean = sanitized(text);
    const QByteArray start = name + ": "_ba;
    // "=?" in plain text would read as the start of an encoded word.
    const bool plain = isPrintableAscii(clean) && !clean.contains(u"=?");
    return start + (plain ? foldedAscii(clean, start.size()) : encodedWords(clean, start.size())) + crlf;
}

QByteArray addressHeader(const QByteArray &name, const QString &address, const QString &displayName)
{
    const QString clean = sanitized(displayName);
    const QByteArray angleAddress = '<' + address.toLatin1() + '>';
    QByteArray out = name + ": "_ba;
    if (clean.isEmpty())
        return out + address.toLatin1() + crlf;
    if (isPrintableAscii(clean)) {
        QByteArray quoted = clean.toLatin1();
        quoted.replace('\\', R"(\\)"_ba).replace('"', R"(\")"_ba);
        return out + '"' + quoted + "\" "_ba + angleAddress + crlf;
    }
    out += encodedWords(clean, out.size());
    const bool fits = lastLineLength(out) + 1 + angleAddress.size() <= encodedLineLimit;
    return out + (fits ? " "_ba : crlf + ' ') + angleAddress + crlf;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QList<QString> lines = normalised.split(u'\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // the text's final line break is the message's

    QByteArray out;
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8();
        qsizetype length = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto byte = uchar(bytes[i]);
            const bool last = i == bytes.size() - 1;
            const bool literal = (byte >= 33 && byte <= 126 && byte != '=')
                                 || ((byte == ' ' || byte == '\t') && !last); // no trailing blanks
            const QByteArray token = literal ? QByteArray(1, char(byte)) : hexEscape(byte);
            // Room for the soft break "=" unless this is the line's last token.
            if (length + token.size() > (last ? qpLineLimit : qpLineLimit - 1)) {
                out += '=' + crlf;
                length = 0;
            }
            out += token;
            length += token.size();
        }
        out += crlf;
    }
    return out;
}

QByteArray dateTime(const QDateTime &when)
{
    static constexpr std::array<const char *, 7> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    const auto twoDigits = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return QByteArray(days.at(date.dayOfWeek() - 1)) + ", " + QByteArray::number(date.day()) + ' '
           + months.at(date.month() - 1) + ' ' + QByteArray::number(date.year()) + ' '
           + twoDigits(time.hour()) + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second())
           + " +0000";
}

QByteArray messageId(const OutgoingMail &mail, const QString &fromAddress)
{
    const QByteArray domain = fromAddress.section(u'@', -1).toLatin1();
    const QByteArray identity
            = QByteArray::number(mail.id) + '\n' + mail.toAddress.toUtf8() + '\n' + mail.subject.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(12);
    return "<accueil."_ba + QByteArray::number(mail.id) + '.'
           + QByteArray::number(mail.createdAt.toSecsSinceEpoch()) + '.' + hash + '@' + domain + '>';
}

QByteArray build(const OutgoingMail &mail, const QString &fromAddress, const QString &fromName)
{
    QByteArray out;
    out += "Date: "_ba + dateTime(mail.createdAt) + crlf;
    out += addressHeader("From"_ba, fromAddress, fromName);
    out += addressHeader("To"_ba, mail.toAddress, {});
    out += unstructuredHeader("Subject"_ba, mail.subject);
    out += "Message-ID: "_ba + messageId(mail, fromAddress) + crlf;
    out += "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n"
           // RFC 3834: out-of-office replies are not sent back to an automatic message.
           "Auto-Submitted: auto-generated\r\n"
           "\r\n"_ba;
    out += quotedPrintable(mail.body);
    return out;
}

} // namespace Accueil::MailMessage
