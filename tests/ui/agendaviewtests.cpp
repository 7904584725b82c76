// The agenda grid driven with the mouse: selection, activation, icons, context menus and
// drag-and-drop, on a real shown AgendaView under the offscreen platform.

#include "agenda/agendaview.h"
#include "agendafixture.h"
#include "catch.h"
#include "fixtures.h"

#include <QContextMenuEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using Accueil::Test::at;
using Accueil::Test::dragTo;
using Accueil::Test::gridDay;
using Accueil::Test::sampleColumns;
using Accueil::Test::showView;

namespace {

void sendContextMenu(AgendaView &view, const QPoint &pos,
                     QContextMenuEvent::Reason reason = QContextMenuEvent::Mouse)
{
    QContextMenuEvent event(reason, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &event);
}

} // namespace

TEST_CASE("Clicking a block selects it; clicking an empty slot clears the selection", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy selection(&view, &AgendaView::selectionChanged);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.appointmentRect(102).center());
    REQUIRE(view.selectedAppointment() == 102);
    REQUIRE(selection.count() == 1);
    REQUIRE(selection.at(0).at(0).toLongLong() == 102);
    REQUIRE(view.selectedRow()->patientName == u"<b>x</b>"_s);
    REQUIRE(view.hasFocus());

    // Clicking it again changes nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.appointmentRect(102).center());
    REQUIRE(selection.count() == 1);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.slotPoint(1, at(11, 0)));
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE_FALSE(view.selectedRow());
    REQUIRE(selection.count() == 2);
    REQUIRE(selection.at(1).at(0).toLongLong() == 0);
}

TEST_CASE("Overbooked appointments sit side by side in their column", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    const QRect arrived = view.appointmentRect(103);
    const QRect extra = view.appointmentRect(104);
    REQUIRE(arrived.isValid());
    REQUIRE(extra.isValid());
    REQUIRE_FALSE(arrived.intersects(extra));
    REQUIRE(arrived.top() == extra.top());
    REQUIRE(extra.left() > arrived.left());
    // Each takes about half of what a lone block gets.
    const int alone = view.appointmentRect(101).width();
    REQUIRE(arrived.width() < alone * 0.6);
    REQUIRE(extra.width() < alone * 0.6);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, extra.center());
    REQUIRE(view.selectedAppointment() == 104);
}

TEST_CASE("Double-clicks activate a block or an empty bookable slot", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy activated(&view, &AgendaView::appointmentActivated);
    QSignalSpy slotActivated(&view, &AgendaView::slotActivated);

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.appointmentRect(201).center());
    REQUIRE(activated.count() == 1);
    REQUIRE(activated.at(0).at(0).toLongLong() == 201);
    REQUIRE(slotActivated.isEmpty());

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.slotPoint(1, at(11, 30)));
    REQUIRE(slotActivated.count() == 1);
    REQUIRE(slotActivated.at(0).at(0).toLongLong() == 2);
    REQUIRE(slotActivated.at(0).at(1).toDate() == gridDay);
    const Slot slot = slotActivated.at(0).at(2).value<Slot>();
    REQUIRE(slot == view.columns()[1].slots[14]);
    REQUIRE(slot.start == at(11, 30));

    // Neither the unavailable slot nor the blocked one can be booked.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.slotPoint(0, at(10, 30)));
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.slotPoint(0, at(10, 45)));
    REQUIRE(slotActivated.count() == 1);
    REQUIRE(activated.count() == 1);
}

TEST_CASE("The presence and telephone icons emit for their appointment", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy presence(&view, &AgendaView::presenceClicked);
    QSignalSpy callback(&view, &AgendaView::callbackClicked);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.presenceIconRect(103).center());
    REQUIRE(presence.count() == 1);
    REQUIRE(presence.at(0).at(0).toLongLong() == 103);
    REQUIRE(callback.isEmpty());
    REQUIRE(view.selectedAppointment() == 103);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.callbackIconRect(102).center());
    REQUIRE(callback.count() == 1);
    REQUIRE(callback.at(0).at(0).toLongLong() == 102);
    REQUIRE(presence.count() == 1);

    // The block's body is not an icon; an icon pressed but released elsewhere does nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.appointmentRect(101).center());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.presenceIconRect(201).center());
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {},
                        view.appointmentRect(201).bottomLeft() + QPoint(8, -2));
    REQUIRE(presence.count() == 1);
    REQUIRE(callback.count() == 1);
}

TEST_CASE("Right-clicks ask for the menu of a block or of a slot", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy appointmentMenu(&view, &AgendaView::appointmentContextMenuRequested);
    QSignalSpy slotMenu(&view, &AgendaView::slotContextMenuRequested);

    const QPoint onBlock = view.appointmentRect(202).center();
    sendContextMenu(view, onBlock);
    REQUIRE(appointmentMenu.count() == 1);
    REQUIRE(appointmentMenu.at(0).at(0).toLongLong() == 202);
    REQUIRE(appointmentMenu.at(0).at(1).toPoint() == view.viewport()->mapToGlobal(onBlock));
    REQUIRE(view.selectedAppointment() == 202);

    const QPoint onBlocked = view.slotPoint(0, at(10, 45));
    sendContextMenu(view, onBlocked);
    REQUIRE(slotMenu.count() == 1);
    REQUIRE(slotMenu.at(0).at(0).toLongLong() == 1);
    REQUIRE(slotMenu.at(0).at(1).toDate() == gridDay);
    const Slot slot = slotMenu.at(0).at(2).value<Slot>();
    REQUIRE(slot.blocked);
    REQUIRE(slot.label == u"Congés"_s);
    REQUIRE(slotMenu.at(0).at(3).toPoint() == view.viewport()->mapToGlobal(onBlocked));

    // The menu key opens the selected appointment's menu.
    sendContextMenu(view, QPoint(), QContextMenuEvent::Keyboard);
    REQUIRE(appointmentMenu.count() == 2);
    REQUIRE(appointmentMenu.at(1).at(0).toLongLong() == 202);
}

TEST_CASE("Dragging a block asks to move it to the snapped slot start", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy moves(&view, &AgendaView::moveRequested);

    SECTION("within its column")
    {
        dragTo(view, view.appointmentRect(101).center(), view.slotPoint(0, at(11, 15)), false);
        REQUIRE(view.isDragging());
        REQUIRE(view.dropTarget());
        REQUIRE(view.dropTarget()->startUtc == at(11, 15));
        REQUIRE_FALSE(view.dropTarget()->refused);
        REQUIRE(moves.isEmpty()); // nothing until released
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.slotPoint(0, at(11, 15)));
        REQUIRE_FALSE(view.isDragging());
        REQUIRE(moves.count() == 1);
        REQUIRE(moves.at(0).at(0).toLongLong() == 101);
        REQUIRE(moves.at(0).at(1).toLongLong() == 1);
        REQUIRE(moves.at(0).at(2).toDateTime() == at(11, 15));
    }
    SECTION("anywhere in the slot snaps to its start")
    {
        const QRect slot = view.slotRect(0, at(11, 30));
        dragTo(view, view.appointmentRect(101).center(), QPoint(slot.left() + 30, slot.bottom() - 2));
        REQUIRE(moves.count() == 1);
        REQUIRE(moves.at(0).at(2).toDateTime() == at(11, 30));
    }
    SECTION("to another agenda's column")
    {
        dragTo(view, view.appointmentRect(101).center(), view.slotPoint(1, at(9, 0)));
        REQUIRE(moves.count() == 1);
        REQUIRE(moves.at(0).at(0).toLongLong() == 101);
        REQUIRE(moves.at(0).at(1).toLongLong() == 2);
        REQUIRE(moves.at(0).at(2).toDateTime() == at(9, 0));
    }
    SECTION("grabbed by its second slot, that slot lands under the pointer")
    {
        // 102 lasts 08:30-09:00; grabbed in its 08:45 half and dropped on 11:30, it starts at 11:15.
        dragTo(view, view.slotPoint(0, at(8, 45)), view.slotPoint(0, at(11, 30)));
        REQUIRE(moves.count() == 1);
        REQUIRE(moves.at(0).at(0).toLongLong() == 102);
        REQUIRE(moves.at(0).at(2).toDateTime() == at(11, 15));
    }
}

TEST_CASE("A drop the grid can see is impossible is refused and says why", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy moves(&view, &AgendaView::moveRequested);
    QSignalSpy refusals(&view, &AgendaView::dropRefused);

    // Drags `id` onto the slot of column starting at start; returns the reason given on release,
    // after checking the grid refused it during the drag and asked nothing.
    const auto reasonAt = [&](qint64 id, int column, const QDateTime &start) {
        const int before = int(refusals.count());
        const QPoint grab
                = view.slotPoint(view.columnOf(id), view.row(id)->appointment.start); // its first slot
        dragTo(view, grab, view.slotPoint(column, start), false);
        const auto target = view.dropTarget();
        REQUIRE(view.isDragging());
        REQUIRE(target);
        REQUIRE(target->startUtc == start);
        REQUIRE(target->refused);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.slotPoint(column, start));
        REQUIRE_FALSE(view.isDragging());
        REQUIRE(moves.isEmpty());
        REQUIRE(refusals.count() == before + 1);
        REQUIRE(refusals.last().at(0).toLongLong() == id);
        return refusals.last().at(1).toString();
    };
    REQUIRE(reasonAt(101, 0, at(10, 30)) == u"This slot is unavailable."_s);
    REQUIRE(reasonAt(101, 0, at(10, 45)) == u"Blocked: Congés."_s);
    // The patient's name as plain text, never markup.
    REQUIRE(reasonAt(101, 0, at(8, 45)) == u"This time is taken by <b>x</b>."_s); // inside 102
    REQUIRE(reasonAt(101, 1, at(8, 15)) == u"This time is taken by MOREAU Luc."_s);
    REQUIRE(reasonAt(201, 1, at(10, 0)) == u"This time is taken by GARNIER Léa."_s);
    // 30 minutes from 10:15: the 10:30 slot is unavailable; from 11:45: the slots end.
    REQUIRE(reasonAt(102, 0, at(10, 15)) == u"Not enough free time here for 30 minutes."_s);
    REQUIRE(reasonAt(102, 1, at(11, 45)) == u"Not enough free time here for 30 minutes."_s);

    // Below the last slot there is no target at all.
    const QPoint from = view.appointmentRect(101).center();
    const QPoint noSlot
            = view.slotPoint(0, at(11, 45)) + QPoint(0, 3 * view.slotRect(0, at(11, 45)).height());
    dragTo(view, from, noSlot, false);
    REQUIRE(view.isDragging());
    REQUIRE_FALSE(view.dropTarget());
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, noSlot);
    REQUIRE(refusals.count() == 8);
    REQUIRE(refusals.last().at(0).toLongLong() == 101);
    REQUIRE(refusals.last().at(1).toString() == u"No slot at this time."_s);

    // Over the column header, outside the body: the drag is cancelled, nothing to explain.
    const QPoint onHeader(view.slotPoint(1, at(9, 0)).x(), -10);
    dragTo(view, from, onHeader, false);
    REQUIRE(view.isDragging());
    REQUIRE_FALSE(view.dropTarget());
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, onHeader);
    REQUIRE_FALSE(view.isDragging());
    REQUIRE(refusals.count() == 8);

    // Back to where it was: nothing to ask, nothing refused.
    dragTo(view, from, view.slotPoint(0, at(8, 0)) + QPoint(-40, 0));
    REQUIRE(moves.isEmpty());
    REQUIRE(refusals.count() == 8);
    REQUIRE_FALSE(view.isDragging());
}

TEST_CASE("Escape cancels a drag", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy moves(&view, &AgendaView::moveRequested);

    dragTo(view, view.appointmentRect(201).center(), view.slotPoint(1, at(11, 0)), false);
    REQUIRE(view.isDragging());
    REQUIRE(view.dropTarget());
    QTest::keyClick(&view, Qt::Key_Escape);
    REQUIRE_FALSE(view.isDragging());
    REQUIRE_FALSE(view.dropTarget());
    QTest::mouseMove(view.viewport(), view.slotPoint(1, at(11, 15)));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.slotPoint(1, at(11, 15)));
    REQUIRE(moves.isEmpty());
    REQUIRE(view.selectedAppointment() == 201);
}

TEST_CASE("New data keeps a drag going, or drops it quietly when its appointment is gone", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy moves(&view, &AgendaView::moveRequested);
    const QPoint target = view.slotPoint(0, at(11, 15));

    dragTo(view, view.appointmentRect(101).center(), target, false);
    view.setColumns(sampleColumns()); // the controller refreshed meanwhile
    REQUIRE(view.isDragging());
    REQUIRE(view.dropTarget()->startUtc == at(11, 15));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, target);
    REQUIRE(moves.count() == 1);
    REQUIRE(moves.at(0).at(0).toLongLong() == 101);

    // Now the dragged appointment is cancelled by someone else during the drag.
    dragTo(view, view.appointmentRect(101).center(), target, false);
    REQUIRE(view.isDragging());
    std::vector<GridColumn> without = sampleColumns();
    without[0].appointments.erase(without[0].appointments.begin());
    view.setColumns(without);
    REQUIRE_FALSE(view.isDragging());
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, target);
    REQUIRE(moves.count() == 1);
}

TEST_CASE("Dragging near the bottom edge scrolls the grid, and stops with the drag", "[unit][agenda]")
{
    AgendaView view;
    showView(view, Test::busyColumns(3, 12), QSize(700, 400));
    QScrollBar *vertical = view.verticalScrollBar();
    vertical->setValue(0);
    const qint64 id = view.columns()[0].appointments[0].appointment.id;
    const QPoint from = view.appointmentRect(id).center();
    const QPoint edge(from.x(), view.viewport()->height() - 3);

    dragTo(view, from, edge, false);
    QTest::qWait(300);
    REQUIRE(view.isDragging());
    REQUIRE(vertical->value() > 0);
    REQUIRE(view.dropTarget()); // the target follows what scrolled under the pointer

    QTest::keyClick(&view, Qt::Key_Escape);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, edge);
    const int scrolled = vertical->value();
    QTest::qWait(150);
    REQUIRE(vertical->value() == scrolled);
}
