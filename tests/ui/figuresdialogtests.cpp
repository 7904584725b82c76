// "Centre › Figures…": the table of a month per practitioner, the charts, the period and
// practitioner choices, and the CSV export, against a real store.
#include "catch.h"
#include "deskfixture.h"
#include "errorlabel.h"
#include "figuresdialog.h"
#include "figurestablemodel.h"
#include "mainwindow.h"
#include "schedule/scheduler.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// On Tuesday 16 June 2026 at 09:00: Dr Fabre has a desk booking today at 10:00 and a web booking
// tomorrow at 08:30; Dr Roche had a patient at 08:00 today (urgent slot) who did not come and has
// a web booking tomorrow at 09:00; Luc Moreau has nothing.
struct FiguresDesk : DeskFixture
{
    FiguresDesk()
    {
        book(fabreAgenda, fabreConsultation, at(tuesday, 10, 0), louise);
        bookOnline(fabreAgenda, fabreConsultation, at(tuesday.addDays(1), 8, 30), helene);
        const Appointment early = book(rocheAgenda, rocheConsultation, at(tuesday, 8, 0), helene);
        session->scheduler().setStatus(early.id, early.version, AppointmentStatus::NoShow, session->actor());
        bookOnline(rocheAgenda, rocheConsultation, at(tuesday.addDays(1), 9, 0), louise);
    }

    void bookOnline(const Agenda &agenda, const AppointmentType &type, const QDateTime &start,
                    const Patient &patient)
    {
        BookingRequest request;
        request.agendaId = agenda.id;
        request.typeId = type.id;
        request.start = start;
        request.patientId = patient.id;
        request.channel = Channel::Web;
        session->scheduler().book(request, session->actor());
    }
};

template<typename Series>
Series *seriesNamed(const QChart &chart, const QString &name)
{
    for (QAbstractSeries *series : chart.series()) {
        if (series->objectName() == name)
            return qobject_cast<Series *>(series);
    }
    return nullptr;
}

QString cell(const FiguresDialog &dialog, int row, int column)
{
    return dialog.model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("Centre › Figures opens this month's figures per practitioner, with the total", "[figures]")
{
    FiguresDesk f;
    MainWindow window(*f.session);
    window.show();
    QAction *action = window.action(u"figures"_s);
    REQUIRE(action);
    action->trigger();
    FiguresDialog *dialog = openDialog<FiguresDialog>(window);
    REQUIRE(dialog);
    // Asked again, the same window comes forward.
    action->trigger();
    CHECK(window.findChildren<FiguresDialog *>().size() == 1);

    CHECK(dialog->from() == QDate(2026, 6, 1));
    CHECK(dialog->to() == QDate(2026, 6, 30));
    CHECK(dialog->errorLabel()->message().isEmpty());
    CHECK(dialog->summary()->text().contains(u"2026"_s));
    FiguresTableModel &model = *dialog->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    CHECK(dialog->table()->model() == &model);
    CHECK(cell(*dialog, 0, FiguresTableModel::Name) == u"Dr Claire Fabre"_s);
    CHECK(cell(*dialog, 1, FiguresTableModel::Name) == u"Dr Luc Moreau"_s);
    CHECK(cell(*dialog, 2, FiguresTableModel::Name) == u"Dr Paul Roche"_s);
    CHECK(cell(*dialog, 3, FiguresTableModel::Name) == u"Total"_s);
    CHECK(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());

    CHECK(cell(*dialog, 0, FiguresTableModel::Appointments) == u"2"_s);
    CHECK(cell(*dialog, 0, FiguresTableModel::Desk) == u"1"_s);
    CHECK(cell(*dialog, 0, FiguresTableModel::Web) == u"1"_s);
    CHECK(model.index(0, FiguresTableModel::OnlineShare).data(FiguresTableModel::RateRole).toDouble() == 0.5);
    CHECK(cell(*dialog, 0, FiguresTableModel::OnlineShare) == figuresPercent(0.5));
    // June 2026 has 22 weekdays of 90 internet minutes; one quarter of an hour is booked.
    CHECK(model.index(0, FiguresTableModel::InternetFill).data(FiguresTableModel::RateRole).toDouble()
          == 15.0 / (22 * 90));
    CHECK(model.index(0, FiguresTableModel::InternetFill)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QLocale().toString(qint64(1980))));
    // Nothing has started for Dr Fabre yet (10:00 today): no rate rather than 0 %.
    CHECK(cell(*dialog, 0, FiguresTableModel::NoShowRate) == figuresPercent(std::nullopt));
    CHECK_FALSE(model.index(0, FiguresTableModel::NoShowRate).data(FiguresTableModel::RateRole).isValid());

    CHECK(cell(*dialog, 1, FiguresTableModel::Appointments) == u"0"_s);
    CHECK(cell(*dialog, 1, FiguresTableModel::OnlineShare) == figuresPercent(std::nullopt));

    CHECK(cell(*dialog, 2, FiguresTableModel::NoShows) == u"1"_s);
    CHECK(model.index(2, FiguresTableModel::NoShowRate).data(FiguresTableModel::RateRole).toDouble() == 1.0);
    CHECK(model.index(2, FiguresTableModel::UrgentUsed).data(FiguresTableModel::RateRole).toDouble()
          == 1.0 / (22 * 2));

    CHECK(cell(*dialog, 3, FiguresTableModel::Appointments) == u"4"_s);
    CHECK(cell(*dialog, 3, FiguresTableModel::Web) == u"2"_s);
    CHECK(cell(*dialog, 3, FiguresTableModel::NoShows) == u"1"_s);
    CHECK(model.index(3, FiguresTableModel::OnlineShare).data(FiguresTableModel::RateRole).toDouble() == 0.5);

    // No-shows per channel: the desk's one, none online (nothing online has started yet).
    ChannelFiguresModel &channels = *dialog->channelModel();
    QAbstractItemModelTester channelTester(&channels, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(channels.rowCount() == 4);
    CHECK(channels.index(0, ChannelFiguresModel::ChannelColumn).data().toString() == u"Desk"_s);
    CHECK(channels.index(0, ChannelFiguresModel::NoShows).data().toString() == u"1"_s);
    CHECK(channels.index(0, ChannelFiguresModel::NoShowRate).data(FiguresTableModel::RateRole).toDouble()
          == 1.0);
    CHECK(channels.index(1, ChannelFiguresModel::ChannelColumn).data().toString() == u"Web"_s);
    CHECK(channels.index(1, ChannelFiguresModel::Appointments).data().toString() == u"2"_s);
    CHECK_FALSE(
            channels.index(1, ChannelFiguresModel::NoShowRate).data(FiguresTableModel::RateRole).isValid());
}

TEST_CASE("The figures' charts: channels per practitioner against the goal, online share by month",
          "[figures]")
{
    FiguresDesk f;
    FiguresDialog dialog(*f.session);

    // Bars from the bottom: the total, then the practitioners with the first one on top.
    const QChart &bars = *dialog.channelChart();
    auto *channels = seriesNamed<QHorizontalPercentBarSeries>(bars, u"channels"_s);
    REQUIRE(channels);
    REQUIRE(channels->barSets().size() == 4);
    const QBarSet *online = channels->barSets().front();
    CHECK(online->label() == u"Web"_s);
    REQUIRE(online->count() == 4);
    CHECK(online->at(0) == 2); // total
    CHECK(online->at(1) == 1); // Roche
    CHECK(online->at(2) == 0); // Moreau
    CHECK(online->at(3) == 1); // Fabre
    const QBarSet *desk = channels->barSets().at(1);
    CHECK(desk->at(0) == 2);
    CHECK(desk->at(3) == 1);
    auto *names = qobject_cast<QBarCategoryAxis *>(bars.axes(Qt::Vertical, channels).value(0));
    REQUIRE(names);
    CHECK(names->categories()
          == QStringList({u"Total"_s, u"Dr Paul Roche"_s, u"Dr Luc Moreau"_s, u"Dr Claire Fabre"_s}));
    auto *goal = seriesNamed<QLineSeries>(bars, u"goal"_s);
    REQUIRE(goal);
    REQUIRE(goal->count() == 2);
    CHECK(goal->at(0).x() == 50);
    CHECK(goal->at(1).x() == 50);
    CHECK(goal->name().contains(figuresPercent(0.5)));

    // The year that ends with June 2026: only June has appointments, half of them online.
    const QChart &line = *dialog.onlineShareChart();
    REQUIRE(dialog.months().size() == 12);
    CHECK(dialog.months().front().from == QDate(2025, 7, 1));
    CHECK(dialog.months().back().from == QDate(2026, 6, 1));
    auto *share = seriesNamed<QLineSeries>(line, u"onlineShare"_s);
    REQUIRE(share);
    REQUIRE(share->count() == 1);
    CHECK(share->at(0) == QPointF(11, 50));
    auto *lineGoal = seriesNamed<QLineSeries>(line, u"goal"_s);
    REQUIRE(lineGoal);
    CHECK(lineGoal->count() == 12);
    auto *months = qobject_cast<QBarCategoryAxis *>(line.axes(Qt::Horizontal, share).value(0));
    REQUIRE(months);
    CHECK(months->count() == 12);
}

TEST_CASE("The figures follow the period and the practitioners chosen", "[figures]")
{
    FiguresDesk f;
    FiguresDialog dialog(*f.session);
    FiguresTableModel &model = *dialog.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    SECTION("previous and next month")
    {
        QTest::mouseClick(dialog.previousMonthButton(), Qt::LeftButton);
        CHECK(dialog.from() == QDate(2026, 5, 1));
        CHECK(dialog.to() == QDate(2026, 5, 31));
        REQUIRE(model.rowCount() == 4);
        CHECK(cell(dialog, 3, FiguresTableModel::Appointments) == u"0"_s);
        CHECK(cell(dialog, 3, FiguresTableModel::OnlineShare) == figuresPercent(std::nullopt));
        // 21 weekdays, of which 4 public holidays (1 and 8 May, Ascension, Whit Monday): 17 days of
        // 90 internet minutes in each of the three agendas.
        CHECK(model.index(3, FiguresTableModel::InternetFill)
                      .data(Qt::ToolTipRole)
                      .toString()
                      .contains(QLocale().toString(qint64(17 * 90 * 3))));
        QTest::mouseClick(dialog.nextMonthButton(), Qt::LeftButton);
        CHECK(dialog.from() == QDate(2026, 6, 1));
        CHECK(cell(dialog, 3, FiguresTableModel::Appointments) == u"4"_s);
    }
    SECTION("one day")
    {
        dialog.setPeriod(f.tuesday, f.tuesday);
        CHECK(cell(dialog, 3, FiguresTableModel::Appointments) == u"2"_s);
        CHECK(cell(dialog, 3, FiguresTableModel::Web) == u"0"_s);
    }
    SECTION("only Dr Roche")
    {
        dialog.setPractitioners({f.roche.id});
        REQUIRE(model.rowCount() == 2);
        CHECK(cell(dialog, 0, FiguresTableModel::Name) == u"Dr Paul Roche"_s);
        CHECK(cell(dialog, 1, FiguresTableModel::Appointments) == u"2"_s);
        QListWidget &list = *dialog.practitionerList();
        REQUIRE(list.count() == 3);
        CHECK(list.item(0)->checkState() == Qt::Unchecked);
        CHECK(list.item(2)->checkState() == Qt::Checked);
        // Ticking Dr Fabre as well: read once the ticking is over.
        list.item(0)->setCheckState(Qt::Checked);
        QTRY_COMPARE(model.rowCount(), 3);
    }
    SECTION("nobody ticked: says so, and keeps the last figures")
    {
        QListWidget &list = *dialog.practitionerList();
        for (int i = 0; i < list.count(); ++i)
            list.item(i)->setCheckState(Qt::Unchecked);
        dialog.reload();
        CHECK_FALSE(dialog.errorLabel()->message().isEmpty());
        CHECK(model.rowCount() == 4);
    }
    SECTION("percentages in the locale")
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        dialog.reload();
        CHECK(cell(dialog, 3, FiguresTableModel::OnlineShare).startsWith(u"50,0"_s));
        QLocale::setDefault(before);
    }
}

TEST_CASE("Export CSV writes the table for a spreadsheet, or says why it could not", "[figures]")
{
    FiguresDesk f;
    FiguresDialog dialog(*f.session);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"figures.csv"_s);
    CHECK_FALSE(dialog.exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // the header, three practitioners, the total
    CHECK(lines[0].startsWith(u"From;To;Practitioner;Appointments;"_s));
    CHECK(lines[1].startsWith(u"2026-06-01;2026-06-30;Dr Claire Fabre;2;1;1;0;0;"_s));
    CHECK(lines[4].startsWith(u"2026-06-01;2026-06-30;Total;4;2;2;0;0;"_s));

    const std::optional<QString> error = dialog.exportCsv(dir.filePath(u"no/such/folder/figures.csv"_s));
    REQUIRE(error);
    CHECK(error->contains(u"figures.csv"_s));
}
