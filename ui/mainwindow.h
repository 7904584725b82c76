#pragma once

#include "domain/enums.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QCalendarWidget;
class QLabel;
class QUndoStack;

namespace Accueil {

class AgendaPage;
class DeskSession;
class WaitingRoomPanel;

// The desk: the agenda page in the middle, the mini calendar and the colour legend on the left,
// the waiting room on the right, and every action in menus with keyboard shortcuts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DeskSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AgendaPage *agendaPage() const { return m_page; }
    [[nodiscard]] WaitingRoomPanel *waitingRoom() const { return m_waiting; }
    [[nodiscard]] QCalendarWidget *calendar() const { return m_calendar; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    // Every action by object name ("newAppointment", "arrived", "undo" ...), for tests and scripts.
    [[nodiscard]] QAction *action(const QString &name) const;
    // The "connection lost" banner (hidden while online).
    [[nodiscard]] QLabel *connectionBanner() const { return m_offline; }

private:
    void buildMenus();
    void buildDocks();
    void updateActions();
    void tick();
    [[nodiscard]] qint64 selected() const;

    DeskSession &m_session;
    QUndoStack *m_undoStack;
    AgendaPage *m_page;
    QCalendarWidget *m_calendar = nullptr;
    WaitingRoomPanel *m_waiting = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_offline = nullptr;
    QTimer m_clock;
    int m_undoIndex = 0;
    QList<QAction *> m_appointmentActions; // enabled when an appointment is selected
};

} // namespace Accueil
