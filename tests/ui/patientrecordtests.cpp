// The patient's record at the desk: the search that opens it, the whole history, the booking page
// status and the invitation code handed out from it.
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "catch.h"
#include "deskfixture.h"
#include "invitationdialog.h"
#include "mainwindow.h"
#include "patientfinderdialog.h"
#include "patientrecorddialog.h"
#include "patientvisitmodel.h"
#include "portal/invitations.h"
#include "schedule/scheduler.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

TEST_CASE("Find a patient, then their record: every appointment, the latest first", "[record]")
{
    DeskFixture f;
    // Last week (the clock goes back to book it), tomorrow, today, and one cancelled.
    f.setTime(QDate(2026, 6, 8), 9, 0);
    const Appointment past = f.book(f.rocheAgenda, f.rocheConsultation, f.at(QDate(2026, 6, 9), 14, 0),
                                    f.louise, u"Renouvellement"_s);
    f.setTime(f.tuesday, 9, 0);
    const Appointment tomorrow
            = f.book(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 17), 10, 0), f.louise);
    const Appointment today = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 11, 0), f.louise);
    const Appointment cancelled
            = f.book(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 18), 9, 0), f.louise);
    f.session->scheduler().cancel(cancelled.id, u"malade"_s, f.session->actor());
    f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 11, 15), f.helene); // someone else's

    MainWindow window(*f.session);
    window.show();
    window.action(u"findPatient"_s)->trigger();
    auto *finder = openDialog<PatientFinderDialog>(window);
    REQUIRE(finder);
    QTest::keyClicks(finder->searchField(), u"mart lou"_s);
    QTest::keyClick(finder->searchField(), Qt::Key_Return);
    auto *record = openDialog<PatientRecordDialog>(window);
    REQUIRE(record);
    CHECK(record->patientId() == f.louise.id);
    CHECK(record->windowTitle().contains(u"MARTIN Louise"_s));
    CHECK(record->details()->text().contains(u"17/05/1980"_s));
    CHECK(record->details()->text().contains(u"06 12 34 56 78"_s));

    PatientVisitModel &visits = *record->visits();
    QAbstractItemModelTester tester(&visits, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(visits.rowCount() == 4);
    const auto cell = [&](int row, int column) { return visits.index(row, column).data().toString(); };
    CHECK(visits.index(0, 0).data(PatientVisitModel::AppointmentIdRole).toLongLong() == cancelled.id);
    CHECK(visits.index(1, 0).data(PatientVisitModel::AppointmentIdRole).toLongLong() == tomorrow.id);
    CHECK(visits.index(2, 0).data(PatientVisitModel::AppointmentIdRole).toLongLong() == today.id);
    CHECK(visits.index(3, 0).data(PatientVisitModel::AppointmentIdRole).toLongLong() == past.id);
    CHECK(cell(1, PatientVisitModel::Day).endsWith(u"17/06/2026"_s));
    CHECK(cell(1, PatientVisitModel::Day).size() > 10); // the weekday comes first
    CHECK(cell(3, PatientVisitModel::Time) == u"14:00"_s);
    CHECK(cell(3, PatientVisitModel::Agenda) == f.rocheAgenda.name);
    CHECK(cell(3, PatientVisitModel::Reason) == u"Renouvellement"_s);
    CHECK(cell(0, PatientVisitModel::Status).contains(u"malade"_s));
    // What is still to come stands out; what is past or cancelled does not.
    CHECK(visits.index(1, 0).data(PatientVisitModel::UpcomingRole).toBool());
    CHECK(visits.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(visits.index(0, 0).data(PatientVisitModel::UpcomingRole).toBool());
    CHECK_FALSE(visits.index(3, 0).data(PatientVisitModel::UpcomingRole).toBool());
    CHECK(record->summary()->text() == u"4 appointments in all, 2 to come."_s);

    SECTION("a double-click shows the appointment in the agenda")
    {
        const QModelIndex row = visits.index(1, 0);
        QTableView *view = record->visitsView();
        view->scrollTo(row);
        const QPoint at = view->visualRect(row).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        CHECK(window.agendaPage()->date() == QDate(2026, 6, 17));
        CHECK(window.agendaPage()->view()->selectedAppointment() == tomorrow.id);
    }
    SECTION("another desk's booking shows in the open record")
    {
        const std::unique_ptr<Store> other = Store::open(f.store->database().url(), f.clock);
        Scheduler elsewhere(*other);
        BookingRequest request;
        request.agendaId = f.rocheAgenda.id;
        request.typeId = f.rocheConsultation.id;
        request.start = f.at(QDate(2026, 6, 19), 15, 0);
        request.patientId = f.louise.id;
        elsewhere.book(request, Actor::system(u"other desk"_s));
        f.session->watcher().poll();
        QTRY_COMPARE_WITH_TIMEOUT(visits.rowCount(), 5, 5000);
        CHECK(record->summary()->text() == u"5 appointments in all, 3 to come."_s);
    }
    SECTION("the same patient again brings the open record forward")
    {
        CHECK(window.openPatientRecord(f.louise.id) == record);
        CHECK(window.findChildren<PatientRecordDialog *>().size() == 1);
    }
}

TEST_CASE("The record hands out an invitation code and says where the patient stands online", "[record]")
{
    DeskFixture f;
    MainWindow window(*f.session);
    PatientRecordDialog *record = window.openPatientRecord(f.helene.id);
    CHECK(record->onlineStatus()->text() == u"No account on the booking page."_s);
    CHECK(record->summary()->text() == u"No appointment yet."_s);

    record->invitationButton()->click();
    auto *invitation = openDialog<InvitationDialog>(*record);
    REQUIRE(invitation);
    const QString code = invitation->code();
    CHECK(Invitations(*f.store).check(code, f.helene.birthDate).patientId == f.helene.id);
    invitation->reject();
    QApplication::processEvents();
    CHECK(record->onlineStatus()->text().startsWith(
            u"No account on the booking page.\nAn invitation code was "
            "handed out; it works until "_s));
    CHECK(record->onlineStatus()->text().contains(u"2026"_s));
}

TEST_CASE("The appointment's menu opens the patient's record", "[record]")
{
    DeskFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.leo);
    MainWindow window(*f.session);
    QMenu *menu = window.agendaPage()->appointmentMenu(a.id);
    QAction *open = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Patient record…"_s)
            open = action;
    }
    REQUIRE(open);
    open->trigger();
    delete menu;
    auto *record = openDialog<PatientRecordDialog>(window);
    REQUIRE(record);
    CHECK(record->patientId() == f.leo.id);
    CHECK(record->visits()->rowCount() == 1);
}
