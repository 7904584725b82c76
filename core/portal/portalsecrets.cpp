#include "portalsecrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

using namespace Qt::StringLiterals;

namespace Accueil::Secrets {

namespace {

constexpr QStringView crockford = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int codeLength = 8;

} // namespace

QString randomToken(int bytes)
{
    std::vector<quint32> words((std::size_t(bytes) + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newInvitationCode()
{
    QString code;
    for (int i = 0; i < codeLength; ++i) {
        if (i == codeLength / 2)
            code += u'-';
        code += crockford.at(QRandomGenerator::system()->bounded(int(crockford.size())));
    }
    return code;
}

std::optional<QString> normaliseInvitationCode(QStringView typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        QChar upper = c.toUpper();
        if (upper == u'O')
            upper = u'0';
        else if (upper == u'I' || upper == u'L')
            upper = u'1';
        if (!crockford.contains(upper))
            return std::nullopt;
        code += upper;
        if (code.size() > codeLength)
            return std::nullopt;
    }
    if (code.size() != codeLength)
        return std::nullopt;
    return code;
}

} // namespace Accueil::Secrets
