#include "adminrunner.h"
#include "catch.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

// These do not depend on the backend under test: they are about URLs and files.

TEST_CASE("a wrong or missing database URL is named in one line", "[admin][unit]")
{
    const AdminRun none = runAdmin({u"migrate"_s});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(u"No database given"_s));

    const AdminRun scheme = runAdmin({u"--database"_s, u"mysql://localhost/x"_s, u"migrate"_s});
    CHECK(scheme.exitCode == 1);
    CHECK(scheme.err.contains(u"Unknown database URL"_s));
    CHECK(scheme.err.count(u'\n') == 1);

    const AdminRun noName = runAdmin({u"--database"_s, u"postgresql://user@localhost"_s, u"migrate"_s});
    CHECK(noName.exitCode == 1);
    CHECK(noName.err.contains(u"must name one database"_s));
}

TEST_CASE("an unreachable PostgreSQL server is reported quickly", "[admin][unit]")
{
    QElapsedTimer timer;
    timer.start();
    const AdminRun run
            = runAdmin({u"--database"_s, u"postgresql://postgres@127.0.0.1:1/accueil"_s, u"migrate"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"Cannot open the database postgresql://postgres@127.0.0.1:1/accueil"_s));
    CHECK(timer.elapsed() < 15000);
}

TEST_CASE("commands other than init never create a SQLite file", "[admin][unit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.sqlite"_s);
    for (const QStringList &command :
         {QStringList{u"migrate"_s}, QStringList{u"seed-demo"_s}, QStringList{u"user"_s, u"list"_s},
          QStringList{u"backup"_s, u"--to"_s, dir.filePath(u"copy.sqlite"_s)}}) {
        const AdminRun run = runAdmin(QStringList{u"--database"_s, u"sqlite:"_s + path} + command);
        INFO(command.join(u' ').toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"accueil-admin init"_s));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(u"copy.sqlite"_s)));
    }

    const AdminRun noFolder
            = runAdmin({u"--database"_s, u"sqlite:/nonexistent-folder/x.sqlite"_s, u"init"_s});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(u"/nonexistent-folder"_s));
}

TEST_CASE("backup copies a live SQLite database into a new file", "[admin][unit]")
{
    QTemporaryDir dir;
    const QString source = u"sqlite:"_s + dir.filePath(u"centre.sqlite"_s);
    REQUIRE(runAdmin({u"--database"_s, source, u"init"_s, u"--name"_s, u"Centre Sauvegardé"_s}).exitCode
            == 0);
    REQUIRE(runAdmin({u"--database"_s, source, u"user"_s, u"add"_s, u"--login"_s, u"amel"_s, u"--name"_s,
                      u"Amel"_s, u"--initials"_s, u"AM"_s, u"--role"_s, u"admin"_s, u"--password-stdin"_s},
                     "long enough password\n")
                    .exitCode
            == 0);

    const QString target = dir.filePath(u"backup.sqlite"_s);
    const AdminRun run = runAdmin({u"--database"_s, source, u"backup"_s, u"--to"_s, target});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(u"backup 100 %"_s));

    auto copy = Store::open(DatabaseUrl::parse(u"sqlite:"_s + target));
    CHECK(copy->centre()->name == u"Centre Sauvegardé"_s);
    CHECK(copy->staffByLogin(u"amel"_s));

    const AdminRun again = runAdmin({u"--database"_s, source, u"backup"_s, u"--to"_s, target});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already exists"_s));

    const AdminRun postgres = runAdmin({u"--database"_s, u"postgresql://postgres@127.0.0.1:1/accueil"_s,
                                        u"backup"_s, u"--to"_s, dir.filePath(u"pg.dump"_s)});
    CHECK(postgres.exitCode == 1);
    CHECK(postgres.err.contains(u"pg_dump"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"pg.dump"_s)));
}
