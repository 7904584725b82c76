// At the desk: an appointment's history and reminders, the search over the whole history, the
// no-show flag when booking, and who a cancellation counts against.
#include "agendapage.h"
#include "appointmentdialog.h"
#include "appointmenthistorydialog.h"
#include "appointmentpatientpicker.h"
#include "catch.h"
#include "desk/noshows.h"
#include "deskfixture.h"
#include "historysearchdialog.h"
#include "mainwindow.h"
#include "patientrecorddialog.h"
#include "schedule/scheduler.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

TEST_CASE("An appointment's history names who moved it and from which computer", "[history]")
{
    DeskFixture f;
    ReminderRule rule;
    rule.medium = u"sms"_s;
    rule.minutesBefore = 120;
    f.store->insert(rule, setupActor());
    const Appointment booked = f.book(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 17), 10, 0),
                                      f.louise, u"Toux"_s);
    f.clock.advance(300);
    f.session->scheduler().move(booked.id, booked.version, f.rocheAgenda.id, f.at(QDate(2026, 6, 17), 11, 30),
                                15, f.session->actor());

    MainWindow window(*f.session);
    window.show();
    window.action(u"today"_s)->trigger();
    f.session->notifyChanged();
    window.findChild<AgendaPage *>()->showAppointment(booked.id);
    window.action(u"appointmentHistory"_s)->trigger();
    auto *dialog = openDialog<AppointmentHistoryDialog>(window);
    REQUIRE(dialog);
    QTableWidget &table = *dialog->table();
    REQUIRE(table.rowCount() == 2);
    CHECK(table.item(0, 1)->text().startsWith(u"SV"_s));
    CHECK(table.item(1, 2)->text() == QSysInfo::machineHostName());
    CHECK(table.item(1, 3)->text().contains(u"10:00"_s));
    CHECK(table.item(1, 3)->text().contains(u"11:30"_s));
    CHECK(table.item(1, 3)->text().contains(u"Agenda: Dr Claire Fabre → Dr Paul Roche"_s));
    // The reminder to come, with its time.
    CHECK(dialog->reminders()->text().contains(u"SMS"_s));
    CHECK(dialog->reminders()->text().contains(u"09:30"_s));
}

TEST_CASE("The history search finds a four-year-old appointment by a word of its reason", "[history]")
{
    DeskFixture f;
    Appointment old;
    old.agendaId = f.fabreAgenda.id;
    old.patientId = f.helene.id;
    old.typeId = f.fabreConsultation.id;
    old.start = f.at(QDate(2022, 5, 10), 16, 0);
    old.end = old.start.addSecs(900);
    old.reason = u"<b>Vaccin</b> DTP & rappel"_s;
    old = f.store->insert(old, f.session->actor());
    f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise, u"Certificat"_s);

    MainWindow window(*f.session);
    window.show();
    window.action(u"searchHistory"_s)->trigger();
    auto *dialog = openDialog<HistorySearchDialog>(window);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->reasonField(), u"vaccin"_s);
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    QAbstractItemModel &results = *dialog->results()->model();
    REQUIRE(results.rowCount() == 1);
    CHECK(dialog->appointmentAt(0) == old.id);
    CHECK(results.index(0, 0).data().toString().contains(u"10/05/2022"_s));
    CHECK(results.index(0, 3).data().toString() == u"LEFÈVRE Hélène"_s);
    CHECK(results.index(0, 5).data().toString() == u"<b>Vaccin</b> DTP & rappel"_s); // as typed
    CHECK(dialog->status()->text().contains(u"1"_s));

    // Nothing asked: said so, nothing listed.
    dialog->reasonField()->clear();
    dialog->search();
    CHECK(results.rowCount() == 0);
    CHECK_FALSE(dialog->status()->text().isEmpty());

    // By patient and period; a double click shows it in the agenda.
    QTest::keyClicks(dialog->patientField(), u"lefevre"_s);
    dialog->fromCheck()->setChecked(true);
    dialog->fromDate()->setDate(QDate(2022, 1, 1));
    dialog->toCheck()->setChecked(true);
    dialog->toDate()->setDate(QDate(2022, 12, 31));
    dialog->search();
    REQUIRE(results.rowCount() == 1);
    QSignalSpy shown(dialog, &HistorySearchDialog::appointmentActivated);
    Q_EMIT dialog->results()->activated(results.index(0, 2));
    REQUIRE(shown.count() == 1);
    CHECK(shown.at(0).at(0).toLongLong() == old.id);
}

TEST_CASE("Booking a patient who missed appointments shows a discreet flag", "[history]")
{
    DeskFixture f;
    // Two missed appointments and a late cancellation in the last months.
    for (const QDate day : {QDate(2026, 3, 3), QDate(2026, 5, 12)}) {
        f.setTime(day.addDays(-7), 9, 0);
        const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(day, 10, 0), f.louise);
        f.setTime(day, 11, 0);
        f.session->scheduler().setStatus(a.id, a.version, AppointmentStatus::NoShow, f.session->actor());
    }
    f.setTime(QDate(2026, 6, 1), 9, 0);
    const Appointment late
            = f.book(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 2), 10, 0), f.louise);
    f.setTime(QDate(2026, 6, 2), 8, 0); // two hours before: inside the 24 h deadline
    f.session->scheduler().cancel(late.id, u"Malade"_s, f.session->actor());
    f.setTime(f.tuesday, 9, 0);

    AppointmentDialog dialog(*f.session);
    dialog.show();
    auto *flag = dialog.findChild<QLabel *>(u"attendanceLabel"_s);
    REQUIRE(flag);
    dialog.setPatient(f.louise.id);
    QCoreApplication::processEvents();
    CHECK(flag->isVisible());
    CHECK(flag->text()
          == u"2 no-show(s) in 12 months (03/03/26, 12/05/26) · 1 late cancellation(s) (02/06/26)"_s);
    // Another patient: no flag.
    dialog.setPatient(f.helene.id);
    QCoreApplication::processEvents();
    CHECK_FALSE(flag->isVisible());
    // The patient's record says the same.
    PatientRecordDialog record(*f.session, f.louise.id);
    record.show();
    CHECK(record.attendance()->isVisible());
    CHECK(record.attendance()->text().startsWith(u"2 no-show(s) in 12 months"_s));
    // The patient asks for no reminders: one click in their record.
    CHECK_FALSE(record.noReminders()->isChecked());
    record.noReminders()->click();
    CHECK(f.store->get<Patient>(f.louise.id).remindersOptOut);
}

TEST_CASE("A cancellation by the centre is not the patient's late cancellation", "[history]")
{
    DeskFixture f;
    QUndoStack undo;
    AgendaPage page(*f.session, undo);
    page.setDate(f.tuesday);
    const Appointment first = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 15, 0), f.louise);
    const Appointment second = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 16, 0), f.helene);
    f.session->notifyChanged();
    const auto cancel = [&](qint64 id, int reasonIndex) {
        page.cancelAppointment(id);
        QDialog *dialog = page.findChild<QDialog *>(u"cancelDialog"_s);
        REQUIRE(dialog);
        dialog->findChild<QComboBox *>(u"reason"_s)->setCurrentIndex(reasonIndex);
        const bool byCentre = dialog->findChild<QCheckBox *>(u"byCentre"_s)->isChecked();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return byCentre;
    };
    CHECK(cancel(first.id, 1));        // "Cancelled by the practitioner": the centre's doing
    CHECK_FALSE(cancel(second.id, 0)); // "Cancelled by the patient"
    CHECK_FALSE(f.store->get<Appointment>(first.id).lateCancel);
    CHECK(f.store->get<Appointment>(second.id).lateCancel); // today, inside the 24 h deadline
}
