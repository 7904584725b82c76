#include "testdatabase.h"

#include "catch.h"
#include "fixtures.h"
#include "store/schema.h"

#include <QRandomGenerator>

#include <iostream>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

DatabaseUrl::Backend testBackend()
{
    const QString name = qEnvironmentVariable("ACCUEIL_TEST_BACKEND").trimmed().toLower();
    if (name.isEmpty() || name == u"sqlite")
        return DatabaseUrl::Backend::Sqlite;
    if (name == u"postgres" || name == u"postgresql")
        return DatabaseUrl::Backend::Postgres;
    FAIL("ACCUEIL_TEST_BACKEND is \"" << name.toStdString() << "\": use sqlite or postgres.");
    return DatabaseUrl::Backend::Sqlite;
}

TestDatabase::TestDatabase()
{
    if (testBackend() == DatabaseUrl::Backend::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        REQUIRE(m_dir->isValid());
        m_url = DatabaseUrl::parse(u"sqlite:"_s + m_dir->filePath(u"accueil.sqlite"_s));
        return;
    }

    const QString server = qEnvironmentVariable("ACCUEIL_TEST_PG").trimmed();
    if (server.isEmpty()) {
        FAIL("ACCUEIL_TEST_BACKEND=postgres but ACCUEIL_TEST_PG is not set: point it at a PostgreSQL "
             "server the tests may create databases on, e.g. "
             "ACCUEIL_TEST_PG=postgresql://postgres@127.0.0.1:5432/postgres (scripts/test starts one).");
    }
    m_serverUrl = DatabaseUrl::parse(server);
    if (m_serverUrl.backend() != DatabaseUrl::Backend::Postgres)
        FAIL("ACCUEIL_TEST_PG must be a postgresql:// URL, not " << server.toStdString());

    // Unquoted identifier: lower-case letters and digits only.
    const QString name = u"accueil_t_"_s + QString::number(QRandomGenerator::system()->generate64(), 36);
    const auto admin = Database::open(m_serverUrl);
    // template0 with an explicit encoding: the same database whatever the server's defaults.
    admin->execute(u"CREATE DATABASE "_s + name
                   + u" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s);
    m_url = m_serverUrl.withDatabaseName(name);
}

TestDatabase::~TestDatabase()
{
    if (!isPostgres())
        return; // QTemporaryDir removes the file
    try {
        const auto admin = Database::open(m_serverUrl);
        admin->execute(u"DROP DATABASE IF EXISTS "_s + m_url.databaseName() + u" WITH (FORCE)"_s);
    } catch (const std::exception &error) {
        std::cerr << "warning: could not drop the test database " << m_url.databaseName().toStdString()
                  << ": " << error.what() << '\n';
    }
}

std::unique_ptr<Database> TestDatabase::openDatabase() const
{
    return Database::open(m_url, Database::Create::Yes);
}

std::unique_ptr<Store> TestDatabase::openStore(const Clock &clock) const
{
    auto db = openDatabase();
    Schema::migrate(*db);
    return std::make_unique<Store>(std::move(db), clock);
}

StoreFixture::StoreFixture() : clock(testNow()), store(database.openStore(clock)) {}

StoreFixture::~StoreFixture() = default;

} // namespace Accueil::Test
