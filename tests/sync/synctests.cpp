// Live sync between desks: what one connection (or process) writes, the others' watchers see.
#include "catch.h"
#include "desk/patientdirectory.h"
#include "fixtures.h"
#include "schedule/scheduler.h"
#include "sync/changewatcher.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSignalSpy>

#include <mutex>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// Two desks on one database: separate connections, separate stores.
struct TwoDesks
{
    TwoDesks() : clock(testNow()), first(database.openStore(clock)), second(database.openStore(clock))
    {
        Centre centre;
        centre.name = u"Maison de santé du Test"_s;
        first->insert(centre, setupActor());
    }

    ManualClock clock;
    TestDatabase database;
    std::unique_ptr<Store> first;
    std::unique_ptr<Store> second;
};

Patient addPatientAt(Store &store, const QString &lastName)
{
    Patient patient;
    patient.lastName = lastName;
    patient.firstName = u"Test"_s;
    return PatientDirectory(store).create(patient, setupActor());
}

// Waits for the watcher's next batch of changes (the event loop runs meanwhile).
std::vector<Change> nextChanges(QSignalSpy &spy, int timeoutMs = 5000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return {};
    return spy.takeFirst().at(0).value<std::vector<Change>>();
}

ChangeWatcher::Timing fast()
{
    ChangeWatcher::Timing timing;
    timing.safetyPollMs = 60000; // the wake-ups must do the work, not the safety net
    timing.sqliteCheckMs = 50;
    timing.reconnectMs = 200;
    return timing;
}

QStringList logged;
std::mutex loggedMutex;
void captureSync(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1StringView(context.category) == "accueil.sync"_L1) {
        const std::lock_guard lock(loggedMutex);
        logged << message;
    }
}

} // namespace

TEST_CASE("A write on one desk reaches the other desk's watcher, not its own", "[sync]")
{
    qRegisterMetaType<std::vector<Change>>();
    TwoDesks f;
    ChangeWatcher watcher(*f.second, fast());
    QSignalSpy spy(&watcher, &ChangeWatcher::changesArrived);
    const qint64 before = watcher.revision();

    const Patient patient = addPatientAt(*f.first, u"Dupont"_s);
    const std::vector<Change> changes = nextChanges(spy);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().entity == u"patient"_s);
    CHECK(changes.front().entityId == patient.id);
    CHECK(changes.front().action == u"create"_s);
    CHECK(changes.front().revision > before);
    CHECK(watcher.revision() == changes.front().revision);

    // The watching desk's own write moves the revision but is not reported back to it.
    addPatientAt(*f.second, u"Durand"_s);
    watcher.poll();
    CHECK(spy.isEmpty());
    CHECK(watcher.revision() == f.second->latestRevision());

    // Several writes in a row all arrive, in order, none twice.
    std::vector<qint64> written;
    for (int i = 0; i < 5; ++i)
        written.push_back(addPatientAt(*f.first, u"Martin%1"_s.arg(i)).id);
    std::vector<qint64> seen;
    while (seen.size() < written.size()) {
        const std::vector<Change> batch = nextChanges(spy);
        REQUIRE_FALSE(batch.empty());
        for (const Change &change : batch)
            seen.push_back(change.entityId);
    }
    CHECK(seen == written);
}

TEST_CASE("A write from another process is seen, and logged with its revision", "[sync]")
{
    qRegisterMetaType<std::vector<Change>>();
    TwoDesks f;
    ChangeWatcher watcher(*f.second, fast());
    QSignalSpy spy(&watcher, &ChangeWatcher::changesArrived);
    {
        const std::lock_guard lock(loggedMutex);
        logged.clear();
    }
    QLoggingCategory::setFilterRules(u"accueil.sync.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureSync);

    QProcess writer;
    writer.start(QStringLiteral(ACCUEIL_SYNC_WRITER_EXE), {f.database.url().displayString(), u"Process"_s});
    REQUIRE(writer.waitForFinished(30000));
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitCode() == 0);
    const qint64 id = writer.readAllStandardOutput().trimmed().toLongLong();

    const std::vector<Change> changes = nextChanges(spy);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().entityId == id);
    const std::lock_guard lock(loggedMutex);
    REQUIRE(logged.size() == 1);
    CHECK(logged.front().startsWith(
            u"applied revision %1 patient %2"_s.arg(changes.front().revision).arg(id)));
}

TEST_CASE("A booking and a move on one desk arrive as appointment changes on the other", "[sync]")
{
    qRegisterMetaType<std::vector<Change>>();
    TwoDesks f;
    const BasicSetup s = addBasicSetup(*f.first);
    ChangeWatcher watcher(*f.second, fast());
    QSignalSpy spy(&watcher, &ChangeWatcher::changesArrived);
    const Appointment booked
            = addAppointment(*f.first, s.agenda, utc(2026, 6, 16, 8, 0), 20, s.actor, s.patient.id);
    std::vector<Change> changes = nextChanges(spy);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().entity == u"appointment"_s);
    CHECK(changes.front().entityId == booked.id);

    Appointment moved = booked;
    moved.start = utc(2026, 6, 16, 9, 0);
    moved.end = moved.start.addSecs(20 * 60);
    f.first->update(moved, s.actor, u"move"_s);
    changes = nextChanges(spy);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().action == u"move"_s);
    // The other desk reads the new time from its own connection.
    CHECK(f.second->get<Appointment>(booked.id).start == utc(2026, 6, 16, 9, 0));
}
