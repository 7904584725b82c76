#pragma once

#include "clock.h"
#include "store/database.h"
#include "store/databaseurl.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <memory>

namespace Accueil::Test {

// The backend named by ACCUEIL_TEST_BACKEND: "sqlite" (also when unset) or "postgres".
// Fails the running test on any other value.
[[nodiscard]] DatabaseUrl::Backend testBackend();

// A fresh, empty database that exists for the lifetime of the object, on the backend chosen by
// ACCUEIL_TEST_BACKEND:
// - sqlite: a file in a temporary directory;
// - postgres: a database "accueil_t_<random>" created on the server named by ACCUEIL_TEST_PG
//   (postgresql://user@host:port/maintenance-db) and dropped, connections and all, on destruction.
// Fails the running test (never skips) when PostgreSQL is asked for without ACCUEIL_TEST_PG.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] DatabaseUrl::Backend backend() const { return m_url.backend(); }
    [[nodiscard]] bool isPostgres() const { return backend() == DatabaseUrl::Backend::Postgres; }

    // A new connection (the SQLite file is created on first use); no schema is applied.
    [[nodiscard]] std::unique_ptr<Database> openDatabase() const;
    // A new connection, migrated to the latest schema, wrapped in a Store.
    [[nodiscard]] std::unique_ptr<Store> openStore(const Clock &clock) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir; // sqlite
    DatabaseUrl m_serverUrl;              // postgres: where to create and drop the database
    DatabaseUrl m_url;
};

// The usual start of a store test: a fixed clock, a fresh database and a migrated store on it.
struct StoreFixture
{
    StoreFixture();
    ~StoreFixture();
    Q_DISABLE_COPY_MOVE(StoreFixture)

    ManualClock clock;
    TestDatabase database;
    std::unique_ptr<Store> store;
};

} // namespace Accueil::Test
