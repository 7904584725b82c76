#pragma once

#include "domain/staff.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Accueil {

class CallbackListPanel;
class DeskSession;
class ErrorLabel;
class MessageComposer;
class MessageListModel;
class WebBookingListModel;

// The desk's internal messaging, "like a little e-mail, but internal": the user's messages (read
// in plain text, marked read after a moment on screen, answered in one click), a message to write,
// and the patients to call back. It never pops up: it counts unread messages and emits a notice
// for each new one that may interrupt the user; the main window shows both discreetly.
// Practitioners get "Do not disturb": then only urgent messages raise a notice.
class MessagingPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagingPane)

public:
    enum Tab {
        MessagesTab,
        CallbacksTab,
        WebBookingsTab
    };

    explicit MessagingPane(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] int unreadCount() const { return m_unread; }
    [[nodiscard]] bool doNotDisturb() const { return m_user.doNotDisturb; }
    [[nodiscard]] qint64 currentMessageId() const { return m_shownId; }

    [[nodiscard]] MessageListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QPlainTextEdit *reader() const { return m_reader; }
    [[nodiscard]] QPushButton *openAppointmentButton() const { return m_openAppointment; }
    [[nodiscard]] QPushButton *openPatientButton() const { return m_openPatient; }
    [[nodiscard]] QPushButton *replyButton() const { return m_reply; }
    [[nodiscard]] QToolButton *doNotDisturbButton() const { return m_doNotDisturb; }
    [[nodiscard]] MessageComposer *composer() const { return m_composer; }
    [[nodiscard]] CallbackListPanel *callbacks() const { return m_callbacks; }
    [[nodiscard]] WebBookingListModel *webBookings() const { return m_webModel; }
    [[nodiscard]] QTableView *webBookingsView() const { return m_webView; }
    [[nodiscard]] QPushButton *webSeenButton() const { return m_webSeen; }
    [[nodiscard]] QString errorText() const;

    // Reads messages and call-backs again (done on every session.changed()), keeping the selection
    // and what is being typed; emits unreadChanged and notice as needed.
    void reload();
    // What the reading timer does after a moment: the shown message is read.
    void markCurrentRead();
    // Starts a message about an appointment and/or a patient (0: none), e.g. from the agenda.
    void composeAbout(qint64 appointmentId, qint64 patientId, const QString &label);
    void replyToCurrent();
    void setDoNotDisturb(bool on);
    // The new web bookings are seen (what the "Seen" button of the Web tab does).
    void markWebBookingsSeen();

Q_SIGNALS:
    void unreadChanged(int count);
    // A new message that may interrupt the user: to show discreetly, never in a modal dialog.
    void notice(const QString &text);
    void appointmentRequested(qint64 appointmentId);
    void patientRequested(qint64 patientId);

private:
    [[nodiscard]] QWidget *buildMessagesTab();
    [[nodiscard]] QWidget *buildWebTab();
    void onCurrentChanged();
    void showMessage(qint64 messageId);
    void updateCounts();
    void raiseNotices();
    void refreshUser();
    void updateDoNotDisturbButton();

    DeskSession &m_session;
    StaffUser m_user; // this desk's copy: "do not disturb" changes without a new login
    MessageListModel *m_model;
    QTabWidget *m_tabs;
    QTableView *m_view = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_subject = nullptr;
    QPlainTextEdit *m_reader = nullptr;
    QPushButton *m_openAppointment = nullptr;
    QPushButton *m_openPatient = nullptr;
    QPushButton *m_reply = nullptr;
    MessageComposer *m_composer = nullptr;
    CallbackListPanel *m_callbacks;
    WebBookingListModel *m_webModel = nullptr;
    QTableView *m_webView = nullptr;
    QPushButton *m_webSeen = nullptr;
    QToolButton *m_doNotDisturb;
    ErrorLabel *m_error;
    QTimer m_readTimer;
    qint64 m_shownId = 0;
    int m_unread = 0;
    QSet<qint64> m_seen; // messages already noticed (or there at login)
    bool m_primed = false;
};

} // namespace Accueil
