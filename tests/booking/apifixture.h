#pragma once

#include "apiclient.h"
#include "bookingserver.h"
#include "portalfixture.h"

#include <memory>

namespace Accueil::Test {

// The small centre of PortalFixture served over real HTTP: a BookingServer with its own
// connection to the same database, listening on 127.0.0.1 on a free port, and clients talking to
// it with QNetworkAccessManager. The server runs on this thread's event loop, which the clients'
// waits turn.
struct ApiFixture : PortalFixture
{
    explicit ApiFixture(BookingServerOptions options = {});
    ~ApiFixture();
    Q_DISABLE_COPY_MOVE(ApiFixture)

    // A new browser that has loaded the page once (it holds its CSRF cookie).
    [[nodiscard]] std::unique_ptr<ApiClient> browser();
    // A browser logged into a new verified account of the holder (password testPassword).
    [[nodiscard]] std::unique_ptr<ApiClient> loggedIn(const QString &email, const Patient &holder);
    // The token in the link of the last e-mail of that kind ("verify", "reset").
    [[nodiscard]] QString lastToken(const QString &kind);

    std::unique_ptr<BookingServer> server;
    quint16 port = 0;
};

} // namespace Accueil::Test
