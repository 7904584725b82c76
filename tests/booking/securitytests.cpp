// Cookies, CSRF, Origin and Host checks, rate limits, sizes and garbage: never a 500.
#include "apifixture.h"
#include "catch.h"
#include "portal/portalsecrets.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QTcpSocket>
#include <QTimer>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject loginBody(const QString &email, const QString &password)
{
    return {{u"email"_s, email}, {u"password"_s, password}};
}

// Writes raw bytes on a fresh connection and returns whatever the server answers before closing
// or going quiet for quietMs (garbage may get no answer at all; a request with "Connection: close"
// ends with the server closing, so give those a long wait).
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int quietMs = 1000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(socket.waitForConnected(10000));
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    // The server runs on this thread: let it work while waiting for its answer.
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    quiet.start(quietMs);
    loop.exec();
    answer += socket.readAll();
    return answer;
}

} // namespace

TEST_CASE("The CSRF cookie: set once, readable by the page, same-site only", "[api][security]")
{
    ApiFixture f;
    ApiClient client(f.port);
    const ApiResponse first = client.get(u"/api/v1/centre"_s);
    const QByteArray line = first.setCookieLine("accueil_csrf");
    REQUIRE_FALSE(line.isEmpty());
    CHECK(line.contains("; SameSite=Strict"));
    CHECK(line.contains("; Path=/"));
    CHECK_FALSE(line.contains("HttpOnly"));
    CHECK_FALSE(line.contains("Secure"));
    const QString token = client.cookie(u"accueil_csrf"_s);
    CHECK(token.size() == 43);
    // Sent back, it is not set again; errors set it too.
    CHECK(client.get(u"/api/v1/centre"_s).setCookieLine("accueil_csrf").isEmpty());
    ApiClient other(f.port);
    CHECK_FALSE(other.get(u"/api/v1/nothing"_s).setCookieLine("accueil_csrf").isEmpty());
}

TEST_CASE("The session cookie is HttpOnly, SameSite=Strict, 30 days; logging out ends it", "[api][security]")
{
    ApiFixture f;
    f.addAccount(u"louise@example.org"_s, f.louise);
    const auto client = f.browser();
    const ApiResponse login = client->post(u"/api/v1/session"_s,
                                           loginBody(u"louise@example.org"_s, PortalFixture::testPassword));
    REQUIRE(login.status == 200);
    const QByteArray line = login.setCookieLine("accueil_session");
    INFO(line.toStdString());
    CHECK(line.contains("; HttpOnly"));
    CHECK(line.contains("; SameSite=Strict"));
    CHECK(line.contains("; Path=/"));
    CHECK(line.contains("; Max-Age=2592000"));
    CHECK_FALSE(line.contains("Secure"));
    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(line);
    REQUIRE(cookies.size() == 1);
    CHECK(cookies.front().isHttpOnly());
    CHECK(cookies.front().sameSitePolicy() == QNetworkCookie::SameSite::Strict);
    // The store has its hash only.
    const QString token = client->cookie(u"accueil_session"_s);
    CHECK(f.store->count<WebSession>(u"token_hash = ?"_s, {Secrets::sha256Hex(token)}) == 1);
    CHECK(client->get(u"/api/v1/me"_s).status == 200);

    const ApiResponse logout = client->del(u"/api/v1/session"_s);
    CHECK(logout.status == 204);
    CHECK(logout.setCookieLine("accueil_session").contains("Max-Age=0"));
    CHECK(client->get(u"/api/v1/me"_s).status == 401);
    // The old token is dead even if a copy was kept.
    client->setCookie(u"accueil_session"_s, token);
    const ApiResponse stale = client->get(u"/api/v1/me"_s);
    CHECK(stale.status == 401);
    CHECK(stale.error() == u"not_logged_in"_s);
}

TEST_CASE("Every POST, PATCH and DELETE needs X-CSRF-Token equal to the cookie", "[api][security]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const QByteArray booking = ApiClient::json({{u"agendaId"_s, f.fabreAgenda.id},
                                                {u"typeId"_s, f.fabreConsultation.id},
                                                {u"start"_s, u"2026-06-17T10:15:00+02:00"_s}});
    const auto refused
            = [&](const QByteArray &method, const QString &path, const ApiClient::Options &options) {
                  const ApiResponse response = client->send(method, path, booking, options);
                  CHECK(response.status == 403);
                  CHECK(response.error() == u"csrf"_s);
              };
    ApiClient::Options noHeader;
    noHeader.csrfHeader = false;
    refused("POST", u"/api/v1/bookings"_s, noHeader);
    refused("PATCH", u"/api/v1/bookings/1"_s, noHeader);
    refused("DELETE", u"/api/v1/bookings/1"_s, noHeader);
    refused("DELETE", u"/api/v1/session"_s, noHeader);
    refused("POST", u"/api/v1/session"_s, noHeader);
    ApiClient::Options wrong;
    wrong.csrfHeader = false;
    wrong.headers = {{"X-CSRF-Token", "not-the-cookie"}};
    refused("POST", u"/api/v1/bookings"_s, wrong);
    ApiClient::Options almost;
    almost.csrfHeader = false;
    almost.headers = {{"X-CSRF-Token", client->cookie(u"accueil_csrf"_s).chopped(1).toLatin1()}};
    refused("POST", u"/api/v1/bookings"_s, almost);
    CHECK(f.store->count<Appointment>() == 0);
    CHECK(client->get(u"/api/v1/me"_s).status == 200); // still logged in

    SECTION("without the cookie, the header alone is not enough")
    {
        const QString token = client->cookie(u"accueil_csrf"_s);
        const QString session = client->cookie(u"accueil_session"_s);
        client->clearCookies();
        client->setCookie(u"accueil_session"_s, session);
        ApiClient::Options headerOnly;
        headerOnly.csrfHeader = false;
        headerOnly.headers = {{"X-CSRF-Token", token.toLatin1()}};
        refused("POST", u"/api/v1/bookings"_s, headerOnly);
    }
    SECTION("with both, it goes through")
    {
        CHECK(client->send("POST", u"/api/v1/bookings"_s, booking, {}).status == 201);
    }
}

TEST_CASE("A request from another origin is refused like a CSRF", "[api][security]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    ApiClient::Options foreign;
    foreign.headers = {{"Origin", "https://evil.example"}};
    const ApiResponse post = client->send(
            "POST", u"/api/v1/messages"_s,
            ApiClient::json({{u"category"_s, u"question"_s}, {u"text"_s, u"Bonjour"_s}}), foreign);
    CHECK(post.status == 403);
    CHECK(post.error() == u"csrf"_s);
    const ApiResponse get = client->get(u"/api/v1/bookings"_s, foreign);
    CHECK(get.status == 403);
    CHECK(get.error() == u"csrf"_s);
    ApiClient::Options null;
    null.headers = {{"Origin", "null"}};
    CHECK(client->get(u"/api/v1/me"_s, null).status == 403);
    ApiClient::Options ownPortElsewhere;
    ownPortElsewhere.headers = {{"Origin", "http://127.0.0.1:" + QByteArray::number(f.port + 1)}};
    CHECK(client->get(u"/api/v1/me"_s, ownPortElsewhere).status == 403);

    ApiClient::Options own;
    own.headers = {{"Origin", "http://127.0.0.1:" + QByteArray::number(f.port)}};
    CHECK(client->get(u"/api/v1/me"_s, own).status == 200);
    own.headers = {{"Origin", "http://localhost:" + QByteArray::number(f.port)}};
    CHECK(client->send("POST", u"/api/v1/messages"_s,
                       ApiClient::json({{u"category"_s, u"question"_s}, {u"text"_s, u"Bonjour"_s}}), own)
                  .status
          == 201);
}

TEST_CASE("The Host header must be one of the server's names", "[api][security]")
{
    SECTION("by default: the listen address, localhost and 127.0.0.1 with the port")
    {
        ApiFixture f;
        ApiClient client(f.port);
        const QByteArray port = QByteArray::number(f.port);
        for (const QByteArray &host :
             QList<QByteArray>{"localhost:" + port, "LOCALHOST:" + port, "127.0.0.1:" + port}) {
            ApiClient::Options options;
            options.headers = {{"Host", host}};
            CHECK(client.get(u"/api/v1/centre"_s, options).status == 200);
        }
        for (const QByteArray &host :
             QList<QByteArray>{"evil.example", "127.0.0.1", "localhost:1", "rebind.example:" + port}) {
            INFO(host.toStdString());
            ApiClient::Options options;
            options.headers = {{"Host", host}};
            const ApiResponse response = client.get(u"/api/v1/centre"_s, options);
            CHECK(response.status == 403);
            CHECK(response.error() == u"bad_host"_s);
        }
        // The page itself too: a rebinding page gets nothing.
        ApiClient::Options evil;
        evil.headers = {{"Host", "evil.example"}};
        CHECK(client.get(u"/"_s, evil).status == 403);
    }
    SECTION("configured names replace them")
    {
        BookingServerOptions options;
        options.hostNames = {u"rdv.tilleuls.example"_s};
        ApiFixture f(options);
        ApiClient client(f.port);
        ApiClient::Options named;
        named.headers = {{"Host", "rdv.tilleuls.example"}};
        CHECK(client.get(u"/api/v1/centre"_s, named).status == 200);
        named.headers = {{"Host", "rdv.tilleuls.example:" + QByteArray::number(f.port)}};
        CHECK(client.get(u"/api/v1/centre"_s, named).status == 200);
        CHECK(client.get(u"/api/v1/centre"_s).status == 403); // 127.0.0.1:port
        CHECK(f.server->siteUrl() == u"http://rdv.tilleuls.example"_s);
    }
}

TEST_CASE("Logins: 5 failures per address in 15 minutes, 20 per client", "[api][security]")
{
    ApiFixture f;
    f.addAccount(u"louise@example.org"_s, f.louise);
    const auto client = f.browser();
    for (int i = 0; i < 5; ++i) {
        const ApiResponse wrong
                = client->post(u"/api/v1/session"_s, loginBody(u"louise@example.org"_s, u"wrong password"_s));
        CHECK(wrong.status == 401);
        CHECK(wrong.error() == u"bad_credentials"_s);
    }
    // Even the right password waits now.
    const ApiResponse limited = client->post(u"/api/v1/session"_s,
                                             loginBody(u"LOUISE@example.org"_s, PortalFixture::testPassword));
    CHECK(limited.status == 429);
    CHECK(limited.error() == u"rate_limited"_s);
    CHECK(limited.header("Retry-After") == "900");
    CHECK(limited.message() == u"Trop de tentatives\u00a0; veuillez réessayer dans 15 minutes."_s);
    f.clock.advance(600);
    CHECK(client->post(u"/api/v1/session"_s, loginBody(u"louise@example.org"_s, PortalFixture::testPassword))
                  .header("Retry-After")
          == "300");
    // Another address is not held back by Louise's.
    f.addAccount(u"helene@example.org"_s, f.helene);
    CHECK(client->post(u"/api/v1/session"_s, loginBody(u"helene@example.org"_s, PortalFixture::testPassword))
                  .status
          == 200);
    f.clock.advance(300);
    CHECK(client->post(u"/api/v1/session"_s, loginBody(u"louise@example.org"_s, PortalFixture::testPassword))
                  .status
          == 200);

    SECTION("20 failures from one client, whatever the addresses")
    {
        for (int i = 0; i < 20; ++i) {
            const ApiResponse wrong
                    = client->post(u"/api/v1/session"_s,
                                   loginBody(u"guess%1@example.org"_s.arg(i / 4), u"wrong password"_s));
            CHECK(wrong.status == 401);
        }
        const ApiResponse held = client->post(
                u"/api/v1/session"_s, loginBody(u"helene@example.org"_s, PortalFixture::testPassword));
        CHECK(held.status == 429);
        CHECK(held.header("Retry-After").toInt() == 900);
    }
}

TEST_CASE("Sign-ups and reset requests: 10 an hour per client", "[api][security]")
{
    ApiFixture f;
    const auto client = f.browser();
    for (int i = 0; i < 10; ++i) {
        const ApiResponse response = client->post(u"/api/v1/accounts"_s, {{u"email"_s, u"bad"_s}});
        CHECK(response.status == 400); // no password: refused, but counted
    }
    const ApiResponse limited = client->post(u"/api/v1/accounts"_s, {{u"email"_s, u"bad"_s}});
    CHECK(limited.status == 429);
    CHECK(limited.header("Retry-After") == "3600");
    for (int i = 0; i < 10; ++i)
        CHECK(client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"x@example.org"_s}}).status
              == 202);
    CHECK(client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"x@example.org"_s}}).status
          == 429);
    f.clock.advance(3600);
    CHECK(client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"x@example.org"_s}}).status
          == 202);
}

TEST_CASE("Bodies over 16 KiB are refused with 413, whatever they hold", "[api][security]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const QByteArray prefix = "{\"category\":\"question\",\"text\":\"";
    const QByteArray suffix = "\"}";
    // Exactly 16 KiB: read (and refused for its text's length, 422).
    const QByteArray limit = prefix + QByteArray(16384 - prefix.size() - suffix.size(), 'a') + suffix;
    REQUIRE(limit.size() == 16384);
    const ApiResponse atLimit = client->send("POST", u"/api/v1/messages"_s, limit, {});
    CHECK(atLimit.status == 422);
    const ApiResponse over = client->send("POST", u"/api/v1/messages"_s, limit + ' ', {});
    CHECK(over.status == 413);
    CHECK(over.error() == u"too_large"_s);
    const ApiResponse huge
            = client->send("POST", u"/api/v1/bookings"_s, QByteArray(4 * 1024 * 1024, '{'), {});
    CHECK(huge.status == 413);
    CHECK(f.store->count<Message>() == 0);
    CHECK(client->get(u"/api/v1/me"_s).status == 200);
}

TEST_CASE("Bad JSON, wrong types and garbage: 400s, never a 500, never a crash", "[api][security]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const QList<QByteArray> bodies{
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"agendaId\": \"5\"}",
            "{\"agendaId\": 1.5, \"typeId\": 1, \"start\": \"2026-06-17T10:15:00+02:00\"}",
            "{\"agendaId\": -1, \"typeId\": 1, \"start\": \"2026-06-17T10:15:00+02:00\"}",
            "{\"agendaId\": 1e300, \"typeId\": 1, \"start\": \"2026-06-17T10:15:00+02:00\"}",
            "{\"agendaId\": 1, \"typeId\": 1, \"start\": \"2026-06-17T10:15:00\"}",
            "{\"agendaId\": 1, \"typeId\": 1, \"start\": \"tomorrow\"}",
            "{\"agendaId\": 1, \"typeId\": 1, \"start\": 1781683200}",
            "{\"agendaId\": 1, \"typeId\": 1, \"start\": \"2026-06-17T10:15:00+02:00\", \"patientId\": []}",
            "{\"agendaId\": 1, \"typeId\": 1, \"start\": \"2026-06-17T10:15:00+02:00\", \"reason\": 7}",
            "\xff\xfe\x00garbage",
            "{\"a\":" + QByteArray(5000, '[') + "}"};
    for (const QByteArray &body : bodies) {
        INFO(body.left(80).toStdString());
        const ApiResponse response = client->send("POST", u"/api/v1/bookings"_s, body, {});
        CHECK(response.status == 400);
        CHECK((response.error() == u"bad_json"_s || response.error() == u"bad_request"_s));
        CHECK_FALSE(response.message().isEmpty());
    }
    CHECK(client->send("POST", u"/api/v1/bookings"_s, "{", {}).error() == u"bad_json"_s);
    CHECK(client->send("POST", u"/api/v1/bookings"_s, "{\"agendaId\": \"5\"}", {})
                  .message()
                  .contains(u"agendaId"_s));
    for (const QString &path : {u"/api/v1/session"_s, u"/api/v1/accounts"_s, u"/api/v1/accounts/verify"_s,
                                u"/api/v1/accounts/password"_s, u"/api/v1/accounts/password-reset"_s,
                                u"/api/v1/me/dependants"_s, u"/api/v1/messages"_s}) {
        INFO(path.toStdString());
        CHECK(client->send("POST", path, "{\"email\": {}}", {}).status == 400);
        CHECK(client->send("POST", path, "not json", {}).status == 400);
    }
    CHECK(client->send("PATCH", u"/api/v1/bookings/1"_s, "{\"start\": null}", {}).status == 400);
    CHECK(client->get(u"/api/v1/bookings?past=perhaps"_s).status == 400);
    CHECK(f.store->count<Appointment>() == 0);

    SECTION("raw garbage on the socket leaves the server serving")
    {
        const QList<QByteArray> garbage{
                QByteArray(64 * 1024, '\0'),
                "GET /api/v1/centre HTTP/9.9\r\n\r\n",
                "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", // a TLS hello
                "POST /api/v1/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\n\r\n{",
                "GET / HTTP/1.1\r\n" + QByteArray(100 * 1024, 'X') + "\r\n\r\n",
                "BREW /coffee HTCPCP/1.0\r\n\r\n"};
        for (const QByteArray &bytes : garbage) {
            const QByteArray answer = rawExchange(f.port, bytes);
            CHECK_FALSE(answer.contains(" 500 "));
        }
        const QByteArray port = QByteArray::number(f.port);
        const QByteArray unknownMethod
                = rawExchange(f.port, "BREW /api/v1/centre HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
        CHECK_FALSE(unknownMethod.contains(" 500 "));
        const QByteArray healthy = rawExchange(f.port,
                                               "GET /api/v1/centre HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                                       + "\r\nConnection: close\r\n\r\n",
                                               30000);
        CHECK(healthy.startsWith("HTTP/1.1 200"));
        CHECK(client->get(u"/api/v1/me"_s).status == 200);
    }
}

TEST_CASE("A database failure is a 503 with nothing changed, and the server recovers", "[api][security]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const QJsonObject booking{{u"agendaId"_s, f.fabreAgenda.id},
                              {u"typeId"_s, f.fabreConsultation.id},
                              {u"start"_s, u"2026-06-17T10:15:00+02:00"_s}};
    // The outbox is gone: the appointment is written, then the e-mail fails, so both go.
    f.store->database().execute(u"ALTER TABLE outgoing_mail RENAME TO outgoing_mail_away"_s);
    const WriteTrace before = WriteTrace::of(*f.store, u"appointment"_s);
    const ApiResponse failed = client->post(u"/api/v1/bookings"_s, booking);
    CHECK(failed.status == 503);
    CHECK(failed.error() == u"unavailable"_s);
    CHECK(failed.message().contains(u"rien n'a été modifié"_s));
    CHECK_FALSE(failed.message().contains(u"outgoing_mail"_s)); // no SQL for the patient
    CHECK(WriteTrace::of(*f.store, u"appointment"_s) == before);

    f.store->database().execute(u"ALTER TABLE outgoing_mail_away RENAME TO outgoing_mail"_s);
    CHECK(client->post(u"/api/v1/bookings"_s, booking).status == 201);
    CHECK(f.store->count<OutgoingMail>(u"kind = 'confirmation'"_s) == 1);
}

TEST_CASE("A lost PostgreSQL connection is a 503, then the server reconnects", "[api][security][pgonly]")
{
    ApiFixture f;
    REQUIRE(f.database.isPostgres());
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    f.store->database().execute(u"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s);
    const ApiResponse lost = client->get(u"/api/v1/bookings"_s);
    CHECK(lost.status == 503);
    CHECK(lost.error() == u"unavailable"_s);
    const ApiResponse back = client->get(u"/api/v1/bookings"_s);
    CHECK(back.status == 200);
}

TEST_CASE("Behind a trusted proxy, limits count each patient's address; otherwise X-Forwarded-For is ignored",
          "[api][security]")
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"email"_s, u"bad"_s}}).toJson(QJsonDocument::Compact);
    const auto signUpFrom = [&](ApiClient &client, const QByteArray &patient) {
        ApiClient::Options options;
        options.headers = {{"X-Forwarded-For", "203.0.113.9, " + patient}};
        return client.send("POST", u"/api/v1/accounts"_s, body, options).status;
    };
    SECTION("the proxy on loopback is trusted")
    {
        BookingServerOptions options;
        options.trustedProxies = {QHostAddress::LocalHost};
        ApiFixture f(options);
        const auto client = f.browser();
        for (int i = 0; i < 10; ++i)
            CHECK(signUpFrom(*client, "198.51.100.1") == 400);
        CHECK(signUpFrom(*client, "198.51.100.1") == 429);
        // Another patient behind the same proxy is not held back; the first hop is not believed.
        CHECK(signUpFrom(*client, "198.51.100.2") == 400);
    }
    SECTION("no proxy is trusted: the header changes nothing")
    {
        ApiFixture f;
        const auto client = f.browser();
        for (int i = 0; i < 10; ++i)
            CHECK(signUpFrom(*client, QByteArray("198.51.100.") + QByteArray::number(i)) == 400);
        CHECK(signUpFrom(*client, "198.51.100.99") == 429);
    }
}

TEST_CASE("An https public address behind a proxy makes the cookies Secure", "[api][security]")
{
    BookingServerOptions options;
    options.siteUrl = u"https://rdv.example.org"_s;
    ApiFixture f(options);
    ApiClient fresh(f.port); // no CSRF cookie yet: the answer sets one
    const ApiResponse page = fresh.get(u"/api/v1/centre"_s);
    CHECK(page.setCookieLine("accueil_csrf").contains("; Secure"));
}
