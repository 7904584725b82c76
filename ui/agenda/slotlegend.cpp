#include "slotlegend.h"

#include "agendapalette.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <array>

namespace Accueil {

namespace {

constexpr std::array kinds{SlotKind::Desk, SlotKind::Internet, SlotKind::Urgent, SlotKind::Unavailable};
constexpr int spacing = 12;

} // namespace

SlotLegend::SlotLegend(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int SlotLegend::entryCount() const
{
    return int(kinds.size()) + 1;
}

QString SlotLegend::entryName(int index) const
{
    return index < int(kinds.size()) ? slotKindName(kinds[std::size_t(index)]) : blockedSlotName();
}

QColor SlotLegend::entryColour(int index) const
{
    return index < int(kinds.size()) ? AgendaPalette::slotColour(kinds[std::size_t(index)], false)
                                     : AgendaPalette::slotColour(SlotKind::Desk, true);
}

int SlotLegend::swatchSize() const
{
    return fontMetrics().height();
}

int SlotLegend::entryWidth(int index) const
{
    return swatchSize() + 4 + fontMetrics().horizontalAdvance(entryName(index));
}

std::vector<QPoint> SlotLegend::positions(int width) const
{
    std::vector<QPoint> result;
    int x = 2;
    int y = 3;
    for (int i = 0; i < entryCount(); ++i) {
        const int entry = entryWidth(i);
        if (x > 2 && x + entry > width) {
            x = 2;
            y += swatchSize() + 4;
        }
        result.emplace_back(x, y);
        x += entry + spacing;
    }
    return result;
}

int SlotLegend::heightForWidth(int width) const
{
    return positions(width).back().y() + swatchSize() + 3;
}

QSize SlotLegend::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < entryCount(); ++i)
        width += entryWidth(i) + (i > 0 ? spacing : 0);
    return {width + 4, swatchSize() + 6};
}

QSize SlotLegend::minimumSizeHint() const
{
    return {entryWidth(0) + 4, swatchSize() + 6};
}

void SlotLegend::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    const int size = swatchSize();
    const int ascent = fontMetrics().ascent();
    const std::vector<QPoint> at = positions(width());
    for (int i = 0; i < entryCount(); ++i) {
        const QRect swatch(at[std::size_t(i)], QSize(size, size));
        painter.fillRect(swatch, entryColour(i));
        if (i == int(kinds.size()))
            painter.fillRect(swatch, QBrush(AgendaPalette::blockedHatchColour(), Qt::BDiagPattern));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(swatch.right() + 5, swatch.top() + ascent, entryName(i));
    }
}

void SlotLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
}

} // namespace Accueil
