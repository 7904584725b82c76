#pragma once

#include "domain/audit.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(accueilSync)

namespace Accueil {

class Database;
class Store;

// Live sync: follows the change feed that every write appends to, so a desk sees what the other
// desks (and the booking page) did. It wakes up when the database says something changed — a
// PostgreSQL NOTIFY on its own listening connection, SQLite's PRAGMA data_version moving — and
// also polls slowly, in case a wake-up was lost. A lost connection is reported once, retried
// quietly, and caught up on when back: nothing is missed because the feed is read from the last
// revision applied. One debug line per applied change in the "accueil.sync" category.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    struct Timing
    {
        int safetyPollMs = 5000; // the slow poll on both backends
        int sqliteCheckMs = 150; // how often SQLite's data_version is read (a cheap pragma)
        int reconnectMs = 2000;  // between attempts while the database is unreachable
    };

    // Follows the store's database from its latest revision on.
    explicit ChangeWatcher(Store &store, QObject *parent = nullptr);
    ChangeWatcher(Store &store, Timing timing, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    [[nodiscard]] qint64 revision() const { return m_revision; }
    [[nodiscard]] bool isConnected() const { return m_connected; }

    // Reads what changed since the last revision applied, now.
    void poll();

Q_SIGNALS:
    // Changes made elsewhere (not through this watcher's store), in revision order.
    void changesArrived(const std::vector<Accueil::Change> &changes);
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    void listen();
    void checkSqlite();
    void lose(const QString &reason);
    void tryReconnect();

    Store &m_store;
    Timing m_timing;
    std::unique_ptr<Database> m_listener; // PostgreSQL: the connection that LISTENs
    QTimer m_safetyPoll;
    QTimer m_sqliteCheck;
    QTimer m_reconnect;
    qint64 m_revision = 0;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
};

} // namespace Accueil
