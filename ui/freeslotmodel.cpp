#include "freeslotmodel.h"

#include "appointmenttext.h"
#include "desksession.h"

namespace Accueil {

FreeSlotModel::FreeSlotModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void FreeSlotModel::setFreeSlots(std::vector<FreeSlot> freeSlots)
{
    beginResetModel();
    m_slots = std::move(freeSlots);
    endResetModel();
}

void FreeSlotModel::clear()
{
    if (m_slots.empty())
        return;
    beginResetModel();
    m_slots.clear();
    endResetModel();
}

const FreeSlot &FreeSlotModel::freeSlotAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_slots[std::size_t(row)];
}

int FreeSlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int FreeSlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FreeSlotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FreeSlot &slot = freeSlotAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const AgendaEntry *entry = m_session.directory().agenda(slot.agendaId);
        switch (index.column()) {
        case When:
            return AppointmentText::dateTime(slot.start, m_session.zone());
        case Agenda:
            return entry ? entry->title() : QString();
        case Type: {
            const AppointmentType *type = entry ? entry->type(slot.typeId) : nullptr;
            return type ? AppointmentText::typeShort(*type) : QString();
        }
        case Kind:
            return AppointmentText::slotKind(slot.kind);
        default:
            return {};
        }
    }
    case StartRole:
        return slot.start;
    case AgendaIdRole:
        return slot.agendaId;
    case TypeIdRole:
        return slot.typeId;
    default:
        return {};
    }
}

QVariant FreeSlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Agenda:
        return tr("Practitioner");
    case Type:
        return tr("Type");
    case Kind:
        return tr("Slot");
    default:
        return {};
    }
}

} // namespace Accueil
