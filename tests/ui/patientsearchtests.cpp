// The patient search of the appointment dialog and the two item models it shows.
#include "appointmentdialog.h"
#include "appointmentdialogsupport.h"
#include "appointmenttext.h"
#include "freeslotmodel.h"
#include "patientsearchmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

QStringList names(const PatientSearchModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, PatientSearchModel::Name).data().toString();
    result.sort();
    return result;
}

// Replaces the search text as a secretary does: select all, type.
void retype(const QString &text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(text);
}

} // namespace

TEST_CASE("The patient search runs as you type: by name, phone and birth date", "[dialog]")
{
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    showActive(dialog);
    auto *search = child<QLineEdit>(dialog, u"patientSearch"_s);
    auto *view = child<QTableView>(dialog, u"patientResults"_s);
    auto *model = qobject_cast<PatientSearchModel *>(view->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(focused() == search);

    typeText(u"mart"_s);
    // Debounced: the keystrokes alone ran no query; the pause after them does.
    CHECK(model->query().isEmpty());
    REQUIRE(waitFor([&] { return model->rowCount() == 2; }));
    CHECK(names(*model) == QStringList{u"MARTIN Louise"_s, u"MARTIN Léo"_s});

    retype(u"06 12"_s);
    REQUIRE(waitFor([&] { return model->query() == u"06 12"_s; }));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->patientAt(0).id == f.louise.id);
    CHECK(model->index(0, PatientSearchModel::Name).data() == u"MARTIN Louise"_s);
    CHECK(model->index(0, PatientSearchModel::BirthDate).data() == u"17/05/1980 (46 years)"_s);
    CHECK(model->index(0, PatientSearchModel::Phone).data() == u"06 12 34 56 78"_s);
    CHECK(model->index(0, 0).data(PatientSearchModel::PatientIdRole).toLongLong() == f.louise.id);
    CHECK(model->index(0, 0).data(PatientSearchModel::PatientRole).value<Patient>().lastName == u"Martin"_s);

    retype(u"17/05/1980"_s);
    REQUIRE(waitFor([&] { return model->query() == u"17/05/1980"_s; }));
    CHECK(names(*model) == QStringList{u"MARTIN Louise"_s});

    retype(u"24/11/52"_s);
    REQUIRE(waitFor([&] { return model->query() == u"24/11/52"_s; }));
    CHECK(names(*model) == QStringList{u"LEFÈVRE Hélène"_s});
    CHECK(model->index(0, PatientSearchModel::BirthDate).data() == u"24/11/1952 (73 years)"_s);

    // An infant's age is in months.
    retype(u"mart le"_s);
    REQUIRE(waitFor([&] { return model->query() == u"mart le"_s; }));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, PatientSearchModel::BirthDate).data() == u"01/02/2026 (4 months)"_s);

    retype(u"zzz"_s);
    REQUIRE(waitFor([&] { return model->query() == u"zzz"_s; }));
    CHECK(model->rowCount() == 0);
    auto *hint = child<QLabel>(dialog, u"patientSearchHint"_s);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(u"Ctrl+N"_s));
}

TEST_CASE("Down and Up move in the results while the field keeps the focus; Return picks", "[dialog]")
{
    DeskFixture f;
    AppointmentDialog dialog(*f.session);
    showActive(dialog);
    auto *search = child<QLineEdit>(dialog, u"patientSearch"_s);
    auto *view = child<QTableView>(dialog, u"patientResults"_s);
    auto *model = qobject_cast<PatientSearchModel *>(view->model());
    REQUIRE(model);

    typeText(u"mart"_s);
    // No wait: Down runs the pending search itself.
    press(Qt::Key_Down);
    REQUIRE(model->rowCount() == 2);
    CHECK(view->currentIndex().row() == 0);
    CHECK(focused() == search);
    press(Qt::Key_Down);
    CHECK(view->currentIndex().row() == 1);
    press(Qt::Key_Down); // stays on the last
    CHECK(view->currentIndex().row() == 1);
    press(Qt::Key_Up);
    CHECK(view->currentIndex().row() == 0);
    const Patient expected = model->patientAt(0);

    press(Qt::Key_Return);
    auto *chosen = child<QLabel>(dialog, u"chosenPatient"_s);
    CHECK(chosen->isVisible());
    CHECK(chosen->text().startsWith(AppointmentText::patientName(expected)));
    CHECK_FALSE(search->isVisible());
    CHECK(dialog.isVisible()); // Return picked a patient, it did not close or book anything
    CHECK(appointmentsIn(*f.store, f.fabreAgenda.id).empty());

    // Change: back to the search with the text kept.
    QTest::mouseClick(child<QPushButton>(dialog, u"changePatientButton"_s), Qt::LeftButton);
    CHECK(search->isVisible());
    CHECK(search->text() == u"mart"_s);
    CHECK(focused() == search);
}

TEST_CASE("PatientSearchModel stays consistent while the query changes, up to its limit", "[dialog]")
{
    DeskFixture f;
    std::vector<Patient> many;
    for (int i = 0; i < 60; ++i) {
        Patient p;
        p.lastName = u"Dupond"_s;
        p.firstName = u"Prénom%1"_s.arg(i, 2, 10, QChar(u'0'));
        p.birthDate = QDate(1970, 1, 1).addDays(i * 40);
        many.push_back(p);
    }
    f.store->importAll(many, setupActor(), u"test"_s, false);

    PatientSearchModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &query : {u"mart"_s, u""_s, u"06 12"_s, u"dupond"_s, u"zzz"_s, u"dupond prenom05"_s,
                                 u"31/02/1980"_s, u"lefevre"_s}) {
        model.setQuery(query);
        CAPTURE(query);
        CHECK(model.query() == query);
    }
    model.setQuery(u"dupond"_s);
    CHECK(model.rowCount() == PatientSearchModel::resultLimit);
    model.setQuery(u"dupond prenom05"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.patientAt(0).firstName == u"Prénom05"_s);
    CHECK(model.rowOf(model.patientAt(0).id) == 0);
    CHECK(model.rowOf(f.louise.id) == -1);
}

// Its speed is a benchmark (accueil-bench patient_search), never a timed test.
TEST_CASE("Among 10 000 patients the search finds exactly the right ones as you type", "[dialog]")
{
    DeskFixture f;
    const QStringList lastNames{u"Martin"_s,  u"Bernard"_s, u"Dubois"_s, u"Thomas"_s, u"Robert"_s,
                                u"Richard"_s, u"Petit"_s,   u"Durand"_s, u"Leroy"_s,  u"Moreau"_s};
    const QStringList firstNames{u"Marie"_s,    u"Jean"_s,   u"Pierre"_s,    u"Michel"_s,   u"Nathalie"_s,
                                 u"Isabelle"_s, u"Sylvie"_s, u"Catherine"_s, u"Philippe"_s, u"Alain"_s};
    std::vector<Patient> many;
    for (int i = 0; i < 10000; ++i) {
        Patient p;
        p.lastName = lastNames[i % 10] + QString::number(i / 100);
        p.firstName = firstNames[(i / 10) % 10];
        p.birthDate = QDate(1940, 1, 1).addDays(i * 3);
        p.mobilePhone = u"07 %1"_s.arg(i, 8, 10, QChar(u'0'));
        many.push_back(p);
    }
    f.store->importAll(many, setupActor(), u"test"_s, false);

    PatientSearchModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // What a secretary types, one keystroke after another: the list narrows down each time.
    int previous = PatientSearchModel::resultLimit + 1;
    for (const QString &query : {u"m"_s, u"ma"_s, u"mar"_s, u"mart"_s, u"marti"_s, u"martin"_s}) {
        model.setQuery(query);
        CHECK(model.rowCount() <= previous);
        previous = model.rowCount();
    }
    CHECK(model.rowCount() == PatientSearchModel::resultLimit);
    // i = 4217: Durand42 Jean, born 1940-01-01 + 3 × 4217 days, 07 00004217.
    model.setQuery(u"07 00 00 42 17"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.patientAt(0).lastName == u"Durand42"_s);
    model.setQuery(QDate(1940, 1, 1).addDays(4217 * 3).toString(u"dd/MM/yyyy"_s));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.patientAt(0).firstName == u"Jean"_s);
    model.setQuery(u"durand42"_s);
    CHECK(model.rowCount() == 10); // i = 4207, 4217 … 4297
    model.setQuery(u"durand42 jea"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.patientAt(0).mobilePhone == u"07 00004217"_s);
}

TEST_CASE("FreeSlotModel shows the weekday, the full date, the agenda and the kind", "[dialog]")
{
    DeskFixture f;
    FreeSlotModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::vector<Candidate> both{{f.fabreAgenda.id, f.fabreConsultation.id},
                                      {f.rocheAgenda.id, f.rocheInfant.id}};
    model.setFreeSlots(f.session->scheduler().nextFree(both, f.session->now(), Channel::Desk));
    REQUIRE(model.rowCount() == 2);
    {
        const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedKingdom));
        CHECK(model.index(0, FreeSlotModel::When).data() == u"Tuesday 16 June 2026 09:00"_s);
        CHECK(model.index(0, FreeSlotModel::Agenda).data() == u"Dr Claire Fabre"_s);
        CHECK(model.index(0, FreeSlotModel::Type).data() == u"Consultation (15 min)"_s);
        CHECK(model.index(0, FreeSlotModel::Kind).data() == u"Internet"_s);
        CHECK(model.index(1, FreeSlotModel::Type).data() == u"Consultation nourrisson (30 min)"_s);
        CHECK(model.index(0, 0).data(FreeSlotModel::StartRole).toDateTime()
              == DeskFixture::at(f.tuesday, 9, 0));
        CHECK(model.index(1, 0).data(FreeSlotModel::AgendaIdRole).toLongLong() == f.rocheAgenda.id);
        CHECK(model.index(1, 0).data(FreeSlotModel::TypeIdRole).toLongLong() == f.rocheInfant.id);
    }
    {
        const LocaleGuard french(QLocale(QLocale::French, QLocale::France));
        CHECK(model.index(0, FreeSlotModel::When).data() == u"mardi 16 juin 2026 09:00"_s);
    }
    model.clear();
    CHECK(model.rowCount() == 0);
    model.setFreeSlots(f.session->scheduler().availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                           f.tuesday, f.tuesday, Channel::Desk));
    REQUIRE(model.rowCount() == 28); // from now, 09:00, to 12:00 and 14:00–18:00 in 15-minute slots
    CHECK(model.freeSlotAt(27).start == DeskFixture::at(f.tuesday, 17, 45));
}

TEST_CASE("Patient text with markup is shown literally", "[dialog]")
{
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    DeskFixture f;
    Patient odd;
    odd.lastName = u"<b>Gras</b>"_s;
    odd.firstName = u"<i>Léa</i>"_s;
    odd.mobilePhone = u"06 00 00 00 01"_s;
    odd = f.store->insert(odd, setupActor());

    AppointmentDialog dialog(*f.session);
    dialog.setStart(f.fabreAgenda.id, DeskFixture::at(f.tuesday, 10, 15));
    showActive(dialog);
    auto *view = child<QTableView>(dialog, u"patientResults"_s);
    auto *model = qobject_cast<PatientSearchModel *>(view->model());
    REQUIRE(model);
    // Item views draw DisplayRole as plain text unless a delegate says otherwise: none does.
    CHECK(view->itemDelegate()->metaObject() == &QStyledItemDelegate::staticMetaObject);

    typeText(u"gras"_s);
    REQUIRE(waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->index(0, PatientSearchModel::Name).data() == u"<B>GRAS</B> <i>Léa</i>"_s);
    press(Qt::Key_Return);

    auto *chosen = child<QLabel>(dialog, u"chosenPatient"_s);
    CHECK(chosen->textFormat() == Qt::PlainText);
    CHECK(chosen->text() == u"<B>GRAS</B> <i>Léa</i> — 06 00 00 00 01"_s);
    auto *summary = child<QLabel>(dialog, u"summaryLabel"_s);
    CHECK(summary->textFormat() == Qt::PlainText);
    CHECK(summary->text().endsWith(u"— <B>GRAS</B> <i>Léa</i>"_s));
    CHECK(child<QLabel>(dialog, u"errorLabel"_s)->textFormat() == Qt::PlainText);
    CHECK(child<QLabel>(dialog, u"notPlacedLabel"_s)->textFormat() == Qt::PlainText);
}

TEST_CASE("A patient found by her birth name shows it next to her name", "[dialog]")
{
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    DeskFixture f;
    Patient married;
    married.lastName = u"Bonnet"_s;
    married.birthName = u"Lefort"_s;
    married.firstName = u"Jeanne"_s;
    married.sex = Sex::Female;
    married.birthDate = QDate(1958, 1, 28);
    f.session->patients().create(married, setupActor());
    Patient unknownSex = married;
    unknownSex.firstName = u"Camille"_s;
    unknownSex.sex = Sex::Unknown;
    f.session->patients().create(unknownSex, setupActor());

    PatientSearchModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(u"lefort"_s);
    CHECK(names(model)
          == QStringList{u"BONNET Camille (birth name LEFORT)"_s, u"BONNET Jeanne (née LEFORT)"_s});
    model.setQuery(u"martin louise"_s);
    CHECK(names(model) == QStringList{u"MARTIN Louise"_s}); // no birth name: nothing added
}
