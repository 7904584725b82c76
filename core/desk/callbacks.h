#pragma once

#include "domain/audit.h"
#include "domain/messaging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// "Call the patient back" tasks, created from the telephone icon of an appointment (the messaging
// pane lists them).
class Callbacks
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::Callbacks)

public:
    explicit Callbacks(Store &store);

    // A task to call back the patient of an appointment, on the appointment's phone number (else
    // the patient's mobile, else home phone). The note says why; assignee and due time are optional.
    CallbackTask requestForAppointment(qint64 appointmentId, const QString &note,
                                       std::optional<qint64> assigneeId, const QDateTime &dueAt,
                                       const Actor &actor);
    // Any task: it needs a number to call or a patient, and a note.
    CallbackTask create(CallbackTask task, const Actor &actor);
    CallbackTask markDone(qint64 taskId, int expectedVersion, const Actor &actor);

    // Tasks not done yet, the most urgent first (no due time last).
    [[nodiscard]] std::vector<CallbackTask> open();
    [[nodiscard]] std::vector<CallbackTask> openForAppointment(qint64 appointmentId);
    // Appointments of these agendas starting in [from, to) that have a task not done yet.
    [[nodiscard]] QSet<qint64> appointmentsWithOpenTask(const QList<qint64> &agendaIds, const QDateTime &from,
                                                        const QDateTime &to);

private:
    Store &m_store;
};

} // namespace Accueil
