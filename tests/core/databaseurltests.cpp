#include "catch.h"
#include "fixtures.h"
#include "store/databaseurl.h"

#include <tuple>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

// Parses text that must be refused and returns the error.
StoreError refused(const QString &text)
{
    INFO("URL: " << text.toStdString());
    const std::optional<StoreError> error = storeErrorFrom([&] { std::ignore = DatabaseUrl::parse(text); });
    REQUIRE(error);
    return *error;
}

} // namespace

TEST_CASE("A SQLite URL names a file", "[unit][url]")
{
    const DatabaseUrl absolute = DatabaseUrl::parse(u"sqlite:/var/lib/accueil/centre.sqlite"_s);
    CHECK(absolute.backend() == DatabaseUrl::Backend::Sqlite);
    CHECK(absolute.path() == u"/var/lib/accueil/centre.sqlite"_s);
    CHECK(absolute.displayString() == u"sqlite:/var/lib/accueil/centre.sqlite"_s);

    CHECK(DatabaseUrl::parse(u"sqlite:data/centre.sqlite"_s).path() == u"data/centre.sqlite"_s);
    CHECK(DatabaseUrl::parse(u"sqlite:///srv/centre.sqlite"_s).path() == u"/srv/centre.sqlite"_s);
    CHECK(DatabaseUrl::parse(u"  sqlite:/tmp/a b.sqlite \n"_s).path() == u"/tmp/a b.sqlite"_s);
}

TEST_CASE("A PostgreSQL URL gives every part, the password percent-decoded", "[unit][url]")
{
    const DatabaseUrl url = DatabaseUrl::parse(
            u"postgresql://accueil:s%40cr%C3%A9t%2F%3A%25x@db.centre.lan:5433/maison_sante"_s);
    CHECK(url.backend() == DatabaseUrl::Backend::Postgres);
    CHECK(url.user() == u"accueil"_s);
    CHECK(url.password() == u"s@crét/:%x"_s);
    CHECK(url.host() == u"db.centre.lan"_s);
    CHECK(url.port() == 5433);
    CHECK(url.databaseName() == u"maison_sante"_s);
    CHECK(url.options().isEmpty());

    SECTION("displayString hides the password")
    {
        const QString shown = url.displayString();
        CHECK(shown == u"postgresql://accueil@db.centre.lan:5433/maison_sante"_s);
        CHECK_FALSE(shown.contains(u"cr"_s));
        CHECK_FALSE(shown.contains(u"%40"_s));
    }

    SECTION("withDatabaseName keeps the server and the credentials")
    {
        const DatabaseUrl other = url.withDatabaseName(u"accueil_t_1"_s);
        CHECK(other.databaseName() == u"accueil_t_1"_s);
        CHECK(other.host() == url.host());
        CHECK(other.port() == url.port());
        CHECK(other.user() == url.user());
        CHECK(other.password() == url.password());
        CHECK(url.databaseName() == u"maison_sante"_s);
    }
}

TEST_CASE("PostgreSQL URL defaults and options", "[unit][url]")
{
    const DatabaseUrl plain = DatabaseUrl::parse(u"postgres://localhost/accueil"_s);
    CHECK(plain.backend() == DatabaseUrl::Backend::Postgres);
    CHECK(plain.port() == 5432);
    CHECK(plain.user().isEmpty());
    CHECK(plain.password().isEmpty());
    CHECK(plain.displayString() == u"postgresql://localhost:5432/accueil"_s);

    const DatabaseUrl withOptions = DatabaseUrl::parse(
            u"postgresql://u@127.0.0.1/accueil?sslmode=require&application_name=desk%201"_s);
    CHECK(withOptions.databaseName() == u"accueil"_s);
    CHECK(withOptions.options() == u"sslmode=require;application_name=desk 1"_s);
}

TEST_CASE("Database URLs that cannot work are refused with a sentence", "[unit][url]")
{
    using Kind = StoreError::Kind;

    SECTION("empty")
    {
        for (const QString &text : {QString(), u""_s, u"   "_s}) {
            const StoreError error = refused(text);
            CHECK(error.kind() == Kind::InvalidUrl);
            CHECK(error.message().contains(u"No database given"_s));
        }
    }
    SECTION("unknown scheme")
    {
        const StoreError error = refused(u"mysql://root@localhost/accueil"_s);
        CHECK(error.kind() == Kind::InvalidUrl);
        CHECK(error.message().contains(u"mysql://root@localhost/accueil"_s));
        CHECK(error.message().contains(u"postgresql://"_s)); // says what is expected
        CHECK(refused(u"/var/lib/accueil/centre.sqlite"_s).kind() == Kind::InvalidUrl);
        CHECK(refused(u"sqlite3:/tmp/x"_s).kind() == Kind::InvalidUrl);
    }
    SECTION("no database name")
    {
        for (const QString &text :
             {u"postgresql://accueil@db.lan:5432/"_s, u"postgresql://accueil@db.lan:5432"_s,
              u"postgresql://accueil@db.lan/a/b"_s}) {
            const StoreError error = refused(text);
            CHECK(error.kind() == Kind::InvalidUrl);
            CHECK(error.message().contains(u"database"_s));
        }
    }
    SECTION("no host, no SQLite path, bad port")
    {
        CHECK(refused(u"postgresql:///accueil"_s).kind() == Kind::InvalidUrl);
        CHECK(refused(u"sqlite:"_s).kind() == Kind::InvalidUrl);
        CHECK(refused(u"postgresql://u@db.lan:99999/accueil"_s).kind() == Kind::InvalidUrl);
    }
    SECTION("every refusal is a readable message")
    {
        const StoreError error = refused(u"ftp://x"_s);
        CHECK(error.message().size() > 20);
        CHECK(QString::fromStdString(error.what()) == error.message());
    }
}
