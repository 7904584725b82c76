#include "serversettings.h"

#include "reminders/smsgateway.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Accueil {

const QStringList &ServerSettings::knownKeys()
{
    static const QStringList keys
            = QStringList{u"database"_s,      u"listen"_s,         u"host"_s,
                          u"public_url"_s,    u"tls_cert"_s,       u"tls_key"_s,
                          u"trusted_proxy"_s, u"smtp_url"_s,       u"smtp_tls"_s,
                          u"smtp_user"_s,     u"smtp_password"_s,  u"smtp_timeout"_s,
                          u"mail_from"_s,     u"mail_from_name"_s, u"migrate_on_upgrade"_s}
              + SmsSettings::keys();
    return keys;
}

const QStringList &ServerSettings::deskKeys()
{
    static const QStringList keys{u"database"_s, u"serve"_s, u"serve_config"_s};
    return keys;
}

bool ServerSettings::read(const QString &path, QHash<QString, QString> &values, QString &error)
{
    return read(path, knownKeys(), values, error);
}

bool ServerSettings::read(const QString &path, const QStringList &keys, QHash<QString, QString> &values,
                          QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(equals).trimmed();
        if (equals <= 0 || !keys.contains(key)) {
            error = u"%1 line %2: unknown setting \"%3\" (known: %4)"_s.arg(path)
                            .arg(lineNumber)
                            .arg(equals <= 0 ? line : key, keys.join(u", "_s));
            return false;
        }
        values.insert(key, line.mid(equals + 1).trimmed());
    }
    return true;
}

bool ServerSettings::smtp(const QHash<QString, QString> &values, std::optional<SmtpSettings> &smtp,
                          QString &error)
{
    smtp.reset();
    if (values.value(u"smtp_url"_s).isEmpty())
        return true;
    smtp = SmtpSettings::parse(values, &error); // reads its own keys, ignores the others
    return smtp.has_value();
}

bool ServerSettings::bookingOptions(const QHash<QString, QString> &values, BookingServerOptions &options,
                                    QString &error)
{
    options.hostNames = list(values.value(u"host"_s));
    options.siteUrl = values.value(u"public_url"_s);
    options.certificateFile = values.value(u"tls_cert"_s);
    options.privateKeyFile = values.value(u"tls_key"_s);
    if (options.certificateFile.isEmpty() != options.privateKeyFile.isEmpty()) {
        error = u"the TLS certificate and key go together"_s;
        return false;
    }
    options.trustedProxies.clear();
    for (const QString &proxy : list(values.value(u"trusted_proxy"_s))) {
        const QHostAddress address(proxy);
        if (address.isNull()) {
            error = u"trusted proxy \"%1\" is not an IP address"_s.arg(proxy);
            return false;
        }
        options.trustedProxies << address;
    }
    return true;
}

bool ServerSettings::checkMigrateOnUpgrade(const QHash<QString, QString> &values, QString &error)
{
    static const QStringList accepted{u"yes"_s, u"no"_s,  u"true"_s, u"false"_s,
                                      u"on"_s,  u"off"_s, u"1"_s,    u"0"_s};
    const QString value = values.value(u"migrate_on_upgrade"_s, u"no"_s);
    if (accepted.contains(value))
        return true;
    error = u"migrate_on_upgrade is \"%1\": say yes or no"_s.arg(value);
    return false;
}

QStringList ServerSettings::list(const QString &text)
{
    QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

} // namespace Accueil
