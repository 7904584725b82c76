#include "callbacks.h"

#include "domain/patient.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {} // namespace

Callbacks::Callbacks(Store &store) : m_store(store) {}

CallbackTask Callbacks::requestForAppointment(qint64 appointmentId, const QString &note,
                                              std::optional<qint64> assigneeId, const QDateTime &dueAt,
                                              const Actor &actor)
{
    const Appointment appointment = m_store.get<Appointment>(appointmentId);
    CallbackTask task;
    task.appointmentId = appointmentId;
    task.patientId = appointment.patientId;
    task.phone = appointment.phone;
    if (task.phone.isEmpty() && appointment.patientId) {
        const Patient patient = m_store.get<Patient>(*appointment.patientId);
        task.phone = patient.mobilePhone.isEmpty() ? patient.homePhone : patient.mobilePhone;
    }
    task.note = note;
    task.assigneeId = assigneeId;
    task.dueAt = dueAt;
    return create(task, actor);
}

CallbackTask Callbacks::create(CallbackTask task, const Actor &actor)
{
    task.note = task.note.trimmed();
    task.phone = task.phone.simplified();
    if (task.phone.isEmpty() && !task.patientId)
        throw StoreError(StoreError::Kind::Invalid, tr("A call back needs a patient or a phone number."),
                         u"no_phone"_s);
    if (task.note.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Say in a few words why the patient is to be called back."), u"no_note"_s);
    task.id = 0;
    task.doneAt = {};
    task.doneBy.reset();
    return m_store.insert(task, actor);
}

CallbackTask Callbacks::markDone(qint64 taskId, int expectedVersion, const Actor &actor)
{
    CallbackTask task = m_store.get<CallbackTask>(taskId);
    task.version = expectedVersion;
    task.doneAt = m_store.clock().now();
    task.doneBy = actor.staffId;
    return m_store.update(task, actor, u"done"_s);
}

std::vector<CallbackTask> Callbacks::open()
{
    return m_store.select<CallbackTask>(
            u"done_at IS NULL"_s, {},
            u"CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, created_at, id"_s);
}

std::vector<CallbackTask> Callbacks::openForAppointment(qint64 appointmentId)
{
    return m_store.select<CallbackTask>(u"done_at IS NULL AND appointment_id = ?"_s, {appointmentId},
                                        u"created_at, id"_s);
}

QSet<qint64> Callbacks::appointmentsWithOpenTask(const QList<qint64> &agendaIds, const QDateTime &from,
                                                 const QDateTime &to)
{
    QSet<qint64> ids;
    if (agendaIds.isEmpty())
        return ids;
    QVariantList values;
    for (const qint64 id : agendaIds)
        values << id;
    values << from.toSecsSinceEpoch() << to.toSecsSinceEpoch();
    QSqlQuery &query
            = m_store.database().runPrepared(u"SELECT DISTINCT c.appointment_id FROM callback_task c JOIN "
                                             u"appointment a ON a.id = c.appointment_id "
                                             "WHERE c.done_at IS NULL AND a.agenda_id IN ("_s
                                                     + Database::placeholders(agendaIds.size())
                                                     + u") AND a.start_utc >= ? AND a.start_utc < ?"_s,
                                             values);
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    query.finish();
    return ids;
}

} // namespace Accueil
