#include "patientsearchmodel.h"

#include "appointmenttext.h"
#include "desksession.h"

namespace Accueil {

PatientSearchModel::PatientSearchModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void PatientSearchModel::setQuery(const QString &text)
{
    std::vector<Patient> found = m_session.patients().search(text, resultLimit);
    beginResetModel();
    m_query = text;
    m_today = m_session.today();
    m_patients = std::move(found);
    endResetModel();
}

const Patient &PatientSearchModel::patientAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_patients[std::size_t(row)];
}

int PatientSearchModel::rowOf(qint64 patientId) const
{
    for (std::size_t i = 0; i < m_patients.size(); ++i) {
        if (m_patients[i].id == patientId)
            return int(i);
    }
    return -1;
}

int PatientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Patient &patient = patientAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return AppointmentText::patientName(patient);
        case BirthDate:
            return AppointmentText::birthDate(patient.birthDate, m_today);
        case Phone:
            return AppointmentText::phone(patient);
        default:
            return {};
        }
    case PatientIdRole:
        return patient.id;
    case PatientRole:
        return QVariant::fromValue(patient);
    default:
        return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case BirthDate:
        return tr("Birth date");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace Accueil
