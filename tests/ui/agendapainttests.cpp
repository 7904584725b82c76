// What the agenda grid shows: colours, texts, tooltips, the "now" line and the legend.

#include "agenda/agendapalette.h"
#include "agenda/agendaview.h"
#include "agenda/slotlegend.h"
#include "agendafixture.h"
#include "catch.h"
#include "fixtures.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Accueil;
using Accueil::Test::at;
using Accueil::Test::gridDay;
using Accueil::Test::sampleColumns;
using Accueil::Test::showView;

namespace {

QImage paintedViewport(AgendaView &view)
{
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 6)
{
    int count = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += near(image.pixelColor(x, y), colour, tolerance) ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("Slots are painted in the colour of their kind", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    const QImage image = paintedViewport(view);
    const auto colourAt = [&](int column, const QDateTime &start) {
        return image.pixelColor(view.slotPoint(column, start));
    };
    REQUIRE(colourAt(1, at(11, 30)) == AgendaPalette::slotColour(SlotKind::Desk, false));
    REQUIRE(colourAt(0, at(9, 45)) == AgendaPalette::slotColour(SlotKind::Internet, false));
    REQUIRE(colourAt(0, at(10, 15)) == AgendaPalette::slotColour(SlotKind::Urgent, false));
    REQUIRE(colourAt(0, at(10, 30)) == AgendaPalette::slotColour(SlotKind::Unavailable, false));
    // Blocked: its colour and the hatching over it, nothing else.
    const QRect blocked = view.slotRect(0, at(10, 45)).adjusted(100, 3, -40, -3);
    const int area = blocked.width() * blocked.height();
    const int plain = pixelsNear(image, blocked, AgendaPalette::slotColour(SlotKind::Desk, true));
    const int hatch = pixelsNear(image, blocked, AgendaPalette::blockedHatchColour(), 20);
    REQUIRE(plain > area / 2);
    REQUIRE(hatch > area / 20);

    // Every kind has its own colour, and blocked differs from all of them.
    std::vector<QColor> colours;
    for (const SlotKind kind : {SlotKind::Desk, SlotKind::Internet, SlotKind::Urgent, SlotKind::Unavailable})
        colours.push_back(AgendaPalette::slotColour(kind, false));
    colours.push_back(AgendaPalette::slotColour(SlotKind::Desk, true));
    for (std::size_t i = 0; i < colours.size(); ++i) {
        for (std::size_t j = i + 1; j < colours.size(); ++j)
            REQUIRE_FALSE(near(colours[i], colours[j], 10));
    }
}

TEST_CASE("The legend shows the grid's own colours and names", "[unit][agenda]")
{
    SlotLegend legend;
    legend.resize(legend.sizeHint());
    REQUIRE(legend.entryCount() == 5);
    const std::array kinds{SlotKind::Desk, SlotKind::Internet, SlotKind::Urgent, SlotKind::Unavailable};
    for (int i = 0; i < 4; ++i) {
        REQUIRE(legend.entryColour(i) == AgendaPalette::slotColour(kinds.at(std::size_t(i)), false));
        REQUIRE(legend.entryName(i) == slotKindName(kinds.at(std::size_t(i))));
    }
    REQUIRE(legend.entryColour(4) == AgendaPalette::slotColour(SlotKind::Desk, true));
    REQUIRE(legend.entryName(4) == blockedSlotName());

    const QImage image = legend.grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int i = 0; i < 4; ++i)
        REQUIRE(pixelsNear(image, image.rect(), legend.entryColour(i)) > 20);
    // Narrow, it wraps onto more rows instead of cutting entries off.
    REQUIRE(legend.heightForWidth(legend.minimumSizeHint().width()) > legend.sizeHint().height());
}

TEST_CASE("Blocks say who, when, what, their state and how they were booked", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());

    const QStringList dupont = view.blockText(101);
    REQUIRE(dupont.size() >= 2);
    REQUIRE(dupont[0] == u"08:00 DUPONT Marie"_s);

    const QStringList web = view.blockText(102); // 30 minutes: room for every line
    REQUIRE(web[0] == u"08:30 <b>x</b>"_s);      // painted as literal text
    REQUIRE(web.contains(u"<i>toux</i>"_s));
    const auto booking = std::find_if(web.begin(), web.end(),
                                      [](const QString &l) { return l.startsWith(u"web · "_s); });
    REQUIRE(booking != web.end());
    REQUIRE(booking->contains(u"23:14"_s)); // when the patient booked, in Paris time

    REQUIRE(view.blockText(103).join(u'\n').contains(u"Arrived 09:05"_s));
    REQUIRE(view.blockText(104).join(u'\n').contains(u"Overbooked"_s));
    REQUIRE(view.blockText(201).join(u'\n').contains(u"MD"_s)); // who booked it at the desk
}

TEST_CASE("Tooltips show the full text, escaped", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    const QPoint onWeb = view.appointmentRect(102).center();

    const QString tip = view.toolTipAt(onWeb);
    REQUIRE(tip.contains(u"&lt;b&gt;x&lt;/b&gt;"_s));
    REQUIRE(tip.contains(u"&lt;i&gt;toux&lt;/i&gt;"_s));
    REQUIRE_FALSE(tip.contains(u"<b>x</b>"_s));
    REQUIRE(tip.contains(u"To call back"_s));

    QHelpEvent help(QEvent::ToolTip, onWeb, view.viewport()->mapToGlobal(onWeb));
    QApplication::sendEvent(view.viewport(), &help);
    REQUIRE(QToolTip::isVisible());
    REQUIRE(QToolTip::text() == tip);
    QToolTip::hideText();

    const QString slotTip = view.toolTipAt(view.slotPoint(0, at(10, 45)));
    REQUIRE(slotTip.contains(u"Congés"_s));
    REQUIRE(slotTip.contains(u"10:45"_s));
}

TEST_CASE("Icons are highlighted when the patient is here or to be called back", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    const QImage image = paintedViewport(view);
    const QColor present = AgendaPalette::presenceHighlightColour();
    const QColor callBack = AgendaPalette::callbackHighlightColour();

    REQUIRE(pixelsNear(image, view.presenceIconRect(103), present) > 20); // arrived
    REQUIRE(pixelsNear(image, view.presenceIconRect(101), present) == 0);
    REQUIRE(pixelsNear(image, view.callbackIconRect(102), callBack) > 20); // to call back
    REQUIRE(pixelsNear(image, view.callbackIconRect(101), callBack) == 0);
}

TEST_CASE("The current time is a line across the columns of its day only", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    const auto redAt = [&](const QDateTime &slotStart) {
        const QImage image = paintedViewport(view);
        const QRect slot = view.slotRect(1, slotStart);
        // 09:40 is two thirds of the way into the 09:30 slot.
        const int y = slot.top() + slot.height() * 2 / 3;
        return pixelsNear(image, QRect(slot.left() + 4, y - 3, 20, 7), AgendaPalette::nowLineColour());
    };
    REQUIRE(redAt(at(9, 30)) == 0);
    view.setNow(at(9, 40));
    REQUIRE(view.now() == at(9, 40));
    REQUIRE(redAt(at(9, 30)) >= 20);
    view.setNow(at(9, 40, gridDay.addDays(1)));
    REQUIRE(redAt(at(9, 30)) == 0);
}

// How fast it paints is measured by accueil-bench (desk_paint_day_all_agendas), never by a test.
TEST_CASE("A day of 33 agendas paints every column, scrolled or all at once", "[unit][agenda]")
{
    AgendaView view;
    showView(view, Test::busyColumns(33, 15), QSize(1920, 1080));
    view.setNow(at(9, 0));
    // All 33 columns at once, as if the screen were 5000 px wide: every column gets its blocks.
    view.resize(33 * 150 + 80, 1080);
    REQUIRE(view.horizontalScrollBar()->maximum() == 0);
    const QImage wide = paintedViewport(view);
    for (std::size_t c = 0; c < view.columns().size(); ++c) {
        const AppointmentRow &first = view.columns()[c].appointments.front();
        const QRect block = view.appointmentRect(first.appointment.id);
        INFO("column " << c);
        REQUIRE_FALSE(block.isEmpty());
        CHECK(block.intersects(wide.rect()));
        // The block is painted over the slot colour: some of its pixels differ from the slot's.
        CHECK(pixelsNear(wide, block.adjusted(4, 4, -4, -4), AgendaPalette::slotColour(SlotKind::Desk, false),
                         2)
              < block.width() * block.height() / 2);
    }
}

namespace {

// Six columns of 15-minute slots, each with one 15-minute block at 08:00 for a 20-character name:
// a plain one, a web booking, an arrived patient, a no-show; all to be called back.
std::vector<GridColumn> longNameColumns()
{
    std::vector<GridColumn> columns;
    for (int c = 0; c < 6; ++c) {
        GridColumn column;
        column.agendaId = c + 1;
        column.date = gridDay;
        column.title = u"Dr Praticien %1"_s.arg(c + 1);
        column.slots = Test::quarterSlots(8, 12);
        AppointmentRow row = Test::appointmentAt(c + 1, c + 1, 8, 0, 15, u"DELACROIX-MARTIN Zoé"_s);
        if (c == 1)
            row.appointment.channel = Channel::Web;
        if (c == 2) {
            row.appointment.status = AppointmentStatus::Arrived;
            row.appointment.arrivedAt = at(7, 55);
        }
        if (c == 3)
            row.appointment.status = AppointmentStatus::NoShow;
        column.appointments.push_back(row);
        column.callbackAppointmentIds.insert(c + 1);
        columns.push_back(column);
    }
    return columns;
}

} // namespace

TEST_CASE("In a 140-pixel column a block's first line keeps the time and the name", "[unit][agenda]")
{
    AgendaView view;
    view.setMinimumColumnWidth(140);
    showView(view, longNameColumns(), QSize(700, 900));
    REQUIRE(view.columnAxis().width == 140);
    const QString name = u"DELACROIX-MARTIN Zoé"_s;
    REQUIRE(name.size() == 20);
    QSignalSpy presence(&view, &AgendaView::presenceClicked);

    for (qint64 id = 1; id <= 4; ++id) {
        INFO("appointment " << id);
        const QStringList lines = view.blockText(id);
        REQUIRE(lines.size() >= 2);
        REQUIRE(lines[0].startsWith(u"08:00 "_s));
        REQUIRE(lines[0].contains(name.left(10)));
        // The icons moved to the second line, still full-size buttons inside the block.
        const QRect block = view.appointmentRect(id);
        const QRect icon = view.presenceIconRect(id);
        REQUIRE(icon.width() >= 14);
        REQUIRE(block.contains(icon));
        REQUIRE(block.contains(view.callbackIconRect(id)));
        REQUIRE(icon.top() >= block.top() + view.fontMetrics().height());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, icon.center());
        REQUIRE(presence.count() == int(id));
        REQUIRE(presence.last().at(0).toLongLong() == id);
    }
    REQUIRE(view.blockText(3)[1].startsWith(u"Arrived"_s));
}

TEST_CASE("In a wide column the icons stay on the first line and the name is whole", "[unit][agenda]")
{
    AgendaView view;
    showView(view, longNameColumns(), QSize(6 * 260 + 80, 900));
    REQUIRE(view.columnAxis().width >= 240);
    for (qint64 id = 1; id <= 4; ++id) {
        INFO("appointment " << id);
        REQUIRE(view.blockText(id)[0] == u"08:00 DELACROIX-MARTIN Zoé"_s);
        const QRect block = view.appointmentRect(id);
        REQUIRE(view.presenceIconRect(id).top() < block.top() + view.fontMetrics().height() / 2);
        REQUIRE(block.contains(view.callbackIconRect(id)));
    }
}

TEST_CASE("A blocked slot's label never spills over other slots", "[unit][agenda]")
{
    // A long label on a tall blocked slot, on a short one (5 minutes), and on a tiny one (1 minute)
    // between desk slots.
    const QString label = u"Lundi de Pâques, fermeture exceptionnelle du cabinet"_s;
    const auto columns = [&](bool labelled) {
        GridColumn column;
        column.agendaId = 1;
        column.date = gridDay;
        column.slots = {Test::slotAt(8, 0, 15),
                        Test::slotAt(8, 15, 15, SlotKind::Desk, true, labelled ? label : QString()),
                        Test::slotAt(8, 30, 15),
                        Test::slotAt(8, 45, 5, SlotKind::Desk, true, labelled ? label : QString()),
                        Test::slotAt(8, 50, 10),
                        Test::slotAt(9, 0, 1, SlotKind::Desk, true, labelled ? label : QString()),
                        Test::slotAt(9, 1, 14)};
        return std::vector<GridColumn>{column};
    };
    AgendaView view;
    view.setMinimumColumnWidth(140);
    showView(view, columns(false), QSize(400, 600));
    const QImage bare = paintedViewport(view);
    view.setColumns(columns(true));
    const QImage labelled = paintedViewport(view);
    REQUIRE(bare.size() == labelled.size());

    const std::array blocked{at(8, 15), at(8, 45), at(9, 0)};
    std::array<int, 3> inside{};
    int outside = 0;
    for (int y = 0; y < bare.height(); ++y) {
        for (int x = 0; x < bare.width(); ++x) {
            if (bare.pixel(x, y) == labelled.pixel(x, y))
                continue;
            bool counted = false;
            for (std::size_t i = 0; i < blocked.size(); ++i) {
                if (view.slotRect(0, blocked.at(i)).contains(x, y)) {
                    ++inside.at(i);
                    counted = true;
                }
            }
            outside += counted ? 0 : 1;
        }
    }
    REQUIRE(outside == 0);
    REQUIRE(inside[0] > 50); // the label is there, elided to the column
    REQUIRE(inside[1] > 20); // smaller, but there
    REQUIRE(inside[2] == 0); // no room: the tooltip says it
    REQUIRE(view.toolTipAt(view.slotPoint(0, at(9, 0))).contains(u"Lundi de Pâques"_s));
}
