// The desk's window: who is logged in, the waiting room, the menus' shortcuts, the login.
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "auth/passwordhasher.h"
#include "catch.h"
#include "deskfixture.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messagecomposer.h"
#include "messagelistmodel.h"
#include "messagingpane.h"
#include "waitingroommodel.h"
#include "waitingroompanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

TEST_CASE("The window says who is logged in at which centre", "[window]")
{
    DeskFixture f;
    MainWindow window(*f.session);
    CHECK(window.windowTitle().contains(u"Maison de santé des Tests"_s));
    CHECK(window.windowTitle().contains(u"SV"_s));
    CHECK(window.agendaPage()->date() == f.tuesday);
    for (const char16_t *name :
         {u"newAppointment", u"arrived", u"inConsultation", u"done", u"noShow", u"callBack",
          u"cancelAppointment", u"undo", u"redo", u"today", u"previousDay", u"nextDay", u"dayView",
          u"weekView", u"blockPeriod", u"templateWeek"})
        CHECK(window.action(QString::fromUtf16(name)) != nullptr);
    // Nothing selected: the appointment actions wait.
    CHECK_FALSE(window.action(u"arrived"_s)->isEnabled());
}

TEST_CASE("The waiting room lists who arrived, per practitioner, and for how long", "[window]")
{
    DeskFixture f;
    const Appointment louise = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    const Appointment helene = f.book(f.rocheAgenda, f.rocheConsultation, f.at(f.tuesday, 10, 0), f.helene);
    const Appointment leo = f.book(f.fabreAgenda, f.fabreInfant, f.at(f.tuesday, 10, 30), f.leo);
    MainWindow window(*f.session);
    WaitingRoomModel &model = *window.waitingRoom()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.agendaPage()->view()->setSelectedAppointment(leo.id);
    CHECK(window.action(u"arrived"_s)->isEnabled());
    f.setTime(f.tuesday, 9, 40);
    window.action(u"arrived"_s)->trigger(); // Léo first
    f.setTime(f.tuesday, 9, 50);
    window.agendaPage()->setStatus(helene.id, AppointmentStatus::Arrived);
    window.agendaPage()->setStatus(louise.id, AppointmentStatus::Arrived);
    REQUIRE(model.rowCount() == 3);
    // Dr Fabre's patients first (the centre's order), the longest wait first.
    CHECK(model.index(0, WaitingRoomModel::AppointmentColumn)
                  .data(WaitingRoomModel::AppointmentIdRole)
                  .toLongLong()
          == leo.id);
    CHECK(model.index(1, 0).data(WaitingRoomModel::AppointmentIdRole).toLongLong() == louise.id);
    CHECK(model.index(2, 0).data(WaitingRoomModel::AppointmentIdRole).toLongLong() == helene.id);
    CHECK(model.index(2, WaitingRoomModel::PractitionerColumn).data().toString() == u"Dr Roche"_s);
    CHECK(model.index(2, WaitingRoomModel::PractitionerColumn).data(Qt::ToolTipRole).toString()
          == u"Dr Paul Roche"_s);
    f.setTime(f.tuesday, 10, 2);
    window.waitingRoom()->refreshWaitingTimes();
    CHECK(model.index(0, WaitingRoomModel::WaitingColumn).data(WaitingRoomModel::WaitingMinutesRole).toInt()
          == 22);
    CHECK(model.countsByPractitioner() == QStringList{u"Dr Claire Fabre: 2"_s, u"Dr Paul Roche: 1"_s});

    // Calling Léo in takes him out of the waiting room.
    QTableView *table = window.waitingRoom()->view();
    table->setCurrentIndex(model.index(0, 0));
    window.waitingRoom()->findChild<QPushButton *>()->click();
    CHECK(f.store->get<Appointment>(leo.id).status == AppointmentStatus::InConsultation);
    CHECK(model.rowCount() == 2);
    CHECK(window.statusBar()->currentMessage().contains(u"MARTIN Léo"_s));
    window.undoStack()->undo();
    CHECK(model.rowCount() == 3);
    CHECK(window.statusBar()->currentMessage().startsWith(u"Undone: MARTIN Léo"_s));
}

TEST_CASE("The mini calendar and Ctrl+PgDown change the day", "[window]")
{
    DeskFixture f;
    MainWindow window(*f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.calendar()->setSelectedDate(QDate(2026, 6, 19));
    Q_EMIT window.calendar()->clicked(QDate(2026, 6, 19));
    CHECK(window.agendaPage()->date() == QDate(2026, 6, 19));
    window.agendaPage()->view()->setFocus();
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(window.agendaPage()->date() == QDate(2026, 6, 20));
    CHECK(window.calendar()->selectedDate() == QDate(2026, 6, 20));
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    CHECK(window.agendaPage()->date() == f.tuesday);
}

TEST_CASE("Logging in: a wrong password is refused on the spot, the right one opens the desk", "[window]")
{
    DeskFixture f;
    LoginDialog dialog(*f.store);
    dialog.show();
    dialog.setLogin(u"sophie"_s);
    QTest::keyClicks(dialog.passwordEdit(), u"wrong"_s);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog.user());
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.passwordEdit()->text().isEmpty());
    QTest::keyClicks(dialog.passwordEdit(), u"secret"_s);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    REQUIRE(dialog.user());
    CHECK(dialog.user()->id == f.secretary.id);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("A message about an appointment is one action away; the other desk shows a badge, never a dialog",
          "[window][messaging]")
{
    DeskFixture f;
    const StaffUser doctor = addStaff(*f.store, u"cfabre"_s, u"CF"_s, Role::Practitioner, f.fabre.id);
    f.session->directory().reload();
    const Appointment louise = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);

    // Dr Fabre's desk, on its own connection.
    const std::unique_ptr<Store> doctorStore = f.database.openStore(f.clock);
    DeskSession doctorSession(*doctorStore, doctor);
    MainWindow doctorWindow(doctorSession);
    doctorWindow.show();
    REQUIRE(QTest::qWaitForWindowExposed(&doctorWindow));
    CHECK(doctorWindow.unreadBadge()->text() == u"✉"_s);
    CHECK(doctorWindow.messagesDock()->windowTitle() == u"Messages"_s);

    MainWindow window(*f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.agendaPage()->view()->setSelectedAppointment(louise.id);
    window.action(u"messageAbout"_s)->trigger();
    MessageComposer *composer = window.messaging()->composer();
    // To the practitioner of that agenda, about that appointment.
    CHECK(composer->recipientBox()->currentData(MessageComposer::StaffIdRole).toLongLong() == doctor.id);
    CHECK(composer->aboutLabel()->text().startsWith(u"About: MARTIN Louise — Tuesday 16 June 2026"_s));
    CHECK(composer->linkedAppointment() == louise.id);
    composer->bodyEdit()->setPlainText(u"She asks for her prescription to be renewed."_s);
    REQUIRE(composer->send());

    REQUIRE(QTest::qWaitFor([&] { return doctorWindow.messaging()->unreadCount() == 1; }, 10000));
    CHECK(doctorWindow.unreadBadge()->text() == u"✉ 1"_s);
    CHECK(doctorWindow.messagesDock()->windowTitle() == u"Messages — 1 unread"_s);
    CHECK(doctorWindow.statusBar()->currentMessage()
          == u"Message from User SV: She asks for her prescription to be renewed."_s);
    CHECK(QApplication::activeModalWidget() == nullptr);
    // The sender's own message is not "unread" for her.
    CHECK(window.unreadBadge()->text() == u"✉"_s);

    // The badge opens the messages; the message opens the appointment.
    doctorWindow.messagesDock()->hide();
    doctorWindow.unreadBadge()->click();
    CHECK(doctorWindow.messagesDock()->isVisible());
    MessagingPane *pane = doctorWindow.messaging();
    pane->view()->setCurrentIndex(pane->model()->index(0, 0));
    pane->openAppointmentButton()->click();
    CHECK(doctorWindow.agendaPage()->view()->selectedAppointment() == louise.id);
    pane->markCurrentRead();
    CHECK(doctorWindow.unreadBadge()->text() == u"✉"_s);
    CHECK(doctorWindow.messagesDock()->windowTitle() == u"Messages"_s);
}
