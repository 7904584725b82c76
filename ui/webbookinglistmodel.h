#pragma once

#include "messagingtablemodel.h"
#include "store/store.h"

#include <vector>

namespace Accueil {

class DeskSession;

// The bookings patients made on the booking page lately, newest first; those made since the user
// last looked are bold. Reads through WebBookings; names come with the rows.
class WebBookingListModel final : public MessagingTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebBookingListModel)

public:
    enum Column {
        BookedColumn, // when the patient booked
        PatientColumn,
        PractitionerColumn,
        AppointmentColumn, // "mer. 25/11 10:15", the weekday always
        TypeColumn,
        ColumnCount
    };
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1,
        NewRole,
    };

    explicit WebBookingListModel(DeskSession &session, QObject *parent = nullptr);

    // Reads the list again; false (and the error reported to the session) when it could not.
    bool reload();
    [[nodiscard]] int newCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AppointmentRow row;
        bool isNew = false;
        QString practitioner;
    };

    [[nodiscard]] QString when(const QDateTime &utc) const;

    DeskSession &m_session;
    std::vector<Row> m_rows;
};

} // namespace Accueil
