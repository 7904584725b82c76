#pragma once

#include "agenda/gridcolumn.h"
#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QMenu;
class QUndoStack;

namespace Accueil {

class AgendaView;
class DeskSession;
class MessageBar;

// The agenda as the desk works with it: the day of several agendas side by side, or the week of
// one, with navigation by day, the choice of agendas, and every edit the grid asks for (move,
// "+"/"−", presence, statuses, call back, slot kinds, blocks) carried out through the core and the
// undo stack. It reloads whenever the session says the data changed, keeping the selection and
// the scroll position.
class AgendaPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaPage)

public:
    enum class Mode {
        Day,
        Week
    };
    Q_ENUM(Mode)

    AgendaPage(DeskSession &session, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~AgendaPage() override;

    [[nodiscard]] AgendaView *view() const { return m_view; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_dateEdit; }
    [[nodiscard]] QComboBox *selectionBox() const { return m_selection; }

    void setDate(const QDate &date);
    [[nodiscard]] QDate date() const { return m_date; }
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    // The agendas of the day view, in column order.
    void setDayAgendas(const QList<qint64> &agendaIds);
    [[nodiscard]] const QList<qint64> &dayAgendas() const { return m_dayAgendas; }
    // The agenda of the week view.
    void setWeekAgenda(qint64 agendaId);
    [[nodiscard]] qint64 weekAgenda() const { return m_weekAgenda; }
    // The agendas on screen (the day view's, or the week view's one).
    [[nodiscard]] QList<qint64> shownAgendas() const;

    // Reads what is shown again from the store (the session's changed() does it too).
    void reload();
    // Moves the current-time line (a timer calls it every half minute).
    void updateNow();
    // Goes to the appointment's day and selects it (from the waiting room, a search...).
    void showAppointment(qint64 appointmentId);

    // What the grid, the menus and the toolbar ask for; each reports a refusal on the message bar.
    void moveAppointment(qint64 appointmentId, qint64 agendaId, const QDateTime &startUtc);
    void resizeAppointment(qint64 appointmentId, int steps);
    void setStatus(qint64 appointmentId, AppointmentStatus status);
    void togglePresence(qint64 appointmentId);
    void callBack(qint64 appointmentId);
    // Who did what to the appointment, and its reminders.
    void showHistory(qint64 appointmentId);
    void cancelAppointment(qint64 appointmentId);
    void newAppointment(qint64 agendaId = 0, const QDateTime &startUtc = {}, qint64 patientId = 0);
    void setSlotKind(qint64 agendaId, const Slot &slot, SlotKind kind);
    void splitSlot(qint64 agendaId, const Slot &slot);
    void mergeWithNext(qint64 agendaId, const Slot &slot);
    void blockPeriod(qint64 agendaId, const QDateTime &startUtc);
    void editTemplateWeek(qint64 agendaId);
    // The menu a right-click on a slot opens (exposed for tests and the keyboard).
    [[nodiscard]] QMenu *slotMenu(qint64 agendaId, const QDate &date, const Slot &slot);
    [[nodiscard]] QMenu *appointmentMenu(qint64 appointmentId);

Q_SIGNALS:
    void dateChanged(const QDate &date);
    void modeChanged(Accueil::AgendaPage::Mode mode);
    void selectionChanged(qint64 appointmentId);
    // "Patient record…" in an appointment's menu: the main window opens it.
    void patientRecordRequested(qint64 patientId);

private:
    void buildBar();
    void fillSelections();
    void applySelection(int index);
    void chooseAgendas();
    void fillWeekAgendas();
    [[nodiscard]] std::vector<GridColumn> buildColumns(const QList<qint64> &agendaIds, const QDate &from,
                                                       const QDate &to);
    [[nodiscard]] const GridColumn *columnOf(qint64 appointmentId) const;
    [[nodiscard]] std::optional<AppointmentRow> rowOf(qint64 appointmentId) const;
    [[nodiscard]] std::optional<AppointmentRow> currentRow(qint64 appointmentId);
    void placeAppointment(qint64 appointmentId, qint64 agendaId, const QDateTime &startUtc, int minutes,
                          const AppointmentRow &row);
    void applyStatus(const AppointmentRow &row, AppointmentStatus status,
                     const std::function<void()> &applyAnyway);
    void showSlotMenu(qint64 agendaId, const QDate &date, const Slot &slot, const QPoint &globalPos);
    void showAppointmentMenu(qint64 appointmentId, const QPoint &globalPos);
    void saveSettings() const;

    DeskSession &m_session;
    QUndoStack &m_undoStack;
    MessageBar *m_messages;
    AgendaView *m_view;
    QDateEdit *m_dateEdit = nullptr;
    QButtonGroup *m_modes = nullptr;
    QComboBox *m_selection = nullptr;
    QComboBox *m_weekAgendaBox = nullptr;
    QDate m_date;
    Mode m_mode = Mode::Day;
    QList<qint64> m_dayAgendas;
    qint64 m_weekAgenda = 0;
};

} // namespace Accueil
