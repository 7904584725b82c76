#include "serversettings.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Accueil {

const QStringList &ServerSettings::knownKeys()
{
    static const QStringList keys{u"database"_s,  u"listen"_s,        u"host"_s,          u"public_url"_s,
                                  u"tls_cert"_s,  u"tls_key"_s,       u"trusted_proxy"_s, u"smtp_url"_s,
                                  u"smtp_tls"_s,  u"smtp_user"_s,     u"smtp_password"_s, u"smtp_timeout"_s,
                                  u"mail_from"_s, u"mail_from_name"_s};
    return keys;
}

bool ServerSettings::read(const QString &path, QHash<QString, QString> &values, QString &error)
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
        if (equals <= 0 || !knownKeys().contains(key)) {
            error = u"%1 line %2: unknown setting \"%3\" (known: %4)"_s.arg(path)
                            .arg(lineNumber)
                            .arg(equals <= 0 ? line : key, knownKeys().join(u", "_s));
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
    QHash<QString, QString> mail;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().startsWith(u"smtp_"_s) || it.key().startsWith(u"mail_"_s))
            mail.insert(it.key(), it.value());
    }
    smtp = SmtpSettings::parse(mail, &error);
    return smtp.has_value();
}

QStringList ServerSettings::list(const QString &text)
{
    QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

} // namespace Accueil
