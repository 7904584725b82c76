// The booking page and its assets, from the compiled-in resources; nothing else.
#include "apifixture.h"
#include "catch.h"

#include <QFile>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("GET / serves the booking page with a strict content policy", "[api][page]")
{
    ApiFixture f;
    const auto client = f.browser();
    const ApiResponse page = client->get(u"/"_s);
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Type") == "text/html; charset=utf-8");
    QFile resource(u":/booking/index.html"_s);
    REQUIRE(resource.open(QIODevice::ReadOnly));
    CHECK(page.body == resource.readAll());
    CHECK(page.body.contains("<html"));
    const QByteArray policy = page.header("Content-Security-Policy");
    CHECK(policy.contains("script-src 'self'"));
    CHECK(policy.contains("frame-ancestors 'none'"));
    CHECK(page.header("X-Content-Type-Options") == "nosniff");
    CHECK(page.header("X-Frame-Options") == "DENY");
}

TEST_CASE("GET /assets/<name> serves the page's files with their type", "[api][page]")
{
    ApiFixture f;
    const auto client = f.browser();
    const ApiResponse css = client->get(u"/assets/app.css"_s);
    CHECK(css.status == 200);
    CHECK(css.header("Content-Type") == "text/css; charset=utf-8");
    const ApiResponse js = client->get(u"/assets/app.js"_s);
    CHECK(js.status == 200);
    CHECK(js.header("Content-Type") == "text/javascript; charset=utf-8");
    CHECK_FALSE(js.body.isEmpty());
}

TEST_CASE("Anything else is a 404 in JSON, never a file outside the page's", "[api][page]")
{
    ApiFixture f;
    const auto client = f.browser();
    for (const QString &path :
         {u"/assets/missing.js"_s, u"/assets/"_s, u"/assets/.hidden"_s, u"/assets/..%2Fbooking.qrc"_s,
          u"/assets/%2e%2e%2fbooking.qrc"_s, u"/assets/sub/app.js"_s, u"/assets/..%5Capp.js"_s,
          u"/index.html"_s, u"/booking.qrc"_s, u"/api/v1"_s, u"/api/v1/nothing"_s, u"/api/v2/centre"_s,
          u"/api/v1/bookings/0"_s, u"/api/v1/bookings/-1"_s, u"/api/v1/centre/"_s}) {
        INFO(path.toStdString());
        const ApiResponse response = client->get(path);
        CHECK(response.status == 404);
        CHECK(response.error() == u"not_found"_s);
        CHECK(response.header("Content-Type") == "application/json; charset=utf-8");
    }
    // A known path with a method it does not take.
    CHECK(client->send("PUT", u"/api/v1/centre"_s, "{}", {}).status == 404);
    CHECK(client->del(u"/api/v1/centre"_s).status == 404);
    CHECK(client->post(u"/"_s, {}).status == 404);
}
