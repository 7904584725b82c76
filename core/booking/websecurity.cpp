#include "websecurity.h"

#include "portal/portalsettings.h"

using namespace Qt::StringLiterals;

namespace Accueil {

HostPolicy::HostPolicy(const QStringList &names, quint16 port)
{
    for (const QString &name : names) {
        const QString lower = name.trimmed().toLower();
        if (lower.isEmpty())
            continue;
        m_names << lower;
        const bool hasPort = lower.startsWith(u'[') ? lower.contains(u"]:"_s) : lower.contains(u':');
        if (!hasPort)
            m_names << lower + u':' + QString::number(port);
    }
    m_names.removeDuplicates();
}

QStringList HostPolicy::defaultNames(const QHostAddress &address, quint16 port)
{
    const QString suffix = u':' + QString::number(port);
    QString listen = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        listen = u'[' + listen + u']';
    QStringList names{listen + suffix, u"localhost"_s + suffix, u"127.0.0.1"_s + suffix};
    names.removeDuplicates();
    return names;
}

bool HostPolicy::allowsHost(const QByteArray &host) const
{
    return !host.isEmpty() && m_names.contains(QString::fromLatin1(host).trimmed().toLower());
}

bool HostPolicy::allowsOrigin(const QByteArray &origin) const
{
    const QString text = QString::fromLatin1(origin).trimmed().toLower();
    for (const QStringView prefix : {u"http://", u"https://"}) {
        if (text.startsWith(prefix))
            return m_names.contains(text.mid(prefix.size()));
    }
    return false; // "null", or anything else
}

QByteArray Cookies::sessionCookie(const QString &token, bool secure)
{
    return session.toLatin1() + '=' + token.toLatin1() + "; HttpOnly; SameSite=Strict; Path=/; Max-Age="
           + QByteArray::number(PortalLifetime::session) + (secure ? "; Secure" : "");
}

QByteArray Cookies::endedSessionCookie(bool secure)
{
    return session.toLatin1() + "=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
           + (secure ? "; Secure" : "");
}

QByteArray Cookies::csrfCookie(const QString &token, bool secure)
{
    return csrf.toLatin1() + '=' + token.toLatin1() + "; SameSite=Strict; Path=/"
           + (secure ? "; Secure" : "");
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace Accueil
