#pragma once

#include "domain/enums.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Accueil {

class DeskSession;
class WaitingRoomModel;

// The waiting room at a glance: who waits for whom and for how long, refreshed with the data and
// every half minute. Calling a patient in is one click.
class WaitingRoomPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingRoomPanel)

public:
    explicit WaitingRoomPanel(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] WaitingRoomModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    void reload();
    void refreshWaitingTimes();

Q_SIGNALS:
    // Double-click: show this appointment in the agenda.
    void appointmentActivated(qint64 appointmentId);
    void statusRequested(qint64 appointmentId, Accueil::AppointmentStatus status);

private:
    void updateSummary();
    [[nodiscard]] qint64 currentAppointment() const;

    WaitingRoomModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_callIn;
};

} // namespace Accueil
