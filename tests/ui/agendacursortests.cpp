// The agenda grid's slot cursor: booking or editing a slot from the keyboard, with a patient on
// the phone and no hand free for the mouse.

#include "agenda/agendaview.h"
#include "agendafixture.h"
#include "catch.h"
#include "fixtures.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using Accueil::Test::at;
using Accueil::Test::gridDay;
using Accueil::Test::sampleColumns;
using Accueil::Test::showView;

namespace {

// The column and start of the current slot, or (-1, invalid) when there is none.
std::pair<int, QDateTime> current(const AgendaView &view)
{
    const auto slot = view.currentSlot();
    return slot ? std::pair{slot->first, slot->second.start} : std::pair{-1, QDateTime()};
}

std::pair<int, QDateTime> slot(int column, const QDateTime &start)
{
    return {column, start};
}

} // namespace

TEST_CASE("Clicking an empty slot makes it current and clears the selection", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy changed(&view, &AgendaView::currentSlotChanged);
    QSignalSpy selection(&view, &AgendaView::selectionChanged);
    REQUIRE_FALSE(view.currentSlot());

    view.setSelectedAppointment(201);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.slotPoint(1, at(11, 0)));
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE(current(view) == slot(1, at(11, 0)));
    REQUIRE(view.currentSlot()->second == view.columns()[1].slots[12]);
    REQUIRE(changed.count() == 1);
    REQUIRE(selection.count() == 2); // 201, then none

    // Selecting an appointment takes the focus from the slot: one current thing at a time.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.appointmentRect(101).center());
    REQUIRE(view.selectedAppointment() == 101);
    REQUIRE_FALSE(view.currentSlot());
    REQUIRE(changed.count() == 2);

    // A right-click on an empty slot makes it current too: its menu is about that slot.
    QTest::mousePress(view.viewport(), Qt::RightButton, {}, view.slotPoint(0, at(10, 45)));
    QTest::mouseRelease(view.viewport(), Qt::RightButton, {}, view.slotPoint(0, at(10, 45)));
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE(current(view) == slot(0, at(10, 45)));

    // Below the last slot (the agenda is closed) there is nothing to make current.
    const QRect last = view.slotRect(0, at(11, 45));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, last.center() + QPoint(0, 3 * last.height()));
    REQUIRE_FALSE(view.currentSlot());
}

TEST_CASE("The slot cursor is drawn as a frame around its slot", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    const QRect rect = view.slotRect(1, at(11, 0));
    const QColor highlight = view.palette().color(QPalette::Highlight);
    const auto framePixels = [&] {
        const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int count = 0;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            count += image.pixelColor(x, rect.top()) == highlight ? 1 : 0;
            count += image.pixelColor(x, rect.bottom()) == highlight ? 1 : 0;
        }
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            count += image.pixelColor(rect.left(), y) == highlight ? 1 : 0;
            count += image.pixelColor(rect.right(), y) == highlight ? 1 : 0;
        }
        return count;
    };
    REQUIRE(framePixels() == 0);
    view.setCurrentSlot(1, at(11, 0));
    const int perimeter = 2 * (rect.width() + rect.height());
    REQUIRE(framePixels() > perimeter * 9 / 10);
    // Inside, the slot keeps the colour of its kind.
    const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    REQUIRE(image.pixelColor(rect.center()) != highlight);
}

TEST_CASE("Arrows move the slot cursor through every slot and across columns", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy selection(&view, &AgendaView::selectionChanged);
    view.setCurrentSlot(0, at(10, 15));
    REQUIRE(current(view) == slot(0, at(10, 15)));

    // Unavailable (10:30) and blocked (10:45) slots are not skipped: they can be edited.
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(current(view) == slot(0, at(10, 30)));
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(current(view) == slot(0, at(10, 45)));
    REQUIRE(view.currentSlot()->second.blocked);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    REQUIRE(current(view) == slot(0, at(10, 0)));

    // The same time in the neighbouring column; nothing further on either side.
    QTest::keyClick(&view, Qt::Key_Right);
    REQUIRE(current(view) == slot(1, at(10, 0)));
    QTest::keyClick(&view, Qt::Key_Right);
    REQUIRE(current(view) == slot(1, at(10, 0)));
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Left);
    REQUIRE(current(view) == slot(0, at(10, 15)));
    QTest::keyClick(&view, Qt::Key_Left);
    REQUIRE(current(view) == slot(0, at(10, 15)));

    // The first and the last slots stop the cursor.
    view.setCurrentSlot(1, at(8, 0));
    QTest::keyClick(&view, Qt::Key_Up);
    REQUIRE(current(view) == slot(1, at(8, 0)));
    view.setCurrentSlot(1, at(11, 45));
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(current(view) == slot(1, at(11, 45)));

    // Walking slots never selects an appointment, even over one (201 is at 08:15).
    view.setCurrentSlot(1, at(8, 0));
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(current(view) == slot(1, at(8, 15)));
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE(selection.isEmpty());
}

TEST_CASE("Left and Right take the slot nearest in time when the columns are cut differently",
          "[unit][agenda]")
{
    std::vector<GridColumn> columns = sampleColumns();
    // The second agenda has 20-minute slots from 08:10.
    columns[1].slots.clear();
    for (int minute = 8 * 60 + 10; minute < 12 * 60; minute += 20)
        columns[1].slots.push_back(Test::slotAt(minute / 60, minute % 60, 20));
    AgendaView view;
    showView(view, columns);

    view.setCurrentSlot(0, at(9, 15));
    QTest::keyClick(&view, Qt::Key_Right);
    REQUIRE(current(view) == slot(1, at(9, 10)));
    view.setCurrentSlot(0, at(9, 45));
    QTest::keyClick(&view, Qt::Key_Right);
    REQUIRE(current(view) == slot(1, at(9, 50)));
    QTest::keyClick(&view, Qt::Key_Left);
    REQUIRE(current(view) == slot(0, at(9, 45)));
}

TEST_CASE("Return on the current slot books it only when it is free and bookable", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy activated(&view, &AgendaView::slotActivated);
    QSignalSpy appointmentActivated(&view, &AgendaView::appointmentActivated);

    view.setCurrentSlot(1, at(11, 30));
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    REQUIRE(activated.at(0).at(0).toLongLong() == 2);
    REQUIRE(activated.at(0).at(1).toDate() == gridDay);
    REQUIRE(activated.at(0).at(2).value<Slot>() == view.columns()[1].slots[14]);
    QTest::keyClick(&view, Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE(activated.count() == 2);

    // Unavailable, blocked, or taken by an appointment: nothing.
    for (const auto &[column, start] : {slot(0, at(10, 30)), slot(0, at(10, 45)), slot(1, at(8, 15)),
                                        slot(0, at(8, 45)) /* the second half of 102 */}) {
        view.setCurrentSlot(column, start);
        REQUIRE(current(view) == slot(column, start));
        QTest::keyClick(&view, Qt::Key_Return);
    }
    REQUIRE(activated.count() == 2);
    REQUIRE(appointmentActivated.isEmpty());
}

TEST_CASE("The menu key and Shift+F10 ask for the current slot's menu at the slot", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy slotMenu(&view, &AgendaView::slotContextMenuRequested);
    QSignalSpy appointmentMenu(&view, &AgendaView::appointmentContextMenuRequested);

    // Nothing current: no menu.
    QTest::keyClick(&view, Qt::Key_Menu);
    REQUIRE(slotMenu.isEmpty());

    view.setCurrentSlot(0, at(10, 45));
    QTest::keyClick(&view, Qt::Key_Menu);
    REQUIRE(slotMenu.count() == 1);
    REQUIRE(slotMenu.at(0).at(0).toLongLong() == 1);
    REQUIRE(slotMenu.at(0).at(1).toDate() == gridDay);
    const Slot blocked = slotMenu.at(0).at(2).value<Slot>();
    REQUIRE(blocked.start == at(10, 45));
    REQUIRE(blocked.label == u"Congés"_s);
    const QPoint centre = view.viewport()->mapToGlobal(view.slotRect(0, at(10, 45)).center());
    REQUIRE(slotMenu.at(0).at(3).toPoint() == centre);

    // A platform that follows the key with a keyboard context menu event shows one menu, not two.
    QContextMenuEvent followUp(QContextMenuEvent::Keyboard, QPoint(), view.mapToGlobal(QPoint()));
    QApplication::sendEvent(&view, &followUp);
    REQUIRE(slotMenu.count() == 1);
    // Without the key first, such an event asks for the menu.
    QApplication::sendEvent(&view, &followUp);
    REQUIRE(slotMenu.count() == 2);

    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_F10, Qt::ShiftModifier);
    REQUIRE(slotMenu.count() == 3);
    REQUIRE(slotMenu.at(2).at(2).value<Slot>().start == at(11, 0));
    QTest::keyClick(&view, Qt::Key_F10); // F10 alone is not the menu
    REQUIRE(slotMenu.count() == 3);
    REQUIRE(appointmentMenu.isEmpty());

    // With an appointment selected, its menu, at its block.
    view.setSelectedAppointment(202);
    QTest::keyClick(&view, Qt::Key_Menu);
    REQUIRE(slotMenu.count() == 3);
    REQUIRE(appointmentMenu.count() == 1);
    REQUIRE(appointmentMenu.at(0).at(0).toLongLong() == 202);
    REQUIRE(appointmentMenu.at(0).at(1).toPoint()
            == view.viewport()->mapToGlobal(view.appointmentRect(202).center()));
}

TEST_CASE("Escape leaves the selected appointment for the slot cursor on its start", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy selection(&view, &AgendaView::selectionChanged);
    QSignalSpy changed(&view, &AgendaView::currentSlotChanged);

    view.setSelectedAppointment(102); // 08:30-09:00
    QTest::keyClick(&view, Qt::Key_Escape);
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE(current(view) == slot(0, at(8, 30)));
    REQUIRE(selection.count() == 2);
    REQUIRE(selection.at(1).at(0).toLongLong() == 0);
    REQUIRE(changed.count() == 1);

    // From there the arrows walk slots, not appointments.
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(current(view) == slot(0, at(8, 45)));
    REQUIRE(view.selectedAppointment() == 0);

    // Escape with nothing selected changes nothing; with an appointment selected, arrows walk
    // appointments again.
    QTest::keyClick(&view, Qt::Key_Escape);
    REQUIRE(current(view) == slot(0, at(8, 45)));
    view.setSelectedAppointment(201);
    REQUIRE_FALSE(view.currentSlot());
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(view.selectedAppointment() == 202);
    QTest::keyClick(&view, Qt::Key_Escape);
    REQUIRE(current(view) == slot(1, at(10, 0)));
}

TEST_CASE("With nothing current, arrows select the first appointment, or a slot in an empty day",
          "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(view.selectedAppointment() == 101);
    REQUIRE_FALSE(view.currentSlot());

    std::vector<GridColumn> empty = sampleColumns();
    for (GridColumn &column : empty)
        column.appointments.clear();
    AgendaView emptyView;
    showView(emptyView, empty);
    QTest::keyClick(&emptyView, Qt::Key_Down);
    REQUIRE(emptyView.selectedAppointment() == 0);
    REQUIRE(current(emptyView) == slot(0, at(8, 0)));
}

TEST_CASE("New data keeps the slot cursor on the same agenda, day and start", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    view.setCurrentSlot(1, at(9, 30));
    QSignalSpy changed(&view, &AgendaView::currentSlotChanged);

    view.setColumns(sampleColumns());
    REQUIRE(current(view) == slot(1, at(9, 30)));
    REQUIRE(changed.isEmpty());

    // The columns swapped places (another selection of agendas): the cursor follows its agenda.
    std::vector<GridColumn> swapped = sampleColumns();
    std::swap(swapped[0], swapped[1]);
    view.setColumns(swapped);
    REQUIRE(current(view) == slot(0, at(9, 30)));
    REQUIRE(view.currentSlot()->second == swapped[0].slots[6]);
    REQUIRE(changed.isEmpty());

    // The slot got blocked meanwhile: still current, with its new state.
    swapped[0].slots[6].blocked = true;
    swapped[0].slots[6].label = u"Réunion"_s;
    view.setColumns(swapped);
    REQUIRE(view.currentSlot()->second.blocked);

    // Its agenda is no longer shown: no cursor, and said so.
    view.setColumns({swapped[1]});
    REQUIRE_FALSE(view.currentSlot());
    REQUIRE(changed.count() == 1);

    // An appointment selected and then cancelled elsewhere: the cursor lands on its slot, so the
    // keyboard can go on.
    view.setColumns(sampleColumns());
    view.setSelectedAppointment(202);
    std::vector<GridColumn> cancelled = sampleColumns();
    cancelled[1].appointments.pop_back();
    view.setColumns(cancelled);
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE(current(view) == slot(1, at(10, 0)));
}

TEST_CASE("The slot cursor is kept in view", "[unit][agenda]")
{
    AgendaView view;
    showView(view, Test::busyColumns(30, 12), QSize(700, 300));
    view.setCurrentSlot(0, at(8, 0));
    for (int i = 0; i < 39; ++i)
        QTest::keyClick(&view, Qt::Key_Down);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(&view, Qt::Key_Right);
    REQUIRE(view.currentSlot()->first == 12);
    REQUIRE(view.currentSlot()->second.start == at(11, 54));
    REQUIRE(view.viewport()->rect().contains(view.slotRect(12, at(11, 54))));
}
