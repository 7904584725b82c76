#include "maildir.h"

#include "catch.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        FAIL("Not UTF-8: " << bytes.toStdString());
    return text;
}

QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '_') {
            out += ' ';
        } else if (text[i] == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

QByteArray normalisedLines(const QByteArray &text)
{
    QByteArray out = text;
    return out.replace("\r\n", "\n");
}

} // namespace

QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?="_s);
    const QString text = QString::fromLatin1(value);
    QString out;
    QByteArray pending; // bytes of adjacent encoded words, decoded together
    qsizetype position = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString gap = text.mid(position, match.capturedStart() - position);
        if (pending.isEmpty() || !gap.trimmed().isEmpty()) {
            out += strictUtf8(pending) + gap;
            pending.clear();
        }
        if (match.captured(1).compare(u"UTF-8", Qt::CaseInsensitive) != 0)
            FAIL("Unexpected charset in " << value.toStdString());
        const QByteArray encoded = match.captured(3).toLatin1();
        pending += match.captured(2).toUpper() == u"B" ? QByteArray::fromBase64(encoded) : decodeQ(encoded);
        position = match.capturedEnd();
    }
    return out + strictUtf8(pending) + text.mid(position);
}

QByteArray decodeQuotedPrintable(const QByteArray &text)
{
    const QByteArray lines = normalisedLines(text);
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] != '=') {
            out += lines[i];
        } else if (i + 1 < lines.size() && lines[i + 1] == '\n') {
            ++i; // soft line break
        } else if (i + 2 < lines.size() && hexValue(lines[i + 1]) >= 0 && hexValue(lines[i + 2]) >= 0) {
            out += char(hexValue(lines[i + 1]) * 16 + hexValue(lines[i + 2]));
            i += 2;
        } else {
            FAIL("Broken quoted-printable near " << lines.mid(i, 10).toStdString());
        }
    }
    return out;
}

QList<std::pair<QByteArray, QByteArray>> parseHeaders(const QByteArray &head)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : normalisedLines(head).split('\n')) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            headers.last().second += line; // unfolding: the line break goes, the blank stays
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            FAIL("Not a header line: " << line.toStdString());
        headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray ReceivedMail::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int ReceivedMail::headerCount(const QByteArray &name) const
{
    return int(std::count_if(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

QString ReceivedMail::body() const
{
    const bool qp = rawHeader("Content-Transfer-Encoding").trimmed().toLower() == "quoted-printable";
    return strictUtf8(qp ? decodeQuotedPrintable(rawBody) : normalisedLines(rawBody));
}

QString testMaildir()
{
    const QString directory = qEnvironmentVariable("ACCUEIL_TEST_MAILDIR");
    if (directory.isEmpty()) {
        FAIL("ACCUEIL_TEST_MAILDIR is not set: the maildir where the test SMTP server stores messages "
             "(scripts/test starts one and sets it).");
    }
    return directory;
}

std::vector<ReceivedMail> readMaildir(const QString &directory)
{
    std::vector<ReceivedMail> mails;
    for (const QString &sub : {u"new"_s, u"cur"_s}) {
        const QDir dir(directory + u'/' + sub);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                FAIL("Cannot read " << file.fileName().toStdString());
            ReceivedMail mail;
            mail.fileName = file.fileName();
            mail.raw = file.readAll();
            const QByteArray text = normalisedLines(mail.raw);
            const qsizetype split = text.indexOf("\n\n");
            if (split <= 0)
                FAIL("No blank line after the headers in " << file.fileName().toStdString());
            mail.headers = parseHeaders(text.left(split));
            mail.rawBody = text.mid(split + 2);
            mails.push_back(std::move(mail));
        }
    }
    return mails;
}

std::vector<ReceivedMail> receivedFor(const QString &text)
{
    std::vector<ReceivedMail> found;
    for (ReceivedMail &mail : readMaildir(testMaildir())) {
        if (QString::fromLatin1(mail.rawHeader("X-RcptTo")).contains(text))
            found.push_back(std::move(mail));
    }
    return found;
}

} // namespace Accueil::Test
