#include "catch.h"
#include "fixtures.h"
#include "store/schema.h"
#include "testdatabase.h"

#include <tuple>
#include <utility>
#include <vector>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

const QStringList allTables{u"schema_version"_s,
                            u"centre"_s,
                            u"practitioner"_s,
                            u"staff_user"_s,
                            u"service"_s,
                            u"practitioner_service"_s,
                            u"agenda"_s,
                            u"appointment_type"_s,
                            u"patient"_s,
                            u"patient_account"_s,
                            u"account_member"_s,
                            u"appointment"_s,
                            u"schedule_template"_s,
                            u"template_range"_s,
                            u"schedule_exception"_s,
                            u"message"_s,
                            u"message_read"_s,
                            u"callback_task"_s,
                            u"revision_counter"_s,
                            u"change_feed"_s,
                            u"audit_event"_s};

} // namespace

TEST_CASE("Migrating an empty database brings it to the latest schema", "[migration]")
{
    TestDatabase testDb;
    const auto db = testDb.openDatabase();
    REQUIRE(Schema::latestVersion() >= 1);
    CHECK(Schema::currentVersion(*db) == 0);
    CHECK_FALSE(db->hasTable(u"patient"_s));

    std::vector<std::pair<int, int>> progress;
    const int applied
            = Schema::migrate(*db, [&](int done, int total) { progress.emplace_back(done, total); });

    CHECK(applied == Schema::latestVersion());
    CHECK(Schema::currentVersion(*db) == Schema::latestVersion());
    CHECK_NOTHROW(Schema::requireCurrent(*db));
    REQUIRE(progress.size() == std::size_t(applied));
    CHECK(progress.back() == std::pair(applied, applied));
    for (const QString &table : allTables) {
        INFO("table " << table.toStdString());
        CHECK(db->hasTable(table));
    }
    CHECK(rowCount(*db, u"schema_version"_s) == Schema::latestVersion());
    CHECK(scalar(*db, u"SELECT application FROM schema_version WHERE version = 1"_s)
                  .toString()
                  .startsWith(u"Accueil "_s));
    CHECK(scalar(*db, u"SELECT value FROM revision_counter WHERE id = 1"_s).toLongLong() == 0);
    CHECK(db->transactionDepth() == 0);
}

TEST_CASE("Migrating again applies nothing and keeps the data", "[migration]")
{
    ManualClock clock(testNow());
    TestDatabase testDb;
    qint64 patientId = 0;
    {
        const auto store = testDb.openStore(clock);
        patientId = addPatient(*store, u"Martin"_s, u"Louis"_s).id;
    }

    const auto db = testDb.openDatabase();
    const qint64 versionsBefore = rowCount(*db, u"schema_version"_s);
    CHECK(Schema::migrate(*db) == 0);
    CHECK(Schema::currentVersion(*db) == Schema::latestVersion());
    CHECK(rowCount(*db, u"schema_version"_s) == versionsBefore);

    const auto store = Store::open(testDb.url(), clock);
    const Patient patient = store->get<Patient>(patientId);
    CHECK(patient.lastName == u"Martin"_s);
    CHECK(store->count<Patient>() == 1);
    CHECK(store->latestRevision() == 1);
}

TEST_CASE("A database written by a newer Accueil is refused and not modified", "[migration]")
{
    TestDatabase testDb;
    const auto db = testDb.openDatabase();
    Schema::migrate(*db);
    db->run(u"INSERT INTO schema_version (version, applied_at, application) VALUES (999, 0, 'Accueil 99.0')"_s);
    db->run(u"INSERT INTO service (label) VALUES ('Vaccination')"_s);
    const qint64 versionRows = rowCount(*db, u"schema_version"_s);

    const auto error = storeErrorFrom([&] { Schema::migrate(*db); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::SchemaTooNew);
    CHECK(error->message().contains(u"999"_s));

    CHECK(rowCount(*db, u"schema_version"_s) == versionRows);
    CHECK(Schema::currentVersion(*db) == 999);
    CHECK(rowCount(*db, u"service"_s) == 1);
    CHECK(db->transactionDepth() == 0);

    const auto requireError = storeErrorFrom([&] { Schema::requireCurrent(*db); });
    REQUIRE(requireError);
    CHECK(requireError->kind() == StoreError::Kind::SchemaTooNew);

    ManualClock clock(testNow());
    const auto openError = storeErrorFrom([&] { std::ignore = Store::open(testDb.url(), clock); });
    REQUIRE(openError);
    CHECK(openError->kind() == StoreError::Kind::SchemaTooNew);

    if (testDb.isPostgres()) {
        // The refusal released the migration lock: another connection can take it at once.
        const auto other = testDb.openDatabase();
        CHECK(scalar(*other, u"SELECT pg_try_advisory_lock(7412001)"_s).toBool());
        other->execute(u"SELECT pg_advisory_unlock(7412001)"_s);
    }
}

TEST_CASE("An empty database is not an Accueil database", "[migration]")
{
    TestDatabase testDb;
    {
        const auto db = testDb.openDatabase();
        const auto error = storeErrorFrom([&] { Schema::requireCurrent(*db); });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::NoDatabase);
        CHECK(error->message().contains(u"accueil-admin init"_s));
    }

    ManualClock clock(testNow());
    const auto error = storeErrorFrom([&] { std::ignore = Store::open(testDb.url(), clock); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::NoDatabase);

    // Opening did not create the schema behind our back.
    const auto db = testDb.openDatabase();
    CHECK_FALSE(db->hasTable(u"schema_version"_s));
    CHECK(Schema::currentVersion(*db) == 0);
}

TEST_CASE("Two connections can migrate the same database one after the other", "[migration]")
{
    TestDatabase testDb;
    const auto first = testDb.openDatabase();
    const auto second = testDb.openDatabase();
    CHECK(Schema::migrate(*first) == Schema::latestVersion());
    CHECK(Schema::migrate(*second) == 0);
    CHECK(Schema::currentVersion(*second) == Schema::latestVersion());
}

TEST_CASE("Schema 8 fills the reason search and the late cancellations of an existing history", "[migration]")
{
    ManualClock clock(testNow());
    TestDatabase testDb;
    {
        const auto db = testDb.openDatabase();
        REQUIRE(Schema::migrate(*db, {}, 7) == 7);
        db->run(u"INSERT INTO practitioner (first_name, last_name, profession) VALUES ('Claire', 'Fabre', 'gp')"_s);
        db->run(u"INSERT INTO agenda (kind, practitioner_id, name) VALUES ('practitioner', 1, 'Dr Fabre')"_s);
        // Years of appointments written by schema 7: a reason with accents, a cancellation two hours
        // before (late) and one three days before (not).
        const qint64 start = utc(2022, 3, 8, 13, 0).toSecsSinceEpoch();
        db->run(u"INSERT INTO appointment (agenda_id, start_utc, end_utc, reason, status, channel, "
                u"created_at) "
                "VALUES (1, ?, ?, 'Vaccination antitétanique', 'done', 'desk', ?)"_s,
                {start, start + 900, start - 86400});
        db->run(u"INSERT INTO appointment (agenda_id, start_utc, end_utc, reason, status, channel, "
                u"created_at, "
                "updated_at) VALUES (1, ?, ?, 'Fièvre', 'cancelled', 'desk', ?, ?)"_s,
                {start + 3600, start + 4500, start - 86400, start + 3600 - 7200});
        db->run(u"INSERT INTO appointment (agenda_id, start_utc, end_utc, reason, status, channel, "
                u"created_at, "
                "updated_at) VALUES (1, ?, ?, 'Entorse', 'cancelled', 'desk', ?, ?)"_s,
                {start + 7200, start + 8100, start - 5 * 86400, start - 3 * 86400});
    }
    const auto db = testDb.openDatabase();
    CHECK(Schema::migrate(*db) == Schema::latestVersion() - 7);
    const auto store = Store::open(testDb.url(), clock);
    const std::vector<Appointment> all = store->select<Appointment>({}, {}, u"id"_s);
    REQUIRE(all.size() == 3);
    CHECK(all[0].reasonSearch == u"vaccination antitetanique"_s);
    CHECK_FALSE(all[0].lateCancel);
    CHECK(all[1].lateCancel);
    CHECK(all[1].cancelledAt == all[1].updatedAt);
    CHECK_FALSE(all[2].lateCancel);

    // Found by the search; still found, and only by the new words, after an edit.
    const auto idsFor = [&](const QString &words) {
        QList<qint64> ids;
        for (const AppointmentRow &row : store->appointmentRows(
                     store->database().isPostgres() ? u"a.reason_search LIKE ? ORDER BY a.id"_s
                                                    : u"a.id IN (SELECT rowid FROM appointment_reason_fts "
                                                      u"WHERE reason_search LIKE ?) "
                                                      "ORDER BY a.id"_s,
                     {QString(u'%' + words + u'%')}))
            ids << row.appointment.id;
        return ids;
    };
    CHECK(idsFor(u"tetani"_s) == QList<qint64>{all[0].id});
    Appointment edited = all[0];
    edited.reason = u"Rappel DTP"_s;
    store->update(edited, setupActor());
    CHECK(idsFor(u"tetani"_s).isEmpty());
    CHECK(idsFor(u"rappel dtp"_s) == QList<qint64>{all[0].id});
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM appointment"_s).toLongLong() == 3);
}
