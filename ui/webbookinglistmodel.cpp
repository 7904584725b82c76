#include "webbookinglistmodel.h"

#include "desk/webbookings.h"
#include "desksession.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

WebBookingListModel::WebBookingListModel(DeskSession &session, QObject *parent)
    : MessagingTableModel(parent)
    , m_session(session)
{
    reload();
}

bool WebBookingListModel::reload()
{
    std::vector<Row> rows;
    try {
        // The stored user: "seen" may have been set at another desk of the same person.
        const StaffUser *stored = m_session.directory().staffUser(m_session.user().id);
        const StaffUser &user = stored ? *stored : m_session.user();
        for (AppointmentRow &row : m_session.webBookings().recent(user)) {
            const bool isNew = WebBookings::isNew(row, user);
            const AgendaEntry *agenda = m_session.directory().agenda(row.appointment.agendaId);
            rows.push_back({std::move(row), isNew, agenda ? agenda->shortTitle() : QString()});
        }
    } catch (const StoreError &error) {
        m_session.reportError(error.message());
        return false;
    }
    replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.row.appointment.id; });
    return true;
}

int WebBookingListModel::newCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.isNew; }));
}

QString WebBookingListModel::when(const QDateTime &utc) const
{
    const QDateTime local = m_session.local(utc);
    return QLocale().toString(local, u"ddd dd/MM HH:mm"_s);
}

int WebBookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebBookingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebBookingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Appointment &appointment = row.row.appointment;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case BookedColumn:
            return when(appointment.createdAt);
        case PatientColumn:
            return row.row.patientName;
        case PractitionerColumn:
            return row.practitioner;
        case AppointmentColumn:
            return appointment.status == AppointmentStatus::Cancelled
                           ? tr("%1 (cancelled)").arg(when(appointment.start))
                           : when(appointment.start);
        case TypeColumn:
            return row.row.typeLabel;
        case ColumnCount:
            break;
        }
        break;
    case Qt::FontRole:
        if (row.isNew) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case AppointmentIdRole:
        return appointment.id;
    case NewRole:
        return row.isNew;
    default:
        break;
    }
    return {};
}

QVariant WebBookingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case BookedColumn:
        return tr("Booked");
    case PatientColumn:
        return tr("Patient");
    case PractitionerColumn:
        return tr("With");
    case AppointmentColumn:
        return tr("Appointment");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accueil
