#include "catch.h"
#include "fixtures.h"
#include "store/database.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>

#include <tuple>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

// These open no server and always use SQLite files in a temporary folder, whatever the backend.

TEST_CASE("A missing SQLite file is not created unless asked", "[unit][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"centre.sqlite"_s);
    const DatabaseUrl url = DatabaseUrl::parse(u"sqlite:"_s + path);

    const auto error = storeErrorFrom([&] { std::ignore = Database::open(url); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::NoDatabase);
    CHECK(error->message().contains(path));
    CHECK_FALSE(QFileInfo::exists(path));

    const auto storeError = storeErrorFrom([&] { std::ignore = Store::open(url); });
    REQUIRE(storeError);
    CHECK(storeError->kind() == StoreError::Kind::NoDatabase);
    CHECK_FALSE(QFileInfo::exists(path));

    // With Create::Yes the file appears.
    CHECK(Database::open(url, Database::Create::Yes) != nullptr);
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("A SQLite file in a missing folder is a connection error", "[unit][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"no/such/folder/centre.sqlite"_s);
    const auto error = storeErrorFrom([&] {
        std::ignore = Database::open(DatabaseUrl::parse(u"sqlite:"_s + path), Database::Create::Yes);
    });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::Connection);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"no"_s)));
}

TEST_CASE("A file that is not a database is refused and left alone", "[unit][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"notes.txt"_s);
    const QByteArray content = QByteArrayLiteral("Ceci n'est pas une base de donnees.\n").repeated(100);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    }
    const auto error
            = storeErrorFrom([&] { std::ignore = Database::open(DatabaseUrl::parse(u"sqlite:"_s + path)); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);
}

TEST_CASE("A PostgreSQL server that does not answer fails fast with a Connection error", "[unit][open]")
{
    // A port that was free a moment ago: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const DatabaseUrl url
            = DatabaseUrl::parse(u"postgresql://accueil:hunter2-secret@127.0.0.1:%1/accueil"_s.arg(port));

    QElapsedTimer timer;
    timer.start();
    const auto error = storeErrorFrom([&] { std::ignore = Database::open(url); });
    const qint64 elapsedMs = timer.elapsed();

    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::Connection);
    CHECK(elapsedMs < 3000);
    INFO(error->message().toStdString());
    CHECK(error->message().contains(u"127.0.0.1"_s));
    CHECK_FALSE(error->message().contains(u"hunter2"_s)); // the password never reaches a message

    const auto storeError = storeErrorFrom([&] { std::ignore = Store::open(url); });
    REQUIRE(storeError);
    CHECK(storeError->kind() == StoreError::Kind::Connection);
}
