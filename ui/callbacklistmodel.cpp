#include "callbacklistmodel.h"

#include "desksession.h"
#include "domain/patient.h"
#include "store/store.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

CallbackListModel::CallbackListModel(DeskSession &session, QObject *parent)
    : MessagingTableModel(parent)
    , m_session(session)
{
    reload();
}

bool CallbackListModel::reload()
{
    std::vector<Row> rows;
    try {
        for (const CallbackTask &task : m_session.callbacks().open()) {
            Row row{task, {}, tr("Secretariat"), {}, {}, {}};
            if (task.patientId)
                row.patient = patientName(*task.patientId);
            if (task.assigneeId) {
                if (const StaffUser *user = staff(*task.assigneeId)) {
                    row.assignee = user->initials;
                    row.assigneeName = user->displayName;
                }
            }
            if (task.createdBy) {
                if (const StaffUser *user = staff(*task.createdBy)) {
                    row.createdBy = user->initials;
                    row.createdByName = user->displayName;
                }
            }
            rows.push_back(std::move(row));
        }
    } catch (const StoreError &error) {
        m_session.reportError(error.message());
        return false; // keep showing what was there
    }
    replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.task.id; });
    return true;
}

QString CallbackListModel::patientName(qint64 patientId)
{
    if (const auto found = m_patientNames.constFind(patientId); found != m_patientNames.cend())
        return *found;
    const auto patient = m_session.store().find<Patient>(patientId);
    QString name = patient ? patient->lastName.toUpper() + u' ' + patient->firstName : QString();
    m_patientNames.insert(patientId, name);
    return name;
}

const StaffUser *CallbackListModel::staff(qint64 staffId) const
{
    return m_session.directory().staffUser(staffId);
}

bool CallbackListModel::overdue(const CallbackTask &task) const
{
    return task.dueAt.isValid() && task.dueAt < m_session.now();
}

int CallbackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallbackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const CallbackTask &task = row.task;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DueColumn: {
            if (!task.dueAt.isValid())
                return u"—"_s;
            const QDateTime local = m_session.local(task.dueAt);
            return local.date() == m_session.today() ? local.toString(u"HH:mm"_s)
                                                     : QLocale().toString(local, u"ddd d MMM HH:mm"_s);
        }
        case PatientColumn:
            return row.patient;
        case PhoneColumn:
            return task.phone;
        case NoteColumn:
            return task.note;
        case AssigneeColumn:
            return row.assignee;
        case CreatedByColumn:
            return row.createdBy;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // Names only: notes may hold patient words, and tooltips would take them for rich text.
        if (index.column() == AssigneeColumn)
            return row.assigneeName;
        if (index.column() == CreatedByColumn)
            return row.createdByName;
        break;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue(task))
            return QColor(0xb0, 0x00, 0x20);
        break;
    case TaskIdRole:
        return task.id;
    case AppointmentIdRole:
        return task.appointmentId ? QVariant(*task.appointmentId) : QVariant();
    case OverdueRole:
        return overdue(task);
    default:
        break;
    }
    return {};
}

QVariant CallbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DueColumn:
        return tr("Due");
    case PatientColumn:
        return tr("Patient");
    case PhoneColumn:
        return tr("Phone");
    case NoteColumn:
        return tr("Note");
    case AssigneeColumn:
        return tr("Who calls");
    case CreatedByColumn:
        return tr("Created by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accueil
