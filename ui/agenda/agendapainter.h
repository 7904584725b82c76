#pragma once

#include "agenda/agendalayout.h"
#include "agenda/gridcolumn.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QPalette>
#include <QPixmap>
#include <QPoint>
#include <QRect>
#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace Accueil {

// The grid's SVG icons, tinted and rasterised once per size and colour (painting a day draws
// hundreds of them).
class AgendaIcons
{
public:
    enum class Icon {
        Presence,
        Telephone,
        Web
    };
    [[nodiscard]] QPixmap pixmap(Icon icon, int size, const QColor &tint, qreal devicePixelRatio) const;

private:
    mutable QHash<quint64, QPixmap> m_cache;
};

// What the view adds to the layout at paint time: scrolling, selection, "now", the drag ghost.
struct AgendaPaintState
{
    QPoint scroll; // content offset of the viewport's top-left corner
    qint64 selectedId = 0;
    qint64 draggedId = 0; // drawn faded at its old place while its ghost moves
    QDate nowDate;
    double nowMinute = -1; // local minutes on nowDate; negative: no "now" line
    struct Ghost
    {
        QRectF rect; // content coordinates
        bool refused = false;
        QString label; // "09:15" where it would land, or why not
    };
    std::optional<Ghost> ghost;
    std::optional<QRectF> currentSlot; // the slot cursor, content coordinates
};

// Paints the grid's body, column header and time ruler from a layout computed beforehand.
// Short-lived: built on the stack in each paint event.
class AgendaPainter
{
public:
    AgendaPainter(const std::vector<GridColumn> &columns, const AgendaLayout &layout,
                  const AgendaIcons &icons, const QPalette &palette);

    // exposed is in viewport coordinates.
    void paintBody(QPainter &painter, const QRect &exposed, const AgendaPaintState &state) const;
    void paintHeader(QPainter &painter, const QRect &rect, int scrollX, const QDate &today) const;
    void paintRuler(QPainter &painter, const QRect &rect, int scrollY, double nowMinute) const;

private:
    void paintHolds(QPainter &painter, int column) const;
    void paintColumnSlots(QPainter &painter, int column, const QRectF &area,
                          std::vector<QRectF> &separators) const;
    void paintBlock(QPainter &painter, const AppointmentBox &box, const AgendaPaintState &state) const;
    void paintIcon(QPainter &painter, const QRectF &rect, AgendaIcons::Icon icon, bool highlighted,
                   const QColor &highlight, double strength) const;
    void paintGhost(QPainter &painter, const AgendaPaintState::Ghost &ghost) const;
    void paintSlotCursor(QPainter &painter, const QRectF &rect) const;

    const std::vector<GridColumn> &m_columns;
    const AgendaLayout &m_layout;
    const AgendaIcons &m_icons;
    const QPalette &m_palette;
    const AgendaFonts &m_fonts;
};

} // namespace Accueil
