// The desk when the database goes away and comes back: a PostgreSQL server of the test's own is
// stopped and started again under a real main window.
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "catch.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "messagecomposer.h"
#include "messagingpane.h"
#include "pgserver.h"
#include "store/storeerror.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// Points the fixtures' throwaway databases at a server for the duration of a test.
class TestServerGuard
{
public:
    explicit TestServerGuard(const QString &url)
        : m_backend(qgetenv("ACCUEIL_TEST_BACKEND"))
        , m_server(qgetenv("ACCUEIL_TEST_PG"))
    {
        qputenv("ACCUEIL_TEST_BACKEND", "postgres");
        qputenv("ACCUEIL_TEST_PG", url.toUtf8());
    }
    ~TestServerGuard()
    {
        qputenv("ACCUEIL_TEST_BACKEND", m_backend);
        qputenv("ACCUEIL_TEST_PG", m_server);
    }
    Q_DISABLE_COPY_MOVE(TestServerGuard)

private:
    QByteArray m_backend;
    QByteArray m_server;
};

bool shows(const AgendaView &view, qint64 appointmentId)
{
    for (const GridColumn &column : view.columns()) {
        for (const AppointmentRow &row : column.appointments) {
            if (row.appointment.id == appointmentId)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The database goes away: a banner, the last data still shown, edits refused; back by itself",
          "[loss]")
{
    PgServer server;
    const TestServerGuard guard(server.url());
    DeskFixture f;
    const Appointment louise = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    MainWindow window(*f.session);
    window.agendaPage()->setDayAgendas({f.fabreAgenda.id, f.rocheAgenda.id});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AgendaView &view = *window.agendaPage()->view();
    view.setSelectedAppointment(louise.id);
    REQUIRE(shows(view, louise.id));
    CHECK_FALSE(window.connectionBanner()->isVisible());

    server.stop();
    REQUIRE(QTest::qWaitFor([&] { return window.connectionBanner()->isVisible(); }, 15000));
    CHECK(window.connectionBanner()->text()
          == u"Connection to the database lost — read only. Reconnecting by itself…"_s);
    CHECK_FALSE(window.connectionBanner()->toolTip().isEmpty()); // the driver's words
    CHECK_FALSE(f.session->isOnline());
    // What was on screen stays, selection included.
    CHECK(shows(view, louise.id));
    CHECK(view.selectedAppointment() == louise.id);

    // Marking the patient arrived is refused with a clear message.
    window.action(u"arrived"_s)->trigger();
    MessageBar *bar = window.agendaPage()->messageBar();
    CHECK(bar->isError());
    CHECK(bar->text().contains(u"connection to the database is lost: nothing was changed"_s));
    // So is a message; what was typed stays to be sent later.
    MessageComposer *composer = window.messaging()->composer();
    composer->setRecipientGroup(u"secretariat"_s);
    composer->bodyEdit()->setPlainText(u"Dr Fabre runs 20 minutes late"_s);
    CHECK_FALSE(composer->send());
    CHECK_FALSE(composer->errorText().isEmpty());
    CHECK(composer->bodyEdit()->toPlainText() == u"Dr Fabre runs 20 minutes late"_s);

    server.start();
    // Another desk, on its own connection, is back first and moves the appointment meanwhile; this
    // desk's connection is left to reconnect by itself.
    std::unique_ptr<Store> otherDesk;
    REQUIRE(QTest::qWaitFor(
            [&] {
                try {
                    otherDesk = f.database.openStore(f.clock);
                    return true;
                } catch (const StoreError &) {
                    return false;
                }
            },
            15000));
    Appointment moved = otherDesk->get<Appointment>(louise.id);
    CHECK(moved.status == AppointmentStatus::Booked); // the refused edit left nothing behind
    moved.start = f.at(f.tuesday, 11, 0);
    moved.end = f.at(f.tuesday, 11, 15);
    otherDesk->update(moved, f.session->actor(), u"move"_s);

    // This desk reconnects by itself, drops the banner and catches up.
    REQUIRE(QTest::qWaitFor([&] { return !window.connectionBanner()->isVisible(); }, 15000));
    CHECK(f.session->isOnline());
    CHECK(window.statusBar()->currentMessage() == u"Connection to the database restored."_s);
    REQUIRE(QTest::qWaitFor(
            [&] {
                const auto row = view.selectedRow();
                return row && row->appointment.start == f.at(f.tuesday, 11, 0);
            },
            15000));
    // And works again: the message goes now.
    CHECK(composer->send());
    window.action(u"arrived"_s)->trigger();
    CHECK(f.store->get<Appointment>(louise.id).status == AppointmentStatus::Arrived);
}
