// Every write leaves one audit event and one change-feed revision, in the same transaction.
#include "auth/passwordhasher.h"
#include "catch.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Insert and update each add one audit event and one change", "[audit]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);

    // Create, at the desk.
    const WriteTrace t0 = WriteTrace::of(store, u"patient"_s);
    f.clock.advance(125);
    Patient patient;
    patient.lastName = u"Garnier"_s;
    patient.firstName = u"Lucie"_s;
    patient.mobilePhone = u"06 11 11 11 11"_s;
    const Patient created = store.insert(patient, s.actor);
    const WriteTrace t1 = WriteTrace::of(store, u"patient"_s);
    CHECK(t1.rows == t0.rows + 1);
    CHECK(t1.auditEvents == t0.auditEvents + 1);
    CHECK(t1.changes == t0.changes + 1);
    CHECK(t1.revision > t0.revision);

    std::vector<AuditEvent> trail = store.auditTrail(u"patient"_s, created.id);
    REQUIRE(trail.size() == 1);
    const AuditEvent create = trail[0];
    CHECK(create.revision == t1.revision);
    CHECK(create.at == f.clock.now());
    CHECK(create.actorStaffId == s.staff.id);
    CHECK_FALSE(create.actorAccountId.has_value());
    CHECK(create.actorLabel == u"SL"_s);
    CHECK(create.channel == Channel::Desk);
    CHECK(create.action == u"create"_s);
    CHECK(create.entity == u"patient"_s);
    CHECK(create.entityId == created.id);
    CHECK(create.before.isEmpty());
    CHECK(scalar(store.database(),
                 u"SELECT COUNT(*) FROM audit_event WHERE entity = 'patient' AND entity_id = ? "
                 "AND before_json IS NULL AND after_json IS NOT NULL"_s,
                 {created.id})
                  .toInt()
          == 1);
    CHECK(create.after.value(u"id"_s).toInteger() == created.id);
    CHECK(create.after.value(u"version"_s).toInt() == 1);
    CHECK(create.after.value(u"last_name"_s).toString() == u"Garnier"_s);
    CHECK(create.after.value(u"mobile_phone"_s).toString() == u"06 11 11 11 11"_s);
    CHECK(create.after.value(u"created_at"_s).toString() == f.clock.now().toString(Qt::ISODate));

    std::vector<Change> changes = store.changesSince(t0.revision);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].revision == t1.revision);
    CHECK(changes[0].at == f.clock.now());
    CHECK(changes[0].entity == u"patient"_s);
    CHECK(changes[0].entityId == created.id);
    CHECK(changes[0].action == u"create"_s);

    // Update, from the booking page.
    PatientAccount account;
    account.email = u"lucie@example.org"_s;
    account.passwordHash = testPasswordHash();
    account.holderPatientId = created.id;
    account = store.insert(account, setupActor());
    const WriteTrace t2 = WriteTrace::of(store, u"patient"_s);
    f.clock.advance(60);
    Patient edited = created;
    edited.mobilePhone = u"07 22 22 22 22"_s;
    store.update(edited, webActor(account.id));
    const WriteTrace t3 = WriteTrace::of(store, u"patient"_s);
    CHECK(t3.rows == t2.rows);
    CHECK(t3.auditEvents == t2.auditEvents + 1);
    CHECK(t3.changes == t2.changes + 1);
    CHECK(t3.revision > t2.revision);

    trail = store.auditTrail(u"patient"_s, created.id);
    REQUIRE(trail.size() == 2);
    const AuditEvent update = trail[1];
    CHECK(update.revision == t3.revision);
    CHECK(update.revision > create.revision);
    CHECK(update.at == f.clock.now());
    CHECK_FALSE(update.actorStaffId.has_value());
    CHECK(update.actorAccountId == account.id);
    CHECK(update.actorLabel == u"web"_s);
    CHECK(update.channel == Channel::Web);
    CHECK(update.action == u"update"_s);
    CHECK(update.before.value(u"mobile_phone"_s).toString() == u"06 11 11 11 11"_s);
    CHECK(update.after.value(u"mobile_phone"_s).toString() == u"07 22 22 22 22"_s);
    CHECK(update.before.value(u"version"_s).toInt() == 1);
    CHECK(update.after.value(u"version"_s).toInt() == 2);
    CHECK(update.after.value(u"last_name"_s).toString() == u"Garnier"_s);

    changes = store.changesSince(t2.revision);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].action == u"update"_s);
    CHECK(changes[0].entityId == created.id);

    // A named action.
    edited = store.get<Patient>(created.id);
    edited.notes = u"Dossier fusionné"_s;
    store.update(edited, s.actor, u"merge"_s);
    CHECK(store.auditTrail(u"patient"_s, created.id).back().action == u"merge"_s);
    CHECK(store.changesSince(t3.revision).back().action == u"merge"_s);
}

TEST_CASE("Revisions strictly increase and changesSince returns the later ones in order", "[audit]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    for (int i = 0; i < 3; ++i) {
        f.clock.advance(1);
        addPatient(store, u"Patient"_s, QString::number(i));
    }
    Patient edited = store.get<Patient>(s.patient.id);
    edited.notes = u"updated"_s;
    store.update(edited, s.actor);
    addAppointment(store, s.agenda, utc(2026, 6, 16, 8, 0), 20, s.actor, s.patient.id);

    const std::vector<Change> all = store.changesSince(0);
    REQUIRE(qint64(all.size()) == rowCount(store.database(), u"change_feed"_s));
    REQUIRE(all.size() >= 10);
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK(all[i].revision > all[i - 1].revision);
    CHECK(all.back().revision == store.latestRevision());
    CHECK(all.back().entity == u"appointment"_s);

    // Each revision has exactly one audit event.
    QList<qint64> auditRevisions;
    QSqlQuery query = store.database().run(u"SELECT revision FROM audit_event ORDER BY revision"_s);
    while (query.next())
        auditRevisions << query.value(0).toLongLong();
    QList<qint64> feedRevisions;
    for (const Change &change : all)
        feedRevisions << change.revision;
    CHECK(auditRevisions == feedRevisions);

    const qint64 middle = all[4].revision;
    const std::vector<Change> later = store.changesSince(middle);
    REQUIRE(later.size() == all.size() - 5);
    CHECK(later.front().revision == all[5].revision);
    for (const Change &change : later)
        CHECK(change.revision > middle);

    const std::vector<Change> firstTwo = store.changesSince(0, 2);
    REQUIRE(firstTwo.size() == 2);
    CHECK(firstTwo[1].revision == all[1].revision);
    CHECK(store.changesSince(store.latestRevision()).empty());
}

TEST_CASE("Password hashes never reach the audit trail", "[audit]")
{
    StoreFixture f;
    Store &store = *f.store;
    const PasswordHasher hasher(PasswordHasher::Strength::Minimum);
    const QStringList hashes{hasher.hash(u"one"_s), hasher.hash(u"two"_s), hasher.hash(u"three"_s),
                             hasher.hash(u"four"_s)};

    StaffUser user;
    user.login = u"admin"_s;
    user.displayName = u"Admin"_s;
    user.initials = u"AD"_s;
    user.role = Role::Admin;
    user.passwordHash = hashes[0];
    user = store.insert(user, setupActor());
    user.passwordHash = hashes[1];
    user.displayName = u"Administrateur"_s;
    user = store.update(user, setupActor());

    const Patient holder = addPatient(store, u"Petit"_s, u"Jean"_s);
    PatientAccount account;
    account.email = u"jean.petit@example.org"_s;
    account.passwordHash = hashes[2];
    account.holderPatientId = holder.id;
    account = store.insert(account, setupActor());
    account.passwordHash = hashes[3];
    store.update(account, setupActor());

    QSqlQuery query = store.database().run(
            u"SELECT entity, COALESCE(before_json, ''), COALESCE(after_json, '') FROM audit_event"_s);
    int checked = 0;
    while (query.next()) {
        const QString json = query.value(1).toString() + query.value(2).toString();
        INFO(query.value(0).toString().toStdString() << ": " << json.toStdString());
        CHECK_FALSE(json.contains(u"password"_s));
        CHECK_FALSE(json.contains(u"argon2"_s));
        for (const QString &hash : hashes)
            CHECK_FALSE(json.contains(hash));
        ++checked;
    }
    CHECK(checked == 5);
    // The rest of the record is there.
    CHECK(store.auditTrail(u"staff_user"_s, user.id).back().after.value(u"display_name"_s).toString()
          == u"Administrateur"_s);
    CHECK(store.auditTrail(u"patient_account"_s, account.id).front().after.value(u"email"_s).toString()
          == u"jean.petit@example.org"_s);
}

TEST_CASE("importAll writes one audit event and one change for the whole batch", "[audit][import]")
{
    StoreFixture f;
    Store &store = *f.store;
    const Actor importer = Actor::system(u"accueil-admin"_s);
    const WriteTrace before = WriteTrace::of(store, u"patient"_s);

    auto checkOneEvent = [&](qint64 count, const QString &source) {
        const WriteTrace after = WriteTrace::of(store, u"patient"_s);
        CHECK(after.rows == before.rows + count);
        CHECK(after.auditEvents == before.auditEvents + 1);
        CHECK(after.changes == before.changes + 1);
        CHECK(after.revision == before.revision + 1);
        const std::vector<AuditEvent> trail = store.auditTrail(u"patient"_s, 0);
        REQUIRE(trail.size() == 1);
        CHECK(trail[0].action == u"import"_s);
        CHECK(trail[0].actorLabel == u"accueil-admin"_s);
        CHECK(trail[0].channel == Channel::System);
        CHECK(trail[0].after.value(u"source"_s).toString() == source);
        CHECK(trail[0].after.value(u"count"_s).toInteger() == count);
        const std::vector<Change> changes = store.changesSince(before.revision);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].action == u"import"_s);
        CHECK(changes[0].entity == u"patient"_s);
    };

    SECTION("with ids assigned")
    {
        std::vector<Patient> patients(3);
        for (std::size_t i = 0; i < patients.size(); ++i) {
            patients[i].lastName = u"Import"_s;
            patients[i].firstName = QString::number(i);
        }
        store.importAll(patients, importer, u"patients.csv"_s, true);
        checkOneEvent(3, u"patients.csv"_s);
        CHECK(patients[0].id > 0);
        CHECK(patients[1].id > patients[0].id);
        CHECK(patients[2].id > patients[1].id);
        CHECK(store.get<Patient>(patients[2].id).firstName == u"2"_s);
        CHECK(store.get<Patient>(patients[2].id).createdAt == f.clock.now());
    }
    SECTION("in multi-row statements (more rows than one statement takes)")
    {
        std::vector<Patient> patients(450);
        for (std::size_t i = 0; i < patients.size(); ++i) {
            patients[i].lastName = u"Import"_s;
            patients[i].firstName = QString::number(i);
            patients[i].birthDate = QDate(1950, 1, 1).addDays(qint64(i));
        }
        store.importAll(patients, importer, u"legacy export"_s, false);
        checkOneEvent(450, u"legacy export"_s);
        const std::vector<Patient> last = store.select<Patient>(u"first_name = ?"_s, {u"449"_s});
        REQUIRE(last.size() == 1);
        CHECK(last[0].birthDate == QDate(1950, 1, 1).addDays(449));
        CHECK(last[0].createdAt == f.clock.now());
    }
}

TEST_CASE("A failed import writes nothing at all", "[audit][import]")
{
    StoreFixture f;
    Store &store = *f.store;
    const bool assignIds = GENERATE(true, false);
    INFO("assignIds " << assignIds);

    std::vector<Service> services(3);
    services[0].label = u"Vaccination"_s;
    services[1].label = u"Frottis"_s;
    services[2].label = u"Vaccination"_s; // duplicate
    const WriteTrace before = WriteTrace::of(store, u"service"_s);
    const auto error = storeErrorFrom([&] { store.importAll(services, setupActor(), u"x"_s, assignIds); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::UniqueViolation);
    CHECK(WriteTrace::of(store, u"service"_s) == before);
    CHECK(store.database().transactionDepth() == 0);
}

TEST_CASE("A failed write leaves no audit event and does not use up a revision", "[audit]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    const qint64 revision = store.latestRevision();

    const auto error = storeErrorFrom([&] { addStaff(store, s.staff.login, u"XX"_s); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::UniqueViolation);
    CHECK(store.latestRevision() == revision);
    CHECK(store.changesSince(revision).empty());
    CHECK(store.auditTrail(u"staff_user"_s, s.staff.id).size() == 1);

    // The next successful write takes the very next revision: no gap.
    addPatient(store, u"Suivant"_s, u"Paul"_s);
    CHECK(store.latestRevision() == revision + 1);
}
