#include "waitingroommodel.h"

#include "desksession.h"
#include "store/store.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

WaitingRoomModel::WaitingRoomModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    reload();
}

void WaitingRoomModel::reload()
{
    std::vector<Waiting> rows;
    QList<qint64> agendaIds;
    for (const AgendaEntry &entry : m_session.directory().agendas())
        agendaIds << entry.agenda.id;
    const QDate today = m_session.today();
    try {
        for (const AppointmentRow &row :
             m_session.store().appointmentsBetween(agendaIds, m_session.utcOf(today, QTime(0, 0)),
                                                   m_session.utcOf(today.addDays(1), QTime(0, 0)))) {
            if (row.appointment.status != AppointmentStatus::Arrived)
                continue;
            const AgendaEntry *agenda = m_session.directory().agenda(row.appointment.agendaId);
            rows.push_back({row.appointment.id, row.appointment.agendaId,
                            agenda ? agenda->title() : QString(), agenda ? agenda->shortTitle() : QString(),
                            row.patientName, row.appointment.start,
                            row.appointment.arrivedAt.isValid() ? row.appointment.arrivedAt
                                                                : row.appointment.start});
        }
    } catch (const StoreError &error) {
        m_session.reportError(error.message());
        return; // keep showing what was there
    }
    // By practitioner in the desk's order, then who has waited longest.
    const auto rank = [this](qint64 agendaId) {
        const auto &agendas = m_session.directory().agendas();
        const auto found = std::find_if(agendas.begin(), agendas.end(),
                                        [agendaId](const AgendaEntry &e) { return e.agenda.id == agendaId; });
        return std::distance(agendas.begin(), found);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Waiting &a, const Waiting &b) {
        const auto ra = rank(a.agendaId);
        const auto rb = rank(b.agendaId);
        return ra != rb ? ra < rb : a.arrivedAt < b.arrivedAt;
    });

    const bool sameRows
            = rows.size() == m_rows.size()
              && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Waiting &a, const Waiting &b) {
                     return a.appointmentId == b.appointmentId;
                 });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void WaitingRoomModel::refreshWaitingTimes()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
}

QStringList WaitingRoomModel::countsByPractitioner() const
{
    QStringList counts;
    for (std::size_t i = 0; i < m_rows.size();) {
        std::size_t j = i;
        while (j < m_rows.size() && m_rows[j].agendaId == m_rows[i].agendaId)
            ++j;
        counts << tr("%1: %2").arg(m_rows[i].practitioner).arg(j - i);
        i = j;
    }
    return counts;
}

int WaitingRoomModel::waitingMinutes(const Waiting &waiting) const
{
    return int(std::max<qint64>(0, waiting.arrivedAt.secsTo(m_session.now()) / 60));
}

int WaitingRoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaitingRoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingRoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Waiting &waiting = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PractitionerColumn:
            return waiting.practitionerShort;
        case PatientColumn:
            return waiting.patient;
        case AppointmentColumn:
            return m_session.local(waiting.start).toString(u"HH:mm"_s);
        case ArrivedColumn:
            return m_session.local(waiting.arrivedAt).toString(u"HH:mm"_s);
        case WaitingColumn:
            return tr("%n min", nullptr, waitingMinutes(waiting));
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PractitionerColumn)
            return waiting.practitioner;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= AppointmentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AppointmentIdRole:
        return waiting.appointmentId;
    case AgendaIdRole:
        return waiting.agendaId;
    case WaitingMinutesRole:
        return waitingMinutes(waiting);
    default:
        break;
    }
    return {};
}

QVariant WaitingRoomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PractitionerColumn:
        return tr("Practitioner");
    case PatientColumn:
        return tr("Patient");
    case AppointmentColumn:
        return tr("Appointment");
    case ArrivedColumn:
        return tr("Arrived");
    case WaitingColumn:
        return tr("Waiting");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accueil
