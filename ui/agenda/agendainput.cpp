// AgendaView's mouse and keyboard handling: everything here turns input into selection changes or
// request signals; nothing edits data.

#include "agendatext.h"
#include "agendaview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimerEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Accueil {

using namespace AgendaGeometry;

namespace {

constexpr int autoScrollMargin = 24; // pixels from the viewport's edge where a drag scrolls
constexpr int autoScrollInterval = 40;

// How fast to scroll when the pointer is at p within [0, size): negative near 0, positive near size.
int autoScrollSpeed(int p, int size)
{
    if (p < autoScrollMargin)
        return -(autoScrollMargin - p) / 2 - 2;
    if (p > size - autoScrollMargin)
        return (p - (size - autoScrollMargin)) / 2 + 2;
    return 0;
}

} // namespace

void AgendaView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QPointF content = toContent(pos);
    const AppointmentBox *box = m_layout.appointmentAt(content);
    const bool left = event->button() == Qt::LeftButton;
    if (m_drag || (!left && event->button() != Qt::RightButton)) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    if (left)
        m_press.reset();
    if (!box) {
        // An empty slot becomes the current one (the keyboard goes on from there), or nothing.
        select(0, false);
        const auto slot = m_layout.slotAt(content);
        setCurrent(slot ? std::optional<SlotIndex>(SlotIndex{slot->first, slot->second}) : std::nullopt,
                   false);
        return;
    }
    // The context menu (contextMenuEvent) acts on what was right-clicked: select it first.
    select(box->id, false);
    if (!left)
        return;

    Press press;
    press.id = box->id;
    press.pos = pos;
    if (box->presenceIcon.contains(content)) {
        press.target = Press::Target::Presence;
    } else if (box->callbackIcon.contains(content)) {
        press.target = Press::Target::Callback;
    }
    // Grabbing the second slot of a 30-minute block drops that slot under the pointer.
    const std::vector<MinuteSpan> &slots = m_layout.columns()[std::size_t(box->column)].slotMinutes;
    if (const auto slot = slotIndexAt(slots, m_axis.yToMinuteF(content.y()))) {
        const double grab = slots[*slot].start - box->minutes.start;
        if (grab > 0 && grab < box->minutes.length())
            press.grabMinutes = grab;
    }
    m_press = press;
}

void AgendaView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag) {
        updateDrag(pos);
        return;
    }
    if (m_press && (event->buttons() & Qt::LeftButton)
        && (pos - m_press->pos).manhattanLength() >= QApplication::startDragDistance()) {
        const Press press = *m_press;
        m_press.reset();
        startDrag(press);
        updateDrag(pos);
        return;
    }
    // The button is still down after Escape cancelled a drag, or outside any block: nothing to do.
    if (event->buttons() & Qt::LeftButton)
        return;
    QAbstractScrollArea::mouseMoveEvent(event);
}

void AgendaView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_drag) {
        finishDrag();
        return;
    }
    if (!m_press)
        return;
    const Press press = *m_press;
    m_press.reset();
    // An icon acts like a button: on release, if the pointer is still over it.
    const AppointmentBox *box = m_layout.box(press.id);
    const QPointF content = toContent(event->position().toPoint());
    if (!box)
        return;
    if (press.target == Press::Target::Presence && box->presenceIcon.contains(content)) {
        Q_EMIT presenceClicked(press.id);
    } else if (press.target == Press::Target::Callback && box->callbackIcon.contains(content)) {
        Q_EMIT callbackClicked(press.id);
    }
}

void AgendaView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    m_press.reset();
    const QPointF content = toContent(event->position().toPoint());
    if (const AppointmentBox *box = m_layout.appointmentAt(content)) {
        // Icons take single clicks only: a quick double click must not also open the appointment.
        if (box->presenceIcon.contains(content) || box->callbackIcon.contains(content))
            return;
        select(box->id, false);
        Q_EMIT appointmentActivated(box->id);
        return;
    }
    if (const auto slot = m_layout.slotAt(content)) {
        const GridColumn &column = m_columns[std::size_t(slot->first)];
        const Slot &found = column.slots[slot->second];
        if (found.bookable())
            Q_EMIT slotActivated(column.agendaId, column.date, found);
    }
}

void AgendaView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // Some platforms follow the menu key's press with this event: keyPressEvent has already
        // asked for the menu of the selection or of the current slot.
        if (!std::exchange(m_menuKeyHandled, false))
            requestKeyboardMenu();
        return;
    }
    const QPointF content = toContent(event->pos());
    if (const AppointmentBox *box = m_layout.appointmentAt(content)) {
        select(box->id, false);
        Q_EMIT appointmentContextMenuRequested(box->id, event->globalPos());
        return;
    }
    if (const auto slot = m_layout.slotAt(content)) {
        const GridColumn &column = m_columns[std::size_t(slot->first)];
        Q_EMIT slotContextMenuRequested(column.agendaId, column.date, column.slots[slot->second],
                                        event->globalPos());
    }
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    m_menuKeyHandled = false;
    if (event->key() == Qt::Key_Escape && m_drag) {
        cancelDrag();
        return;
    }
    // Keypad keys carry KeypadModifier; '+' needs Shift on many layouts: neither changes the meaning.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    const bool plain = modifiers == Qt::NoModifier;
    const bool alt = modifiers == Qt::AltModifier;
    const bool selected = m_layout.box(m_selectedId) != nullptr;
    const bool menuKey = (event->key() == Qt::Key_Menu && plain)
                         || (event->key() == Qt::Key_F10
                             && (event->modifiers() & ~Qt::KeypadModifier) == Qt::ShiftModifier);
    if (menuKey) {
        m_menuKeyHandled = true;
        requestKeyboardMenu();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        if (plain) {
            walk(step, 0);
        } else if (alt) {
            requestSlotMove(step);
        } else {
            break;
        }
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (plain) {
            walk(0, step);
        } else if (alt) {
            requestColumnMove(step);
        } else {
            break;
        }
        return;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        if (!plain)
            break;
        if (selected)
            Q_EMIT resizeRequested(m_selectedId, event->key() == Qt::Key_Minus ? -1 : 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!plain || (!selected && !m_currentSlot))
            break;
        if (selected) {
            Q_EMIT appointmentActivated(m_selectedId);
        } else {
            activateCurrentSlot();
        }
        return;
    case Qt::Key_Escape:
        if (plain && leaveSelectionForSlot())
            return;
        break;
    case Qt::Key_Space:
        if (!plain || !selected)
            break;
        Q_EMIT presenceClicked(m_selectedId);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void AgendaView::walk(int rowStep, int columnStep)
{
    if (!m_layout.box(m_selectedId) && m_currentSlot) {
        moveCurrent(rowStep, columnStep);
        return;
    }
    selectNeighbour(rowStep, columnStep);
    // An empty grid from the keyboard: the slot cursor takes over.
    if (m_selectedId == 0)
        currentToFirstVisible();
}

void AgendaView::selectNeighbour(int rowStep, int columnStep)
{
    const AppointmentBox *current = m_layout.box(m_selectedId);
    const auto &columns = m_layout.columns();
    if (!current) {
        // Nothing selected yet: the first appointment in view, from the leftmost visible column.
        const int top = verticalScrollBar()->value();
        for (std::size_t c = std::size_t(std::max(0, columnAxis().columnAt(0))); c < columns.size(); ++c) {
            const std::vector<AppointmentBox> &boxes = columns[c].appointments;
            if (boxes.empty())
                continue;
            const auto visible = std::find_if(boxes.begin(), boxes.end(),
                                              [&](const AppointmentBox &b) { return b.rect.bottom() > top; });
            select(visible != boxes.end() ? visible->id : boxes.front().id, true);
            return;
        }
        return;
    }
    if (rowStep != 0) {
        const std::vector<AppointmentBox> &boxes = columns[std::size_t(current->column)].appointments;
        const auto index = static_cast<std::ptrdiff_t>(current->index) + rowStep;
        if (index >= 0 && index < static_cast<std::ptrdiff_t>(boxes.size()))
            select(boxes[std::size_t(index)].id, true);
        return;
    }
    // The nearest appointment in time in the next column that has any.
    for (int c = current->column + columnStep; c >= 0 && c < int(columns.size()); c += columnStep) {
        const std::vector<AppointmentBox> &boxes = columns[std::size_t(c)].appointments;
        if (boxes.empty())
            continue;
        const auto nearest = std::min_element(boxes.begin(), boxes.end(), [&](const auto &a, const auto &b) {
            return std::abs(a.minutes.start - current->minutes.start)
                   < std::abs(b.minutes.start - current->minutes.start);
        });
        select(nearest->id, true);
        return;
    }
}

void AgendaView::requestSlotMove(int step)
{
    const AppointmentBox *box = m_layout.box(m_selectedId);
    if (!box)
        return;
    const GridColumn &column = m_columns[std::size_t(box->column)];
    const QDateTime start = column.appointments[box->index].appointment.start;
    const std::vector<Slot> &slots = column.slots;
    const Slot *target = nullptr;
    if (step > 0) {
        const auto it
                = std::find_if(slots.begin(), slots.end(), [&](const Slot &s) { return s.start > start; });
        target = it != slots.end() ? &*it : nullptr;
    } else {
        const auto it
                = std::find_if(slots.rbegin(), slots.rend(), [&](const Slot &s) { return s.start < start; });
        target = it != slots.rend() ? &*it : nullptr;
    }
    if (!target)
        return;
    m_revealAfterMove = true;
    Q_EMIT moveRequested(m_selectedId, column.agendaId, target->start);
}

void AgendaView::requestColumnMove(int step)
{
    const AppointmentBox *box = m_layout.box(m_selectedId);
    if (!box)
        return;
    const int index = box->column + step;
    if (index < 0 || index >= int(m_columns.size()))
        return;
    const GridColumn &target = m_columns[std::size_t(index)];
    // The same wall-clock time: in the week view, the same time the next or previous day.
    const QTime time = m_columns[std::size_t(box->column)]
                               .appointments[box->index]
                               .appointment.start.toTimeZone(m_zone)
                               .time();
    m_revealAfterMove = true;
    Q_EMIT moveRequested(m_selectedId, target.agendaId, QDateTime(target.date, time, m_zone).toUTC());
}

void AgendaView::startDrag(const Press &press)
{
    Drag drag;
    drag.id = press.id;
    drag.grabMinutes = press.grabMinutes;
    drag.pointer = press.pos;
    m_drag = drag;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void AgendaView::updateDrag(const QPoint &pointer)
{
    Drag &drag = *m_drag;
    drag.pointer = pointer;
    drag.target.reset();
    drag.refused = true;
    drag.refusal.clear();
    const QPointF content = toContent(pointer);
    // Outside the body (over the header, the ruler, another widget) a release cancels.
    drag.column = viewport()->rect().contains(pointer) ? m_layout.columnAtX(content.x()) : -1;
    drag.minute = m_axis.yToMinuteF(content.y()) - drag.grabMinutes;
    const AppointmentRow *row = findRow(drag.id);
    if (row && drag.column >= 0) {
        const GridColumn &column = m_columns[std::size_t(drag.column)];
        const std::vector<MinuteSpan> &spans = m_layout.columns()[std::size_t(drag.column)].slotMinutes;
        std::optional<PlacementProblem> problem = PlacementProblem{PlacementProblem::Kind::NoSlot};
        if (const auto slot = slotIndexAt(spans, drag.minute)) {
            drag.minute = spans[*slot].start;
            drag.target = column.slots[*slot].start;
            problem = placementProblem(column, *row, *drag.target);
        }
        drag.refused = problem.has_value();
        if (problem)
            drag.refusal = AgendaText::refusal(column, *row, *problem);
    }
    viewport()->update();

    const QSize size = viewport()->size();
    const bool nearEdge = autoScrollSpeed(pointer.x(), size.width()) != 0
                          || autoScrollSpeed(pointer.y(), size.height()) != 0;
    if (nearEdge && !m_autoScrollTimer.isActive()) {
        m_autoScrollTimer.start(autoScrollInterval, this);
    } else if (!nearEdge) {
        m_autoScrollTimer.stop();
    }
}

std::optional<AgendaView::DropTarget> AgendaView::dropTarget() const
{
    if (!m_drag || !m_drag->target || m_drag->column < 0)
        return std::nullopt;
    const GridColumn &column = m_columns[std::size_t(m_drag->column)];
    return DropTarget{column.agendaId, column.date, *m_drag->target, m_drag->refused};
}

std::optional<AgendaPaintState::Ghost> AgendaView::ghost() const
{
    if (!m_drag || m_columns.empty())
        return std::nullopt;
    const AppointmentBox *box = m_layout.box(m_drag->id);
    if (!box)
        return std::nullopt;
    const int column = m_drag->column >= 0 ? m_drag->column
                                           : std::clamp(m_layout.columnAtX(toContent(m_drag->pointer).x()), 0,
                                                        int(m_columns.size()) - 1);
    AgendaPaintState::Ghost ghost;
    ghost.rect = m_layout.ghostRect(column, {m_drag->minute, m_drag->minute + box->minutes.length()});
    ghost.refused = m_drag->refused;
    if (m_drag->column < 0) {
        ghost.label = AgendaText::tr("Release to cancel");
    } else if (!m_drag->target) {
        ghost.label = m_drag->refusal;
    } else if (m_drag->refused) {
        // Why, before the button is released.
        ghost.label = AgendaText::tr("%1 not free", "a time").arg(AgendaText::time(*m_drag->target, m_zone))
                      + u'\n' + m_drag->refusal;
    } else {
        ghost.label = AgendaText::time(*m_drag->target, m_zone);
    }
    return ghost;
}

void AgendaView::finishDrag()
{
    const Drag drag = *m_drag;
    cancelDrag(); // the state is clean before the controller reacts (it may call setColumns)
    const AppointmentRow *row = findRow(drag.id);
    if (!row || drag.column < 0)
        return; // outside the columns: cancelled
    const GridColumn &column = m_columns[std::size_t(drag.column)];
    if (drag.target && column.agendaId == row->appointment.agendaId && *drag.target == row->appointment.start)
        return; // dropped where it was
    if (!drag.target || drag.refused) {
        Q_EMIT dropRefused(drag.id, drag.refusal); // the desk never fails silently
        return;
    }
    Q_EMIT moveRequested(drag.id, column.agendaId, *drag.target);
}

void AgendaView::cancelDrag()
{
    m_drag.reset();
    m_press.reset();
    m_autoScrollTimer.stop();
    viewport()->unsetCursor();
    viewport()->update();
}

void AgendaView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_autoScrollTimer.timerId()) {
        QAbstractScrollArea::timerEvent(event);
        return;
    }
    autoScroll();
}

void AgendaView::autoScroll()
{
    if (!m_drag) {
        m_autoScrollTimer.stop();
        return;
    }
    const QSize size = viewport()->size();
    const QPoint pointer = m_drag->pointer;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                    + autoScrollSpeed(pointer.x(), size.width()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + autoScrollSpeed(pointer.y(), size.height()));
}

} // namespace Accueil
