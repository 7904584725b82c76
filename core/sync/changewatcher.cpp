#include "changewatcher.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

// Debug lines (one per applied change) only when asked: QT_LOGGING_RULES="accueil.sync.debug=true".
Q_LOGGING_CATEGORY(accueilSync, "accueil.sync", QtInfoMsg)

namespace Accueil {

namespace {

const QString channel = u"accueil_changes"_s; // what Store::record() NOTIFYs

} // namespace

ChangeWatcher::ChangeWatcher(Store &store, QObject *parent) : ChangeWatcher(store, Timing{}, parent) {}

ChangeWatcher::ChangeWatcher(Store &store, Timing timing, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timing(timing)
    , m_revision(store.latestRevision())
{
    m_safetyPoll.setInterval(m_timing.safetyPollMs);
    connect(&m_safetyPoll, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_safetyPoll.start();
    m_reconnect.setInterval(m_timing.reconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &ChangeWatcher::tryReconnect);
    if (store.database().isPostgres()) {
        listen();
    } else {
        m_sqliteCheck.setInterval(m_timing.sqliteCheckMs);
        connect(&m_sqliteCheck, &QTimer::timeout, this, &ChangeWatcher::checkSqlite);
        m_sqliteCheck.start();
    }
}

ChangeWatcher::~ChangeWatcher() = default;

void ChangeWatcher::listen()
{
    // Its own connection: notifications arrive on the socket of the connection that listens,
    // which the desk's queries must not hold up.
    m_listener.reset();
    m_listener = Database::open(m_store.database().url());
    QSqlDriver *driver = m_listener->handle().driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == channel)
            poll();
    });
    if (!driver->subscribeToNotification(channel))
        throw StoreError(StoreError::Kind::Connection, tr("Cannot listen to the database's changes."));
}

void ChangeWatcher::checkSqlite()
{
    if (!m_connected)
        return;
    try {
        // Moves whenever another connection commits to the file.
        QSqlQuery query = m_store.database().run(u"PRAGMA data_version"_s);
        const qint64 version = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            poll();
        }
    } catch (const StoreError &error) {
        lose(error.message());
    }
}

void ChangeWatcher::poll()
{
    if (!m_connected)
        return;
    try {
        std::vector<Change> remote;
        for (std::vector<Change> batch = m_store.changesSince(m_revision); !batch.empty();
             batch = m_store.changesSince(m_revision)) {
            for (Change &change : batch) {
                m_revision = change.revision;
                if (m_store.wroteRevision(change.revision))
                    continue; // this desk's own write: its views already show it
                qCDebug(accueilSync).noquote() << "applied revision" << change.revision << change.entity
                                               << change.entityId << change.action;
                remote.push_back(std::move(change));
            }
        }
        if (!remote.empty())
            Q_EMIT changesArrived(remote);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Connection || error.kind() == StoreError::Kind::Query)
            lose(error.message());
        else
            throw;
    }
}

void ChangeWatcher::lose(const QString &reason)
{
    if (!m_connected)
        return;
    m_connected = false;
    qCWarning(accueilSync).noquote() << "connection lost:" << reason;
    Q_EMIT connectionLost(reason);
    m_reconnect.start();
}

void ChangeWatcher::tryReconnect()
{
    try {
        m_store.database().reconnect();
        if (m_store.database().isPostgres())
            listen();
    } catch (const StoreError &) {
        return; // still away: try again at the next tick
    }
    m_reconnect.stop();
    m_connected = true;
    m_dataVersion = -1;
    qCInfo(accueilSync).noquote() << "connection restored at revision" << m_revision;
    Q_EMIT connectionRestored();
    poll(); // catch up on what happened meanwhile
}

} // namespace Accueil
