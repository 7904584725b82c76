#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace Accueil {

class DeskSession;

// Who is in the waiting room now: today's patients marked arrived and not yet called in, grouped
// by practitioner, longest wait first within each.
class WaitingRoomModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingRoomModel)

public:
    enum Column {
        PractitionerColumn,
        PatientColumn,
        AppointmentColumn, // the appointment's time
        ArrivedColumn,     // when the patient arrived
        WaitingColumn,     // for how long, from the session's clock
        ColumnCount
    };
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1,
        AgendaIdRole,
        WaitingMinutesRole,
    };

    explicit WaitingRoomModel(DeskSession &session, QObject *parent = nullptr);

    // Reads the waiting room again from the store.
    void reload();
    // The clock moved: only the waiting times change.
    void refreshWaitingTimes();

    // How many wait for each practitioner, "Dr Claire Fabre: 2", in the model's order.
    [[nodiscard]] QStringList countsByPractitioner() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Waiting
    {
        qint64 appointmentId = 0;
        qint64 agendaId = 0;
        QString practitioner;      // the agenda's full title
        QString practitionerShort; // "Dr Martin"
        QString patient;
        QDateTime start;     // UTC
        QDateTime arrivedAt; // UTC
    };

    [[nodiscard]] int waitingMinutes(const Waiting &waiting) const;

    DeskSession &m_session;
    std::vector<Waiting> m_rows;
};

} // namespace Accueil
