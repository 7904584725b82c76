#pragma once

#include "domain/enums.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QCalendarWidget;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QToolButton;
class QUndoStack;

namespace Accueil {

class AgendaPage;
class DeskSession;
class PatientRecordDialog;
class MessagingPane;
class WaitingRoomPanel;

// The desk: the agenda page in the middle, the mini calendar and the colour legend on the left,
// the waiting room and the messages on the right, and every action in menus with keyboard
// shortcuts. New messages never open a window: they are counted on a badge in the status bar and
// in the messages dock's title, and announced in the status bar (and the system tray, if any).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DeskSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AgendaPage *agendaPage() const { return m_page; }
    [[nodiscard]] WaitingRoomPanel *waitingRoom() const { return m_waiting; }
    [[nodiscard]] MessagingPane *messaging() const { return m_messaging; }
    [[nodiscard]] QDockWidget *messagesDock() const { return m_messagesDock; }
    // The status bar's "✉ 3" button, which opens the messages.
    [[nodiscard]] QToolButton *unreadBadge() const { return m_badge; }
    // Shows the messages dock and its list (the badge and the menu do this).
    void showMessages();
    // The patient's record, beside the agenda (one window per patient, brought forward if open).
    PatientRecordDialog *openPatientRecord(qint64 patientId);
    // "Find a patient…": the search, then the record.
    void findPatient();
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
    void updateUnread(int count);
    void announce(const QString &text);
    void messageAboutSelected();
    [[nodiscard]] qint64 selected() const;

    DeskSession &m_session;
    QUndoStack *m_undoStack;
    AgendaPage *m_page;
    QCalendarWidget *m_calendar = nullptr;
    WaitingRoomPanel *m_waiting = nullptr;
    MessagingPane *m_messaging = nullptr;
    QDockWidget *m_messagesDock = nullptr;
    QToolButton *m_badge = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_offline = nullptr;
    QTimer m_clock;
    int m_undoIndex = 0;
    QList<QAction *> m_appointmentActions; // enabled when an appointment is selected
};

} // namespace Accueil
