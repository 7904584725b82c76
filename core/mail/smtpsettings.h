#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Accueil {

// Where and how the centre's e-mails leave: an SMTP server, the sender shown to patients.
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::SmtpSettings)

public:
    // For smtp:// only; smtps:// is TLS from the first byte whatever this says.
    enum class Tls {
        None,              // plain text (a relay on the same machine)
        StartTlsIfOffered, // upgrades when the server offers it, else plain: open to downgrades
        StartTlsRequired,  // refuses to send unless the connection is upgraded
    };

    QString url; // "smtp://host[:port][/ehlo-name]" or "smtps://host[:port][/ehlo-name]"
    Tls tls = Tls::StartTlsRequired;
    QString user; // both empty: no authentication
    QString password;
    QString fromAddress; // the envelope sender and the From header
    QString fromName;    // shown in the From header, may be empty
    int timeoutSeconds = 20;

    [[nodiscard]] bool isSmtps() const { return url.startsWith(u"smtps://", Qt::CaseInsensitive); }

    // Reads the keys smtp_url, smtp_tls (none, starttls, starttls-if-offered), smtp_user,
    // smtp_password, smtp_timeout (seconds), mail_from and mail_from_name; other keys are ignored.
    // On a bad or missing value returns nothing and sets *error to a sentence naming the key.
    [[nodiscard]] static std::optional<SmtpSettings> parse(const QHash<QString, QString> &values,
                                                           QString *error);
    [[nodiscard]] static std::optional<SmtpSettings> parse(const QVariantMap &values, QString *error);

    // The key of a Tls value in smtp_tls, and back (any case).
    [[nodiscard]] static QString tlsKey(Tls tls);
    [[nodiscard]] static std::optional<Tls> tlsFromKey(const QString &key);
};

} // namespace Accueil
