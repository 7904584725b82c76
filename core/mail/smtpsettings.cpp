#include "smtpsettings.h"

#include "mailmessage.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int maximumTimeoutSeconds = 60; // MailOutbox's first retry delay: a send never outlives it

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

} // namespace

QString SmtpSettings::tlsKey(Tls tls)
{
    switch (tls) {
    case Tls::None:
        return u"none"_s;
    case Tls::StartTlsIfOffered:
        return u"starttls-if-offered"_s;
    case Tls::StartTlsRequired:
        return u"starttls"_s;
    }
    return {};
}

std::optional<SmtpSettings::Tls> SmtpSettings::tlsFromKey(const QString &key)
{
    for (const Tls tls : {Tls::None, Tls::StartTlsIfOffered, Tls::StartTlsRequired}) {
        if (key.compare(tlsKey(tls), Qt::CaseInsensitive) == 0)
            return tls;
    }
    return std::nullopt;
}

std::optional<SmtpSettings> SmtpSettings::parse(const QVariantMap &values, QString *error)
{
    QHash<QString, QString> strings;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        strings.insert(it.key(), it.value().toString());
    return parse(strings, error);
}

std::optional<SmtpSettings> SmtpSettings::parse(const QHash<QString, QString> &values, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<SmtpSettings> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    SmtpSettings settings;

    settings.url = values.value(u"smtp_url"_s).trimmed();
    if (settings.url.isEmpty()) {
        return fail(tr("The setting smtp_url is missing: give the mail server as smtp://host:port or "
                       "smtps://host:port."));
    }
    const QUrl url(settings.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"smtp" && scheme != u"smtps"))
        return fail(tr("The setting smtp_url must look like smtp://host:port or smtps://host:port."));
    if (url.host().isEmpty())
        return fail(tr("The setting smtp_url names no host."));
    if (url.port() == 0 || url.port() > 65535)
        return fail(tr("The setting smtp_url has a port out of range."));
    if (!url.userInfo().isEmpty()) {
        return fail(tr("The setting smtp_url must not hold a user name or password: use smtp_user and "
                       "smtp_password."));
    }
    if (url.hasQuery() || url.hasFragment() || url.path().count(u'/') > 1) {
        return fail(tr("The setting smtp_url may only carry a host, a port and the name to greet the "
                       "server with (smtp://host:port/name)."));
    }

    const QString tls = values.value(u"smtp_tls"_s).trimmed().toLower();
    if (scheme == u"smtps" && !tls.isEmpty()) {
        return fail(tr("The setting smtp_tls applies to smtp:// only: smtps:// is encrypted from the "
                       "start, leave smtp_tls empty."));
    }
    if (tls.isEmpty()) {
        settings.tls = scheme == u"smtps" ? Tls::None : Tls::StartTlsRequired;
    } else if (const std::optional<Tls> mode = tlsFromKey(tls)) {
        settings.tls = *mode;
    } else {
        return fail(tr("The setting smtp_tls must be none, starttls or starttls-if-offered, not \"%1\".")
                            .arg(tls));
    }

    settings.user = values.value(u"smtp_user"_s);
    settings.password = values.value(u"smtp_password"_s);
    if (hasLineBreak(settings.user))
        return fail(tr("The setting smtp_user must fit on one line."));
    if (hasLineBreak(settings.password))
        return fail(tr("The setting smtp_password must fit on one line."));
    if (!settings.user.isEmpty() && settings.password.isEmpty())
        return fail(tr("The setting smtp_password is missing: smtp_user is set."));
    if (settings.user.isEmpty() && !settings.password.isEmpty())
        return fail(tr("The setting smtp_user is missing: smtp_password is set."));

    const QString timeout = values.value(u"smtp_timeout"_s).trimmed();
    if (!timeout.isEmpty()) {
        bool ok = false;
        settings.timeoutSeconds = timeout.toInt(&ok);
        if (!ok || settings.timeoutSeconds < 1 || settings.timeoutSeconds > maximumTimeoutSeconds) {
            return fail(tr("The setting smtp_timeout must be a number of seconds from 1 to %1, not \"%2\".")
                                .arg(maximumTimeoutSeconds)
                                .arg(timeout));
        }
    }

    settings.fromAddress = values.value(u"mail_from"_s).trimmed();
    if (settings.fromAddress.isEmpty()) {
        return fail(tr("The setting mail_from is missing: give the address the centre's e-mails come "
                       "from."));
    }
    if (!MailMessage::isValidAddress(settings.fromAddress)) {
        return fail(tr("The setting mail_from must be a plain address such as accueil@example.org, not "
                       "\"%1\".")
                            .arg(settings.fromAddress));
    }

    settings.fromName = values.value(u"mail_from_name"_s).trimmed();
    if (hasLineBreak(settings.fromName))
        return fail(tr("The setting mail_from_name must fit on one line."));
    return settings;
}

} // namespace Accueil
