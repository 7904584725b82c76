// AgendaView's slot cursor: the current slot a secretary on the phone moves with the arrows, books
// with Return and opens the menu of with the menu key, without touching the mouse.

#include "agendaview.h"

#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Accueil {

using namespace AgendaGeometry;

std::optional<std::pair<int, Slot>> AgendaView::currentSlot() const
{
    if (!m_currentSlot)
        return std::nullopt;
    return std::pair{m_currentSlot->column,
                     m_columns[std::size_t(m_currentSlot->column)].slots[m_currentSlot->index]};
}

void AgendaView::setCurrentSlot(int column, const QDateTime &utcStart)
{
    const std::optional<SlotIndex> slot = slotIndexFor(column, utcStart);
    if (slot)
        select(0, false);
    setCurrent(slot, true);
}

void AgendaView::setCurrent(std::optional<SlotIndex> slot, bool reveal)
{
    if (slot && reveal)
        ensureSlotVisible(*slot);
    const bool same
            = slot.has_value() == m_currentSlot.has_value()
              && (!slot || (slot->column == m_currentSlot->column && slot->index == m_currentSlot->index));
    if (same)
        return;
    m_currentSlot = slot;
    viewport()->update();
    Q_EMIT currentSlotChanged();
}

std::optional<AgendaView::SlotIndex> AgendaView::slotIndexFor(int column, const QDateTime &utc) const
{
    if (column < 0 || column >= int(m_columns.size()) || !utc.isValid())
        return std::nullopt;
    const std::vector<Slot> &slots = m_columns[std::size_t(column)].slots;
    auto it = std::find_if(slots.begin(), slots.end(), [&](const Slot &s) { return s.start == utc; });
    if (it == slots.end()) {
        it = std::find_if(slots.begin(), slots.end(),
                          [&](const Slot &s) { return s.start <= utc && utc < s.end; });
    }
    if (it == slots.end())
        return std::nullopt;
    return SlotIndex{column, std::size_t(it - slots.begin())};
}

std::optional<AgendaView::SlotKey> AgendaView::keyOf(const std::optional<SlotIndex> &slot) const
{
    if (!slot)
        return std::nullopt;
    const GridColumn &column = m_columns[std::size_t(slot->column)];
    return SlotKey{column.agendaId, column.date, column.slots[slot->index].start};
}

std::optional<AgendaView::SlotIndex> AgendaView::findSlot(const std::optional<SlotKey> &key) const
{
    if (!key)
        return std::nullopt;
    const auto column = std::find_if(m_columns.begin(), m_columns.end(), [&](const GridColumn &c) {
        return c.agendaId == key->agendaId && c.date == key->date;
    });
    if (column == m_columns.end())
        return std::nullopt;
    return slotIndexFor(int(column - m_columns.begin()), key->start);
}

std::optional<AgendaView::SlotKey> AgendaView::selectedPlace() const
{
    const AppointmentBox *box = m_layout.box(m_selectedId);
    if (!box)
        return std::nullopt;
    const GridColumn &column = m_columns[std::size_t(box->column)];
    return SlotKey{column.agendaId, column.date, column.appointments[box->index].appointment.start};
}

void AgendaView::moveCurrent(int rowStep, int columnStep)
{
    if (!m_currentSlot)
        return;
    const SlotIndex current = *m_currentSlot;
    const auto &columns = m_layout.columns();
    if (rowStep != 0) {
        const auto index = static_cast<std::ptrdiff_t>(current.index) + rowStep;
        const auto count = static_cast<std::ptrdiff_t>(columns[std::size_t(current.column)].slots.size());
        if (index >= 0 && index < count)
            setCurrent(SlotIndex{current.column, std::size_t(index)}, true);
        return;
    }
    // The slot nearest in time in the next column that has any (the same time the next day in
    // the week view).
    const double minute = columns[std::size_t(current.column)].slotMinutes[current.index].start;
    for (int c = current.column + columnStep; c >= 0 && c < int(columns.size()); c += columnStep) {
        const std::vector<MinuteSpan> &spans = columns[std::size_t(c)].slotMinutes;
        if (spans.empty())
            continue;
        const auto nearest = std::min_element(spans.begin(), spans.end(), [&](const auto &a, const auto &b) {
            return std::abs(a.start - minute) < std::abs(b.start - minute);
        });
        setCurrent(SlotIndex{c, std::size_t(nearest - spans.begin())}, true);
        return;
    }
}

void AgendaView::currentToFirstVisible()
{
    const auto &columns = m_layout.columns();
    const int top = verticalScrollBar()->value();
    for (std::size_t c = std::size_t(std::max(0, columnAxis().columnAt(0))); c < columns.size(); ++c) {
        const std::vector<SlotBox> &slots = columns[c].slots;
        if (slots.empty())
            continue;
        const auto visible
                = std::find_if(slots.begin(), slots.end(), [&](const SlotBox &s) { return s.bottom > top; });
        const auto index = visible != slots.end() ? visible - slots.begin() : 0;
        setCurrent(SlotIndex{int(c), std::size_t(index)}, true);
        return;
    }
}

bool AgendaView::leaveSelectionForSlot()
{
    const AppointmentBox *box = m_layout.box(m_selectedId);
    if (!box)
        return false;
    const GridColumn &column = m_columns[std::size_t(box->column)];
    std::optional<SlotIndex> slot
            = slotIndexFor(box->column, column.appointments[box->index].appointment.start);
    const std::vector<MinuteSpan> &spans = m_layout.columns()[std::size_t(box->column)].slotMinutes;
    if (!slot && !spans.empty()) {
        // It starts outside the slots (booked before the template changed): the nearest one.
        const double start = box->minutes.start;
        const auto nearest = std::min_element(spans.begin(), spans.end(), [&](const auto &a, const auto &b) {
            return std::abs(a.start - start) < std::abs(b.start - start);
        });
        slot = SlotIndex{box->column, std::size_t(nearest - spans.begin())};
    }
    select(0, false);
    setCurrent(slot, true);
    return true;
}

void AgendaView::activateCurrentSlot()
{
    if (!m_currentSlot)
        return;
    const GridColumn &column = m_columns[std::size_t(m_currentSlot->column)];
    const Slot &slot = column.slots[m_currentSlot->index];
    // Like a double-click on it: only a slot somebody could book, and only if nobody is there.
    if (slot.bookable() && !slotOccupant(column, slot))
        Q_EMIT slotActivated(column.agendaId, column.date, slot);
}

void AgendaView::requestKeyboardMenu()
{
    if (const AppointmentBox *box = m_layout.box(m_selectedId)) {
        ensureAppointmentVisible(m_selectedId);
        const QRect rect = toViewport(box->rect).intersected(viewport()->rect());
        Q_EMIT appointmentContextMenuRequested(m_selectedId, viewport()->mapToGlobal(rect.center()));
        return;
    }
    if (!m_currentSlot)
        return;
    ensureSlotVisible(*m_currentSlot);
    const GridColumn &column = m_columns[std::size_t(m_currentSlot->column)];
    const QRect rect = toViewport(m_layout.slotRect(m_currentSlot->column, m_currentSlot->index))
                               .intersected(viewport()->rect());
    Q_EMIT slotContextMenuRequested(column.agendaId, column.date, column.slots[m_currentSlot->index],
                                    viewport()->mapToGlobal(rect.center()));
}

void AgendaView::ensureSlotVisible(const SlotIndex &slot)
{
    const SlotBox &box = m_layout.columns()[std::size_t(slot.column)].slots[slot.index];
    ensureSpanVisible(slot.column, box.top, box.bottom);
}

} // namespace Accueil
