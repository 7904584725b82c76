#pragma once

#include "bookingserver.h"
#include "mail/smtpsettings.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Accueil {

// The booking server's settings file (/etc/accueil/server.conf, docs/deployment.md): "key = value"
// lines, "#" or ";" comments. Read by accueil-server and by the desk serving the page itself.
class ServerSettings
{
public:
    // The keys a settings file may hold; any other is refused by name (a typo must not drop a
    // setting silently).
    [[nodiscard]] static const QStringList &knownKeys();
    // False with a sentence in `error` (the file, the line, what is wrong).
    static bool read(const QString &path, QHash<QString, QString> &values, QString &error);
    // The keys of the desk's settings file (/etc/accueil/desk.conf): database, serve, serve_config.
    [[nodiscard]] static const QStringList &deskKeys();
    // The same "key = value" format with another set of keys (the desk's desk.conf).
    static bool read(const QString &path, const QStringList &keys, QHash<QString, QString> &values,
                     QString &error);
    // migrate_on_upgrade (read by the package's upgrade script): yes/no, true/false, on/off, 1/0.
    // False with a sentence in `error` for anything else, so a typo is caught at start-up.
    static bool checkMigrateOnUpgrade(const QHash<QString, QString> &values, QString &error);
    // The e-mail settings when smtp_url is set; nullopt without it (mails wait in the outbox).
    // False with a sentence in `error` when they are set but wrong.
    static bool smtp(const QHash<QString, QString> &values, std::optional<SmtpSettings> &smtp,
                     QString &error);
    // host, public_url, tls_cert, tls_key and trusted_proxy into the server's options, the same
    // for accueil-server and the desk serving the page. False with a sentence in `error`.
    static bool bookingOptions(const QHash<QString, QString> &values, BookingServerOptions &options,
                               QString &error);
    // "a, b" → {"a", "b"}.
    [[nodiscard]] static QStringList list(const QString &text);
};

} // namespace Accueil
