#include "agendalayout.h"

#include "agendatext.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Accueil {

using namespace AgendaGeometry;

AgendaFonts AgendaFonts::from(const QFont &font)
{
    AgendaFonts fonts{font, font, font, font, font};
    fonts.bold.setBold(true);
    fonts.italic.setItalic(true);
    if (font.pointSizeF() > 0) {
        fonts.small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    } else {
        fonts.small.setPixelSize(std::max(8, font.pixelSize() * 4 / 5));
    }
    fonts.smallItalic = fonts.small;
    fonts.smallItalic.setItalic(true);
    return fonts;
}

QStaticText plainStaticText(const QString &text)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    return result;
}

void AgendaLayout::rebuild(const std::vector<GridColumn> &columns, const QTimeZone &zone,
                           const TimeAxis &axis, const Metrics &metrics)
{
    m_axis = axis;
    m_metrics = metrics;
    m_fonts = AgendaFonts::from(metrics.font);
    m_lineHeight = int(QFontMetricsF(metrics.font).height() + 0.999);
    m_columns.assign(columns.size(), {});
    m_index.clear();
    for (std::size_t i = 0; i < columns.size(); ++i)
        layoutColumn(columns[i], int(i), zone);
}

const AppointmentBox *AgendaLayout::box(qint64 appointmentId) const
{
    const auto it = m_index.constFind(appointmentId);
    if (it == m_index.constEnd())
        return nullptr;
    return &m_columns[std::size_t(it->first)].appointments[it->second];
}

int AgendaLayout::columnAtX(double contentX) const
{
    if (contentX < 0 || m_metrics.columnWidth <= 0)
        return -1;
    const int index = int(contentX / m_metrics.columnWidth);
    return index < int(m_columns.size()) ? index : -1;
}

const AppointmentBox *AgendaLayout::appointmentAt(const QPointF &content) const
{
    const int column = columnAtX(content.x());
    if (column < 0)
        return nullptr;
    const std::vector<AppointmentBox> &boxes = m_columns[std::size_t(column)].appointments;
    // Later blocks are painted over earlier ones: the last one containing the point is on top.
    const auto it = std::find_if(boxes.rbegin(), boxes.rend(),
                                 [&](const AppointmentBox &b) { return b.rect.contains(content); });
    return it == boxes.rend() ? nullptr : &*it;
}

std::optional<std::pair<int, std::size_t>> AgendaLayout::slotAt(const QPointF &content) const
{
    const int column = columnAtX(content.x());
    if (column < 0)
        return std::nullopt;
    const auto slot = slotIndexAt(m_columns[std::size_t(column)].slotMinutes, m_axis.yToMinuteF(content.y()));
    if (!slot)
        return std::nullopt;
    return std::pair{column, *slot};
}

QRectF AgendaLayout::slotRect(int column, std::size_t index) const
{
    const ColumnBox &box = m_columns[std::size_t(column)];
    const SlotBox &slot = box.slots[index];
    return {box.x, slot.top, double(m_metrics.columnWidth - 1), slot.bottom - slot.top};
}

QRectF AgendaLayout::ghostRect(int column, const MinuteSpan &minutes) const
{
    const double top = m_axis.minuteToY(minutes.start);
    const double height
            = std::max(minutes.length() * m_axis.pixelsPerMinute, double(m_lineHeight + 2 * padding));
    return {double(column) * m_metrics.columnWidth + 1, top, double(m_metrics.columnWidth - gutter() - 1),
            height - 1};
}

void AgendaLayout::layoutColumn(const GridColumn &column, int index, const QTimeZone &zone)
{
    ColumnBox &box = m_columns[std::size_t(index)];
    const double width = m_metrics.columnWidth;
    box.x = index * width;

    const QFontMetricsF headerBold(m_fonts.bold);
    const QFontMetricsF normal(m_fonts.normal);
    box.title = plainStaticText(headerBold.elidedText(column.title, Qt::ElideRight, width - 12));
    box.subtitle = plainStaticText(normal.elidedText(column.subtitle, Qt::ElideRight, width - 12));

    box.slotMinutes = slotSpans(column.slots, column.date, zone);
    box.slots.resize(column.slots.size());
    const QFontMetricsF italic(m_fonts.italic);
    const QFontMetricsF smallItalic(m_fonts.smallItalic);
    for (std::size_t i = 0; i < column.slots.size(); ++i) {
        SlotBox &slot = box.slots[i];
        slot.top = m_axis.minuteToY(box.slotMinutes[i].start);
        slot.bottom = m_axis.minuteToY(box.slotMinutes[i].end);
        // A blocked slot's label stays inside its own rect: elided to its width, in a smaller
        // font when the slot is short, left out when even that does not fit (the tooltip has it).
        const QString &label = column.slots[i].label;
        const double height = slot.bottom - slot.top;
        if (!column.slots[i].blocked || label.isEmpty())
            continue;
        const bool small = height < italic.height() + 2;
        if (small && height < smallItalic.height())
            continue;
        const QFontMetricsF &metrics = small ? smallItalic : italic;
        slot.label = plainStaticText(metrics.elidedText(label, Qt::ElideRight, width - gutter() - 8));
        slot.smallLabel = small;
        slot.labelTop = small ? (height - metrics.height()) / 2 : 1;
    }

    // Blocks are at least one line tall so a 5-minute appointment stays readable; overlapping is
    // judged on what is drawn, so such a block never hides its neighbour.
    const double minimumMinutes = (m_lineHeight + 2.0 * padding) / m_axis.pixelsPerMinute;
    std::vector<MinuteSpan> drawn;
    drawn.reserve(column.appointments.size());
    box.appointments.resize(column.appointments.size());
    for (std::size_t i = 0; i < column.appointments.size(); ++i) {
        const Appointment &appointment = column.appointments[i].appointment;
        AppointmentBox &block = box.appointments[i];
        block.id = appointment.id;
        block.column = index;
        block.index = i;
        block.minutes = localSpan(appointment.start, appointment.end, column.date, zone);
        drawn.push_back(
                {block.minutes.start, std::max(block.minutes.end, block.minutes.start + minimumMinutes)});
        m_index.insert(appointment.id, {index, i});
    }
    const std::vector<Lane> lanes = layoutLanes(drawn);
    const double usable = width - gutter() - 1;
    for (std::size_t i = 0; i < box.appointments.size(); ++i) {
        AppointmentBox &block = box.appointments[i];
        const double laneWidth = usable / lanes[i].lanes;
        const double top = m_axis.minuteToY(drawn[i].start);
        const double bottom = m_axis.minuteToY(drawn[i].end);
        block.rect = QRectF(box.x + 1 + lanes[i].lane * laneWidth, top, laneWidth - 1, bottom - top - 1);
        layoutText(column, block, zone);
    }
}

int AgendaLayout::layoutIcons(AppointmentBox &box, bool web, double titleNeeds) const
{
    // On the right of the title when the name keeps its room beside them; else on the right of
    // the second line; in a one-line block on the title, at their smallest. Judged with the web
    // icon whether there is one or not, so that blocks of one width all look the same.
    const QRectF &rect = box.rect;
    const double textWidth = rect.width() - stripeWidth - padding - 2;
    const int rows = int((rect.height() - 2 * padding) / m_lineHeight);
    double size = std::clamp(rect.height() - 4, 14.0, 16.0);
    int row = 0;
    if (textWidth - (3 * (size + 2) + 2) < titleNeeds) {
        if (rows >= 2) {
            row = 1;
        } else {
            size = 14;
        }
    }
    double top = rect.top() + 2;
    if (row > 0) {
        top = rect.top() + padding + row * m_lineHeight + (m_lineHeight - size) / 2;
        top = std::min(top, rect.bottom() - 1 - size);
    }
    box.callbackIcon = QRectF(rect.right() - 2 - size, top, size, size);
    box.presenceIcon = box.callbackIcon.translated(-(size + 2), 0);
    box.webIcon = web ? box.presenceIcon.translated(-(size + 2), 0) : QRectF();
    return row;
}

void AgendaLayout::layoutText(const GridColumn &column, AppointmentBox &box, const QTimeZone &zone) const
{
    const AppointmentRow &row = column.appointments[box.index];
    const QRectF &rect = box.rect;

    const QFontMetricsF normal(m_fonts.normal);
    const QFontMetricsF small(m_fonts.small);
    const double left = rect.left() + stripeWidth + padding;
    const double right = rect.right() - 2;

    // The title: the time small and light, then the name, which gets the rest of the line (not in
    // bold: that would cost it two or three letters in a 140-pixel column). The icons move off it
    // when they would leave the name less than about fifteen characters.
    const QString time = AgendaText::time(row.appointment.start, zone);
    const double timeWidth = small.horizontalAdvance(time);
    const double gap = std::round(small.horizontalAdvance(u' '));
    const double titleNeeds = timeWidth + gap + 15 * normal.averageCharWidth();
    const int iconRow = layoutIcons(box, row.appointment.channel == Channel::Web, titleNeeds);
    const double beside = (box.webIcon.isEmpty() ? box.presenceIcon : box.webIcon).left() - 2;

    box.lines.clear();
    const auto add = [&](const QString &text, int line, double from, BlockLine::Role role) -> BlockLine & {
        const double top = padding + line * m_lineHeight;
        const double to = line == iconRow ? beside : right;
        const QFont *font = role == BlockLine::Role::Time ? &m_fonts.small : &m_fonts.normal;
        BlockLine result;
        result.text = QFontMetricsF(*font).elidedText(text, Qt::ElideRight, std::max(0.0, to - from));
        result.staticText = plainStaticText(result.text);
        result.topLeft = QPointF(from - rect.left(), top);
        result.row = line;
        result.role = role;
        result.font = font;
        box.lines.push_back(std::move(result));
        return box.lines.back();
    };
    BlockLine &timeLine = add(time, 0, left, BlockLine::Role::Time);
    timeLine.topLeft.ry() += normal.ascent() - small.ascent(); // on the name's baseline
    BlockLine &name = add(AgendaText::patientName(row), 0, left + timeWidth + gap, BlockLine::Role::Title);
    // Drawn by hand: a struck-out font in a cached static text misplaces the stroke.
    if (row.appointment.status == AppointmentStatus::NoShow) {
        const double y = name.topLeft.y() + normal.ascent() - normal.strikeOutPos();
        name.strike
                = QLineF(left - rect.left(), y, name.topLeft.x() + normal.horizontalAdvance(name.text), y);
    }

    const QString status = AgendaText::status(row, zone);
    QStringList parts;
    for (const QString &part :
         {status, row.typeLabel, row.appointment.reason, AgendaText::booking(row, zone)}) {
        if (!part.isEmpty())
            parts << part;
    }
    const int room = int((rect.height() - 2 * padding) / m_lineHeight) - 1;
    for (int line = 1; line <= room && !parts.isEmpty(); ++line) {
        const bool isStatus = line == 1 && !status.isEmpty();
        const QString text = line == room ? parts.join(u" · "_s) : parts.takeFirst();
        if (line == room)
            parts.clear();
        add(text, line, left, isStatus ? BlockLine::Role::Status : BlockLine::Role::Detail);
    }
}

} // namespace Accueil
