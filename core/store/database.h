#pragma once

#include "databaseurl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <utility>

class QSqlError;

namespace Accueil {

// One open connection to the centre's database, used from the thread that opened it (each thread
// opens its own). Wraps QtSql so that every failure becomes a typed StoreError.
class Database
{
public:
    using Backend = DatabaseUrl::Backend;

    enum class Create {
        No,
        Yes
    }; // whether a missing SQLite file may be created

    // Throws StoreError(Connection / NoDatabase) with a sentence naming the problem.
    [[nodiscard]] static std::unique_ptr<Database> open(const DatabaseUrl &url, Create create = Create::No);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] Backend backend() const { return m_url.backend(); }
    [[nodiscard]] bool isPostgres() const { return backend() == Backend::Postgres; }
    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] QSqlDatabase handle() const;

    // A query prepared once per connection and reused (hot paths: inserts while seeding, week reads).
    [[nodiscard]] QSqlQuery &prepared(const QString &sql);
    // A fresh prepared query.
    [[nodiscard]] QSqlQuery prepare(const QString &sql);
    // Runs a prepared query with its bound values; throws a typed StoreError on failure.
    void exec(QSqlQuery &query);
    // Runs one statement without parameters.
    void execute(const QString &sql);
    // Runs a query with positional values and returns it positioned before the first row.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // The same through the per-connection cache of prepared queries (call finish() when done).
    QSqlQuery &runPrepared(const QString &sql, const QVariantList &values = {});
    // "?, ?, ?" for an IN list or a VALUES tuple of count values.
    [[nodiscard]] static QString placeholders(qsizetype count);

    [[nodiscard]] bool hasTable(const QString &name);

    // Closes and opens the connection again (after the server went away); throws StoreError
    // (Connection) while it is still unreachable.
    void reconnect();

    // Transactions nest: only the outermost one begins and commits. SQLite writers take the lock
    // up front (BEGIN IMMEDIATE) so two desks never deadlock upgrading a read lock.
    void begin();
    void commit();
    void rollback();
    [[nodiscard]] int transactionDepth() const { return m_depth; }

    [[nodiscard]] QString describe(const QSqlError &error) const;
    [[noreturn]] void fail(const QSqlError &error, const QString &context) const;

private:
    explicit Database(DatabaseUrl url);
    void connect();

    DatabaseUrl m_url;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_cache;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

// Commits on commit(), rolls back when left by an exception or an early return.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(&db) { m_db->begin(); }
    ~Transaction()
    {
        if (m_db)
            m_db->rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit()
    {
        // Released first: a failed commit has already rolled back, the destructor must not again.
        std::exchange(m_db, nullptr)->commit();
    }

private:
    Database *m_db;
};

} // namespace Accueil
