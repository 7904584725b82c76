#pragma once

#include "domain/messaging.h"
#include "domain/staff.h"
#include "messagingtablemodel.h"

#include <QHash>

#include <vector>

namespace Accueil {

class DeskSession;

// The patients to call back (the telephone icon's tasks) not done yet, the most urgent first:
// when, whom, on which number, why, who calls and who asked.
class CallbackListModel final : public MessagingTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListModel)

public:
    enum Column {
        DueColumn,
        PatientColumn,
        PhoneColumn,
        NoteColumn,
        AssigneeColumn, // who calls: initials, or the secretariat
        CreatedByColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        AppointmentIdRole, // invalid when the task is about no appointment
        OverdueRole,
    };

    explicit CallbackListModel(DeskSession &session, QObject *parent = nullptr);

    // Reads the open tasks again; false (and the error reported to the session) when it could not.
    bool reload();

    [[nodiscard]] const CallbackTask &taskAt(int row) const { return m_rows[std::size_t(row)].task; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CallbackTask task;
        QString patient;
        QString assignee;
        QString assigneeName;
        QString createdBy;
        QString createdByName;
    };

    [[nodiscard]] QString patientName(qint64 patientId);
    [[nodiscard]] const StaffUser *staff(qint64 staffId) const;
    [[nodiscard]] bool overdue(const CallbackTask &task) const;

    DeskSession &m_session;
    std::vector<Row> m_rows;
    QHash<qint64, QString> m_patientNames;
};

} // namespace Accueil
