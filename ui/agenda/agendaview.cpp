#include "agendaview.h"

#include "agendamargin.h"
#include "agendatext.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// The icons live in a resource of the static accueil_ui library: register it explicitly, or the
// linker may drop it. Q_INIT_RESOURCE must be called outside any namespace.
static void initDeskIcons()
{
    Q_INIT_RESOURCE(desk_icons);
}

namespace Accueil {

using namespace AgendaGeometry;

AgendaView::AgendaView(QWidget *parent) : QAbstractScrollArea(parent), m_zone(QTimeZone::systemTimeZone())
{
    [[maybe_unused]] static const bool iconsRegistered = (initDeskIcons(), true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_header = new AgendaMargin(
            [this](QPainter &painter, const QRect &rect) {
                AgendaPainter(m_columns, m_layout, m_icons, palette())
                        .paintHeader(painter, rect, horizontalScrollBar()->value(), m_nowDate);
            },
            this);
    m_ruler = new AgendaMargin(
            [this](QPainter &painter, const QRect &rect) {
                AgendaPainter(m_columns, m_layout, m_icons, palette())
                        .paintRuler(painter, rect, verticalScrollBar()->value(), m_nowMinute);
            },
            this);
    updateMargins();
    relayout();
}

AgendaView::~AgendaView() = default;

void AgendaView::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    updateNow();
    relayout();
}

void AgendaView::setColumns(std::vector<GridColumn> columns)
{
    const int horizontal = horizontalScrollBar()->value();
    // Slots are found again by what they are: the cursor's, and the selection's should it go.
    const std::optional<SlotKey> currentKey = keyOf(m_currentSlot);
    const std::optional<SlotKey> selectedKey = selectedPlace();
    m_currentSlot.reset();
    m_columns = std::move(columns);
    relayout(); // keeps the minute at the top of the viewport
    horizontalScrollBar()->setValue(horizontal);

    m_currentSlot = findSlot(currentKey);
    const bool selectionGone = m_selectedId != 0 && !findRow(m_selectedId);
    if (selectionGone) {
        m_selectedId = 0;
        // Cancelled or moved away by someone: the keyboard goes on from the slot where it was.
        m_currentSlot = findSlot(selectedKey);
        Q_EMIT selectionChanged(0);
    }
    if (keyOf(m_currentSlot) != currentKey)
        Q_EMIT currentSlotChanged();
    if (m_press && !findRow(m_press->id))
        m_press.reset();
    if (m_drag) {
        // The controller refreshed under a drag: follow the new data, or drop the drag quietly if
        // the appointment is gone (cancelled or moved elsewhere by someone else).
        if (findRow(m_drag->id)) {
            updateDrag(m_drag->pointer);
        } else {
            cancelDrag();
        }
    }
    if (m_revealAfterMove && m_selectedId != 0)
        ensureAppointmentVisible(m_selectedId);
    m_revealAfterMove = false;
}

void AgendaView::setNow(const QDateTime &utc)
{
    m_now = utc;
    updateNow();
    viewport()->update();
    m_ruler->update();
    m_header->update();
}

void AgendaView::updateNow()
{
    if (!m_now.isValid()) {
        m_nowDate = {};
        m_nowMinute = -1;
        return;
    }
    const QDateTime local = m_now.toTimeZone(m_zone);
    m_nowDate = local.date();
    m_nowMinute = local.time().hour() * 60 + local.time().minute() + local.time().second() / 60.0;
}

void AgendaView::setSelectedAppointment(qint64 appointmentId)
{
    select(findRow(appointmentId) ? appointmentId : 0, true);
}

void AgendaView::select(qint64 appointmentId, bool reveal)
{
    if (reveal && appointmentId != 0)
        ensureAppointmentVisible(appointmentId);
    if (appointmentId == m_selectedId)
        return;
    m_selectedId = appointmentId;
    viewport()->update();
    Q_EMIT selectionChanged(appointmentId);
    if (appointmentId != 0)
        setCurrent(std::nullopt, false); // one focus at a time: the appointment or the slot
}

std::optional<AppointmentRow> AgendaView::selectedRow() const
{
    return row(m_selectedId);
}

std::optional<AppointmentRow> AgendaView::row(qint64 appointmentId) const
{
    const AppointmentRow *found = findRow(appointmentId);
    return found ? std::optional<AppointmentRow>(*found) : std::nullopt;
}

const AppointmentRow *AgendaView::findRow(qint64 appointmentId) const
{
    const AppointmentBox *box = m_layout.box(appointmentId);
    return box ? &m_columns[std::size_t(box->column)].appointments[box->index] : nullptr;
}

int AgendaView::columnOf(qint64 appointmentId) const
{
    const AppointmentBox *box = m_layout.box(appointmentId);
    return box ? box->column : -1;
}

void AgendaView::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int(std::lround(m_axis.minuteToY(minute))));
}

void AgendaView::scrollToNow()
{
    // An hour of context above "now": what just happened matters at the desk too.
    if (m_nowMinute >= 0)
        scrollToMinute(int(m_nowMinute) - 60);
}

void AgendaView::ensureAppointmentVisible(qint64 appointmentId)
{
    if (const AppointmentBox *box = m_layout.box(appointmentId))
        ensureSpanVisible(box->column, box->rect.top(), box->rect.bottom());
}

void AgendaView::ensureSpanVisible(int column, double top, double bottom)
{
    ensureColumnVisible(column);
    const int margin = m_layout.lineHeight();
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    const int first = int(std::floor(top)) - margin;
    const int last = int(std::ceil(bottom)) + margin;
    if (first < bar->value()) {
        bar->setValue(first);
    } else if (last > bar->value() + height) {
        bar->setValue(std::min(first, last - height));
    }
}

void AgendaView::ensureColumnVisible(int column)
{
    if (column < 0 || column >= int(m_columns.size()))
        return;
    const int width = m_layout.columnWidth();
    const int left = column * width;
    QScrollBar *bar = horizontalScrollBar();
    if (left < bar->value()) {
        bar->setValue(left);
    } else if (left + width > bar->value() + viewport()->width()) {
        bar->setValue(left + width - viewport()->width());
    }
}

void AgendaView::setPixelsPerMinute(double pixels)
{
    m_pixelsPerMinute = std::max(0.0, pixels);
    relayout();
}

void AgendaView::setMinimumColumnWidth(int pixels)
{
    m_minimumColumnWidth = std::max(40, pixels);
    relayout();
}

ColumnAxis AgendaView::columnAxis() const
{
    return {int(m_columns.size()), m_layout.columnWidth(), horizontalScrollBar()->value()};
}

void AgendaView::relayout()
{
    // Keep the minute at the top of the viewport when the axis changes (range or zoom).
    const double topMinute = m_axis.yToMinuteF(verticalScrollBar()->value());
    const auto [first, last] = visibleRange(m_columns, m_zone);
    const double lineHeight = std::ceil(QFontMetricsF(font()).height());
    const double perMinute = m_pixelsPerMinute > 0 ? m_pixelsPerMinute
                                                   : (2 * lineHeight + 2 * AgendaLayout::padding + 2)
                                                             / 15.0; // two lines in 15 minutes
    const TimeAxis axis{first, last, perMinute};
    const bool axisChanged = !(axis == m_axis);
    m_axis = axis;

    const int width = columnWidthFor(viewport()->width(), int(m_columns.size()), m_minimumColumnWidth);
    m_layout.rebuild(m_columns, m_zone, m_axis, {width, font()});
    updateScrollBars();
    if (axisChanged)
        verticalScrollBar()->setValue(int(std::lround(m_axis.minuteToY(topMinute))));
    viewport()->update();
    m_header->update();
    m_ruler->update();
}

void AgendaView::updateScrollBars()
{
    const QSize size = viewport()->size();
    const int width = int(m_columns.size()) * m_layout.columnWidth();
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, width - size.width()));
    horizontal->setPageStep(size.width());
    horizontal->setSingleStep(std::max(1, m_layout.columnWidth() / 4));
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, int(std::ceil(m_axis.height())) - size.height()));
    vertical->setPageStep(size.height());
    vertical->setSingleStep(m_layout.lineHeight());
}

void AgendaView::updateMargins()
{
    const QFontMetricsF metrics(font());
    const int rulerWidth = int(std::ceil(metrics.horizontalAdvance(u"00:00"_s) + 14));
    const int headerHeight = int(std::ceil(2 * metrics.height() + 12));
    setViewportMargins(rulerWidth, headerHeight, 0, 0);
    const QRect body = viewport()->geometry();
    m_header->setGeometry(body.left(), body.top() - headerHeight, body.width(), headerHeight);
    m_ruler->setGeometry(body.left() - rulerWidth, body.top(), rulerWidth, body.height());
}

QPoint AgendaView::scrollOffset() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QPointF AgendaView::toContent(const QPoint &viewportPos) const
{
    return {viewportPos + scrollOffset()};
}

QRect AgendaView::toViewport(const QRectF &content) const
{
    return content.translated(-QPointF(scrollOffset())).toRect();
}

QRect AgendaView::appointmentRect(qint64 appointmentId) const
{
    const AppointmentBox *box = m_layout.box(appointmentId);
    return box ? toViewport(box->rect) : QRect();
}

QRect AgendaView::presenceIconRect(qint64 appointmentId) const
{
    const AppointmentBox *box = m_layout.box(appointmentId);
    return box ? toViewport(box->presenceIcon) : QRect();
}

QRect AgendaView::callbackIconRect(qint64 appointmentId) const
{
    const AppointmentBox *box = m_layout.box(appointmentId);
    return box ? toViewport(box->callbackIcon) : QRect();
}

QRect AgendaView::slotRect(int column, const QDateTime &utc) const
{
    const std::optional<SlotIndex> slot = slotIndexFor(column, utc);
    return slot ? toViewport(m_layout.slotRect(slot->column, slot->index)) : QRect();
}

QPoint AgendaView::slotPoint(int column, const QDateTime &utc) const
{
    const QRect rect = slotRect(column, utc);
    return rect.isEmpty() ? QPoint() : rect.center();
}

QString AgendaView::toolTipAt(const QPoint &viewportPos) const
{
    const QPointF content = toContent(viewportPos);
    if (const AppointmentBox *box = m_layout.appointmentAt(content)) {
        const GridColumn &column = m_columns[std::size_t(box->column)];
        return AgendaText::toolTip(column.appointments[box->index], m_zone,
                                   column.callbackAppointmentIds.contains(box->id));
    }
    if (const auto slot = m_layout.slotAt(content))
        return AgendaText::slotToolTip(m_columns[std::size_t(slot->first)].slots[slot->second], m_zone);
    return {};
}

QStringList AgendaView::blockText(qint64 appointmentId) const
{
    QStringList lines;
    if (const AppointmentBox *box = m_layout.box(appointmentId)) {
        // Pieces on one row (the time and the name) read as one line.
        int row = -1;
        for (const BlockLine &line : box->lines) {
            if (line.row == row) {
                lines.last() += u' ' + line.text;
            } else {
                lines << line.text;
                row = line.row;
            }
        }
    }
    return lines;
}

QSize AgendaView::minimumSizeHint() const
{
    const QMargins margins = viewportMargins();
    return {margins.left() + m_minimumColumnWidth + 2 * frameWidth(), margins.top() + 120};
}

QSize AgendaView::sizeHint() const
{
    const QMargins margins = viewportMargins();
    const int columns = std::clamp(int(m_columns.size()), 1, 6);
    return {margins.left() + columns * m_minimumColumnWidth + 2 * frameWidth() + 20, margins.top() + 600};
}

AgendaPaintState AgendaView::paintState() const
{
    AgendaPaintState state;
    state.scroll = scrollOffset();
    state.selectedId = m_selectedId;
    state.draggedId = m_drag ? m_drag->id : 0;
    state.nowDate = m_nowDate;
    state.nowMinute = m_nowMinute;
    state.ghost = ghost();
    if (m_currentSlot)
        state.currentSlot = m_layout.slotRect(m_currentSlot->column, m_currentSlot->index);
    return state;
}

bool AgendaView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void AgendaView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    AgendaPainter(m_columns, m_layout, m_icons, palette()).paintBody(painter, event->rect(), paintState());
}

void AgendaView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMargins();
    // Only a new column width changes the layout (eliding); a new height only the scroll range.
    if (columnWidthFor(viewport()->width(), int(m_columns.size()), m_minimumColumnWidth)
        != m_layout.columnWidth()) {
        relayout();
    } else {
        updateScrollBars();
    }
}

void AgendaView::scrollContentsBy(int dx, int dy)
{
    viewport()->update();
    if (dx != 0)
        m_header->update();
    if (dy != 0)
        m_ruler->update();
    if (m_drag)
        updateDrag(m_drag->pointer); // the slot under the pointer changed
}

void AgendaView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMargins();
        relayout();
    } else if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

} // namespace Accueil
