#pragma once

#include "desk/patientrecord.h"
#include "messagingtablemodel.h"

#include <vector>

namespace Accueil {

class DeskSession;

// A patient's appointments, the latest first, as their record lists them: the coming ones in bold,
// cancelled ones greyed with their reason. Every value is plain text. Reloads keep the rows that
// stay (the record follows every change in the centre; its selection and scroll must not jump).
class PatientVisitModel final : public MessagingTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientVisitModel)

public:
    enum Column {
        Day,     // "mardi 16/06/2026"
        Time,    // "10:15"
        Agenda,  // "Dr Claire Fabre"
        Type,    // "Consultation"
        Status,  // "Honoré", "Annulé (malade)"
        Channel, // "Web", "Desk"
        Reason,
        ColumnCount
    };
    enum Role {
        AppointmentIdRole = Qt::UserRole, // qint64
        UpcomingRole,                     // bool: not started yet and not cancelled
    };

    explicit PatientVisitModel(DeskSession &session, QObject *parent = nullptr);

    // Reads the patient's whole history (throws StoreError).
    void load(qint64 patientId);
    [[nodiscard]] int upcomingCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool isUpcoming(const Appointment &appointment) const;

    DeskSession &m_session;
    QDateTime m_now;
    std::vector<PatientVisit> m_visits;
};

} // namespace Accueil
