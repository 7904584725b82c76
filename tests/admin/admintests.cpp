#include "adminrunner.h"
#include "auth/passwordhasher.h"
#include "catch.h"
#include "fixtures.h"
#include "store/schema.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// A new database initialised through the CLI.
AdminRun initialise(const TestDatabase &database, const QString &name = u"Maison de santé du Test"_s)
{
    return runAdmin({u"--database"_s, urlText(database.url()), u"init"_s, u"--name"_s, name});
}

qint64 count(const TestDatabase &database, const QString &table)
{
    auto db = database.openDatabase();
    return rowCount(*db, table);
}

} // namespace

TEST_CASE("init creates the schema and the centre, and refuses to run twice", "[admin]")
{
    TestDatabase database;
    const AdminRun first = initialise(database);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"Maison de santé du Test"_s));

    {
        auto store = Store::open(database.url());
        CHECK(Schema::currentVersion(store->database()) == Schema::latestVersion());
        const auto centre = store->centre();
        REQUIRE(centre);
        CHECK(centre->name == u"Maison de santé du Test"_s);
        CHECK(centre->timeZone == u"Europe/Paris"_s);
    }

    const AdminRun second = initialise(database, u"Another name"_s);
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(u"already initialised"_s));
    CHECK(second.err.count(u'\n') == 1); // one line, naming the problem
    auto store = Store::open(database.url());
    CHECK(store->count<Centre>() == 1);
    CHECK(store->centre()->name == u"Maison de santé du Test"_s);
}

TEST_CASE("migrate brings a database up to date and says so", "[admin]")
{
    TestDatabase database;
    REQUIRE(initialise(database).exitCode == 0);
    const AdminRun run = runAdmin({u"--database"_s, urlText(database.url()), u"migrate"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"up to date"_s));
}

TEST_CASE("a database written by a newer Accueil is refused and left untouched", "[admin]")
{
    TestDatabase database;
    REQUIRE(initialise(database).exitCode == 0);
    {
        auto db = database.openDatabase();
        db->run(u"INSERT INTO schema_version (version, applied_at, application) VALUES (999, 0, 'future')"_s);
    }
    const qint64 versionsBefore = count(database, u"schema_version"_s);
    const qint64 revisionBefore = count(database, u"change_feed"_s);

    for (const QStringList &command :
         {QStringList{u"migrate"_s}, QStringList{u"seed-demo"_s, u"--years"_s, u"0"_s},
          QStringList{u"user"_s, u"list"_s}}) {
        const AdminRun run = runAdmin(QStringList{u"--database"_s, urlText(database.url())} + command);
        INFO(command.join(u' ').toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"newer version of Accueil"_s));
    }
    CHECK(count(database, u"schema_version"_s) == versionsBefore);
    CHECK(count(database, u"change_feed"_s) == revisionBefore);
    CHECK(count(database, u"practitioner"_s) == 0);
}

TEST_CASE("user add, list and passwd manage staff accounts with Argon2id hashes", "[admin]")
{
    TestDatabase database;
    REQUIRE(initialise(database).exitCode == 0);
    const QString url = urlText(database.url());
    const QStringList add{u"--database"_s,      url,        u"user"_s,   u"add"_s,
                          u"--login"_s,         u"marie"_s, u"--name"_s, u"Marie Dupré"_s,
                          u"--initials"_s,      u"md"_s,    u"--role"_s, u"secretary"_s,
                          u"--password-stdin"_s};
    const AdminRun added = runAdmin(add, "correct horse battery\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    {
        auto store = Store::open(database.url());
        const auto staff = store->staffByLogin(u"marie"_s);
        REQUIRE(staff);
        CHECK(staff->displayName == u"Marie Dupré"_s);
        CHECK(staff->initials == u"MD"_s);
        CHECK(staff->role == Role::Secretary);
        CHECK(staff->passwordHash.startsWith(u"$argon2id$"_s));
        CHECK(PasswordHasher::verify(staff->passwordHash, u"correct horse battery"_s));
        // The audit trail records the creation, without the hash.
        const auto trail = store->auditTrail(u"staff_user"_s, staff->id);
        REQUIRE(trail.size() == 1);
        CHECK(trail.front().actorLabel == u"accueil-admin"_s);
        CHECK_FALSE(trail.front().after.contains(u"password_hash"_s));
    }

    const AdminRun list = runAdmin({u"--database"_s, url, u"user"_s, u"list"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"marie"_s));
    CHECK(list.out.contains(u"Marie Dupré"_s));

    const AdminRun duplicate = runAdmin(add, "another password\n");
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(u"already exists"_s));

    const AdminRun tooShort = runAdmin(
            {u"--database"_s, url, u"user"_s, u"passwd"_s, u"marie"_s, u"--password-stdin"_s}, "short\n");
    CHECK(tooShort.exitCode == 1);
    CHECK(tooShort.err.contains(u"at least 8"_s));

    const AdminRun changed
            = runAdmin({u"--database"_s, url, u"user"_s, u"passwd"_s, u"marie"_s, u"--password-stdin"_s},
                       "a new long password\n");
    CHECK(changed.exitCode == 0);
    auto store = Store::open(database.url());
    const auto staff = store->staffByLogin(u"marie"_s);
    REQUIRE(staff);
    CHECK(PasswordHasher::verify(staff->passwordHash, u"a new long password"_s));
    CHECK_FALSE(PasswordHasher::verify(staff->passwordHash, u"correct horse battery"_s));
    CHECK(staff->version == 2);

    const AdminRun unknown
            = runAdmin({u"--database"_s, url, u"user"_s, u"passwd"_s, u"nobody"_s, u"--password-stdin"_s},
                       "whatever long\n");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"nobody"_s));
}

TEST_CASE("bad command lines get a one-line error and exit code 2, writing nothing", "[admin]")
{
    TestDatabase database;
    REQUIRE(initialise(database).exitCode == 0);
    const QString url = urlText(database.url());
    const qint64 revision = count(database, u"change_feed"_s);

    struct Case
    {
        QStringList arguments;
        QString expected;
    };
    const QList<Case> cases{
            {{u"--database"_s, url}, u"no command"_s},
            {{u"--database"_s, url, u"frobnicate"_s}, u"unknown command \"frobnicate\""_s},
            {{u"--database"_s, url, u"seed-demo"_s, u"--years"_s, u"ten"_s}, u"--years"_s},
            {{u"--database"_s, url, u"seed-demo"_s, u"--patients"_s, u"-5"_s}, u"--patients"_s},
            {{u"--database"_s, url, u"seed-demo"_s, u"--colour"_s}, u"colour"_s},
            {{u"--database"_s, url, u"user"_s, u"add"_s, u"--name"_s, u"X"_s}, u"--login"_s},
            {{u"--database"_s, url, u"user"_s, u"add"_s, u"--login"_s, u"x"_s, u"--name"_s, u"X"_s,
              u"--initials"_s, u"X"_s, u"--role"_s, u"surgeon"_s},
             u"unknown role"_s},
            {{u"--database"_s, url, u"user"_s, u"remove"_s}, u"add, list or passwd"_s},
            {{u"--database"_s, url, u"backup"_s}, u"--to"_s},
            {{u"--database"_s, url, u"init"_s, u"--time-zone"_s, u"Mars/Olympus"_s}, u"unknown time zone"_s},
    };
    for (const Case &c : cases) {
        const AdminRun run = runAdmin(c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.expected));
        CHECK(run.err.count(u'\n') == 1);
        CHECK(run.out.isEmpty());
    }
    CHECK(count(database, u"change_feed"_s) == revision);
}

TEST_CASE("every command has its own help", "[admin]")
{
    const AdminRun general = runAdmin({u"--help"_s});
    CHECK(general.exitCode == 0);
    for (const QString &command :
         {u"init"_s, u"migrate"_s, u"seed-demo"_s, u"demo-logins"_s, u"user"_s, u"backup"_s}) {
        INFO(command.toStdString());
        CHECK(general.out.contains(command));
        const AdminRun help = runAdmin({command, u"--help"_s});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(u"Usage: accueil-admin "_s + command));
        CHECK(help.out.contains(u"--database"_s));
    }
}

TEST_CASE("seed-demo fills the demo centre deterministically and refuses a second time", "[admin]")
{
    TestDatabase first;
    TestDatabase second;
    for (const TestDatabase *database : {&first, &second}) {
        REQUIRE(initialise(*database).exitCode == 0);
        const AdminRun run = runAdmin({u"--database"_s, urlText(database->url()), u"seed-demo"_s,
                                       u"--years"_s, u"0"_s, u"--patients"_s, u"300"_s, u"--seed"_s, u"7"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.contains(u"%"_s)); // progress on stderr
        CHECK(run.out.contains(u"password for all: demo"_s));
    }

    auto a = Store::open(first.url());
    auto b = Store::open(second.url());
    CHECK(a->count<Practitioner>(u"intern = ?"_s, {false}) == 30);
    CHECK(a->count<Practitioner>(u"intern = ?"_s, {true}) >= 1);
    CHECK(a->count<Patient>() == 300);
    CHECK(a->count<StaffUser>(u"role = 'secretary'"_s) == 3);
    CHECK(a->count<Appointment>() > 1000);

    // Same seed, same centre.
    const auto names = [](Store &store) {
        QStringList list;
        for (const Patient &patient : store.select<Patient>())
            list << patient.lastName + u' ' + patient.firstName + u' '
                            + patient.birthDate.toString(Qt::ISODate);
        return list;
    };
    CHECK(names(*a) == names(*b));
    CHECK(a->count<Appointment>() == b->count<Appointment>());

    const qint64 appointments = a->count<Appointment>();
    const AdminRun again = runAdmin({u"--database"_s, urlText(first.url()), u"seed-demo"_s, u"--years"_s,
                                     u"0"_s, u"--patients"_s, u"300"_s});
    CHECK(again.exitCode == 1);
    CHECK(a->count<Appointment>() == appointments);
    CHECK(a->count<Patient>() == 300);
}
