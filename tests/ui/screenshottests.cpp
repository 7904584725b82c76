// Pictures of the desk on the demo centre, in French, saved into the build tree for people to look
// at (ctest entry ui.screenshots): the day view of the GPs side by side and the week view of one.
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "catch.h"
#include "demo/demoseeder.h"
#include "desksession.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "store/store.h"
#include "testdatabase.h"
#include "translations.h"
#include "waitingroommodel.h"
#include "waitingroompanel.h"

#include <QDir>
#include <QImage>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// Distinct colours in a picture, sampled: a blank or failed grab has a handful.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// French for the duration of a test only: the other tests of this process read English.
struct FrenchGuard
{
    FrenchGuard() { installTranslations(*QCoreApplication::instance(), u"fr"_s); }
    ~FrenchGuard()
    {
        QLocale::setDefault(previous);
        const auto translators
                = QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        qDeleteAll(translators); // a deleted translator is uninstalled
    }
    Q_DISABLE_COPY_MOVE(FrenchGuard)

    const QLocale previous;
};

} // namespace

TEST_CASE("Screenshots of the day and week views of the demo centre, in French", "[screenshot]")
{
    const FrenchGuard french;
    // A Tuesday mid-morning: patients waiting, the morning half done.
    ManualClock clock(QDateTime(QDate(2026, 11, 17), QTime(10, 40), paris()));
    TestDatabase database;
    std::unique_ptr<Store> store = database.openStore(clock);
    DemoSeeder(*store, DemoOptions{1, 1, 3, 10000}).run();
    const std::optional<StaffUser> secretary = store->staffByLogin(DemoSeeder::logins().front().login);
    REQUIRE(secretary);

    DeskSession session(*store, *secretary);
    MainWindow window(session);
    window.resize(1680, 1050);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AgendaPage &page = *window.agendaPage();
    page.setMode(AgendaPage::Mode::Day);
    const std::vector<qint64> gps = session.directory().agendasOfProfession(u"gp"_s);
    page.setDayAgendas(QList<qint64>(gps.begin(), gps.end()));
    page.view()->scrollToMinute(8 * 60);
    QCoreApplication::processEvents();

    const QString dir = QStringLiteral(ACCUEIL_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(dir));
    // The day view: every GP and intern, with today's appointments and the waiting room.
    CHECK(page.view()->columns().size() == 9);
    std::size_t appointments = 0;
    for (const GridColumn &column : page.view()->columns())
        appointments += column.appointments.size();
    CHECK(appointments > 50);
    CHECK(window.waitingRoom()->model()->rowCount() > 0);
    CHECK(window.windowTitle().contains(u"Tilleuls"_s));
    const QImage day = window.grab().toImage();
    CHECK(colourCount(day) > 40);
    CHECK(day.save(dir + u"/day-view.png"_s));

    page.setWeekAgenda(page.dayAgendas().front());
    page.setMode(AgendaPage::Mode::Week);
    QCoreApplication::processEvents();
    CHECK(page.view()->columns().size() >= 5);
    const QImage week = window.grab().toImage();
    CHECK(colourCount(week) > 40);
    CHECK(week.save(dir + u"/week-view.png"_s));
}
