// HTTPS from certificate files: the same API, cookies marked Secure.
#include "apifixture.h"
#include "catch.h"

#include <QFile>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

BookingServerOptions tlsOptions()
{
    BookingServerOptions options;
    options.certificateFile = QStringLiteral(ACCUEIL_TLS_TEST_DIR "/tls-test.crt");
    options.privateKeyFile = QStringLiteral(ACCUEIL_TLS_TEST_DIR "/tls-test.key");
    return options;
}

} // namespace

TEST_CASE("Under TLS the cookies are Secure and HSTS is sent", "[api][tls]")
{
    ApiFixture f(tlsOptions());
    CHECK(f.server->usesTls());
    CHECK(f.server->siteUrl() == u"https://127.0.0.1:%1"_s.arg(f.port));
    f.addAccount(u"louise@example.org"_s, f.louise);

    ApiClient client(f.port, u"https"_s);
    // Trust the test's self-signed certificate, and nothing else.
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslCertificate::fromPath(tlsOptions().certificateFile));
    QSslConfiguration::setDefaultConfiguration(trust);

    const ApiResponse first = client.get(u"/api/v1/centre"_s);
    INFO(first.networkError.toStdString());
    REQUIRE(first.status == 200);
    CHECK(first.setCookieLine("accueil_csrf").contains("; Secure"));
    CHECK(first.header("Strict-Transport-Security") == "max-age=31536000");
    const ApiResponse login
            = client.post(u"/api/v1/session"_s, {{u"email"_s, u"louise@example.org"_s},
                                                 {u"password"_s, PortalFixture::testPassword}});
    REQUIRE(login.status == 200);
    const QByteArray session = login.setCookieLine("accueil_session");
    CHECK(session.contains("; Secure"));
    CHECK(session.contains("; HttpOnly"));
    CHECK(client.get(u"/api/v1/me"_s).status == 200);
    CHECK(client.get(u"/"_s).status == 200);

    // Plain HTTP on the TLS port gets no answer at all, and breaks nothing.
    ApiClient plain(f.port);
    CHECK(plain.get(u"/api/v1/centre"_s).status == 0);
    CHECK(client.get(u"/api/v1/centre"_s).status == 200);
    QSslConfiguration::setDefaultConfiguration(QSslConfiguration());
}

TEST_CASE("A missing or unreadable certificate is told, not served", "[api][tls]")
{
    PortalFixture f;
    BookingServerOptions options = tlsOptions();
    options.certificateFile = u"/nonexistent/cert.pem"_s;
    BookingServer missing(f.database.url(), f.clock, options);
    CHECK(missing.listen(QHostAddress::LocalHost, 0) == 0);
    CHECK(missing.errorString().contains(u"certificate"_s));

    options = tlsOptions();
    options.privateKeyFile = options.certificateFile; // a certificate is no key
    BookingServer noKey(f.database.url(), f.clock, options);
    CHECK(noKey.listen(QHostAddress::LocalHost, 0) == 0);
    CHECK(noKey.errorString().contains(u"private key"_s));
}
