#pragma once

#include "schedule/scheduler.h"

#include <QAbstractTableModel>

#include <vector>

namespace Accueil {

class DeskSession;

// Free times found for a booking: when (weekday, full date and time in the centre's zone), in
// which agenda, for which type, and the kind of slot.
class FreeSlotModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreeSlotModel)

public:
    enum Column {
        When,   // "Tuesday 16 June 2026 10:15"
        Agenda, // "Dr Claire Fabre"
        Type,   // "Consultation (15 min)"
        Kind,   // "Desk", "Internet" ...
        ColumnCount
    };
    enum Role {
        StartRole = Qt::UserRole, // QDateTime, UTC
        AgendaIdRole,             // qint64
        TypeIdRole,               // qint64
    };

    explicit FreeSlotModel(DeskSession &session, QObject *parent = nullptr);

    void setFreeSlots(std::vector<FreeSlot> freeSlots);
    void clear();
    [[nodiscard]] const std::vector<FreeSlot> &freeSlots() const { return m_slots; }
    [[nodiscard]] const FreeSlot &freeSlotAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    DeskSession &m_session;
    std::vector<FreeSlot> m_slots;
};

} // namespace Accueil
