// Printing at the desk: the day list, the waiting-room list and the patient's appointment card,
// saved as PDF from a real store and read back with pdftotext (poppler-utils).
#include "agendapage.h"
#include "appointmentdialogsupport.h"
#include "mainwindow.h"
#include "printing/printout.h"
#include "printing/printsheets.h"
#include "schedule/scheduler.h"
#include "waitingroommodel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

bool havePdfTools()
{
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        return true;
    WARN("Skipped: pdftotext (poppler-utils) is not installed, so the PDF cannot be read back.");
    return false;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the PDF as laid out on the page (one page, or all when page is 0).
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments{u"-layout"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return run(u"pdftotext"_s, arguments << path << u"-"_s);
}

// Saves the sheet in the directory and reads it back.
QString saved(const PrintSheet &sheet, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(Printout::saveAsPdf(sheet, path));
    REQUIRE(QFileInfo(path).size() > 0);
    // To look at them: ACCUEIL_KEEP_PRINTS=/some/dir keeps a copy of each.
    if (const QString keep = qEnvironmentVariable("ACCUEIL_KEEP_PRINTS"); !keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return path;
}

void setCentrePhone(DeskFixture &f, const QString &phone)
{
    Centre centre = *f.store->centre();
    centre.phone = phone;
    f.store->update(centre, setupActor());
}

} // namespace

TEST_CASE("The day list of two practitioners as PDF: one page each, cancelled ones left out", "[print]")
{
    if (!havePdfTools())
        return;
    const LocaleGuard locale(english);
    DeskFixture f;
    Scheduler &scheduler = f.session->scheduler();
    const Appointment louise = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise,
                                      u"Toux <b>& fièvre"_s);
    const Appointment cancelled
            = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 15), f.helene, u"Vaccin"_s);
    scheduler.cancel(cancelled.id, u"empêchée"_s, f.session->actor());
    f.book(f.fabreAgenda, f.fabreInfant, f.at(f.tuesday, 10, 30), f.leo, u"Suivi"_s);
    f.book(f.rocheAgenda, f.rocheConsultation, f.at(f.tuesday, 11, 0), f.helene, u"Renouvellement"_s);
    f.book(f.rocheAgenda, f.rocheConsultation, f.at(QDate(2026, 6, 17), 9, 0), f.louise, u"Demain"_s);
    f.setTime(f.tuesday, 9, 52);
    scheduler.setStatus(louise.id, louise.version, AppointmentStatus::Arrived, f.session->actor());

    const PrintSheet sheet
            = PrintSheets(*f.session)
                      .dayList(f.tuesday, {f.fabreAgenda.id, f.rocheAgenda.id, f.kineAgenda.id});
    // The patient's words are text, never markup.
    CHECK(sheet.html.contains(u"Toux &lt;b&gt;&amp; fièvre"_s));
    CHECK_FALSE(sheet.html.contains(u"<b>& fièvre"_s));
    CHECK(sheet.html.contains(u"Arrived at 09:52"_s));

    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = saved(sheet, dir, u"day.pdf"_s);
    const QString all = pdfText(path);
    INFO(all.toStdString());
    CHECK(all.contains(u"Maison de santé des Tests"_s));
    CHECK(all.contains(u"Dr Claire Fabre"_s));
    CHECK(all.contains(u"Dr Paul Roche"_s));
    CHECK(all.contains(u"Tuesday 16 June 2026"_s));
    CHECK(all.contains(u"10:00–10:15"_s));
    CHECK(all.contains(u"MARTIN Louise"_s));
    CHECK(all.contains(u"17/05/1980"_s));
    CHECK(all.contains(u"06 12 34 56 78"_s));
    CHECK(all.contains(u"Toux <b>&"_s)); // literally, as typed (the column may wrap the rest)
    CHECK(all.contains(u"Arrived at"_s));
    CHECK(all.contains(u"10:30–11:00"_s));
    CHECK(all.contains(u"MARTIN Léo"_s));
    CHECK(all.contains(u"nourrisson"_s)); // the type, wrapped in its column
    CHECK(all.contains(u"LEFÈVRE Hélène"_s));
    CHECK(all.contains(u"Renouvellement"_s));
    // The cancelled one is left out, and the page says so; another day never shows.
    CHECK_FALSE(all.contains(u"10:15–10:30"_s));
    CHECK_FALSE(all.contains(u"Vaccin"_s));
    CHECK(all.contains(u"1 cancelled appointment not listed."_s));
    CHECK(all.contains(u"Cancelled appointments are not listed."_s));
    CHECK_FALSE(all.contains(u"Demain"_s));
    // A practitioner with nothing that day takes no page, only a line.
    CHECK(all.contains(u"No appointment that day: Dr Luc Moreau."_s));
    CHECK(all.contains(u"Printed on Tuesday 16 June 2026 at 09:52 by SV"_s));

    // One practitioner from the top of each page.
    const QString first = pdfText(path, 1);
    const QString second = pdfText(path, 2);
    CHECK(first.contains(u"Dr Claire Fabre"_s));
    CHECK_FALSE(first.contains(u"Dr Paul Roche"_s));
    CHECK(first.contains(u"Page 1 of 2"_s));
    CHECK(second.contains(u"Dr Paul Roche"_s));
    CHECK(second.contains(u"LEFÈVRE Hélène"_s));
    CHECK_FALSE(second.contains(u"MARTIN Louise"_s));
    CHECK(second.contains(u"Page 2 of 2"_s));
}

TEST_CASE("The day list of one practitioner with nothing that day says so", "[print]")
{
    if (!havePdfTools())
        return;
    const LocaleGuard locale(english);
    DeskFixture f;
    const QTemporaryDir dir;
    const QString text = pdfText(saved(
            PrintSheets(*f.session).dayList(QDate(2026, 6, 19), {f.rocheAgenda.id}), dir, u"empty.pdf"_s));
    INFO(text.toStdString());
    CHECK(text.contains(u"Dr Paul Roche"_s));
    CHECK(text.contains(u"Friday 19 June 2026"_s));
    CHECK(text.contains(u"No appointment on this day."_s));
}

TEST_CASE("A full day runs over pages, the practitioner and the day heading each", "[print]")
{
    if (!havePdfTools())
        return;
    const LocaleGuard locale(english);
    DeskFixture f;
    const Patient patients[] = {f.louise, f.helene, f.leo};
    int booked = 0;
    for (const int startHour : {8, 14}) {
        for (int minutes = 0; minutes < 4 * 60; minutes += 15) {
            f.book(f.fabreAgenda, f.fabreConsultation,
                   f.at(f.tuesday, startHour + minutes / 60, minutes % 60), patients[booked % 3],
                   u"Motif %1"_s.arg(booked));
            ++booked;
        }
    }
    const QTemporaryDir dir;
    const QString path
            = saved(PrintSheets(*f.session).dayList(f.tuesday, {f.fabreAgenda.id}), dir, u"full.pdf"_s);
    const QString info = run(u"pdfinfo"_s, {path});
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    REQUIRE(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    CHECK(count >= 2);
    QString all;
    for (int page = 1; page <= count; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page << "\n" << text.toStdString());
        CHECK(text.contains(u"Dr Claire Fabre"_s));
        CHECK(text.contains(u"Tuesday 16 June 2026"_s));
        CHECK(text.contains(u"Page %1 of %2"_s.arg(page).arg(count)));
        all += text;
    }
    // Every row once, none lost or cut at a page break.
    for (int i = 0; i < booked; ++i)
        CHECK(all.count(u"Motif %1 "_s.arg(i)) + all.count(u"Motif %1\n"_s.arg(i)) == 1);
    CHECK(all.contains(u"%1 appointments."_s.arg(booked)));
}

TEST_CASE("The waiting-room list: who waits now, for whom, since when", "[print]")
{
    if (!havePdfTools())
        return;
    const LocaleGuard locale(english);
    DeskFixture f;
    Scheduler &scheduler = f.session->scheduler();
    const Appointment louise = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 9, 15), f.louise);
    const Appointment helene = f.book(f.rocheAgenda, f.rocheConsultation, f.at(f.tuesday, 9, 15), f.helene);
    f.book(f.fabreAgenda, f.fabreInfant, f.at(f.tuesday, 9, 30), f.leo); // not come yet
    f.setTime(f.tuesday, 9, 5);
    scheduler.setStatus(louise.id, louise.version, AppointmentStatus::Arrived, f.session->actor());
    const Appointment arrived
            = scheduler.setStatus(helene.id, helene.version, AppointmentStatus::Arrived, f.session->actor());
    scheduler.setStatus(helene.id, arrived.version, AppointmentStatus::InConsultation, f.session->actor());
    f.setTime(f.tuesday, 9, 20);

    const WaitingRoomModel model(*f.session);
    const QTemporaryDir dir;
    const QString text = pdfText(saved(PrintSheets(*f.session).waitingRoom(model), dir, u"waiting.pdf"_s));
    INFO(text.toStdString());
    CHECK(text.contains(u"Waiting room"_s));
    CHECK(text.contains(u"Tuesday 16 June 2026, 09:20"_s));
    CHECK(text.contains(u"1 patient waiting."_s));
    CHECK(text.contains(u"Dr Claire Fabre"_s));
    CHECK(text.contains(u"MARTIN Louise"_s));
    CHECK(text.contains(u"09:05"_s)); // arrived
    CHECK(text.contains(u"15 min"_s));
    CHECK_FALSE(text.contains(u"LEFÈVRE"_s)); // already with Dr Roche
    CHECK_FALSE(text.contains(u"Dr Paul Roche"_s));
    CHECK_FALSE(text.contains(u"MARTIN Léo"_s)); // not arrived
}

TEST_CASE("An appointment card: the practitioner, the weekday, the time and the cancellation rule", "[print]")
{
    if (!havePdfTools())
        return;
    const LocaleGuard locale(english);
    DeskFixture f;
    setCentrePhone(f, u"03 88 12 34 56"_s);
    // Dr Roche wants two days' notice; Dr Fabre follows the centre's 24 hours.
    AgendaRules rules;
    rules.agendaId = f.rocheAgenda.id;
    rules.cancellationDeadlineHours = 48;
    f.store->insert(rules, setupActor());
    const Appointment roche = f.book(f.rocheAgenda, f.rocheInfant, f.at(QDate(2026, 6, 18), 14, 30), f.leo,
                                     u"Secret <i>reason"_s);
    const Appointment fabre
            = f.book(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 17), 10, 15), f.louise);
    const QTemporaryDir dir;

    SECTION("per-agenda rule")
    {
        const auto sheet = PrintSheets(*f.session).appointmentCard(roche.id);
        REQUIRE(sheet);
        const QString path = saved(*sheet, dir, u"card.pdf"_s);
        const QString text = pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(u"Maison de santé des Tests"_s));
        CHECK(text.contains(u"1 rue des Tilleuls, 67000 Strasbourg"_s));
        CHECK(text.contains(u"03 88 12 34 56"_s));
        CHECK(text.contains(u"MARTIN Léo"_s));
        CHECK(text.contains(u"Dr Paul Roche"_s));
        CHECK(text.contains(u"Thursday 18 June 2026"_s));
        CHECK(text.contains(u"14:30"_s));
        CHECK(text.contains(u"Consultation nourrisson — 30 min"_s));
        CHECK(text.simplified().contains(u"at least 48 hours before"_s));
        CHECK(text.simplified().contains(u"by Tuesday 16 June 2026 at 14:30"_s));
        CHECK_FALSE(text.contains(u"Secret"_s)); // the reason stays at the desk
        // A small card, one page.
        const QString info = run(u"pdfinfo"_s, {path});
        // A6 is 105 × 148 mm: 297.6 × 419.5 points.
        const QRegularExpressionMatch size
                = QRegularExpression(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s).match(info);
        REQUIRE(size.hasMatch());
        CHECK(std::abs(size.captured(1).toDouble() - 297.6) < 1.5);
        CHECK(std::abs(size.captured(2).toDouble() - 419.5) < 1.5);
        CHECK(info.contains(u"Pages:           1"_s));
    }
    SECTION("the centre's rule")
    {
        const auto sheet = PrintSheets(*f.session).appointmentCard(fabre.id);
        REQUIRE(sheet);
        const QString text = pdfText(saved(*sheet, dir, u"card-fabre.pdf"_s));
        INFO(text.toStdString());
        CHECK(text.contains(u"Dr Claire Fabre"_s));
        CHECK(text.contains(u"Wednesday 17 June 2026"_s));
        CHECK(text.contains(u"10:15"_s));
        CHECK(text.simplified().contains(u"at least 24 hours before"_s));
    }
    SECTION("none for a cancelled appointment")
    {
        f.session->scheduler().cancel(fabre.id, u"empêchée"_s, f.session->actor());
        CHECK_FALSE(PrintSheets(*f.session).appointmentCard(fabre.id));
    }
}

TEST_CASE("The print actions are in the menus and open a preview", "[print]")
{
    const LocaleGuard locale(english);
    DeskFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    MainWindow window(*f.session);
    window.agendaPage()->setMode(AgendaPage::Mode::Day);
    window.agendaPage()->setDayAgendas({f.fabreAgenda.id, f.rocheAgenda.id});
    window.agendaPage()->setDate(f.tuesday);
    window.show();

    for (const char16_t *name : {u"printDayList", u"saveDayListPdf", u"printWaitingRoom", u"printCard"})
        CHECK(window.action(QString::fromUtf16(name)));
    CHECK(window.action(u"printDayList"_s)->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));

    QMenu *menu = window.agendaPage()->appointmentMenu(a.id);
    QAction *card = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Print an appointment card…"_s)
            card = action;
    }
    REQUIRE(card);
    card->trigger();
    delete menu;
    auto *preview = openDialog<QPrintPreviewDialog>(window);
    REQUIRE(preview);
    CHECK(preview->windowTitle().contains(u"MARTIN Louise"_s));
    CHECK(preview->printer()->pageLayout().pageSize().id() == QPageSize::A6);
    preview->reject();
    QCoreApplication::processEvents();

    window.action(u"printDayList"_s)->trigger();
    preview = openDialog<QPrintPreviewDialog>(window);
    REQUIRE(preview);
    CHECK(preview->windowTitle().contains(u"Tuesday 16 June 2026"_s));
    CHECK(preview->printer()->pageLayout().pageSize().id() == QPageSize::A4);
    preview->reject();
}
