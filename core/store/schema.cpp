#include "schema.h"

#include "database.h"
#include "domain/patient.h"
#include "storeerror.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// Tokens keep one text per migration for both backends:
//   {ID} primary key, {BOOL} boolean type, {TRUE}/{FALSE}, {DATE} calendar date.
// Times are BIGINT seconds since the epoch, UTC. Text columns are NOT NULL DEFAULT ''.
constexpr auto migration1 = R"SQL(
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at BIGINT NOT NULL,
    application TEXT NOT NULL
);
CREATE TABLE centre (
    id {ID},
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'Europe/Paris',
    holiday_region TEXT NOT NULL DEFAULT 'FR',
    horizon_days INTEGER NOT NULL DEFAULT 92,
    min_notice_minutes INTEGER NOT NULL DEFAULT 120,
    urgent_release_time TEXT NOT NULL DEFAULT '19:00',
    urgent_release_day_offset INTEGER NOT NULL DEFAULT -1,
    cancel_deadline_hours INTEGER NOT NULL DEFAULT 24,
    max_online_reschedules INTEGER NOT NULL DEFAULT 2,
    new_patients_online {BOOL} NOT NULL DEFAULT {TRUE},
    max_online_per_day INTEGER NOT NULL DEFAULT 2,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE practitioner (
    id {ID},
    title TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    profession TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    accepts_new_patients {BOOL} NOT NULL DEFAULT {TRUE},
    intern {BOOL} NOT NULL DEFAULT {FALSE},
    supervisor_id BIGINT REFERENCES practitioner(id),
    active {BOOL} NOT NULL DEFAULT {TRUE},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE staff_user (
    id {ID},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    initials TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('secretary', 'practitioner', 'coordinator', 'admin')),
    password_hash TEXT NOT NULL,
    practitioner_id BIGINT REFERENCES practitioner(id),
    active {BOOL} NOT NULL DEFAULT {TRUE},
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE service (
    id {ID},
    label TEXT NOT NULL UNIQUE,
    keywords TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE practitioner_service (
    id {ID},
    practitioner_id BIGINT NOT NULL REFERENCES practitioner(id),
    service_id BIGINT NOT NULL REFERENCES service(id),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (practitioner_id, service_id)
);
CREATE TABLE agenda (
    id {ID},
    kind TEXT NOT NULL CHECK (kind IN ('practitioner', 'room', 'equipment')),
    practitioner_id BIGINT REFERENCES practitioner(id),
    name TEXT NOT NULL,
    colour TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE appointment_type (
    id {ID},
    agenda_id BIGINT NOT NULL REFERENCES agenda(id),
    label TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    colour TEXT NOT NULL DEFAULT '',
    online_bookable {BOOL} NOT NULL DEFAULT {FALSE},
    allowed_slot_kinds TEXT NOT NULL DEFAULT '',
    series_sessions INTEGER NOT NULL DEFAULT 0,
    series_per_week INTEGER NOT NULL DEFAULT 0,
    min_age_months INTEGER,
    max_age_months INTEGER,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agenda_id, label)
);
CREATE TABLE patient (
    id {ID},
    last_name TEXT NOT NULL,
    birth_name TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL,
    birth_date {DATE},
    sex TEXT NOT NULL DEFAULT 'unknown',
    mobile_phone TEXT NOT NULL DEFAULT '',
    home_phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    reminders_opt_out {BOOL} NOT NULL DEFAULT {FALSE},
    created_at BIGINT NOT NULL,
    updated_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX patient_name_idx ON patient (last_name, first_name);
CREATE INDEX patient_birth_idx ON patient (birth_date);
CREATE TABLE patient_account (
    id {ID},
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    holder_patient_id BIGINT NOT NULL REFERENCES patient(id),
    email_verified_at BIGINT,
    created_at BIGINT NOT NULL,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE account_member (
    id {ID},
    account_id BIGINT NOT NULL REFERENCES patient_account(id),
    patient_id BIGINT NOT NULL REFERENCES patient(id),
    relation TEXT NOT NULL DEFAULT 'self',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, patient_id)
);
CREATE TABLE appointment (
    id {ID},
    agenda_id BIGINT NOT NULL REFERENCES agenda(id),
    patient_id BIGINT REFERENCES patient(id),
    type_id BIGINT REFERENCES appointment_type(id),
    start_utc BIGINT NOT NULL,
    end_utc BIGINT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    companion TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'in_consultation', 'done', 'no_show', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL CHECK (channel IN ('desk', 'web', 'practitioner', 'system')),
    overbooked {BOOL} NOT NULL DEFAULT {FALSE},
    series_id BIGINT REFERENCES appointment(id),
    arrived_at BIGINT,
    online_reschedules INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES staff_user(id),
    created_by_account BIGINT REFERENCES patient_account(id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES staff_user(id),
    updated_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_utc > start_utc AND end_utc - start_utc <= 86400)
);
CREATE INDEX appointment_agenda_start_idx ON appointment (agenda_id, start_utc);
CREATE INDEX appointment_patient_idx ON appointment (patient_id, start_utc);
CREATE INDEX appointment_start_idx ON appointment (start_utc);
CREATE TABLE schedule_template (
    id {ID},
    agenda_id BIGINT NOT NULL REFERENCES agenda(id),
    label TEXT NOT NULL DEFAULT '',
    valid_from {DATE} NOT NULL,
    valid_to {DATE},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX schedule_template_agenda_idx ON schedule_template (agenda_id, valid_from);
CREATE TABLE template_range (
    id {ID},
    template_id BIGINT NOT NULL REFERENCES schedule_template(id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
    kind TEXT NOT NULL CHECK (kind IN ('desk', 'internet', 'urgent', 'unavailable')),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_minute > start_minute)
);
CREATE INDEX template_range_template_idx ON template_range (template_id);
CREATE TABLE schedule_exception (
    id {ID},
    agenda_id BIGINT NOT NULL REFERENCES agenda(id),
    action TEXT NOT NULL,
    start_utc BIGINT NOT NULL,
    end_utc BIGINT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'unavailable',
    slot_minutes INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_utc > start_utc)
);
CREATE INDEX schedule_exception_agenda_idx ON schedule_exception (agenda_id, start_utc);
CREATE TABLE message (
    id {ID},
    sender_staff_id BIGINT REFERENCES staff_user(id),
    sender_account_id BIGINT REFERENCES patient_account(id),
    recipient_staff_id BIGINT REFERENCES staff_user(id),
    recipient_group TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    urgent {BOOL} NOT NULL DEFAULT {FALSE},
    patient_id BIGINT REFERENCES patient(id),
    appointment_id BIGINT REFERENCES appointment(id),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX message_recipient_idx ON message (recipient_staff_id, created_at);
CREATE TABLE message_read (
    id {ID},
    message_id BIGINT NOT NULL REFERENCES message(id),
    staff_id BIGINT NOT NULL REFERENCES staff_user(id),
    read_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (message_id, staff_id)
);
CREATE TABLE callback_task (
    id {ID},
    patient_id BIGINT REFERENCES patient(id),
    appointment_id BIGINT REFERENCES appointment(id),
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    assignee_id BIGINT REFERENCES staff_user(id),
    due_at BIGINT,
    done_at BIGINT,
    done_by BIGINT REFERENCES staff_user(id),
    created_by BIGINT REFERENCES staff_user(id),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE revision_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO revision_counter (id, value) VALUES (1, 0);
CREATE TABLE change_feed (
    revision BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    action TEXT NOT NULL
);
CREATE TABLE audit_event (
    id {ID},
    revision BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor_staff_id BIGINT REFERENCES staff_user(id),
    actor_account_id BIGINT REFERENCES patient_account(id),
    actor_label TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id);
CREATE INDEX audit_event_at_idx ON audit_event (at);
)SQL";

// Overlapping active appointments are refused by the database itself, whatever the client: an
// exclusion constraint on PostgreSQL, triggers on SQLite (which runs one writer at a time). A
// deliberate overbooking by staff (overbooked = TRUE) and cancelled appointments are not counted.
constexpr auto migration2 = R"SQL(
CREATE TABLE agenda_rules (
    id {ID},
    agenda_id BIGINT NOT NULL UNIQUE REFERENCES agenda(id),
    horizon_days INTEGER,
    min_notice_minutes INTEGER,
    urgent_release_time TEXT,
    urgent_release_day_offset INTEGER,
    cancel_deadline_hours INTEGER,
    max_online_reschedules INTEGER,
    new_patients_online {BOOL},
    max_online_per_day INTEGER,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX appointment_series_idx ON appointment (series_id);
-- postgres
CREATE EXTENSION IF NOT EXISTS btree_gist;
-- postgres
ALTER TABLE appointment ADD CONSTRAINT appointment_no_overlap
    EXCLUDE USING gist (agenda_id WITH =, int8range(start_utc, end_utc) WITH &&)
    WHERE (status <> 'cancelled' AND NOT overbooked);
-- sqlite
CREATE TRIGGER appointment_no_overlap_insert BEFORE INSERT ON appointment
WHEN NEW.status <> 'cancelled' AND NEW.overbooked = 0
BEGIN SELECT RAISE(ABORT, 'appointment_no_overlap: the time is already taken') WHERE EXISTS (SELECT 1 FROM appointment a WHERE a.agenda_id = NEW.agenda_id AND a.status <> 'cancelled' AND a.overbooked = 0 AND a.start_utc >= NEW.start_utc - 86400 AND a.start_utc < NEW.end_utc AND a.end_utc > NEW.start_utc); END;
-- sqlite
CREATE TRIGGER appointment_no_overlap_update BEFORE UPDATE OF agenda_id, start_utc, end_utc, status, overbooked ON appointment
WHEN NEW.status <> 'cancelled' AND NEW.overbooked = 0
BEGIN SELECT RAISE(ABORT, 'appointment_no_overlap: the time is already taken') WHERE EXISTS (SELECT 1 FROM appointment a WHERE a.agenda_id = NEW.agenda_id AND a.id <> NEW.id AND a.status <> 'cancelled' AND a.overbooked = 0 AND a.start_utc >= NEW.start_utc - 86400 AND a.start_utc < NEW.end_utc AND a.end_utc > NEW.start_utc); END;
)SQL";

// The free-time questions read an agenda's appointments over months: on PostgreSQL a covering
// index lets them be answered from the index alone (the planner otherwise prefers the start-time
// index and filters tens of thousands of rows).
constexpr auto migration3 = R"SQL(
-- postgres
CREATE INDEX appointment_busy_idx ON appointment (agenda_id, start_utc) INCLUDE (end_utc, status, id);
)SQL";

// The desk's search as you type (folded names and phone digits, filled by refillPatientSearchText
// for the patients already there) and the open callbacks shown on the agenda.
constexpr auto migration4 = R"SQL(
ALTER TABLE patient ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX callback_task_appointment_idx ON callback_task (appointment_id);
CREATE INDEX callback_task_open_idx ON callback_task (done_at, due_at);
)SQL";

// Internal messaging: "do not disturb" per staff user, the secretariat's canned replies, and the
// inbox's reads by group and by sender.
constexpr auto migration5 = R"SQL(
ALTER TABLE staff_user ADD COLUMN do_not_disturb {BOOL} NOT NULL DEFAULT {FALSE};
CREATE TABLE canned_reply (
    id {ID},
    label TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX message_group_idx ON message (recipient_group, created_at);
CREATE INDEX message_sender_idx ON message (sender_staff_id, created_at);
)SQL";

// Times being booked at a desk right now, shown to the other desks.
constexpr auto migration6 = R"SQL(
CREATE TABLE slot_hold (
    id {ID},
    agenda_id BIGINT NOT NULL REFERENCES agenda(id),
    start_utc BIGINT NOT NULL,
    end_utc BIGINT NOT NULL,
    staff_id BIGINT NOT NULL REFERENCES staff_user(id),
    label TEXT NOT NULL DEFAULT '',
    expires_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX slot_hold_active_idx ON slot_hold (agenda_id, expires_at);
)SQL";

// The patients' booking page: invitation codes handed out at the desk, one-time e-mail links
// (address verification, password reset), web sessions, the e-mail outbox, a patient's message
// category, the account's language, and when each secretary last looked at the new web bookings.
// Codes and tokens are kept as SHA-256 hashes only.
constexpr auto migration7 = R"SQL(
CREATE TABLE invitation_code (
    id {ID},
    code_hash TEXT NOT NULL UNIQUE,
    patient_id BIGINT NOT NULL REFERENCES patient(id),
    created_by BIGINT REFERENCES staff_user(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by_account BIGINT REFERENCES patient_account(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX invitation_code_patient_idx ON invitation_code (patient_id);
CREATE TABLE account_token (
    id {ID},
    account_id BIGINT NOT NULL REFERENCES patient_account(id),
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE web_session (
    id {ID},
    token_hash TEXT NOT NULL UNIQUE,
    csrf_token TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES patient_account(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    ended_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE outgoing_mail (
    id {ID},
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    appointment_id BIGINT REFERENCES appointment(id),
    account_id BIGINT REFERENCES patient_account(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (status, next_attempt_at);
ALTER TABLE patient_account ADD COLUMN language TEXT NOT NULL DEFAULT 'fr';
ALTER TABLE message ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE staff_user ADD COLUMN web_bookings_seen_at BIGINT;
CREATE INDEX appointment_created_idx ON appointment (channel, created_at);
CREATE INDEX account_member_patient_idx ON account_member (patient_id);
)SQL";

// Issue 7: the workstation in the audit trail; the folded reason text for the history search
// (trigram index on PostgreSQL, FTS5 trigram table on SQLite, filled by refillReasonSearch); when
// and how an appointment was cancelled or missed; reminders (rules per centre or appointment type,
// editable texts, and one row per reminder so nothing goes twice); practitioners' calendar feeds.
constexpr auto migration8 = R"SQL(
ALTER TABLE audit_event ADD COLUMN actor_workstation TEXT NOT NULL DEFAULT '';
ALTER TABLE appointment ADD COLUMN reason_search TEXT NOT NULL DEFAULT '';
ALTER TABLE appointment ADD COLUMN cancelled_at BIGINT;
ALTER TABLE appointment ADD COLUMN late_cancel {BOOL} NOT NULL DEFAULT {FALSE};
ALTER TABLE appointment ADD COLUMN no_show_excused {BOOL} NOT NULL DEFAULT {FALSE};
UPDATE appointment SET cancelled_at = COALESCE(updated_at, created_at) WHERE status = 'cancelled';
UPDATE appointment SET late_cancel = {TRUE} WHERE status = 'cancelled' AND cancelled_at > start_utc - 3600 * COALESCE((SELECT r.cancel_deadline_hours FROM agenda_rules r WHERE r.agenda_id = appointment.agenda_id), (SELECT MIN(c.cancel_deadline_hours) FROM centre c), 24);
CREATE INDEX appointment_type_idx ON appointment (type_id, start_utc);
CREATE INDEX appointment_creator_idx ON appointment (created_by, start_utc);
CREATE INDEX appointment_status_idx ON appointment (status, start_utc);
-- postgres
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- postgres
CREATE INDEX appointment_reason_trgm_idx ON appointment USING gin (reason_search gin_trgm_ops);
-- sqlite
CREATE VIRTUAL TABLE appointment_reason_fts USING fts5(reason_search, content='appointment', content_rowid='id', tokenize='trigram');
-- sqlite
CREATE TRIGGER appointment_reason_fts_insert AFTER INSERT ON appointment BEGIN INSERT INTO appointment_reason_fts (rowid, reason_search) VALUES (NEW.id, NEW.reason_search); END;
CREATE TABLE reminder_rule (
    id {ID},
    type_id BIGINT REFERENCES appointment_type(id),
    medium TEXT NOT NULL CHECK (medium IN ('email', 'sms')),
    minutes_before INTEGER NOT NULL CHECK (minutes_before >= 60 AND minutes_before <= 20160),
    active {BOOL} NOT NULL DEFAULT {TRUE},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE reminder_template (
    id {ID},
    medium TEXT NOT NULL CHECK (medium IN ('email', 'sms')),
    language TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (medium, language)
);
CREATE TABLE reminder (
    id {ID},
    appointment_id BIGINT NOT NULL REFERENCES appointment(id),
    rule_id BIGINT NOT NULL REFERENCES reminder_rule(id),
    start_utc BIGINT NOT NULL,
    medium TEXT NOT NULL CHECK (medium IN ('email', 'sms')),
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
    skip_reason TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    mail_id BIGINT REFERENCES outgoing_mail(id),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (appointment_id, rule_id, start_utc)
);
CREATE INDEX reminder_due_idx ON reminder (status, next_attempt_at);
CREATE TABLE calendar_feed (
    id {ID},
    practitioner_id BIGINT NOT NULL REFERENCES practitioner(id),
    token_hash TEXT NOT NULL UNIQUE,
    show_patients {BOOL} NOT NULL DEFAULT {FALSE},
    created_by BIGINT REFERENCES staff_user(id),
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX calendar_feed_practitioner_idx ON calendar_feed (practitioner_id);
)SQL";

// Append new migrations here; never edit one that has shipped.
constexpr std::array migrations{migration1, migration2, migration3, migration4,
                                migration5, migration6, migration7, migration8};

void refillPatientSearchText(Database &db)
{
    // Read everything first: updating a table while a cursor walks it is not portable.
    std::vector<std::pair<QVariant, QString>> texts;
    QSqlQuery read = db.run(
            u"SELECT id, last_name, birth_name, first_name, mobile_phone, home_phone FROM patient"_s);
    while (read.next()) {
        Patient patient;
        patient.lastName = read.value(1).toString();
        patient.birthName = read.value(2).toString();
        patient.firstName = read.value(3).toString();
        patient.mobilePhone = read.value(4).toString();
        patient.homePhone = read.value(5).toString();
        texts.emplace_back(read.value(0), patientSearchText(patient));
    }
    read.finish();
    QSqlQuery &write = db.prepared(u"UPDATE patient SET search_text = ? WHERE id = ?"_s);
    for (const auto &[id, text] : texts) {
        write.addBindValue(text);
        write.addBindValue(id);
        db.exec(write);
    }
    write.finish();
}

// The folded reason of every appointment (foldForSearch), then the SQLite search table rebuilt
// from them in one go.
void refillReasonSearch(Database &db)
{
    std::vector<std::pair<QVariant, QString>> texts;
    QSqlQuery read = db.run(u"SELECT id, reason FROM appointment WHERE reason <> ''"_s);
    while (read.next())
        texts.emplace_back(read.value(0), foldForSearch(read.value(1).toString()));
    read.finish();
    QSqlQuery &write = db.prepared(u"UPDATE appointment SET reason_search = ? WHERE id = ?"_s);
    for (const auto &[id, text] : texts) {
        write.addBindValue(text);
        write.addBindValue(id);
        db.exec(write);
    }
    write.finish();
    if (db.backend() != Database::Backend::Sqlite)
        return;
    // The search table is built from the filled rows at once; only then may updates and deletes
    // tell it what changed (FTS5 refuses to remove what it never indexed).
    db.run(u"INSERT INTO appointment_reason_fts (appointment_reason_fts) VALUES ('rebuild')"_s);
    db.run(u"CREATE TRIGGER appointment_reason_fts_delete AFTER DELETE ON appointment BEGIN INSERT INTO "
           "appointment_reason_fts (appointment_reason_fts, rowid, reason_search) VALUES ('delete', OLD.id, "
           "OLD.reason_search); END"_s);
    db.run(u"CREATE TRIGGER appointment_reason_fts_update AFTER UPDATE OF reason_search ON appointment BEGIN "
           "INSERT INTO appointment_reason_fts (appointment_reason_fts, rowid, reason_search) VALUES "
           "('delete', "
           "OLD.id, OLD.reason_search); INSERT INTO appointment_reason_fts (rowid, reason_search) VALUES "
           "(NEW.id, "
           "NEW.reason_search); END"_s);
}

// What a migration needs beyond its SQL, run in the same transaction.
void afterMigration(int version, Database &db)
{
    if (version == 4)
        refillPatientSearchText(db);
    if (version == 8)
        refillReasonSearch(db);
}

QString render(const char *sql, Database::Backend backend)
{
    const bool pg = backend == Database::Backend::Postgres;
    QString text = QString::fromUtf8(sql);
    text.replace(u"{ID}"_s, pg ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                               : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    text.replace(u"{BOOL}"_s, pg ? u"BOOLEAN"_s : u"INTEGER"_s);
    text.replace(u"{TRUE}"_s, pg ? u"TRUE"_s : u"1"_s);
    text.replace(u"{FALSE}"_s, pg ? u"FALSE"_s : u"0"_s);
    text.replace(u"{DATE}"_s, pg ? u"DATE"_s : u"TEXT"_s);
    return text;
}

// Statements end with a semicolon at the end of a line (trigger bodies keep theirs on one line).
// A statement whose first line is "-- postgres" or "-- sqlite" runs on that backend only.
QStringList statements(const QString &script, Database::Backend backend)
{
    static const QRegularExpression separator(u";[ \\t]*(\\n|$)"_s);
    QStringList result;
    for (const QString &part : script.split(separator)) {
        QString statement = part.trimmed();
        if (statement.startsWith(u"-- postgres\n"_s)) {
            if (backend != Database::Backend::Postgres)
                continue;
            statement = statement.mid(12).trimmed();
        } else if (statement.startsWith(u"-- sqlite\n"_s)) {
            if (backend != Database::Backend::Sqlite)
                continue;
            statement = statement.mid(10).trimmed();
        }
        if (!statement.isEmpty())
            result << statement;
    }
    return result;
}

} // namespace

int Schema::latestVersion()
{
    return int(migrations.size());
}

int Schema::currentVersion(Database &db)
{
    if (!db.hasTable(u"schema_version"_s))
        return 0;
    QSqlQuery query = db.run(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

int Schema::migrate(Database &db, const Progress &progress, int upTo)
{
    if (db.isPostgres()) {
        // One migrator at a time, even from two machines.
        db.execute(u"SELECT pg_advisory_lock(7412001)"_s);
    }
    struct Unlock
    {
        Database &db;
        ~Unlock()
        {
            if (db.isPostgres())
                QSqlQuery(db.handle()).exec(QStringLiteral("SELECT pg_advisory_unlock(7412001)"));
        }
    } unlock{db};

    const int current = currentVersion(db);
    const int latest = upTo > 0 ? std::min(upTo, latestVersion()) : latestVersion();
    if (current > latestVersion()) {
        throw StoreError(
                StoreError::Kind::SchemaTooNew,
                u"This database was written by a newer version of Accueil (schema %1; this "
                "program knows up to %2). Install the newer Accueil; nothing was changed."_s.arg(current)
                        .arg(latest));
    }
    const int total = latest - current;
    for (int version = current + 1; version <= latest; ++version) {
        Transaction transaction(db);
        for (const QString &statement :
             statements(render(migrations[version - 1], db.backend()), db.backend()))
            db.execute(statement);
        afterMigration(version, db);
        db.run(u"INSERT INTO schema_version (version, applied_at, application) VALUES (?, ?, ?)"_s,
               {version, QDateTime::currentSecsSinceEpoch(), u"Accueil " ACCUEIL_VERSION ""_s});
        transaction.commit();
        if (progress)
            progress(version - current, total);
    }
    return total;
}

void Schema::requireCurrent(Database &db)
{
    const int current = currentVersion(db);
    const int latest = latestVersion();
    if (current == 0) {
        throw StoreError(StoreError::Kind::NoDatabase,
                         u"The database "_s + db.url().displayString()
                                 + u" has no Accueil data yet (create it with \"accueil-admin init\")."_s);
    }
    if (current > latest) {
        throw StoreError(StoreError::Kind::SchemaTooNew,
                         u"This database was written by a newer version of Accueil (schema %1; this "
                         "program knows up to %2). Install the newer Accueil."_s.arg(current)
                                 .arg(latest));
    }
    if (current < latest) {
        throw StoreError(StoreError::Kind::SchemaOutdated,
                         u"The database is at schema %1 and this Accueil needs %2: run \"accueil-admin "
                         "migrate\" first."_s.arg(current)
                                 .arg(latest));
    }
}

} // namespace Accueil
