#include "messaging.h"

#include "domain/patient.h"
#include "domain/professions.h"
#include "store/store.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accueil {

Messaging::Messaging(Store &store) : m_store(store) {}

QStringList Messaging::groupsOf(const StaffUser &user, const std::optional<Practitioner> &practitioner)
{
    QStringList groups{everyone};
    if (user.role == Role::Practitioner) {
        groups << practitioners;
        if (practitioner && !practitioner->profession.isEmpty())
            groups << practitioner->profession;
    } else {
        groups << secretariat;
    }
    return groups;
}

QStringList Messaging::groupsOf(const StaffUser &user)
{
    std::optional<Practitioner> practitioner;
    if (user.practitionerId)
        practitioner = m_store.find<Practitioner>(*user.practitionerId);
    return groupsOf(user, practitioner);
}

QString Messaging::groupName(const QString &group)
{
    if (group == everyone)
        return tr("The whole centre");
    if (group == secretariat)
        return tr("Secretariat");
    if (group == practitioners)
        return tr("All practitioners");
    return tr("%1 (all)").arg(professionName(group));
}

Message Messaging::send(Message message, const Actor &actor)
{
    message.body = message.body.trimmed();
    message.subject = message.subject.simplified();
    message.recipientGroup = message.recipientGroup.trimmed();
    if (message.body.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("The message is empty."), u"empty"_s);
    if (!message.recipientStaffId && message.recipientGroup.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("Choose to whom the message goes."),
                         u"no_recipient"_s);
    if (message.recipientStaffId && !message.recipientGroup.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("A message goes to one colleague or to one group."),
                         u"two_recipients"_s);
    message.id = 0;
    if (!message.senderAccountId)
        message.senderStaffId = actor.staffId;
    message.createdAt = m_store.clock().now();
    return m_store.insert(message, actor);
}

Inbox Messaging::inbox(const StaffUser &user, int limit)
{
    const QStringList groups = groupsOf(user);
    QVariantList values{user.id};
    for (const QString &group : groups)
        values << group;
    values << user.id;
    Inbox inbox;
    inbox.messages = m_store.select<Message>(
            u"recipient_staff_id = ? OR recipient_group IN ("_s + Database::placeholders(groups.size())
                    + u") OR sender_staff_id = ?"_s,
            values, u"created_at DESC, id DESC LIMIT "_s + QString::number(limit));
    if (inbox.messages.empty())
        return inbox;
    QVariantList ids{user.id};
    for (const Message &message : inbox.messages)
        ids << message.id;
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT message_id FROM message_read WHERE staff_id = ? AND message_id IN ("_s
                    + Database::placeholders(qsizetype(inbox.messages.size())) + u")"_s,
            ids);
    while (query.next())
        inbox.read.insert(query.value(0).toLongLong());
    query.finish();
    // What one sends, one has read.
    for (const Message &message : inbox.messages) {
        if (message.senderStaffId == user.id)
            inbox.read.insert(message.id);
    }
    return inbox;
}

int Messaging::unreadCount(const StaffUser &user)
{
    const QStringList groups = groupsOf(user);
    QVariantList values{user.id};
    for (const QString &group : groups)
        values << group;
    values << user.id << user.id;
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT COUNT(*) FROM message m WHERE (m.recipient_staff_id = ? OR m.recipient_group IN ("_s
                    + Database::placeholders(groups.size())
                    + u")) AND (m.sender_staff_id IS NULL OR m.sender_staff_id <> ?) AND NOT EXISTS "
                      "(SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.staff_id = ?)"_s,
            values);
    const int count = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

void Messaging::markRead(qint64 messageId, const StaffUser &user, const Actor &actor)
{
    if (m_store.count<MessageRead>(u"message_id = ? AND staff_id = ?"_s, {messageId, user.id}) > 0)
        return; // already read: reading twice changes nothing
    MessageRead read;
    read.messageId = messageId;
    read.staffId = user.id;
    read.readAt = m_store.clock().now();
    m_store.insert(read, actor);
}

int Messaging::notifyArrival(const Appointment &appointment, const Actor &actor)
{
    const Agenda agenda = m_store.get<Agenda>(appointment.agendaId);
    if (!agenda.practitionerId)
        return 0;
    const std::vector<StaffUser> doctors = m_store.select<StaffUser>(u"practitioner_id = ? AND active = ?"_s,
                                                                     {*agenda.practitionerId, true});
    if (doctors.empty())
        return 0;
    QString who = tr("A patient");
    if (appointment.patientId) {
        if (const auto patient = m_store.find<Patient>(*appointment.patientId))
            who = patient->lastName.toUpper() + u' ' + patient->firstName;
    }
    const QTimeZone zone(m_store.centre().value_or(Centre{}).timeZone.toUtf8());
    const QString time = appointment.start.toTimeZone(zone).toString(u"HH:mm"_s);
    Transaction transaction(m_store.database());
    for (const StaffUser &doctor : doctors) {
        Message message;
        message.recipientStaffId = doctor.id;
        message.subject = tr("Patient arrived");
        message.body = tr("%1 has arrived for the appointment at %2.").arg(who, time);
        message.patientId = appointment.patientId;
        message.appointmentId = appointment.id;
        send(message, actor);
    }
    transaction.commit();
    return int(doctors.size());
}

bool Messaging::interrupts(const StaffUser &user, const Message &message)
{
    return message.urgent || !user.doNotDisturb;
}

StaffUser Messaging::setDoNotDisturb(StaffUser user, bool on, const Actor &actor)
{
    user.doNotDisturb = on;
    return m_store.update(user, actor, on ? u"do_not_disturb"_s : u"available"_s);
}

std::vector<CannedReply> Messaging::cannedReplies()
{
    return m_store.select<CannedReply>({}, {}, u"label"_s);
}

CannedReply Messaging::saveCannedReply(CannedReply reply, const Actor &actor)
{
    reply.label = reply.label.simplified();
    reply.body = reply.body.trimmed();
    if (reply.label.isEmpty() || reply.body.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("A canned reply needs a name and a text."),
                         u"empty"_s);
    return reply.id == 0 ? m_store.insert(reply, actor) : m_store.update(reply, actor);
}

} // namespace Accueil
