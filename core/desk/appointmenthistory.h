#pragma once

#include "domain/audit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace Accueil {

class Store;

// One line of an appointment's history: when, who, from where, what they did, and the values
// before and after ("10:00 → 11:30").
struct HistoryEntry
{
    QDateTime at;   // UTC
    QString action; // the audit action: "create", "move", "resize", "status", "cancel", "update" ...
    QString who;    // "SV – Sophie Vidal", "the patient (booking page)", "accueil-admin"
    QString where;  // the desk's computer, "booking page", "system"
    QString what;   // "Moved from Tuesday 10 March 10:00 to Wednesday 11 March 11:30"
    QStringList
            changes; // "Start: Tuesday 10 March 2026 10:00 → Wednesday 11 March 2026 11:30", one per value
};

// An appointment's audit trail in the desk's words, oldest first: who created, moved, resized,
// changed the status of, edited or cancelled it, when, from which desk or channel, with the values
// before and after. Read from the audit_event rows the store writes with every change.
class AppointmentHistory
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::AppointmentHistory)

public:
    explicit AppointmentHistory(Store &store);

    // Times shown in zone (the centre's).
    [[nodiscard]] std::vector<HistoryEntry> of(qint64 appointmentId, const QTimeZone &zone);

private:
    [[nodiscard]] QString who(const AuditEvent &event);
    [[nodiscard]] QString agendaName(qint64 agendaId);
    [[nodiscard]] QString patientName(qint64 patientId);
    [[nodiscard]] QString typeName(qint64 typeId);

    Store &m_store;
};

} // namespace Accueil
