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
