#include "agendapainter.h"

#include "agendapalette.h"

#include <QFontMetricsF>
#include <QIcon>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Accueil {

using namespace AgendaGeometry;

namespace {

// A light tint of c for a block's background: readable black text on any type colour.
QColor tint(const QColor &c, double amount)
{
    const auto mix = [&](int channel) { return int(channel * amount + 255 * (1 - amount)); };
    return {mix(c.red()), mix(c.green()), mix(c.blue())};
}

const QColor textColour(0x1a, 0x1a, 0x1a);
const QColor detailColour(0x42, 0x42, 0x42);
const QColor columnLineColour(0xbd, 0xbd, 0xbd);

} // namespace

QPixmap AgendaIcons::pixmap(Icon icon, int size, const QColor &tint, qreal devicePixelRatio) const
{
    const quint64 key = (quint64(icon) << 56) | (quint64(size & 0xff) << 48)
                        | (quint64(int(devicePixelRatio * 4) & 0xff) << 40) | quint64(tint.rgba());
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;

    static const std::array<QString, 3> files{u":/icons/presence.svg"_s, u":/icons/telephone.svg"_s,
                                              u":/icons/web.svg"_s};
    // The SVGs are black shapes: keep their alpha, paint the tint through it.
    QImage image = QIcon(files.at(std::size_t(icon)))
                           .pixmap(QSize(size, size), devicePixelRatio)
                           .toImage()
                           .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (!image.isNull()) {
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), tint);
    }
    QPixmap result = QPixmap::fromImage(image);
    m_cache.insert(key, result);
    return result;
}

AgendaPainter::AgendaPainter(const std::vector<GridColumn> &columns, const AgendaLayout &layout,
                             const AgendaIcons &icons, const QPalette &palette)
    : m_columns(columns)
    , m_layout(layout)
    , m_icons(icons)
    , m_palette(palette)
    , m_fonts(layout.fonts())
{}

void AgendaPainter::paintBody(QPainter &painter, const QRect &exposed, const AgendaPaintState &state) const
{
    if (m_layout.columns().empty()) {
        painter.fillRect(exposed, AgendaPalette::closedColour());
        return;
    }
    painter.save();
    painter.translate(-state.scroll);
    const QRectF area = QRectF(exposed).translated(state.scroll);
    const int width = m_layout.columnWidth();
    const int count = int(m_layout.columns().size());
    const int first = std::clamp(int(std::floor(area.left() / width)), 0, count - 1);
    const int last = std::clamp(int(std::floor(area.right() / width)), 0, count - 1);
    const TimeAxis &axis = m_layout.axis();
    // Each pixel is filled once: columns fill their own gaps between slots, this what lies right of
    // the last column.
    const double contentRight = double(count) * width;
    if (area.right() > contentRight) {
        painter.fillRect(QRectF(contentRight, area.top(), area.right() - contentRight, area.height()),
                         AgendaPalette::closedColour());
    }

    // Lines are one-pixel rectangles: filling is the raster engine's fastest path, stroking is
    // several times slower. Slot separators are gathered and filled in one call.
    std::vector<QRectF> separators;
    separators.reserve(std::size_t(last - first + 1) * 48);
    for (int column = first; column <= last; ++column)
        paintColumnSlots(painter, column, area, separators);
    painter.setPen(Qt::NoPen);
    painter.setBrush(AgendaPalette::separatorColour());
    painter.drawRects(separators.data(), int(separators.size()));
    for (int column = first; column <= last; ++column) {
        const double right = m_layout.columns()[std::size_t(column)].x + width - 1;
        painter.fillRect(QRectF(right, area.top(), 1, area.height()), columnLineColour);
    }

    // Hour lines over the slots help reading across thirty columns.
    for (int minute = (axis.firstMinute + 59) / 60 * 60; minute <= axis.lastMinute; minute += 60) {
        const double y = axis.minuteToY(minute);
        if (y >= area.top() - 1 && y <= area.bottom() + 1)
            painter.fillRect(QRectF(area.left(), y, area.width(), 1), QColor(0, 0, 0, 30));
    }

    if (state.nowMinute >= 0) {
        const double y = axis.minuteToY(state.nowMinute);
        for (int column = first; column <= last; ++column) {
            if (m_columns[std::size_t(column)].date != state.nowDate)
                continue;
            const double x = m_layout.columns()[std::size_t(column)].x;
            painter.fillRect(QRectF(x, y - 1, width - 1, 2), AgendaPalette::nowLineColour());
        }
    }

    for (int column = first; column <= last; ++column)
        paintHolds(painter, column);

    for (int column = first; column <= last; ++column) {
        for (const AppointmentBox &box : m_layout.columns()[std::size_t(column)].appointments) {
            if (box.rect.intersects(area))
                paintBlock(painter, box, state);
        }
    }
    if (state.currentSlot)
        paintSlotCursor(painter, *state.currentSlot);
    if (state.ghost)
        paintGhost(painter, *state.ghost);
    painter.restore();
}

void AgendaPainter::paintColumnSlots(QPainter &painter, int column, const QRectF &area,
                                     std::vector<QRectF> &separators) const
{
    const ColumnBox &box = m_layout.columns()[std::size_t(column)];
    const GridColumn &data = m_columns[std::size_t(column)];
    const double width = m_layout.columnWidth() - 1;

    // Slots are monotonic: skip straight to the first one reaching the exposed area.
    const auto begin = std::partition_point(box.slots.begin(), box.slots.end(),
                                            [&](const SlotBox &s) { return s.bottom <= area.top(); });
    const auto end = std::partition_point(begin, box.slots.end(),
                                          [&](const SlotBox &s) { return s.top < area.bottom(); });
    // Runs of touching slots of one look are filled at once (a morning is mostly one kind); the
    // gaps between them (the agenda is closed) in the closed colour.
    const QColor closed = AgendaPalette::closedColour();
    double filledTo = area.top();
    using Iterator = std::vector<SlotBox>::const_iterator;
    std::vector<std::pair<Iterator, Iterator>> blockedRuns;
    for (auto it = begin; it != end;) {
        const Slot &slot = data.slots[std::size_t(it - box.slots.begin())];
        auto runEnd = it + 1;
        while (runEnd != end && runEnd->top == (runEnd - 1)->bottom) {
            const Slot &next = data.slots[std::size_t(runEnd - box.slots.begin())];
            if (next.blocked != slot.blocked || (!slot.blocked && next.kind != slot.kind))
                break;
            ++runEnd;
        }
        const QRectF run(box.x, it->top, width, (runEnd - 1)->bottom - it->top);
        if (run.top() > filledTo)
            painter.fillRect(QRectF(box.x, filledTo, width, run.top() - filledTo), closed);
        filledTo = std::max(filledTo, run.bottom());
        painter.fillRect(run, AgendaPalette::slotColour(slot.kind, slot.blocked));
        if (slot.blocked) {
            painter.fillRect(run, QBrush(AgendaPalette::blockedHatchColour(), Qt::BDiagPattern));
            blockedRuns.emplace_back(it, runEnd);
        }
        for (auto s = it; s != runEnd; ++s)
            separators.emplace_back(box.x, s->top, width, 1);
        it = runEnd;
    }
    if (filledTo < area.bottom())
        painter.fillRect(QRectF(box.x, filledTo, width, area.bottom() - filledTo), closed);

    // Why it is blocked ("Congés"): in each slot, laid out by AgendaLayout to fit inside it (elided,
    // a smaller font in a short slot, nothing in a tiny one) so it never runs over its neighbours.
    painter.setPen(textColour);
    for (const auto &[first, last] : blockedRuns) {
        for (auto s = first; s != last; ++s) {
            if (s->label.text().isEmpty())
                continue;
            painter.setFont(s->smallLabel ? m_fonts.smallItalic : m_fonts.italic);
            painter.drawStaticText(QPointF(box.x + 4, s->top + s->labelTop), s->label);
        }
    }
}

void AgendaPainter::paintHolds(QPainter &painter, int column) const
{
    // A time being booked at another desk: striped, with who is booking it, under any appointment.
    const GridColumn &data = m_columns[std::size_t(column)];
    if (data.holds.empty())
        return;
    const double x = m_layout.columns()[std::size_t(column)].x;
    const double width = m_layout.columnWidth() - 1;
    const TimeAxis &axis = m_layout.axis();
    painter.setFont(m_fonts.smallItalic);
    painter.setPen(textColour);
    for (const HoldMark &hold : data.holds) {
        const double top = axis.minuteToY(hold.startMinute);
        const QRectF rect(x, top, width, std::max(2.0, axis.minuteToY(hold.endMinute) - top));
        painter.fillRect(rect, QColor(255, 193, 7, 90));
        painter.fillRect(rect, QBrush(QColor(191, 130, 0, 120), Qt::FDiagPattern));
        const QFontMetricsF metrics(m_fonts.smallItalic);
        painter.drawText(rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(hold.label, Qt::ElideRight, rect.width() - 8));
    }
}

void AgendaPainter::paintBlock(QPainter &painter, const AppointmentBox &box,
                               const AgendaPaintState &state) const
{
    const GridColumn &column = m_columns[std::size_t(box.column)];
    const AppointmentRow &row = column.appointments[box.index];
    const AppointmentStatus status = row.appointment.status;
    const QRectF &rect = box.rect;

    // Faded by blending towards white rather than with QPainter opacity, which is several times
    // slower on the raster engine.
    double strength = 1.0;
    if (status == AppointmentStatus::NoShow) {
        strength = 0.5;
    } else if (status == AppointmentStatus::Done) {
        strength = 0.7;
    }
    if (box.id == state.draggedId)
        strength *= 0.4;

    // Border, background and stripe as three fills (no stroking: see paintBody). An overbooked
    // appointment has a thicker red edge.
    const QColor colour = tint(AgendaPalette::appointmentColour(row), strength);
    const bool overbooked = row.appointment.overbooked;
    const double edge = overbooked ? 2 : 1;
    painter.fillRect(rect,
                     overbooked ? tint(AgendaPalette::overbookedColour(), strength) : colour.darker(140));
    painter.fillRect(rect.adjusted(edge, edge, -edge, -edge), tint(colour, 0.3));
    painter.fillRect(QRectF(rect.left() + edge, rect.top() + edge, AgendaLayout::stripeWidth,
                            rect.height() - 2 * edge),
                     colour);
    if (box.id == state.selectedId) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_palette.color(QPalette::Highlight), 2.5));
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    for (const BlockLine &line : box.lines) {
        QColor pen = detailColour;
        if (line.role == BlockLine::Role::Title) {
            pen = textColour;
        } else if (line.role == BlockLine::Role::Status) {
            pen = row.appointment.overbooked ? AgendaPalette::overbookedColour()
                                             : AgendaPalette::statusColour(status).darker(150);
        }
        painter.setPen(tint(pen, strength));
        painter.setFont(*line.font);
        painter.drawStaticText(rect.topLeft() + line.topLeft, line.staticText);
        if (!line.strike.isNull())
            painter.drawLine(line.strike.translated(rect.topLeft()));
    }

    const bool here = status == AppointmentStatus::Arrived || status == AppointmentStatus::InConsultation;
    paintIcon(painter, box.presenceIcon, AgendaIcons::Icon::Presence, here,
              tint(AgendaPalette::presenceHighlightColour(), strength), strength);
    paintIcon(painter, box.callbackIcon, AgendaIcons::Icon::Telephone,
              column.callbackAppointmentIds.contains(box.id),
              tint(AgendaPalette::callbackHighlightColour(), strength), strength);
    if (!box.webIcon.isEmpty())
        paintIcon(painter, box.webIcon, AgendaIcons::Icon::Web, false, {}, strength);
}

void AgendaPainter::paintIcon(QPainter &painter, const QRectF &rect, AgendaIcons::Icon icon, bool highlighted,
                              const QColor &highlight, double strength) const
{
    const int size = int(rect.width());
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QColor colour = icon == AgendaIcons::Icon::Web ? tint(QColor(0x15, 0x65, 0xc0), strength)
                                                   : QColor(0, 0, 0, int(110 * strength));
    if (highlighted) {
        // Off icons stay discreet; on ones get a filled badge that is seen from across the desk.
        painter.fillRect(rect.adjusted(-1, -1, 1, 1), highlight);
        colour = Qt::white;
    }
    const QPixmap pixmap = m_icons.pixmap(icon, size, colour, ratio);
    if (!pixmap.isNull())
        painter.drawPixmap(rect.topLeft(), pixmap);
}

void AgendaPainter::paintGhost(QPainter &painter, const AgendaPaintState::Ghost &ghost) const
{
    const QColor colour
            = ghost.refused ? AgendaPalette::overbookedColour() : m_palette.color(QPalette::Highlight);
    QColor fill = colour;
    fill.setAlpha(ghost.refused ? 50 : 80);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(colour, 2, Qt::DashLine));
    painter.setBrush(fill);
    painter.drawRoundedRect(ghost.rect, 3, 3);
    painter.setFont(m_fonts.bold);
    painter.setPen(ghost.refused ? colour : textColour);
    painter.drawText(ghost.rect.adjusted(6, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     ghost.label);
}

void AgendaPainter::paintSlotCursor(QPainter &painter, const QRectF &rect) const
{
    // A frame, not a fill: the slot's colour (its kind) stays readable inside, and over blocks it
    // hides only their edges. Drawn with fills like every line of the grid.
    const QColor colour = m_palette.color(QPalette::Highlight);
    const double width = std::min({2.0, rect.width() / 2, rect.height() / 2});
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), width), colour);
    painter.fillRect(QRectF(rect.left(), rect.bottom() - width, rect.width(), width), colour);
    painter.fillRect(QRectF(rect.left(), rect.top(), width, rect.height()), colour);
    painter.fillRect(QRectF(rect.right() - width, rect.top(), width, rect.height()), colour);
}

void AgendaPainter::paintHeader(QPainter &painter, const QRect &rect, int scrollX, const QDate &today) const
{
    painter.fillRect(rect, m_palette.color(QPalette::Window));
    const int width = m_layout.columnWidth();
    const QFontMetricsF metrics(m_fonts.normal);
    for (std::size_t i = 0; i < m_layout.columns().size(); ++i) {
        const double x = m_layout.columns()[i].x - scrollX;
        if (x + width < rect.left() || x > rect.right())
            continue;
        const GridColumn &column = m_columns[i];
        painter.fillRect(QRectF(x, 0, width - 1, 4),
                         column.colour.isValid() ? column.colour : columnLineColour);
        if (column.date == today) {
            painter.fillRect(QRectF(x, 4, width - 1, rect.height() - 4),
                             m_palette.color(QPalette::AlternateBase));
        }
        painter.setPen(m_palette.color(QPalette::WindowText));
        painter.setFont(m_fonts.bold);
        painter.drawStaticText(QPointF(x + 6, 6), m_layout.columns()[i].title);
        painter.setFont(m_fonts.normal);
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        painter.drawStaticText(QPointF(x + 6, 6 + metrics.height()), m_layout.columns()[i].subtitle);
        painter.setPen(columnLineColour);
        painter.drawLine(QLineF(x + width - 1, 0, x + width - 1, rect.height()));
    }
    painter.setPen(columnLineColour);
    painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
}

void AgendaPainter::paintRuler(QPainter &painter, const QRect &rect, int scrollY, double nowMinute) const
{
    painter.fillRect(rect, m_palette.color(QPalette::Window));
    const TimeAxis &axis = m_layout.axis();
    const QFontMetricsF metrics(m_fonts.normal);
    const QFontMetricsF small(m_fonts.small);
    const double right = rect.right() - 4;
    for (int minute = (axis.firstMinute + 29) / 30 * 30; minute <= axis.lastMinute; minute += 30) {
        const double y = axis.minuteToY(minute) - scrollY;
        if (y < rect.top() - metrics.height() || y > rect.bottom() + 1)
            continue;
        const bool hour = minute % 60 == 0;
        painter.setPen(columnLineColour);
        painter.drawLine(QLineF(hour ? rect.left() + 2 : right - 6, y, rect.right(), y));
        painter.setPen(m_palette.color(hour ? QPalette::WindowText : QPalette::PlaceholderText));
        painter.setFont(hour ? m_fonts.normal : m_fonts.small);
        const QString text = hour ? u"%1:00"_s.arg(minute / 60, 2, 10, QLatin1Char('0')) : u":30"_s;
        const QFontMetricsF &used = hour ? metrics : small;
        painter.drawText(QPointF(right - used.horizontalAdvance(text), y + 1 + used.ascent()), text);
    }
    if (nowMinute >= 0) {
        // "Now" as a red label on the ruler, where the line crosses the columns.
        const double y = axis.minuteToY(nowMinute) - scrollY;
        const int m = int(nowMinute);
        const QString text
                = u"%1:%2"_s.arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
        const QRectF label(rect.left() + 1, y - metrics.height() / 2, rect.width() - 2, metrics.height());
        painter.fillRect(label, AgendaPalette::nowLineColour());
        painter.setPen(Qt::white);
        painter.setFont(m_fonts.bold);
        painter.drawText(label, Qt::AlignCenter, text);
    }
    painter.setPen(columnLineColour);
    painter.drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
}

} // namespace Accueil
