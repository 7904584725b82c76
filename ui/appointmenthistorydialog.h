#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Accueil {

class DeskSession;

// An appointment's history: every change with who made it, when, from which desk or the booking
// page, and the values before and after; then its reminders (sent, planned, or why not).
class AppointmentHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    AppointmentHistoryDialog(DeskSession &session, qint64 appointmentId, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *reminders() const { return m_reminders; }

private:
    void load();

    DeskSession &m_session;
    qint64 m_appointmentId;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_reminders;
};

} // namespace Accueil
