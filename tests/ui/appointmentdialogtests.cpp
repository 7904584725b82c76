// The appointment dialog driven from the keyboard as at the desk, against a real store.
#include "appointmentdialog.h"
#include "appointmentdialogsupport.h"
#include "appointmentslotfinder.h"
#include "freeslotmodel.h"
#include "patientsearchmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

PatientSearchModel *patientModel(const AppointmentDialog &dialog)
{
    auto *model = qobject_cast<PatientSearchModel *>(child<QTableView>(dialog, u"patientResults"_s)->model());
    REQUIRE(model);
    return model;
}

FreeSlotModel *slotModel(const AppointmentDialog &dialog)
{
    auto *model = qobject_cast<FreeSlotModel *>(child<QTableView>(dialog, u"freeSlotList"_s)->model());
    REQUIRE(model);
    return model;
}

// Types the search and highlights the patient with Down, as many times as their row needs.
void choosePatient(const AppointmentDialog &dialog, const QString &typed, qint64 patientId)
{
    typeText(typed);
    PatientSearchModel *model = patientModel(dialog);
    REQUIRE(waitFor([&] { return model->rowOf(patientId) >= 0; }));
    for (int i = 0; i <= model->rowOf(patientId); ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Return);
    REQUIRE(child<QLabel>(dialog, u"chosenPatient"_s)->isVisible());
}

} // namespace

TEST_CASE("Keyboard only: a known patient into the next free slot", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    QSignalSpy changed(f.session.get(), &DeskSession::changed);
    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id, f.rocheAgenda.id});
    showActive(dialog);
    QAbstractItemModelTester slotTester(slotModel(dialog),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *type = child<QComboBox>(dialog, u"typeCombo"_s);
    auto *reason = child<QLineEdit>(dialog, u"reasonEdit"_s);
    auto *slotList = child<QTableView>(dialog, u"freeSlotList"_s);
    auto *book = child<QPushButton>(dialog, u"bookButton"_s);
    auto *summary = child<QLabel>(dialog, u"summaryLabel"_s);

    // "mart" → Down … → Return: the patient is chosen and the type combo takes the focus.
    REQUIRE(focused() == child<QLineEdit>(dialog, u"patientSearch"_s));
    choosePatient(dialog, u"mart"_s, f.louise.id);
    CHECK(child<QLabel>(dialog, u"chosenPatient"_s)->text()
          == u"MARTIN Louise — 17/05/1980 (46 years) — 06 12 34 56 78"_s);
    REQUIRE(focused() == type);
    CHECK(type->currentText() == u"Consultation — 15 min"_s);
    CHECK(child<QComboBox>(dialog, u"agendaCombo"_s)->currentData().toLongLong() == f.fabreAgenda.id);
    CHECK_FALSE(book->isEnabled());

    // The type is already the first one: Return goes on to the reason.
    press(Qt::Key_Return);
    REQUIRE(focused() == reason);
    CHECK(reason->placeholderText().contains(u"not a message"_s));
    typeText(u"Toux"_s);

    // F3: the next free slots, the first one highlighted.
    press(Qt::Key_F3);
    REQUIRE(focused() == slotList);
    FreeSlotModel *slots = slotModel(dialog);
    REQUIRE(slots->rowCount() >= 2);
    CHECK(slotList->currentIndex().row() == 0);
    CHECK(slots->freeSlotAt(0).start == DeskFixture::at(f.tuesday, 9, 0));
    CHECK(slots->freeSlotAt(1).start == DeskFixture::at(f.tuesday, 9, 15)); // the next ones too
    CHECK(slots->index(0, FreeSlotModel::When).data() == u"Tuesday 16 June 2026 09:00"_s);
    CHECK(appointmentsIn(*f.store, f.fabreAgenda.id).empty());

    // Return chooses it: the summary and the button say the day in full.
    press(Qt::Key_Return);
    REQUIRE(focused() == book);
    CHECK(summary->text()
          == u"Tuesday 16 June 2026 at 09:00 — Dr Claire Fabre — Consultation (15 min) — MARTIN Louise"_s);
    CHECK(book->text() == u"Book Tuesday 16/06 at 09:00"_s);
    CHECK(book->isEnabled());
    CHECK(appointmentsIn(*f.store, f.fabreAgenda.id).empty());
    CHECK(changed.isEmpty());

    press(Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.fabreAgenda.id);
    REQUIRE(booked.size() == 1);
    const Appointment &a = booked.front();
    CHECK(a.start == DeskFixture::at(f.tuesday, 9, 0));
    CHECK(a.end == DeskFixture::at(f.tuesday, 9, 15));
    CHECK(a.typeId == f.fabreConsultation.id);
    CHECK(a.patientId == f.louise.id);
    CHECK(a.reason == u"Toux"_s);
    CHECK(a.channel == Channel::Desk);
    CHECK(a.createdBy == f.secretary.id);
    REQUIRE(dialog.bookedAppointment());
    CHECK(dialog.bookedAppointment()->id == a.id);
    CHECK(changed.size() == 1);
}

TEST_CASE("Opened from an empty slot: that agenda and time are chosen, Return never books early", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id, f.rocheAgenda.id});
    dialog.setStart(f.rocheAgenda.id, DeskFixture::at(f.tuesday, 10, 15));
    showActive(dialog);
    auto *book = child<QPushButton>(dialog, u"bookButton"_s);
    auto *summary = child<QLabel>(dialog, u"summaryLabel"_s);
    CHECK(child<QComboBox>(dialog, u"agendaCombo"_s)->currentData().toLongLong() == f.rocheAgenda.id);
    CHECK(summary->text().startsWith(
            u"Tuesday 16 June 2026 at 10:15 — Dr Paul Roche — Consultation (15 min)"_s));
    CHECK(book->text() == u"Book Tuesday 16/06 at 10:15"_s);
    CHECK_FALSE(book->isEnabled()); // no patient yet

    // One match: Return takes it without an arrow key.
    typeText(u"lefe"_s);
    press(Qt::Key_Return);
    REQUIRE(focused() == child<QComboBox>(dialog, u"typeCombo"_s));
    CHECK(book->isEnabled());
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QLineEdit>(dialog, u"reasonEdit"_s));
    typeText(u"Renouvellement"_s);
    // Return in a field moves to the booking button; it does not press it.
    press(Qt::Key_Return);
    REQUIRE(focused() == book);
    CHECK(dialog.isVisible());
    CHECK(appointmentsIn(*f.store, f.rocheAgenda.id).empty());

    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.rocheAgenda.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked.front().start == DeskFixture::at(f.tuesday, 10, 15));
    CHECK(booked.front().typeId == f.rocheConsultation.id);
    CHECK(booked.front().patientId == f.helene.id);
    CHECK(booked.front().reason == u"Renouvellement"_s);
    CHECK(appointmentsIn(*f.store, f.fabreAgenda.id).empty());
}

TEST_CASE("The duration follows the type: an infant's consultation takes two 15-minute slots", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id});
    showActive(dialog);
    auto *type = child<QComboBox>(dialog, u"typeCombo"_s);
    REQUIRE(type->count() == 2);

    choosePatient(dialog, u"mart le"_s, f.leo.id);
    REQUIRE(focused() == type);
    press(Qt::Key_Down);
    CHECK(type->currentText() == u"Consultation nourrisson — 30 min"_s);
    press(Qt::Key_Return);
    press(Qt::Key_F3);
    FreeSlotModel *slots = slotModel(dialog);
    REQUIRE(slots->rowCount() > 0);
    CHECK(slots->freeSlotAt(0).typeId == f.fabreInfant.id);
    press(Qt::Key_Return);
    CHECK(child<QLabel>(dialog, u"summaryLabel"_s)
                  ->text()
                  .contains(u"Consultation nourrisson (30 min) — MARTIN Léo"_s));
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);

    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.fabreAgenda.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked.front().start == DeskFixture::at(f.tuesday, 9, 0));
    CHECK(booked.front().end == DeskFixture::at(f.tuesday, 9, 30));
    CHECK(booked.front().typeId == f.fabreInfant.id);
    // The second slot is taken too: the next 15-minute consultation is at 09:30.
    const auto next = f.session->scheduler().nextFree({{f.fabreAgenda.id, f.fabreConsultation.id}},
                                                      f.session->now(), Channel::Desk);
    REQUIRE(next.size() == 1);
    CHECK(next.front().start == DeskFixture::at(f.tuesday, 9, 30));
}

TEST_CASE("A new patient is recorded inline from what was typed, then booked", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id});
    showActive(dialog);
    const auto dupontCount = [&] { return f.store->count<Patient>(u"last_name = ?"_s, {u"Dupont"_s}); };

    typeText(u"dupont marie"_s);
    auto *hint = child<QLabel>(dialog, u"patientSearchHint"_s);
    REQUIRE(waitFor([&] { return hint->isVisible(); }));
    CHECK(patientModel(dialog)->rowCount() == 0);
    press(Qt::Key_N, Qt::ControlModifier);
    auto *form = child<QWidget>(dialog, u"newPatientForm"_s);
    REQUIRE(form->isVisible());
    CHECK(child<QLineEdit>(dialog, u"newLastName"_s)->text() == u"Dupont"_s);
    CHECK(child<QLineEdit>(dialog, u"newFirstName"_s)->text() == u"Marie"_s);
    auto *birth = child<QLineEdit>(dialog, u"newBirthDate"_s);
    REQUIRE(focused() == birth);
    auto *error = child<QLabel>(dialog, u"patientFormError"_s);

    // A date that does not exist: said inline, nothing recorded, nothing lost.
    typeText(u"31/02/1990"_s);
    press(Qt::Key_Return);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"dd/mm/yyyy"_s));
    CHECK(dupontCount() == 0);
    CHECK(dialog.isVisible());
    CHECK(child<QLineEdit>(dialog, u"newFirstName"_s)->text() == u"Marie"_s);

    press(Qt::Key_A, Qt::ControlModifier);
    typeText(u"03/04/1990"_s);
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QLineEdit>(dialog, u"newMobile"_s));
    typeText(u"06 99 88 77 66"_s);
    press(Qt::Key_Tab);
    // The core's own check: an e-mail without @.
    typeText(u"marie.dupont"_s);
    press(Qt::Key_Return);
    CHECK(error->isVisible());
    CHECK(error->text() == u"The e-mail address is not valid."_s);
    CHECK(dupontCount() == 0);
    CHECK(birth->text() == u"03/04/1990"_s);

    typeText(u"@example.org"_s);
    press(Qt::Key_Return);
    REQUIRE(dupontCount() == 1);
    const Patient created = f.store->select<Patient>(u"last_name = ?"_s, {u"Dupont"_s}).front();
    CHECK(created.firstName == u"Marie"_s);
    CHECK(created.birthDate == QDate(1990, 4, 3));
    CHECK(created.mobilePhone == u"06 99 88 77 66"_s);
    CHECK(created.email == u"marie.dupont@example.org"_s);
    CHECK_FALSE(form->isVisible());
    CHECK(child<QLabel>(dialog, u"chosenPatient"_s)->text()
          == u"DUPONT Marie — 03/04/1990 (36 years) — 06 99 88 77 66"_s);
    REQUIRE(focused() == child<QComboBox>(dialog, u"typeCombo"_s));

    press(Qt::Key_F3);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.fabreAgenda.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked.front().patientId == created.id);
}

TEST_CASE("A time taken meanwhile: the refusal is shown in the dialog, which stays open", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id});
    showActive(dialog);
    choosePatient(dialog, u"mart"_s, f.louise.id);
    press(Qt::Key_Return);
    typeText(u"Toux"_s);
    press(Qt::Key_F3);
    press(Qt::Key_Return);
    auto *book = child<QPushButton>(dialog, u"bookButton"_s);
    REQUIRE(focused() == book);
    REQUIRE(book->text() == u"Book Tuesday 16/06 at 09:00"_s);

    // The other line was faster.
    const Appointment other
            = f.book(f.fabreAgenda, f.fabreConsultation, DeskFixture::at(f.tuesday, 9, 0), f.helene);
    press(Qt::Key_Return);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.bookedAppointment());
    auto *error = child<QLabel>(dialog, u"errorLabel"_s);
    CHECK(error->isVisible());
    CHECK(error->text() == u"This time is already taken."_s);
    std::vector<Appointment> inAgenda = appointmentsIn(*f.store, f.fabreAgenda.id);
    REQUIRE(inAgenda.size() == 1);
    CHECK(inAgenda.front().id == other.id);
    // Everything typed is still there; the list shows what is free now.
    CHECK(child<QLabel>(dialog, u"chosenPatient"_s)->text().startsWith(u"MARTIN Louise"_s));
    CHECK(child<QLineEdit>(dialog, u"reasonEdit"_s)->text() == u"Toux"_s);
    CHECK_FALSE(book->isEnabled());
    FreeSlotModel *slots = slotModel(dialog);
    REQUIRE(slots->rowCount() > 0);
    CHECK(slots->freeSlotAt(0).start == DeskFixture::at(f.tuesday, 9, 15));
    REQUIRE(focused() == child<QTableView>(dialog, u"freeSlotList"_s));

    press(Qt::Key_Return);
    CHECK_FALSE(error->isVisible());
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    inAgenda = appointmentsIn(*f.store, f.fabreAgenda.id);
    REQUIRE(inAgenda.size() == 2);
    CHECK(inAgenda.back().start == DeskFixture::at(f.tuesday, 9, 15));
    CHECK(inAgenda.back().patientId == f.louise.id);
    CHECK(inAgenda.back().reason == u"Toux"_s);
}

TEST_CASE("A series on the physiotherapist lists the sessions that could not be placed", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    Scheduler &scheduler = f.session->scheduler();
    const QDate friday(2026, 6, 19);
    const QDate nextTuesday(2026, 6, 23);
    for (const QDate &day : {friday, nextTuesday})
        scheduler.blockPeriod(f.kineAgenda.id, DeskFixture::at(day, 0, 0),
                              DeskFixture::at(day.addDays(1), 0, 0), u"Formation"_s, f.session->actor());

    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.kineAgenda.id});
    dialog.setStart(f.kineAgenda.id, DeskFixture::at(f.tuesday, 10, 0));
    dialog.setPatient(f.louise.id);
    showActive(dialog);
    auto *book = child<QPushButton>(dialog, u"bookButton"_s);
    REQUIRE(focused() == child<QComboBox>(dialog, u"typeCombo"_s));
    CHECK(child<QComboBox>(dialog, u"typeCombo"_s)->currentText()
          == u"Rééducation (10 séances) — 30 min, 10 sessions"_s);
    CHECK(book->text() == u"Book 10 sessions from Tuesday 16/06 at 10:00"_s);

    press(Qt::Key_Return, Qt::ControlModifier);
    // Booked, but the dialog stays to say which sessions are missing.
    CHECK(dialog.isVisible());
    const std::vector<QDate> &notPlaced = dialog.sessionsNotPlaced();
    CHECK(std::find(notPlaced.begin(), notPlaced.end(), friday) != notPlaced.end());
    CHECK(std::find(notPlaced.begin(), notPlaced.end(), nextTuesday) != notPlaced.end());
    auto *label = child<QLabel>(dialog, u"notPlacedLabel"_s);
    CHECK(label->isVisible());
    CHECK(label->text().contains(u"Friday 19 June 2026"_s));
    CHECK(label->text().contains(u"Tuesday 23 June 2026"_s));
    CHECK_FALSE(label->text().contains(u"Tuesday 16 June 2026"_s));

    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.kineAgenda.id);
    CHECK(booked.size() == 10 - notPlaced.size());
    REQUIRE(dialog.bookedAppointment());
    CHECK(dialog.bookedAppointment()->start == DeskFixture::at(f.tuesday, 10, 0));
    for (const Appointment &a : booked) {
        CHECK(a.seriesId == dialog.bookedAppointment()->id);
        CHECK(a.patientId == f.louise.id);
        CHECK(a.start.toTimeZone(paris()).date() != friday);
    }

    REQUIRE(focused() == book);
    CHECK(book->text() == u"Close"_s);
    press(Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(appointmentsIn(*f.store, f.kineAgenda.id).size() == booked.size());
}

TEST_CASE("A practitioner booking from the consultation room is recorded as such", "[dialog]")
{
    DeskFixture f;
    const StaffUser doctor = addStaff(*f.store, u"cfabre"_s, u"CF"_s, Role::Practitioner, f.fabre.id);
    DeskSession session(*f.store, doctor);
    AppointmentDialog dialog(session);
    dialog.setAgendas({f.fabreAgenda.id});
    dialog.setPatient(f.helene.id);
    showActive(dialog);
    press(Qt::Key_F3);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.fabreAgenda.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked.front().channel == Channel::Practitioner);
    CHECK(booked.front().createdBy == doctor.id);
    CHECK(booked.front().patientId == f.helene.id);
}

TEST_CASE("The next free slot across agendas only offers those that have the type", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    // Fabre is full until 10:00, so Roche comes first.
    for (int minute = 0; minute < 60; minute += 15)
        f.book(f.fabreAgenda, f.fabreConsultation, DeskFixture::at(f.tuesday, 9, minute), f.helene);

    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id, f.rocheAgenda.id, f.kineAgenda.id});
    showActive(dialog);
    QAbstractItemModelTester slotTester(slotModel(dialog),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *scope = child<QComboBox>(dialog, u"scopeCombo"_s);
    auto *agenda = child<QComboBox>(dialog, u"agendaCombo"_s);
    FreeSlotModel *slots = slotModel(dialog);

    choosePatient(dialog, u"06 12"_s, f.louise.id);
    press(Qt::Key_F3);
    REQUIRE(slots->rowCount() > 0);
    CHECK(slots->freeSlotAt(0).start == DeskFixture::at(f.tuesday, 10, 0));
    for (const FreeSlot &slot : slots->freeSlots())
        CHECK(slot.agendaId == f.fabreAgenda.id);

    scope->setFocus();
    press(Qt::Key_Down); // "All agendas shown"
    REQUIRE(scope->currentText() == u"All agendas shown"_s);
    CHECK(slots->rowCount() == 0); // another question: the old answer is gone
    press(Qt::Key_F3);
    REQUIRE(slots->rowCount() == 2); // the physiotherapist has no "Consultation"
    CHECK(slots->freeSlotAt(0).agendaId == f.rocheAgenda.id);
    CHECK(slots->freeSlotAt(0).start == DeskFixture::at(f.tuesday, 9, 0));
    CHECK(slots->freeSlotAt(0).typeId == f.rocheConsultation.id);
    CHECK(slots->freeSlotAt(1).agendaId == f.fabreAgenda.id);

    // Choosing Roche's time brings Roche's agenda and type along.
    press(Qt::Key_Return);
    CHECK(agenda->currentData().toLongLong() == f.rocheAgenda.id);
    CHECK(child<QComboBox>(dialog, u"typeCombo"_s)->currentData().toLongLong() == f.rocheConsultation.id);
    CHECK(slots->rowCount() == 2); // still there to choose another
    CHECK(child<QLabel>(dialog, u"summaryLabel"_s)
                  ->text()
                  .startsWith(u"Tuesday 16 June 2026 at 09:00 — Dr Paul Roche"_s));
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::vector<Appointment> booked = appointmentsIn(*f.store, f.rocheAgenda.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked.front().start == DeskFixture::at(f.tuesday, 9, 0));
    CHECK(booked.front().patientId == f.louise.id);
}

TEST_CASE("Who does what: the next free slot among the practitioners offering a service", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    Service implant;
    implant.label = u"Pose d'implant contraceptif (Nexplanon)"_s;
    implant = f.store->insert(implant, setupActor());
    PractitionerService offers;
    offers.practitionerId = f.roche.id;
    offers.serviceId = implant.id;
    f.store->insert(offers, setupActor());
    f.session->directory().reload();

    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id});
    dialog.setPatient(f.louise.id);
    showActive(dialog);
    auto *scope = child<QComboBox>(dialog, u"scopeCombo"_s);
    auto *service = child<QComboBox>(dialog, u"serviceCombo"_s);
    CHECK_FALSE(service->isVisible());
    scope->setCurrentIndex(scope->findData(int(AppointmentSlotFinder::Scope::Service)));
    REQUIRE(service->isVisible());
    CHECK(service->currentText() == implant.label);

    press(Qt::Key_F3);
    FreeSlotModel *slots = slotModel(dialog);
    REQUIRE(slots->rowCount() > 0);
    for (const FreeSlot &slot : slots->freeSlots()) {
        CHECK(slot.agendaId == f.rocheAgenda.id);
        CHECK(slot.typeId == f.rocheConsultation.id); // the type chosen, in Roche's agenda
    }
    press(Qt::Key_Return);
    // Roche was not among the agendas shown: the choice brings him into the combo.
    CHECK(child<QComboBox>(dialog, u"agendaCombo"_s)->currentData().toLongLong() == f.rocheAgenda.id);
    press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(appointmentsIn(*f.store, f.rocheAgenda.id).size() == 1);
}

TEST_CASE("When nothing is free the dialog says so plainly", "[dialog]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    f.session->scheduler().blockPeriod(f.fabreAgenda.id, f.session->now(), f.session->now().addDays(120),
                                       u"Congé maternité"_s, f.session->actor());
    AppointmentDialog dialog(*f.session);
    dialog.setAgendas({f.fabreAgenda.id});
    dialog.setPatient(f.louise.id);
    showActive(dialog);
    press(Qt::Key_F3);
    CHECK(slotModel(dialog)->rowCount() == 0);
    auto *message = child<QLabel>(dialog, u"freeSlotMessage"_s);
    CHECK(message->isVisible());
    CHECK(message->text() == u"Nothing is free for this type in the next 92 days."_s);
    CHECK_FALSE(child<QPushButton>(dialog, u"bookButton"_s)->isEnabled());
    CHECK(dialog.isVisible());
}

TEST_CASE("In French the summary writes the weekday and the full date", "[dialog]")
{
    const LocaleGuard french(QLocale(QLocale::French, QLocale::France));
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    // The setters in any order: the start keeps its agenda (the second one shown).
    dialog.setStart(f.rocheAgenda.id, DeskFixture::at(f.tuesday, 10, 15));
    dialog.setAgendas({f.fabreAgenda.id, f.rocheAgenda.id});
    dialog.setPatient(f.louise.id);
    showActive(dialog);
    const QString summary = child<QLabel>(dialog, u"summaryLabel"_s)->text();
    CHECK(summary.startsWith(u"Mardi 16 juin 2026"_s));
    CHECK(summary.contains(u"10:15 — Dr Paul Roche — Consultation (15 min) — MARTIN Louise"_s));
    CHECK(child<QPushButton>(dialog, u"bookButton"_s)->text().contains(u"mardi 16/06"_s));
    CHECK(child<QLabel>(dialog, u"chosenPatient"_s)->text().contains(u"17/05/1980"_s));
}
