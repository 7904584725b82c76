#include "databaseurl.h"

#include "storeerror.h"

#include <QUrl>
#include <QUrlQuery>

namespace Accueil {

namespace {

[[noreturn]] void invalid(const QString &why)
{
    throw StoreError(StoreError::Kind::InvalidUrl,
                     why + u" Expected sqlite:PATH or postgresql://user[:password]@host[:port]/dbname.");
}

} // namespace

DatabaseUrl DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        invalid(QStringLiteral("No database given (use --database or ACCUEIL_DATABASE)."));

    if (trimmed.startsWith(u"sqlite:")) {
        url.m_backend = Backend::Sqlite;
        url.m_path = trimmed.mid(7);
        if (url.m_path.startsWith(u"//"))
            url.m_path = url.m_path.mid(2); // also accept sqlite://PATH
        if (url.m_path.isEmpty())
            invalid(QStringLiteral("The SQLite URL has no file path."));
        return url;
    }

    if (!trimmed.startsWith(u"postgresql://") && !trimmed.startsWith(u"postgres://"))
        invalid(u"Unknown database URL \"" + trimmed + u"\".");

    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        invalid(u"The PostgreSQL URL is malformed (" + parsed.errorString() + u").");
    url.m_backend = Backend::Postgres;
    url.m_host = parsed.host();
    url.m_port = parsed.port(5432);
    url.m_user = parsed.userName(QUrl::FullyDecoded);
    url.m_password = parsed.password(QUrl::FullyDecoded);
    url.m_databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
    if (url.m_host.isEmpty())
        invalid(QStringLiteral("The PostgreSQL URL has no host."));
    if (url.m_databaseName.isEmpty() || url.m_databaseName.contains(u'/'))
        invalid(QStringLiteral("The PostgreSQL URL must name one database after the host, as in /accueil."));
    if (url.m_port <= 0 || url.m_port > 65535)
        invalid(QStringLiteral("The PostgreSQL port is out of range."));

    QStringList options;
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
        options << key + u'=' + value;
    url.m_options = options.join(u';');
    return url;
}

QString DatabaseUrl::displayString() const
{
    if (m_backend == Backend::Sqlite)
        return u"sqlite:" + m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + u'@';
    return text + m_host + u':' + QString::number(m_port) + u'/' + m_databaseName;
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

} // namespace Accueil
