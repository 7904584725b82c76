#include "store.h"

#include "schema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr qint64 maxAppointmentSeconds = 86400; // enforced by a CHECK in the schema

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return value.isNull() ? QJsonObject() : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// What a change touched, in words: "the time, the status".
QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    static const QSet<QString> bookkeeping{u"version"_s, u"updated_at"_s, u"updated_by"_s};
    QStringList words;
    const auto say = [&](const QString &word) {
        if (!words.contains(word))
            words << word;
    };
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (bookkeeping.contains(it.key()) || before.value(it.key()) == it.value())
            continue;
        const QString &key = it.key();
        if (key == u"start_utc" || key == u"end_utc")
            say(Store::tr("the time"));
        else if (key == u"agenda_id")
            say(Store::tr("the agenda"));
        else if (key == u"status" || key == u"arrived_at")
            say(Store::tr("the status"));
        else if (key == u"reason")
            say(Store::tr("the reason"));
        else if (key == u"patient_id")
            say(Store::tr("the patient"));
        else if (key == u"type_id")
            say(Store::tr("the type"));
        else
            say(key);
    }
    return words;
}

} // namespace

Store::Store(std::unique_ptr<Database> db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Store::~Store() = default;

std::unique_ptr<Store> Store::open(const DatabaseUrl &url, const Clock &clock)
{
    auto db = Database::open(url);
    Schema::requireCurrent(*db);
    return std::make_unique<Store>(std::move(db), clock);
}

qint64 Store::record(const QString &entity, qint64 entityId, const QString &action, const Actor &actor,
                     const QJsonObject &before, const QJsonObject &after)
{
    Q_ASSERT(m_db->transactionDepth() > 0);
    // A single counter row, locked by each writer until it commits, keeps revisions in commit order:
    // a desk that has applied revision N never misses a later-committed N-1.
    QSqlQuery &counter
            = m_db->prepared(u"UPDATE revision_counter SET value = value + 1 WHERE id = 1 RETURNING value"_s);
    m_db->exec(counter);
    counter.next();
    const qint64 revision = counter.value(0).toLongLong();
    // Remembered so that live sync tells this desk's own writes from other desks' ones.
    if (m_ownRevisions.size() > 4096)
        m_ownRevisions.clear();
    m_ownRevisions.insert(revision);
    counter.finish();

    const qint64 at = m_clock.now().toSecsSinceEpoch();
    QSqlQuery &feed = m_db->prepared(
            u"INSERT INTO change_feed (revision, at, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)"_s);
    feed.addBindValue(revision);
    feed.addBindValue(at);
    feed.addBindValue(entity);
    feed.addBindValue(entityId);
    feed.addBindValue(action);
    m_db->exec(feed);

    QSqlQuery &audit = m_db->prepared(
            u"INSERT INTO audit_event (revision, at, actor_staff_id, actor_account_id, actor_label, "
            "actor_workstation, channel, action, entity, entity_id, before_json, after_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    audit.addBindValue(revision);
    audit.addBindValue(at);
    audit.addBindValue(Sql::Value<std::optional<qint64>>::toDb(actor.staffId));
    audit.addBindValue(Sql::Value<std::optional<qint64>>::toDb(actor.accountId));
    audit.addBindValue(actor.label);
    audit.addBindValue(actor.workstation.isNull() ? u""_s : actor.workstation); // a null QString binds NULL
    audit.addBindValue(toKey(actor.channel));
    audit.addBindValue(action);
    audit.addBindValue(entity);
    audit.addBindValue(entityId);
    const QString beforeText = jsonText(before);
    const QString afterText = jsonText(after);
    audit.addBindValue(beforeText.isNull() ? QVariant() : QVariant(beforeText));
    audit.addBindValue(afterText.isNull() ? QVariant() : QVariant(afterText));
    m_db->exec(audit);

    if (m_db->isPostgres()) {
        // Delivered at commit to every desk listening (live sync).
        QSqlQuery &notify = m_db->prepared(u"SELECT pg_notify('accueil_changes', ?)"_s);
        notify.addBindValue(QString::number(revision));
        m_db->exec(notify);
        notify.finish();
    }
    return revision;
}

QString Store::recordName(const QString &entity, qint64 id)
{
    // In the desk's words: the table's name only for what no user edits by hand.
    if (entity == u"appointment")
        return tr("this appointment");
    if (entity == u"patient")
        return tr("this patient's record");
    if (entity == u"callback_task")
        return tr("this call-back");
    if (entity == u"schedule_template" || entity == u"template_range" || entity == u"schedule_exception")
        return tr("these slots");
    if (entity == u"staff_user")
        return tr("this user's account");
    if (entity == u"canned_reply")
        return tr("this canned reply");
    return tr("this record (%1 %2)").arg(entity).arg(id);
}

void Store::throwUpdateFailure(const QString &entity, qint64 id)
{
    QSqlQuery exists = m_db->run(u"SELECT version FROM "_s + entity + u" WHERE id = ?"_s, {id});
    if (!exists.next())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("This record (%1 %2) no longer exists.").arg(entity).arg(id));
    exists.finish();
    QSqlQuery last = m_db->run(u"SELECT actor_label, at, before_json, after_json FROM audit_event "
                               "WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"_s,
                               {entity, id});
    if (!last.next()) {
        throw StoreError(StoreError::Kind::VersionConflict,
                         tr("Someone else changed %1 since you opened it; look at it again and redo your "
                            "change if it still applies.")
                                 .arg(recordName(entity, id)));
    }
    const QString who = last.value(0).toString().isEmpty() ? tr("someone") : last.value(0).toString();
    const QDateTime atUtc = QDateTime::fromSecsSinceEpoch(last.value(1).toLongLong(), Qt::UTC);
    const QStringList what = changedFields(jsonObject(last.value(2)), jsonObject(last.value(3)));
    last.finish();
    const QTimeZone zone(centre().value_or(Centre{}).timeZone.toUtf8());
    const QString when = QLocale().toString(atUtc.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s);
    if (what.isEmpty()) {
        throw StoreError(StoreError::Kind::VersionConflict,
                         tr("%1 changed %2 at %3 since you opened it; look at it again and redo your change "
                            "if it still applies.")
                                 .arg(who, recordName(entity, id), when));
    }
    throw StoreError(
            StoreError::Kind::VersionConflict,
            tr("%1 changed %2 of %3 at %4 since you opened it; look at it again and redo your change "
               "if it still applies.")
                    .arg(who, what.join(u", "_s), recordName(entity, id), when));
}

void Store::insertChunk(const QString &table, const QStringList &columns,
                        const std::vector<QVariantList> &rows)
{
    const QString rowPlaceholders = u"("_s + Database::placeholders(columns.size()) + u")"_s;
    QStringList tuples;
    tuples.reserve(qsizetype(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        tuples << rowPlaceholders;
    QSqlQuery &query = m_db->prepared(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s)
                                      + u") VALUES "_s + tuples.join(u", "_s));
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            query.addBindValue(value);
    }
    m_db->exec(query);
}

std::optional<Centre> Store::centre()
{
    std::vector<Centre> centres = select<Centre>({}, {}, u"id"_s);
    if (centres.empty())
        return std::nullopt;
    return centres.front();
}

std::optional<StaffUser> Store::staffByLogin(const QString &login)
{
    std::vector<StaffUser> users = select<StaffUser>(u"login = ?"_s, {login});
    if (users.empty())
        return std::nullopt;
    return users.front();
}

std::vector<AppointmentRow> Store::appointmentsBetween(const QList<qint64> &agendaIds, const QDateTime &from,
                                                       const QDateTime &to)
{
    if (agendaIds.isEmpty())
        return {};
    QVariantList values;
    for (qint64 id : agendaIds)
        values << id;
    const qint64 fromSecs = from.toSecsSinceEpoch();
    values << fromSecs - maxAppointmentSeconds << to.toSecsSinceEpoch() << fromSecs;
    return appointmentRows(u"a.agenda_id IN ("_s + Database::placeholders(agendaIds.size())
                                   + u") AND a.start_utc >= ? AND a.start_utc < ? AND a.end_utc > ? "
                                     "ORDER BY a.agenda_id, a.start_utc"_s,
                           values);
}

std::vector<AppointmentRow> Store::webBookingsSince(const QDateTime &since, int limit)
{
    return appointmentRows(u"a.channel = 'web' AND a.created_at > ? ORDER BY a.created_at DESC, a.id DESC "
                           "LIMIT "_s
                                   + QString::number(limit),
                           {since.isValid() ? since.toSecsSinceEpoch() : qint64(0)});
}

std::vector<AppointmentRow> Store::appointmentRows(const QString &whereAndOrder, const QVariantList &values)
{
    std::vector<AppointmentRow> rows;
    using Mapper = Sql::RowMapper<Appointment>;
    QSqlQuery &query = m_db->prepared(
            u"SELECT "_s + Mapper::selectList(u"a"_s)
            + u", COALESCE(p.last_name, ''), COALESCE(p.first_name, ''), COALESCE(t.label, ''), "
              "COALESCE(s.initials, ''), p.birth_date, COALESCE(t.colour, ''), EXISTS (SELECT 1 FROM "
              "reminder r "
              "LEFT JOIN outgoing_mail m ON m.id = r.mail_id WHERE r.appointment_id = a.id AND r.start_utc = "
              "a.start_utc AND (r.status = 'sent' OR m.status = 'sent')) FROM appointment a "
              "LEFT JOIN patient p ON p.id = a.patient_id "
              "LEFT JOIN appointment_type t ON t.id = a.type_id "
              "LEFT JOIN staff_user s ON s.id = a.created_by WHERE "_s
            + whereAndOrder);
    for (const QVariant &value : values)
        query.addBindValue(value);
    m_db->exec(query);
    const int extra = Mapper::columnCount() + 2;
    while (query.next()) {
        AppointmentRow row;
        row.appointment = Mapper::read(query);
        const QString last = query.value(extra).toString();
        const QString first = query.value(extra + 1).toString();
        // The French way on every list: "DUPONT Marie".
        row.patientName
                = last.isEmpty() ? first : (first.isEmpty() ? last.toUpper() : last.toUpper() + u' ' + first);
        row.typeLabel = query.value(extra + 2).toString();
        row.createdByInitials = query.value(extra + 3).toString();
        row.patientBirthDate = Sql::Value<QDate>::fromDb(query.value(extra + 4));
        row.typeColour = query.value(extra + 5).toString();
        row.reminderSent = query.value(extra + 6).toBool();
        rows.push_back(std::move(row));
    }
    query.finish();
    return rows;
}

std::vector<AuditEvent> Store::auditTrail(const QString &entity, qint64 entityId)
{
    QSqlQuery &query = m_db->runPrepared(
            u"SELECT id, revision, at, actor_staff_id, actor_account_id, actor_label, channel, action, "
            "entity, entity_id, before_json, after_json, actor_workstation FROM audit_event "
            "WHERE entity = ? AND entity_id = ? ORDER BY id"_s,
            {entity, entityId});
    std::vector<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.revision = query.value(1).toLongLong();
        event.at = Sql::Value<QDateTime>::fromDb(query.value(2));
        event.actorStaffId = Sql::Value<std::optional<qint64>>::fromDb(query.value(3));
        event.actorAccountId = Sql::Value<std::optional<qint64>>::fromDb(query.value(4));
        event.actorLabel = query.value(5).toString();
        event.channel = Sql::Value<Channel>::fromDb(query.value(6));
        event.action = query.value(7).toString();
        event.entity = query.value(8).toString();
        event.entityId = query.value(9).toLongLong();
        event.before = jsonObject(query.value(10));
        event.after = jsonObject(query.value(11));
        event.actorWorkstation = query.value(12).toString();
        events.push_back(std::move(event));
    }
    query.finish();
    return events;
}

namespace {

const QStringList bookkeepingEntities{u"web_session"_s, u"account_token"_s, u"outgoing_mail"_s};

} // namespace

bool Store::isBookkeeping(QStringView entity)
{
    return bookkeepingEntities.contains(entity);
}

qint64 Store::latestContentRevision()
{
    // Read back from the newest change (the primary key's order): a few rows at most, the
    // bookkeeping written since the last real change.
    static const QString sql = u"SELECT revision FROM change_feed WHERE entity NOT IN ('"_s
                               + bookkeepingEntities.join(u"', '"_s) + u"') ORDER BY revision DESC LIMIT 1"_s;
    QSqlQuery &query = m_db->runPrepared(sql);
    const qint64 revision = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return revision;
}

std::vector<Change> Store::changesSince(qint64 revision, int limit)
{
    QSqlQuery &query = m_db->runPrepared(u"SELECT revision, at, entity, entity_id, action FROM change_feed "
                                         "WHERE revision > ? ORDER BY revision LIMIT ?"_s,
                                         {revision, limit});
    std::vector<Change> changes;
    while (query.next()) {
        changes.push_back({query.value(0).toLongLong(), Sql::Value<QDateTime>::fromDb(query.value(1)),
                           query.value(2).toString(), query.value(3).toLongLong(),
                           query.value(4).toString()});
    }
    query.finish();
    return changes;
}

qint64 Store::latestRevision()
{
    // Prepared once: the booking server asks before every catalogue answer it keeps.
    QSqlQuery &query = m_db->runPrepared(u"SELECT value FROM revision_counter WHERE id = 1"_s);
    const qint64 revision = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return revision;
}

} // namespace Accueil
