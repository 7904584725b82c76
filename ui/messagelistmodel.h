#pragma once

#include "domain/messaging.h"
#include "messagingtablemodel.h"

#include <QHash>

#include <optional>
#include <vector>

namespace Accueil {

class DeskSession;

// The logged-in user's messages, newest first: those addressed to them or to their groups, and
// those they sent. Unread ones are bold, urgent ones red with a "⚠". Names are looked up when the
// list is read, never while painting.
class MessageListModel final : public MessagingTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Column {
        WhenColumn,
        FromColumn,
        ToColumn,
        SubjectColumn, // the subject, or the body's first line
        ColumnCount
    };
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        UnreadRole,
        UrgentRole,
        AppointmentIdRole, // invalid when the message is not about an appointment
        PatientIdRole,     // invalid when it is about no patient
        BodyRole,
    };

    explicit MessageListModel(DeskSession &session, QObject *parent = nullptr);

    // Reads the inbox again; false (and the error reported to the session) when it could not.
    bool reload();

    [[nodiscard]] int rowOf(qint64 messageId) const;
    [[nodiscard]] const Message *message(qint64 messageId) const;
    [[nodiscard]] const Message &messageAt(int row) const { return m_rows[std::size_t(row)].message; }
    [[nodiscard]] bool isUnread(qint64 messageId) const;
    // "Dr Claire Fabre", "Patient — MARTIN Louise".
    [[nodiscard]] QString senderName(const Message &message) const;
    // A colleague's name or a group's ("Secretariat").
    [[nodiscard]] QString recipientName(const Message &message) const;
    // "MARTIN Louise", or nothing when the message is about no patient.
    [[nodiscard]] QString patientName(const Message &message) const;
    // The subject, or the first line of the body, at most 60 characters.
    [[nodiscard]] static QString summary(const Message &message);
    // "14:05" today, "Mon 15 Jun 14:05" another day, in the centre's time.
    [[nodiscard]] QString when(const QDateTime &utc) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Message message;
        bool unread = false;
        QString from;
        QString to;
    };

    [[nodiscard]] QString staffName(qint64 staffId);
    QString patientNameOf(qint64 patientId); // also fills the cache
    [[nodiscard]] QString accountHolderName(qint64 accountId);

    DeskSession &m_session;
    std::vector<Row> m_rows;
    // Names asked once from the store: patients, and colleagues no longer active.
    QHash<qint64, QString> m_patientNames;
    QHash<qint64, QString> m_accountNames;
    QHash<qint64, QString> m_formerStaffNames;
};

} // namespace Accueil
