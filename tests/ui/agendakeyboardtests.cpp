// The agenda grid from the keyboard, and what survives a refresh of its data.

#include "agenda/agendaview.h"
#include "agendafixture.h"
#include "catch.h"
#include "fixtures.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Accueil;
using Accueil::Test::at;
using Accueil::Test::gridDay;
using Accueil::Test::sampleColumns;
using Accueil::Test::showView;

TEST_CASE("Arrow keys walk the appointments of a column and across columns", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy selection(&view, &AgendaView::selectionChanged);

    // Nothing selected: Down picks the first appointment in view.
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(view.selectedAppointment() == 101);
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(view.selectedAppointment() == 102);
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(view.selectedAppointment() == 103);
    QTest::keyClick(&view, Qt::Key_Up);
    REQUIRE(view.selectedAppointment() == 102);
    REQUIRE(selection.count() == 4);
    REQUIRE(selection.at(3).at(0).toLongLong() == 102);

    // Right: the nearest in time in the next column (102 at 08:30 -> 201 at 08:15, not 202 at 10:00).
    QTest::keyClick(&view, Qt::Key_Right);
    REQUIRE(view.selectedAppointment() == 201);
    QTest::keyClick(&view, Qt::Key_Right); // no column further right
    REQUIRE(view.selectedAppointment() == 201);
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(view.selectedAppointment() == 202);
    QTest::keyClick(&view, Qt::Key_Down); // the last of its column
    REQUIRE(view.selectedAppointment() == 202);
    // 202 at 10:00 -> 103 at 09:15 (the closest start in the first column).
    QTest::keyClick(&view, Qt::Key_Left);
    REQUIRE(view.selectedAppointment() == 103);
}

TEST_CASE("Alt+arrows ask to move the selection by a slot or to the neighbouring column", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy moves(&view, &AgendaView::moveRequested);

    view.setSelectedAppointment(102); // 08:30-09:00
    QTest::keyClick(&view, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(moves.count() == 1);
    REQUIRE(moves.at(0).at(0).toLongLong() == 102);
    REQUIRE(moves.at(0).at(1).toLongLong() == 1);
    REQUIRE(moves.at(0).at(2).toDateTime() == at(8, 45));

    QTest::keyClick(&view, Qt::Key_Up, Qt::AltModifier);
    REQUIRE(moves.count() == 2);
    REQUIRE(moves.at(1).at(2).toDateTime() == at(8, 15));

    QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
    REQUIRE(moves.count() == 3);
    REQUIRE(moves.at(2).at(0).toLongLong() == 102);
    REQUIRE(moves.at(2).at(1).toLongLong() == 2);
    REQUIRE(moves.at(2).at(2).toDateTime() == at(8, 30));

    QTest::keyClick(&view, Qt::Key_Left, Qt::AltModifier); // no column on the left
    REQUIRE(moves.count() == 3);

    view.setSelectedAppointment(101); // 08:00, the first slot: nothing before it
    QTest::keyClick(&view, Qt::Key_Up, Qt::AltModifier);
    REQUIRE(moves.count() == 3);
    // Plain arrows never move anything.
    QTest::keyClick(&view, Qt::Key_Down);
    REQUIRE(moves.count() == 3);
}

TEST_CASE("In the week view Alt+Right moves to the same time the next day", "[unit][agenda]")
{
    std::vector<GridColumn> week;
    for (int day = 0; day < 7; ++day) {
        GridColumn column;
        column.agendaId = 1;
        column.date = gridDay.addDays(day);
        column.title = column.date.toString(u"dddd d MMMM"_s);
        column.slots = Test::quarterSlots(8, 12, column.date);
        week.push_back(column);
    }
    week[2].appointments.push_back(Test::appointmentAt(7, 1, 9, 45, 15, u"ROUX Paul"_s, gridDay.addDays(2)));
    AgendaView view;
    showView(view, week, QSize(1300, 1400));
    QSignalSpy moves(&view, &AgendaView::moveRequested);

    view.setSelectedAppointment(7);
    QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(&view, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(moves.count() == 2);
    REQUIRE(moves.at(0).at(1).toLongLong() == 1);
    REQUIRE(moves.at(0).at(2).toDateTime() == at(9, 45, gridDay.addDays(3)));
    REQUIRE(moves.at(1).at(2).toDateTime() == at(9, 45, gridDay.addDays(1)));
}

TEST_CASE("Plus and minus ask to resize; Return activates; Space marks presence", "[unit][agenda]")
{
    AgendaView view;
    showView(view, sampleColumns());
    QSignalSpy resizes(&view, &AgendaView::resizeRequested);
    QSignalSpy activated(&view, &AgendaView::appointmentActivated);
    QSignalSpy presence(&view, &AgendaView::presenceClicked);

    // Nothing selected: nothing to ask.
    QTest::keyClick(&view, Qt::Key_Plus);
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(resizes.isEmpty());
    REQUIRE(activated.isEmpty());

    view.setSelectedAppointment(201);
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_Equal);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Plus, Qt::KeypadModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::KeypadModifier);
    REQUIRE(resizes.count() == 5);
    const std::vector<int> steps{1, 1, -1, 1, -1};
    for (int i = 0; i < 5; ++i) {
        REQUIRE(resizes.at(i).at(0).toLongLong() == 201);
        REQUIRE(resizes.at(i).at(1).toInt() == steps[std::size_t(i)]);
    }

    QTest::keyClick(&view, Qt::Key_Return);
    QTest::keyClick(&view, Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE(activated.count() == 2);
    REQUIRE(activated.at(1).at(0).toLongLong() == 201);

    QTest::keyClick(&view, Qt::Key_Space);
    REQUIRE(presence.count() == 1);
    REQUIRE(presence.at(0).at(0).toLongLong() == 201);
}

TEST_CASE("New data keeps the selection and the scroll position", "[unit][agenda]")
{
    AgendaView view;
    showView(view, Test::busyColumns(30, 12), QSize(700, 450));
    QScrollBar *horizontal = view.horizontalScrollBar();
    QScrollBar *vertical = view.verticalScrollBar();
    REQUIRE(horizontal->maximum() > 1000); // 30 columns of at least 150 px scroll sideways
    REQUIRE(vertical->maximum() > 200);
    REQUIRE(view.columnAxis().width >= 150);

    const qint64 selected = view.columns()[8].appointments[3].appointment.id;
    view.setSelectedAppointment(selected);
    horizontal->setValue(1000);
    vertical->setValue(200);
    QSignalSpy selection(&view, &AgendaView::selectionChanged);

    view.setColumns(Test::busyColumns(30, 12));
    REQUIRE(view.selectedAppointment() == selected);
    REQUIRE(horizontal->value() == 1000);
    REQUIRE(vertical->value() == 200);
    REQUIRE(selection.isEmpty());

    // An early appointment widens the range upwards: the same minute stays at the top.
    const double topMinute = view.timeAxis().yToMinuteF(vertical->value());
    std::vector<GridColumn> earlier = Test::busyColumns(30, 12);
    earlier[0].appointments.insert(earlier[0].appointments.begin(),
                                   Test::appointmentAt(9999, 1, 6, 0, 15, u"TÔT Matin"_s));
    view.setColumns(earlier);
    REQUIRE(view.timeAxis().firstMinute < 7 * 60);
    REQUIRE(std::abs(view.timeAxis().yToMinuteF(vertical->value()) - topMinute) < 1.0);
    REQUIRE(horizontal->value() == 1000);

    // When the selected appointment disappears the selection is cleared, and said so.
    std::vector<GridColumn> without = Test::busyColumns(30, 12);
    without[8].appointments.erase(without[8].appointments.begin() + 3);
    view.setColumns(without);
    REQUIRE(view.selectedAppointment() == 0);
    REQUIRE(selection.count() == 1);
    REQUIRE(selection.at(0).at(0).toLongLong() == 0);
}

TEST_CASE("The keyboard keeps the selection in view", "[unit][agenda]")
{
    AgendaView view;
    showView(view, Test::busyColumns(30, 12), QSize(700, 450));
    view.horizontalScrollBar()->setValue(0);
    view.verticalScrollBar()->setValue(0);

    view.setSelectedAppointment(view.columns()[0].appointments[0].appointment.id);
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(&view, Qt::Key_Down);
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(&view, Qt::Key_Right);
    const qint64 selected = view.selectedAppointment();
    REQUIRE(view.columnOf(selected) == 9);
    REQUIRE(view.verticalScrollBar()->value() > 0);
    REQUIRE(view.horizontalScrollBar()->value() > 0);
    REQUIRE(view.viewport()->rect().contains(view.appointmentRect(selected)));

    view.scrollToMinute(8 * 60);
    REQUIRE(std::abs(view.timeAxis().yToMinuteF(view.verticalScrollBar()->value()) - 8 * 60) < 1.0);
}
