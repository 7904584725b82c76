// The database goes away and comes back: desks notice, refuse edits cleanly, reconnect by
// themselves and catch up on what happened meanwhile. A server of the test's own is stopped and
// started again.
#include "catch.h"
#include "desk/patientdirectory.h"
#include "fixtures.h"
#include "pgserver.h"
#include "store/schema.h"
#include "sync/changewatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

TEST_CASE("PostgreSQL stops and restarts: the watcher reports it, reconnects and catches up",
          "[loss][postgres]")
{
    qRegisterMetaType<std::vector<Change>>();
    PgServer server;
    {
        auto db = Database::open(DatabaseUrl::parse(server.url()));
        Schema::migrate(*db);
    }
    ManualClock clock(testNow());
    const DatabaseUrl url = DatabaseUrl::parse(server.url());
    Store desk(Database::open(url), clock);
    Store other(Database::open(url), clock);
    Centre centre;
    centre.name = u"Maison de santé du Test"_s;
    other.insert(centre, setupActor());

    ChangeWatcher::Timing timing;
    timing.safetyPollMs = 200;
    timing.reconnectMs = 200;
    ChangeWatcher watcher(desk, timing);
    QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &ChangeWatcher::connectionRestored);
    QSignalSpy arrived(&watcher, &ChangeWatcher::changesArrived);

    server.stop();
    REQUIRE(lost.wait(10000));
    CHECK_FALSE(watcher.isConnected());
    CHECK(lost.count() == 1); // said once, not at every retry

    // An edit while the database is away is refused with a typed error; nothing half-done.
    Patient patient;
    patient.lastName = u"Horsligne"_s;
    patient.firstName = u"Test"_s;
    const auto refused = [&] {
        try {
            PatientDirectory(desk).create(patient, setupActor());
        } catch (const StoreError &error) {
            INFO(error.message().toStdString() << " kind " << kindName(error.kind()));
            CHECK(error.kind() == StoreError::Kind::Connection);
            return error.kind() == StoreError::Kind::Connection;
        }
        return false;
    };
    CHECK(refused());

    server.start();
    // The other desk is back first and writes before this one has reconnected.
    REQUIRE(QTest::qWaitFor(
            [&] {
                try {
                    other.database().reconnect();
                    return true;
                } catch (const StoreError &) {
                    return false;
                }
            },
            10000));
    const Patient written = PatientDirectory(other).create(patient, setupActor());
    REQUIRE((restored.count() > 0 || restored.wait(10000)));
    CHECK(watcher.isConnected());
    REQUIRE((arrived.count() > 0 || arrived.wait(10000)));
    const std::vector<Change> changes = arrived.takeFirst().at(0).value<std::vector<Change>>();
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().entityId == written.id);
    // And this desk writes again.
    patient.lastName = u"Retour"_s;
    CHECK(PatientDirectory(desk).create(patient, setupActor()).id > written.id);
}
