#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Accueil {

class DeskSession;
class ErrorLabel;
class PatientVisitModel;

// A patient's record at the desk: who they are, where they stand with the booking page (their
// account, an invitation code not used yet) with the button that hands out a code, and every
// appointment they ever had or have coming — double-click one to see it in the agenda. Follows
// what other desks change while open.
class PatientRecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientRecordDialog)

public:
    PatientRecordDialog(DeskSession &session, qint64 patientId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 patientId() const { return m_patientId; }
    [[nodiscard]] QLabel *identity() const { return m_identity; }
    [[nodiscard]] QLabel *details() const { return m_details; }
    [[nodiscard]] QLabel *onlineStatus() const { return m_online; }
    // "2 no-shows in 12 months (…)", hidden when there is nothing to say.
    [[nodiscard]] QLabel *attendance() const { return m_attendance; }
    [[nodiscard]] QCheckBox *noReminders() const { return m_noReminders; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QPushButton *invitationButton() const { return m_invite; }
    [[nodiscard]] QTableView *visitsView() const { return m_view; }
    [[nodiscard]] PatientVisitModel *visits() const { return m_model; }

    void reload();

Q_SIGNALS:
    void appointmentRequested(qint64 appointmentId);

private:
    void handOutCode();

    DeskSession &m_session;
    qint64 m_patientId;
    QLabel *m_identity;
    QLabel *m_details;
    QLabel *m_online;
    QLabel *m_attendance;
    QCheckBox *m_noReminders;
    QLabel *m_summary;
    QPushButton *m_invite;
    QTableView *m_view;
    PatientVisitModel *m_model;
    ErrorLabel *m_error;
};

} // namespace Accueil
