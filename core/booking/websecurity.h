#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Accueil {

// The names the server answers to. A request whose Host header is not one of them is refused
// (DNS rebinding); a request carrying an Origin that is not one of them too (CSRF).
class HostPolicy
{
public:
    HostPolicy() = default;
    // names: "rdv.example.org" or "rdv.example.org:8443"; a name without a port also matches
    // with the server's port.
    HostPolicy(const QStringList &names, quint16 port);
    // The listen address, localhost and 127.0.0.1, with the port ("[::1]:8080" for IPv6).
    [[nodiscard]] static QStringList defaultNames(const QHostAddress &address, quint16 port);

    [[nodiscard]] bool allowsHost(const QByteArray &host) const;
    // "https://rdv.example.org": either scheme (behind a TLS proxy the server itself speaks HTTP).
    [[nodiscard]] bool allowsOrigin(const QByteArray &origin) const;

private:
    QStringList m_names; // lower case, each with and without the port
};

// The two cookies of the booking page.
struct Cookies
{
    static inline const QString session = QStringLiteral("accueil_session");
    static inline const QString csrf = QStringLiteral("accueil_csrf");

    [[nodiscard]] static QByteArray sessionCookie(const QString &token, bool secure);
    [[nodiscard]] static QByteArray endedSessionCookie(bool secure);
    // Readable by the page's script, which sends it back as X-CSRF-Token.
    [[nodiscard]] static QByteArray csrfCookie(const QString &token, bool secure);
};

// Compares two secrets in a time that does not depend on where they differ.
[[nodiscard]] bool sameSecret(const QByteArray &a, const QByteArray &b);

} // namespace Accueil
