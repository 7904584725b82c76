#pragma once

#include "clock.h"
#include "database.h"
#include "domain/audit.h"
#include "rowmapper.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace Accueil {

// An appointment with what the agenda grid shows next to it.
struct AppointmentRow
{
    Appointment appointment;
    QString patientName;
    QDate patientBirthDate;
    QString typeLabel;
    QString typeColour; // "#rrggbb", may be empty
    QString createdByInitials;
    bool reminderSent = false; // a reminder of this start went out (e-mail or SMS)
};

// The repository API over one database connection. Every write runs in one transaction that also
// appends an audit event and a change-feed revision, so desks can follow and nothing is lost.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::Store)

public:
    Store(std::unique_ptr<Database> db, const Clock &clock);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // Opens a database that must already be at the current schema (what the desk and server do).
    [[nodiscard]] static std::unique_ptr<Store> open(const DatabaseUrl &url,
                                                     const Clock &clock = Clock::system());

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }

    template<typename T>
    T insert(T value, const Actor &actor);
    // Optimistic: fails with VersionConflict if the record changed since value was read.
    template<typename T>
    T update(T value, const Actor &actor, const QString &action = QStringLiteral("update"));
    template<typename T>
    [[nodiscard]] std::optional<T> find(qint64 id);
    template<typename T>
    [[nodiscard]] T get(qint64 id);
    // SELECT with an optional WHERE clause (positional ? values) and ORDER BY.
    template<typename T>
    [[nodiscard]] std::vector<T> select(const QString &where = {}, const QVariantList &values = {},
                                        const QString &orderBy = QStringLiteral("id"));
    template<typename T>
    [[nodiscard]] qint64 count(const QString &where = {}, const QVariantList &values = {});

    // Bulk import in the caller's transaction: one audit event and one revision for the whole batch.
    // With assignIds the values receive their new ids (one statement per row); without, rows go in
    // multi-row statements, much faster for large batches.
    template<typename T>
    void importAll(std::vector<T> &values, const Actor &actor, const QString &source, bool assignIds);

    [[nodiscard]] std::optional<Centre> centre();
    [[nodiscard]] std::optional<StaffUser> staffByLogin(const QString &login);

    // Appointments of the given agendas overlapping [from, to), ordered by agenda then start.
    [[nodiscard]] std::vector<AppointmentRow> appointmentsBetween(const QList<qint64> &agendaIds,
                                                                  const QDateTime &from, const QDateTime &to);

    // Bookings made on the booking page after `since` (all when invalid), newest first.
    [[nodiscard]] std::vector<AppointmentRow> webBookingsSince(const QDateTime &since, int limit = 200);

    // Appointments with their patient's name, type and creator's initials; `whereAndOrder` follows
    // "WHERE" and names the appointment "a" (and may add ORDER BY and LIMIT).
    [[nodiscard]] std::vector<AppointmentRow> appointmentRows(const QString &whereAndOrder,
                                                              const QVariantList &values);

    [[nodiscard]] std::vector<AuditEvent> auditTrail(const QString &entity, qint64 entityId);
    [[nodiscard]] std::vector<Change> changesSince(qint64 revision, int limit = 1000);
    [[nodiscard]] qint64 latestRevision();
    // The booking page's own bookkeeping — sessions, e-mail links, the mail outbox — is written often
    // (every login, every e-mail sent) and shown nowhere: no desk and no catalogue answer depends
    // on it.
    [[nodiscard]] static bool isBookkeeping(QStringView entity);
    // The latest revision that changed anything but bookkeeping.
    [[nodiscard]] qint64 latestContentRevision();
    // Whether this connection wrote that revision (recent ones), so a desk need not reload for its
    // own changes when the feed brings them back.
    [[nodiscard]] bool wroteRevision(qint64 revision) const { return m_ownRevisions.contains(revision); }

private:
    // Appends the change-feed row and the audit event; returns the new revision.
    qint64 record(const QString &entity, qint64 entityId, const QString &action, const Actor &actor,
                  const QJsonObject &before, const QJsonObject &after);
    [[nodiscard]] static QString recordName(const QString &entity, qint64 id);
    [[noreturn]] void throwUpdateFailure(const QString &entity, qint64 id);
    template<typename T>
    void stamp(T &value, const Actor &actor, bool creating) const;
    void insertChunk(const QString &table, const QStringList &columns, const std::vector<QVariantList> &rows);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    QSet<qint64> m_ownRevisions;
};

template<typename T>
void Store::stamp(T &value, const Actor &actor, bool creating) const
{
    const QDateTime now = m_clock.now();
    if constexpr (requires { value.createdAt; }) {
        if (creating && !value.createdAt.isValid())
            value.createdAt = now;
    }
    if constexpr (requires { value.updatedAt; }) {
        if (!creating)
            value.updatedAt = now;
    }
    if constexpr (requires { value.createdBy = actor.staffId; }) {
        if (creating && !value.createdBy)
            value.createdBy = actor.staffId;
    }
    if constexpr (requires { value.updatedBy = actor.staffId; }) {
        if (!creating)
            value.updatedBy = actor.staffId;
    }
    if constexpr (std::is_same_v<T, Patient>)
        value.searchText = patientSearchText(value);
    if constexpr (std::is_same_v<T, Appointment>)
        value.reasonSearch = foldForSearch(value.reason);
}

template<typename T>
T Store::insert(T value, const Actor &actor)
{
    using Mapper = Sql::RowMapper<T>;
    stamp(value, actor, true);
    const QStringList columns = Mapper::columnNames();
    Transaction transaction(*m_db);
    QSqlQuery &query = m_db->prepared(
            QStringLiteral("INSERT INTO ") + Mapper::tableName() + QStringLiteral(" (")
            + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
            + QStringLiteral("?, ").repeated(columns.size()).chopped(2) + QStringLiteral(") RETURNING id"));
    Mapper::bindColumns(query, value);
    m_db->exec(query);
    query.next();
    value.id = query.value(0).toLongLong();
    value.version = 1;
    query.finish();
    record(Mapper::tableName(), value.id, QStringLiteral("create"), actor, {}, Mapper::toJson(value));
    transaction.commit();
    return value;
}

template<typename T>
T Store::update(T value, const Actor &actor, const QString &action)
{
    using Mapper = Sql::RowMapper<T>;
    Transaction transaction(*m_db);
    const std::optional<T> before = find<T>(value.id);
    if (!before)
        throwUpdateFailure(Mapper::tableName(), value.id);
    stamp(value, actor, false);
    QStringList assignments;
    for (const QString &column : Mapper::columnNames())
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery &query
            = m_db->prepared(QStringLiteral("UPDATE ") + Mapper::tableName() + QStringLiteral(" SET ")
                             + assignments.join(QStringLiteral(", "))
                             + QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"));
    Mapper::bindColumns(query, value);
    query.addBindValue(value.id);
    query.addBindValue(value.version);
    m_db->exec(query);
    if (query.numRowsAffected() != 1)
        throwUpdateFailure(Mapper::tableName(), value.id);
    value.version += 1;
    record(Mapper::tableName(), value.id, action, actor, Mapper::toJson(*before), Mapper::toJson(value));
    transaction.commit();
    return value;
}

template<typename T>
std::optional<T> Store::find(qint64 id)
{
    using Mapper = Sql::RowMapper<T>;
    QSqlQuery &query
            = m_db->prepared(QStringLiteral("SELECT ") + Mapper::selectList() + QStringLiteral(" FROM ")
                             + Mapper::tableName() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    m_db->exec(query);
    std::optional<T> result;
    if (query.next())
        result = Mapper::read(query);
    query.finish();
    return result;
}

template<typename T>
T Store::get(qint64 id)
{
    if (std::optional<T> value = find<T>(id))
        return *value;
    throw StoreError(StoreError::Kind::NotFound, QStringLiteral("No ") + Sql::RowMapper<T>::tableName()
                                                         + QStringLiteral(" has the id ")
                                                         + QString::number(id) + u'.');
}

template<typename T>
std::vector<T> Store::select(const QString &where, const QVariantList &values, const QString &orderBy)
{
    using Mapper = Sql::RowMapper<T>;
    QString sql = QStringLiteral("SELECT ") + Mapper::selectList() + QStringLiteral(" FROM ")
                  + Mapper::tableName();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    // Prepared once per connection: on PostgreSQL a fresh statement costs two more round trips.
    QSqlQuery &query = m_db->runPrepared(sql, values);
    std::vector<T> result;
    while (query.next())
        result.push_back(Mapper::read(query));
    query.finish();
    return result;
}

template<typename T>
qint64 Store::count(const QString &where, const QVariantList &values)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + Sql::RowMapper<T>::tableName();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    QSqlQuery &query = m_db->runPrepared(sql, values);
    const qint64 result = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return result;
}

template<typename T>
void Store::importAll(std::vector<T> &values, const Actor &actor, const QString &source, bool assignIds)
{
    using Mapper = Sql::RowMapper<T>;
    if (values.empty())
        return;
    const QStringList columns = Mapper::columnNames();
    Transaction transaction(*m_db);
    if (assignIds) {
        QSqlQuery &query
                = m_db->prepared(QStringLiteral("INSERT INTO ") + Mapper::tableName() + QStringLiteral(" (")
                                 + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                                 + QStringLiteral("?, ").repeated(columns.size()).chopped(2)
                                 + QStringLiteral(") RETURNING id"));
        for (T &value : values) {
            stamp(value, actor, true);
            Mapper::bindColumns(query, value);
            m_db->exec(query);
            query.next();
            value.id = query.value(0).toLongLong();
            value.version = 1;
            query.finish();
        }
    } else {
        std::vector<QVariantList> rows;
        constexpr std::size_t rowsPerStatement = 200;
        rows.reserve(rowsPerStatement);
        for (T &value : values) {
            stamp(value, actor, true);
            QVariantList row;
            row.reserve(columns.size());
            Mapper::forEachColumn([&](const auto &col) {
                using M = typename Mapper::template MemberType<std::remove_cvref_t<decltype(col)>>;
                row << Sql::Value<M>::toDb(std::invoke(col.access, value));
            });
            rows.push_back(std::move(row));
            if (rows.size() == rowsPerStatement) {
                insertChunk(Mapper::tableName(), columns, rows);
                rows.clear();
            }
        }
        if (!rows.empty())
            insertChunk(Mapper::tableName(), columns, rows);
    }
    record(Mapper::tableName(), 0, QStringLiteral("import"), actor, {},
           QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("count"), qint64(values.size())}});
    transaction.commit();
}

} // namespace Accueil
