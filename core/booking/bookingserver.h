#pragma once

#include "auth/passwordhasher.h"
#include "store/databaseurl.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Accueil {

class BookingApi;
class Clock;
class HttpFrontend;
class Store;

struct BookingServerOptions
{
    // The names the server answers to (Host header, Origin); empty: the listen address,
    // localhost and 127.0.0.1, with the port.
    QStringList hostNames;
    // Where patients reach the page, for the links in e-mails; empty: the first host name.
    QString siteUrl;
    // HTTPS from these PEM files when both are set (the certificate file may hold the chain).
    QString certificateFile;
    QString privateKeyFile;
    // Reverse proxies in front (nginx on the same host: 127.0.0.1): their X-Forwarded-For gives
    // the patient's address. With an https public address behind a proxy, cookies get Secure.
    QList<QHostAddress> trustedProxies;
    PasswordHasher::Strength passwordStrength = PasswordHasher::Strength::Interactive;
    // Catalogue answers kept until the store or the minute moves (ReadCache); off only to measure.
    bool cacheReads = true;
};

// The patients' booking page and its JSON API (docs/booking-api.md) over the centre's store:
// the page and its assets from the compiled-in resources, the API through BookingApi. Lives in
// the thread that creates it, with its own database connection.
class BookingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingServer)

public:
    // Opens its own connection to the store (one connection per thread). Throws StoreError.
    BookingServer(const DatabaseUrl &url, const Clock &clock, BookingServerOptions options = {},
                  QObject *parent = nullptr);
    ~BookingServer() override;

    // Returns the port listened on, or 0 with errorString() set (port in use, unreadable
    // certificate or key).
    quint16 listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool usesTls() const;
    // "https://rdv.example.org": known once listening.
    [[nodiscard]] QString siteUrl() const;

private:
    [[nodiscard]] bool setUpTls();

    BookingServerOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BookingApi> m_api;
    HttpFrontend *m_http;
    QString m_error;
};

// Parses "ADDRESS:PORT" (e.g. 127.0.0.1:8080); returns false on a malformed value.
[[nodiscard]] bool parseListenAddress(const QString &text, QHostAddress &address, quint16 &port);

} // namespace Accueil
