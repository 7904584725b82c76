#include "database.h"

#include "storeerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"accueil-"_s + QString::number(++counter);
}

StoreError::Kind kindOf(const QSqlError &error, Database::Backend backend)
{
    using Kind = StoreError::Kind;
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (backend == Database::Backend::Postgres) {
        if (code == u"23505")
            return Kind::UniqueViolation;
        if (code == u"23503")
            return Kind::ForeignKeyViolation;
        if (code == u"23P01")
            return Kind::SlotTaken;
        if (code == u"23502" || code == u"23514")
            return Kind::ConstraintViolation;
        if (code == u"40001" || code == u"40P01" || code == u"55P03")
            return Kind::Busy;
        if (code.startsWith(u"08") || code == u"57P01" || code == u"57P02" || code == u"57P03"
            || error.type() == QSqlError::ConnectionError)
            return Kind::Connection;
        return Kind::Query;
    }
    // SQLite: Qt tags every failed step as a ConnectionError, so classify by the result code
    // (extended when available) and by the message, which names the constraint.
    bool numeric = false;
    const int extended = code.toInt(&numeric);
    const int primary = numeric ? extended & 0xff : -1;
    if (text.contains(u"appointment_no_overlap"))
        return Kind::SlotTaken;
    if (text.contains(u"UNIQUE constraint failed") || extended == 2067 || extended == 1555)
        return Kind::UniqueViolation;
    if (text.contains(u"FOREIGN KEY constraint failed") || extended == 787)
        return Kind::ForeignKeyViolation;
    if (text.contains(u"NOT NULL constraint failed") || text.contains(u"CHECK constraint failed")
        || extended == 1299 || extended == 275)
        return Kind::ConstraintViolation;
    if (primary == 5 || primary == 6 || text.contains(u"database is locked"))
        return Kind::Busy;
    if (primary == 14 || primary == 26)
        return Kind::Connection;
    return Kind::Query;
}

} // namespace

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_connectionName(nextConnectionName()) {}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, Create create)
{
    std::unique_ptr<Database> db(new Database(url));
    const bool sqlite = url.backend() == Backend::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        throw StoreError(StoreError::Kind::Connection,
                         u"The Qt SQL driver "_s + driver + u" is not installed (Debian package "_s
                                 + (sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s) + u")."_s);
    }

    if (sqlite) {
        const QFileInfo file(url.path());
        if (!file.exists() && create == Create::No) {
            throw StoreError(StoreError::Kind::NoDatabase,
                             u"There is no database at "_s + file.absoluteFilePath()
                                     + u" (create it with \"accueil-admin init\")."_s);
        }
        if (!file.absoluteDir().exists()) {
            throw StoreError(StoreError::Kind::Connection,
                             u"The folder "_s + file.absolutePath() + u" does not exist."_s);
        }
    }

    QSqlDatabase handle = QSqlDatabase::addDatabase(driver, db->m_connectionName);
    if (sqlite) {
        handle.setDatabaseName(url.path());
        handle.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        handle.setHostName(url.host());
        handle.setPort(url.port());
        handle.setUserName(url.user());
        handle.setPassword(url.password());
        handle.setDatabaseName(url.databaseName());
        QString options = url.options();
        if (!options.contains(u"connect_timeout"))
            options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=5"_s;
        handle.setConnectOptions(options);
    }
    db->connect();
    return db;
}

void Database::connect()
{
    QSqlDatabase db = handle();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        throw StoreError(StoreError::Kind::Connection,
                         u"Cannot open the database "_s + m_url.displayString() + u": "_s + describe(error));
    }
    if (m_url.backend() == Backend::Sqlite) {
        // WAL lets the desk read while another process writes; NORMAL sync is durable in WAL mode
        // except for the very last transactions on power loss.
        execute(u"PRAGMA journal_mode = WAL"_s);
        execute(u"PRAGMA foreign_keys = ON"_s);
        execute(u"PRAGMA synchronous = NORMAL"_s);
        execute(u"PRAGMA busy_timeout = 10000"_s);
    } else {
        execute(u"SET client_min_messages = warning"_s);
        execute(u"SET TIME ZONE 'UTC'"_s);
    }
}

void Database::reconnect()
{
    // Prepared statements and any transaction died with the old connection.
    m_cache.clear();
    m_depth = 0;
    m_rollbackOnly = false;
    QSqlDatabase db = handle();
    db.close();
    connect();
}

Database::~Database()
{
    m_cache.clear();
    {
        QSqlDatabase handle = QSqlDatabase::database(m_connectionName, false);
        if (handle.isOpen())
            handle.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, prepare(sql));
    return *it;
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    return query;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(handle());
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QSqlQuery &Database::runPrepared(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QString Database::placeholders(qsizetype count)
{
    return u"?, "_s.repeated(count).chopped(2);
}

bool Database::hasTable(const QString &name)
{
    return handle().tables().contains(name);
}

void Database::begin()
{
    if (m_depth++ > 0)
        return;
    m_rollbackOnly = false;
    try {
        execute(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    } catch (...) {
        m_depth = 0;
        throw;
    }
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return;
    if (m_rollbackOnly) {
        execute(u"ROLLBACK"_s);
        throw StoreError(StoreError::Kind::Query, u"The change was abandoned because part of it failed."_s);
    }
    try {
        execute(u"COMMIT"_s);
    } catch (...) {
        QSqlQuery(handle()).exec(u"ROLLBACK"_s);
        throw;
    }
}

void Database::rollback()
{
    if (m_depth == 0)
        return; // already rolled back by a failed commit
    if (--m_depth > 0) {
        m_rollbackOnly = true; // an inner failure dooms the outer transaction
        return;
    }
    QSqlQuery(handle()).exec(u"ROLLBACK"_s);
}

QString Database::describe(const QSqlError &error) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text;
}

void Database::fail(const QSqlError &error, const QString &context) const
{
    StoreError::Kind kind = kindOf(error, backend());
    if (kind == StoreError::Kind::Query && isPostgres()) {
        // A dead PostgreSQL connection often fails with no SQLSTATE at all: ask it something
        // trivial. A live one in an aborted transaction answers 25P02, which is not a lost link.
        QSqlQuery probe(handle());
        if (!probe.exec(u"SELECT 1"_s)) {
            const QString code = probe.lastError().nativeErrorCode();
            if (code.isEmpty() || code.startsWith(u"08") || code.startsWith(u"57P"))
                kind = StoreError::Kind::Connection;
        }
    }
    QString message = describe(error);
    if (kind == StoreError::Kind::SlotTaken)
        message = u"This time was just taken by another booking."_s;
    else if (kind == StoreError::Kind::Query)
        message += u" (while running: "_s + context.simplified().left(200) + u")"_s;
    else if (kind == StoreError::Kind::Connection)
        message = QCoreApplication::translate("Accueil::Database",
                                              "The connection to the database was lost (%1).")
                          .arg(message.isEmpty()
                                       ? QCoreApplication::translate("Accueil::Database", "no answer")
                                       : message);
    throw StoreError(kind, message);
}

} // namespace Accueil
