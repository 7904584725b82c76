#include "apifixture.h"

#include "catch.h"

using namespace Qt::StringLiterals;

namespace Accueil::Test {

ApiFixture::ApiFixture(BookingServerOptions options)
{
    options.passwordStrength = PasswordHasher::Strength::Minimum;
    server = std::make_unique<BookingServer>(database.url(), clock, options);
    port = server->listen(QHostAddress::LocalHost, 0);
    INFO(server->errorString().toStdString());
    REQUIRE(port != 0);
}

ApiFixture::~ApiFixture() = default;

std::unique_ptr<ApiClient> ApiFixture::browser()
{
    auto client = std::make_unique<ApiClient>(port, server->usesTls() ? u"https"_s : u"http"_s);
    const ApiResponse first = client->get(u"/api/v1/centre"_s);
    REQUIRE(first.status == 200);
    REQUIRE_FALSE(client->cookie(u"accueil_csrf"_s).isEmpty());
    return client;
}

std::unique_ptr<ApiClient> ApiFixture::loggedIn(const QString &email, const Patient &holder)
{
    addAccount(email, holder);
    auto client = browser();
    client->login(email, testPassword);
    return client;
}

QString ApiFixture::lastToken(const QString &kind)
{
    const std::vector<OutgoingMail> found = store->select<OutgoingMail>(u"kind = ?"_s, {kind}, u"id DESC"_s);
    REQUIRE_FALSE(found.empty());
    return tokenIn(found.front(), kind);
}

} // namespace Accueil::Test
