#pragma once

#include "agenda/agendageometry.h"
#include "agenda/gridcolumn.h"

#include <QFont>
#include <QHash>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <vector>

namespace Accueil {

// The grid's fonts, derived once from the widget's font. Cached texts are laid out for these exact
// fonts, so the painter must draw with these very ones.
struct AgendaFonts
{
    QFont normal;
    QFont bold;
    QFont italic;      // blocked slots' labels
    QFont smallItalic; // the labels of blocked slots too short for italic
    QFont small;       // the ruler's half hours, the start time in blocks

    [[nodiscard]] static AgendaFonts from(const QFont &font);
};

// Plain text whose glyph layout is cached at its first paint (painting shapes no text). Always
// Qt::PlainText: patient data must never be read as markup.
[[nodiscard]] QStaticText plainStaticText(const QString &text);

// One line of text in an appointment block, already elided to the block's width.
struct BlockLine
{
    enum class Role {
        Time,   // the start time before the name: small and light, the name matters more
        Title,  // patient name, in the text colour (struck out with the time for a no-show)
        Status, // arrived, overbooked, no-show...
        Detail  // type, reason, who booked and when
    };
    QString text;
    QStaticText staticText;
    QPointF topLeft; // relative to the block's top-left corner
    int row = 0;     // the text line of the block it is on (the time and the name share row 0)
    Role role = Role::Detail;
    const QFont *font = nullptr; // one of the layout's fonts
    QLineF strike;               // crosses out a no-show's name (relative like topLeft), else null
};

// Where one appointment is drawn, in content coordinates (x from the first column's left edge,
// y from the axis's first minute), and what it says.
struct AppointmentBox
{
    qint64 id = 0;
    int column = 0;
    std::size_t index = 0; // in the column's appointments
    AgendaGeometry::MinuteSpan minutes;
    QRectF rect;
    QRectF presenceIcon;
    QRectF callbackIcon;
    QRectF webIcon; // empty unless booked on the web
    std::vector<BlockLine> lines;
};

struct SlotBox
{
    double top = 0;
    double bottom = 0;
    QStaticText label;       // elided label of a blocked slot ("Congés"), empty otherwise or if too short
    bool smallLabel = false; // drawn in the small italic font
    double labelTop = 1;     // from the slot's top
};

struct ColumnBox
{
    double x = 0;
    std::vector<AgendaGeometry::MinuteSpan> slotMinutes; // parallel to GridColumn::slots
    std::vector<SlotBox> slots;                          // parallel to GridColumn::slots
    std::vector<AppointmentBox> appointments;            // parallel to GridColumn::appointments
    QStaticText title;                                   // elided to the column width
    QStaticText subtitle;
};

// Everything the grid needs to paint and hit-test, computed once per change of data, size or font
// so that painting only draws (no text measuring, no date arithmetic per frame).
class AgendaLayout
{
public:
    struct Metrics
    {
        int columnWidth = 150;
        QFont font;
    };

    void rebuild(const std::vector<GridColumn> &columns, const QTimeZone &zone,
                 const AgendaGeometry::TimeAxis &axis, const Metrics &metrics);

    [[nodiscard]] const std::vector<ColumnBox> &columns() const { return m_columns; }
    [[nodiscard]] const AgendaGeometry::TimeAxis &axis() const { return m_axis; }
    [[nodiscard]] int columnWidth() const { return m_metrics.columnWidth; }
    [[nodiscard]] int lineHeight() const { return m_lineHeight; }
    [[nodiscard]] const AgendaFonts &fonts() const { return m_fonts; }
    [[nodiscard]] const AppointmentBox *box(qint64 appointmentId) const;
    // The topmost block at a content point.
    [[nodiscard]] const AppointmentBox *appointmentAt(const QPointF &content) const;
    // The column and slot at a content point.
    [[nodiscard]] std::optional<std::pair<int, std::size_t>> slotAt(const QPointF &content) const;
    // The whole rect of a slot, separator line included.
    [[nodiscard]] QRectF slotRect(int column, std::size_t index) const;
    // The rect of a block placed at a span of a column, using the full width (the drag ghost).
    [[nodiscard]] QRectF ghostRect(int column, const AgendaGeometry::MinuteSpan &minutes) const;
    [[nodiscard]] int columnAtX(double contentX) const;

    // Room kept free on the right of every column, so a slot stays clickable beside its blocks;
    // narrower in narrow columns, where every pixel of a block's first line counts.
    [[nodiscard]] int gutter() const { return std::clamp(m_metrics.columnWidth / 16, 8, 12); }
    static constexpr int stripeWidth = 4; // the coloured left edge of a block
    static constexpr int padding = 3;

private:
    void layoutColumn(const GridColumn &column, int index, const QTimeZone &zone);
    void layoutText(const GridColumn &column, AppointmentBox &box, const QTimeZone &zone) const;
    // Places the presence, telephone (and web) icons; returns the text row they sit on.
    int layoutIcons(AppointmentBox &box, bool web, double titleNeeds) const;

    std::vector<ColumnBox> m_columns;
    QHash<qint64, std::pair<int, std::size_t>> m_index; // appointment id -> column, index
    AgendaGeometry::TimeAxis m_axis;
    Metrics m_metrics;
    AgendaFonts m_fonts;
    int m_lineHeight = 16;
};

} // namespace Accueil
