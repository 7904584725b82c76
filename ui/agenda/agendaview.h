#pragma once

#include "agenda/agendageometry.h"
#include "agenda/agendalayout.h"
#include "agenda/agendapainter.h"
#include "agenda/gridcolumn.h"

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Accueil {

class AgendaMargin;

// The agenda grid the desk looks at all day: columns side by side (several agendas on one day, or
// the days of one agenda), a time ruler on the left, a header on top, coloured slots and
// appointment blocks. Fully operable from the keyboard.
//
// It never edits data: clicks, drags and keys become requests (moveRequested, resizeRequested,
// presenceClicked...) that a controller applies through the core services, with undo, before
// calling setColumns() again. The selection, the slot cursor, the scroll position and a drag in
// progress survive setColumns().
//
// Besides the selected appointment there is a slot cursor, so a slot can be booked or edited
// without the mouse: a click on an empty slot makes it current; selecting an appointment clears it.
//
// Keys with an appointment selected: Up/Down previous/next appointment of the column, Left/Right
// the nearest one (in time) in the neighbouring column; Alt+Up/Alt+Down move it to the
// previous/next slot start, Alt+Left/Alt+Right to the same time in the neighbouring column; +/=/-
// lengthen or shorten it by one step; Return activates it; Space marks the patient present; Escape
// leaves it for the slot cursor on the slot of its start.
// Keys with the slot cursor: Up/Down previous/next slot of the column (unavailable and blocked
// ones too, they can be edited), Left/Right the slot at the nearest time in the neighbouring column;
// Return activates a free bookable slot. With neither, Up/Down/Left/Right select the first
// appointment in view, or put the cursor on the first slot in view when there is none.
// The menu key and Shift+F10 ask for the menu of the selection or of the current slot. Escape
// cancels a drag.
class AgendaView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)

public:
    explicit AgendaView(QWidget *parent = nullptr);
    ~AgendaView() override;

    // The centre's zone: columns' dates and every time shown are local to it.
    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    void setColumns(std::vector<GridColumn> columns);
    [[nodiscard]] const std::vector<GridColumn> &columns() const { return m_columns; }

    // The current time, from the controller's clock (the widget never reads the system clock):
    // a line across the columns of that local day.
    void setNow(const QDateTime &utc);
    [[nodiscard]] QDateTime now() const { return m_now; }

    // 0 = none; an id not shown selects none. Scrolls it into view; emits selectionChanged if it
    // changed. Call it after setColumns() when selecting an appointment just created.
    void setSelectedAppointment(qint64 appointmentId);
    [[nodiscard]] qint64 selectedAppointment() const { return m_selectedId; }
    [[nodiscard]] std::optional<AppointmentRow> selectedRow() const;
    [[nodiscard]] std::optional<AppointmentRow> row(qint64 appointmentId) const;
    [[nodiscard]] int columnOf(qint64 appointmentId) const; // -1 when not shown

    // The slot cursor: the column index and the slot, when there is one (never while an
    // appointment is selected). setColumns() keeps it on the same agenda, day and start.
    [[nodiscard]] std::optional<std::pair<int, Slot>> currentSlot() const;
    // Makes the slot of column starting at (or containing) utcStart current, clearing the
    // appointment selection, and scrolls it into view; a time in no slot clears the cursor.
    // Emits currentSlotChanged if it changed.
    void setCurrentSlot(int column, const QDateTime &utcStart);

    // Scrolls so that the local minute (e.g. 8 * 60, or now) is near the top.
    void scrollToMinute(int minute);
    void scrollToNow();
    void ensureAppointmentVisible(qint64 appointmentId);
    void ensureColumnVisible(int column);

    // Zoom: the height of a minute; 0 (the default) makes a 15-minute slot two lines of text tall.
    void setPixelsPerMinute(double pixels);
    void setMinimumColumnWidth(int pixels);
    [[nodiscard]] const AgendaGeometry::TimeAxis &timeAxis() const { return m_axis; }
    [[nodiscard]] AgendaGeometry::ColumnAxis columnAxis() const;
    [[nodiscard]] bool isDragging() const { return m_drag.has_value(); }
    // During a drag: where the appointment would land (nothing when the pointer is over no slot),
    // and whether the grid's own data already says it cannot go there (the ghost is then refused).
    struct DropTarget
    {
        qint64 agendaId = 0;
        QDate date;
        QDateTime startUtc;
        bool refused = false;
    };
    [[nodiscard]] std::optional<DropTarget> dropTarget() const;

    // Geometry for tests and the controller, in viewport coordinates (empty when not shown).
    [[nodiscard]] QRect appointmentRect(qint64 appointmentId) const;
    [[nodiscard]] QRect presenceIconRect(qint64 appointmentId) const;
    [[nodiscard]] QRect callbackIconRect(qint64 appointmentId) const;
    // A point in the middle of the slot of the column starting at utc (or containing it).
    [[nodiscard]] QPoint slotPoint(int column, const QDateTime &utc) const;
    [[nodiscard]] QRect slotRect(int column, const QDateTime &utc) const;
    // The escaped rich text of the tooltip at a viewport point (empty when nothing is there).
    [[nodiscard]] QString toolTipAt(const QPoint &viewportPos) const;
    // The plain lines painted in a block, after eliding (what the secretary reads).
    [[nodiscard]] QStringList blockText(qint64 appointmentId) const;

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged(qint64 appointmentId);
    void appointmentActivated(qint64 appointmentId);
    void slotActivated(qint64 agendaId, const QDate &date, const Accueil::Slot &slot);
    void slotContextMenuRequested(qint64 agendaId, const QDate &date, const Accueil::Slot &slot,
                                  const QPoint &globalPos);
    void appointmentContextMenuRequested(qint64 appointmentId, const QPoint &globalPos);
    void currentSlotChanged();
    void presenceClicked(qint64 appointmentId);
    void callbackClicked(qint64 appointmentId);
    // Move (drag, Alt+arrows) to newStartUtc in agendaId, keeping the duration.
    void moveRequested(qint64 appointmentId, qint64 agendaId, const QDateTime &newStartUtc);
    // A drag released where the grid's data already shows the appointment cannot go; reason is a
    // short translated plain sentence ("Blocked: Congés."). A release outside the columns cancels
    // the drag without it.
    void dropRefused(qint64 appointmentId, const QString &reason);
    // Lengthen (+1) or shorten (-1) by one step (the controller picks the step: a slot, 5 minutes).
    void resizeRequested(qint64 appointmentId, int steps);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    // What the left button went down on.
    struct Press
    {
        enum class Target {
            Block,
            Presence,
            Callback
        };
        qint64 id = 0;
        Target target = Target::Block;
        QPoint pos;
        double grabMinutes = 0; // from the block's start to the start of the slot grabbed
    };
    struct Drag
    {
        qint64 id = 0;
        double grabMinutes = 0;
        QPoint pointer; // viewport coordinates
        int column = -1;
        double minute = 0;               // local minute of the ghost's top (snapped when targeted)
        std::optional<QDateTime> target; // snapped start, when the pointer is over a slot
        bool refused = true;
        QString refusal; // why, when over a column
    };
    // A slot of the grid, as indices valid until the next setColumns().
    struct SlotIndex
    {
        int column = 0;
        std::size_t index = 0;
    };
    // What identifies a slot across setColumns().
    struct SlotKey
    {
        qint64 agendaId = 0;
        QDate date;
        QDateTime start;
        friend bool operator==(const SlotKey &, const SlotKey &) = default;
    };

    void relayout();
    void updateScrollBars();
    void updateMargins();
    void updateNow();
    void select(qint64 appointmentId, bool reveal);
    void ensureSpanVisible(int column, double top, double bottom);
    [[nodiscard]] QPoint scrollOffset() const;
    [[nodiscard]] QPointF toContent(const QPoint &viewportPos) const;
    [[nodiscard]] QRect toViewport(const QRectF &content) const;
    [[nodiscard]] AgendaPaintState paintState() const;
    [[nodiscard]] const AppointmentRow *findRow(qint64 appointmentId) const;

    // Input (agendainput.cpp).
    void startDrag(const Press &press);
    void updateDrag(const QPoint &pointer);
    void finishDrag();
    void cancelDrag();
    void autoScroll();
    void walk(int rowStep, int columnStep);
    void selectNeighbour(int rowStep, int columnStep);
    void requestSlotMove(int step);
    void requestColumnMove(int step);
    [[nodiscard]] std::optional<AgendaPaintState::Ghost> ghost() const;

    // The slot cursor (agendacursor.cpp).
    void setCurrent(std::optional<SlotIndex> slot, bool reveal);
    [[nodiscard]] std::optional<SlotIndex> slotIndexFor(int column, const QDateTime &utc) const;
    [[nodiscard]] std::optional<SlotKey> keyOf(const std::optional<SlotIndex> &slot) const;
    [[nodiscard]] std::optional<SlotIndex> findSlot(const std::optional<SlotKey> &key) const;
    [[nodiscard]] std::optional<SlotKey> selectedPlace() const;
    void moveCurrent(int rowStep, int columnStep);
    void currentToFirstVisible();
    bool leaveSelectionForSlot();
    void activateCurrentSlot();
    void requestKeyboardMenu();
    void ensureSlotVisible(const SlotIndex &slot);

    QTimeZone m_zone;
    std::vector<GridColumn> m_columns;
    AgendaLayout m_layout;
    AgendaIcons m_icons;
    AgendaGeometry::TimeAxis m_axis;
    double m_pixelsPerMinute = 0; // 0: from the font
    int m_minimumColumnWidth = 150;
    QDateTime m_now;
    QDate m_nowDate;
    double m_nowMinute = -1;
    qint64 m_selectedId = 0;
    std::optional<SlotIndex> m_currentSlot;
    bool m_menuKeyHandled = false; // the menu key was handled: skip the platform's context menu event
    std::optional<Press> m_press;
    std::optional<Drag> m_drag;
    QBasicTimer m_autoScrollTimer;
    bool m_revealAfterMove = false; // a key moved the selection: keep it in view when data returns
    AgendaMargin *m_header = nullptr;
    AgendaMargin *m_ruler = nullptr;
};

} // namespace Accueil
