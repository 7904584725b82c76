#include "messagelistmodel.h"

#include "desksession.h"
#include "domain/patient.h"
#include "store/store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString fullName(const Patient &patient)
{
    return patient.lastName.toUpper() + u' ' + patient.firstName;
}

} // namespace

MessageListModel::MessageListModel(DeskSession &session, QObject *parent)
    : MessagingTableModel(parent)
    , m_session(session)
{
    reload();
}

bool MessageListModel::reload()
{
    std::vector<Row> rows;
    try {
        const Inbox inbox = m_session.messaging().inbox(m_session.user());
        rows.reserve(inbox.messages.size());
        for (const Message &message : inbox.messages) {
            Row row{message, !inbox.isRead(message.id), {}, {}};
            if (message.patientId)
                patientNameOf(*message.patientId);
            if (message.senderStaffId) {
                row.from = staffName(*message.senderStaffId);
            } else if (message.senderAccountId) {
                const QString name = message.patientId ? patientNameOf(*message.patientId)
                                                       : accountHolderName(*message.senderAccountId);
                row.from = name.isEmpty() ? tr("Patient") : tr("Patient — %1").arg(name);
            }
            row.to = message.recipientStaffId ? staffName(*message.recipientStaffId)
                                              : Messaging::groupName(message.recipientGroup);
            rows.push_back(std::move(row));
        }
    } catch (const StoreError &error) {
        m_session.reportError(error.message());
        return false; // keep showing what was there
    }
    replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.message.id; });
    return true;
}

QString MessageListModel::staffName(qint64 staffId)
{
    if (const StaffUser *user = m_session.directory().staffUser(staffId))
        return user->displayName;
    if (const auto found = m_formerStaffNames.constFind(staffId); found != m_formerStaffNames.cend())
        return *found;
    const auto user = m_session.store().find<StaffUser>(staffId);
    QString name = user ? user->displayName : QString();
    m_formerStaffNames.insert(staffId, name);
    return name;
}

QString MessageListModel::patientNameOf(qint64 patientId)
{
    if (const auto found = m_patientNames.constFind(patientId); found != m_patientNames.cend())
        return *found;
    const auto patient = m_session.store().find<Patient>(patientId);
    QString name = patient ? fullName(*patient) : QString();
    m_patientNames.insert(patientId, name);
    return name;
}

QString MessageListModel::accountHolderName(qint64 accountId)
{
    if (const auto found = m_accountNames.constFind(accountId); found != m_accountNames.cend())
        return *found;
    QString name;
    if (const auto account = m_session.store().find<PatientAccount>(accountId))
        name = patientNameOf(account->holderPatientId);
    m_accountNames.insert(accountId, name);
    return name;
}

int MessageListModel::rowOf(qint64 messageId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].message.id == messageId)
            return int(i);
    }
    return -1;
}

const Message *MessageListModel::message(qint64 messageId) const
{
    const int row = rowOf(messageId);
    return row < 0 ? nullptr : &m_rows[std::size_t(row)].message;
}

bool MessageListModel::isUnread(qint64 messageId) const
{
    const int row = rowOf(messageId);
    return row >= 0 && m_rows[std::size_t(row)].unread;
}

QString MessageListModel::senderName(const Message &message) const
{
    const int row = rowOf(message.id);
    return row < 0 ? QString() : m_rows[std::size_t(row)].from;
}

QString MessageListModel::recipientName(const Message &message) const
{
    const int row = rowOf(message.id);
    return row < 0 ? QString() : m_rows[std::size_t(row)].to;
}

QString MessageListModel::patientName(const Message &message) const
{
    return message.patientId ? m_patientNames.value(*message.patientId) : QString();
}

QString MessageListModel::summary(const Message &message)
{
    QString text = message.subject.simplified();
    if (text.isEmpty())
        text = message.body.trimmed().section(u'\n', 0, 0).simplified();
    return text.size() > 60 ? text.left(59) + u'…' : text;
}

QString MessageListModel::when(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = m_session.local(utc);
    if (local.date() == m_session.today())
        return local.toString(u"HH:mm"_s);
    return QLocale().toString(local, u"ddd d MMM HH:mm"_s);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Message &message = row.message;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case WhenColumn:
            return when(message.createdAt);
        case FromColumn:
            return row.from;
        case ToColumn:
            return row.to;
        case SubjectColumn:
            return message.urgent ? u"⚠ "_s + summary(message) : summary(message);
        case ColumnCount:
            break;
        }
        break;
    case Qt::FontRole:
        if (row.unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (message.urgent)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case MessageIdRole:
        return message.id;
    case UnreadRole:
        return row.unread;
    case UrgentRole:
        return message.urgent;
    case AppointmentIdRole:
        return message.appointmentId ? QVariant(*message.appointmentId) : QVariant();
    case PatientIdRole:
        return message.patientId ? QVariant(*message.patientId) : QVariant();
    case BodyRole:
        return message.body;
    default:
        break;
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accueil
