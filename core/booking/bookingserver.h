#pragma once

#include "store/databaseurl.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace Accueil {

class Clock;
class Store;

// The patients' booking page and its JSON API over the centre's store. This first slice serves
// the centre's public card; the booking journey itself comes with the booking-page issue.
class BookingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingServer)

public:
    // Opens its own connection to the store (one connection per thread). Throws StoreError.
    BookingServer(const DatabaseUrl &url, const Clock &clock, QObject *parent = nullptr);
    ~BookingServer() override;

    // Returns the port listened on, or 0 with errorString() set.
    quint16 listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    void setUpRoutes();

    std::unique_ptr<Store> m_store;
    QHttpServer *m_http;
    QString m_error;
};

// Parses "ADDRESS:PORT" (e.g. 127.0.0.1:8080); returns false on a malformed value.
[[nodiscard]] bool parseListenAddress(const QString &text, QHostAddress &address, quint16 &port);

} // namespace Accueil
