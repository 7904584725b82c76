#include "appointmenthistory.h"

#include "store/store.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString statusText(const QString &key)
{
    const std::optional<AppointmentStatus> status = fromKey<AppointmentStatus>(key);
    return status ? statusName(*status) : key;
}

QDateTime instant(const QJsonObject &object, const QString &key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
}

} // namespace

AppointmentHistory::AppointmentHistory(Store &store) : m_store(store) {}

QString AppointmentHistory::agendaName(qint64 agendaId)
{
    const std::optional<Agenda> agenda = m_store.find<Agenda>(agendaId);
    return agenda ? agenda->name : QString::number(agendaId);
}

QString AppointmentHistory::patientName(qint64 patientId)
{
    const std::optional<Patient> patient = m_store.find<Patient>(patientId);
    return patient ? patient->lastName.toUpper() + u' ' + patient->firstName : QString::number(patientId);
}

QString AppointmentHistory::typeName(qint64 typeId)
{
    const std::optional<AppointmentType> type = m_store.find<AppointmentType>(typeId);
    return type ? type->label : QString::number(typeId);
}

QString AppointmentHistory::who(const AuditEvent &event)
{
    if (event.actorStaffId) {
        if (const auto staff = m_store.find<StaffUser>(*event.actorStaffId))
            return staff->initials + u" – "_s + staff->displayName;
    }
    if (event.channel == Channel::Web)
        return tr("the patient, online");
    return event.actorLabel;
}

std::vector<HistoryEntry> AppointmentHistory::of(qint64 appointmentId, const QTimeZone &zone)
{
    const QLocale locale;
    const auto when = [&](const QDateTime &utc) -> QString {
        const QDateTime local = utc.toTimeZone(zone);
        return locale.toString(local.date(), u"dddd d MMMM yyyy"_s) + u' '
               + locale.toString(local.time(), u"HH:mm"_s);
    };
    const auto minutes = [](const QJsonObject &object) {
        return int(instant(object, u"start_utc"_s).secsTo(instant(object, u"end_utc"_s)) / 60);
    };

    std::vector<HistoryEntry> entries;
    const std::vector<AuditEvent> trail = m_store.auditTrail(u"appointment"_s, appointmentId);
    for (const AuditEvent &event : trail) {
        HistoryEntry entry;
        entry.at = event.at;
        entry.action = event.action;
        entry.who = who(event);
        if (!event.actorWorkstation.isEmpty())
            entry.where = event.actorWorkstation;
        else if (event.channel == Channel::Web)
            entry.where = tr("booking page");
        else if (event.channel == Channel::System)
            entry.where = tr("system");
        else
            entry.where = tr("desk");

        const QJsonObject &before = event.before;
        const QJsonObject &after = event.after;
        // Every value that changed, before → after, in words.
        const auto changed = [&](const QString &key) { return before.value(key) != after.value(key); };
        if (event.action != u"create") {
            if (changed(u"start_utc"_s))
                entry.changes << tr("Start: %1 → %2")
                                         .arg(when(instant(before, u"start_utc"_s)),
                                              when(instant(after, u"start_utc"_s)));
            if (minutes(before) != minutes(after))
                entry.changes << tr("Duration: %1 min → %2 min").arg(minutes(before)).arg(minutes(after));
            if (changed(u"agenda_id"_s))
                entry.changes << tr("Agenda: %1 → %2")
                                         .arg(agendaName(before.value(u"agenda_id"_s).toInteger()),
                                              agendaName(after.value(u"agenda_id"_s).toInteger()));
            if (changed(u"status"_s))
                entry.changes << tr("Status: %1 → %2")
                                         .arg(statusText(before.value(u"status"_s).toString()),
                                              statusText(after.value(u"status"_s).toString()));
            if (changed(u"patient_id"_s))
                entry.changes
                        << tr("Patient: %1 → %2")
                                   .arg(before.value(u"patient_id"_s).isNull()
                                                ? tr("none")
                                                : patientName(before.value(u"patient_id"_s).toInteger()),
                                        after.value(u"patient_id"_s).isNull()
                                                ? tr("none")
                                                : patientName(after.value(u"patient_id"_s).toInteger()));
            if (changed(u"type_id"_s) && !after.value(u"type_id"_s).isNull())
                entry.changes << tr("Type: %1 → %2")
                                         .arg(typeName(before.value(u"type_id"_s).toInteger()),
                                              typeName(after.value(u"type_id"_s).toInteger()));
            for (const auto &[key, label] :
                 {std::pair{u"reason"_s, tr("Reason")}, std::pair{u"phone"_s, tr("Phone")},
                  std::pair{u"companion"_s, tr("Companion")}}) {
                if (changed(key))
                    entry.changes << tr("%1: \"%2\" → \"%3\"")
                                             .arg(label, before.value(key).toString(),
                                                  after.value(key).toString());
            }
        }

        if (event.action == u"create") {
            entry.what = tr("Booked for %1 (%2 min) in %3")
                                 .arg(when(instant(after, u"start_utc"_s)))
                                 .arg(minutes(after))
                                 .arg(agendaName(after.value(u"agenda_id"_s).toInteger()));
            if (!after.value(u"reason"_s).toString().isEmpty())
                entry.changes << tr("Reason: \"%1\"").arg(after.value(u"reason"_s).toString());
        } else if (event.action == u"move") {
            const bool sameStart = !changed(u"start_utc"_s) && !changed(u"agenda_id"_s);
            if (sameStart && minutes(after) != minutes(before)) {
                entry.action = u"resize"_s;
                entry.what = minutes(after) > minutes(before) ? tr("Lengthened from %1 to %2 min")
                                                                        .arg(minutes(before))
                                                                        .arg(minutes(after))
                                                              : tr("Shortened from %1 to %2 min")
                                                                        .arg(minutes(before))
                                                                        .arg(minutes(after));
                entry.changes.clear();
            } else {
                entry.what = tr("Moved from %1 to %2")
                                     .arg(when(instant(before, u"start_utc"_s)),
                                          when(instant(after, u"start_utc"_s)));
                if (changed(u"start_utc"_s))
                    entry.changes.removeFirst(); // the start: the sentence says it already
            }
        } else if (event.action == u"status") {
            entry.what = tr("Marked \"%1\"").arg(statusText(after.value(u"status"_s).toString()));
        } else if (event.action == u"cancel") {
            const QString reason = after.value(u"cancel_reason"_s).toString();
            entry.what = reason.isEmpty() ? tr("Cancelled") : tr("Cancelled: \"%1\"").arg(reason);
            if (after.value(u"late_cancel"_s).toBool())
                entry.what += u' ' + tr("(late cancellation)");
        } else if (event.action == u"excuse") {
            entry.what = after.value(u"no_show_excused"_s).toBool() ? tr("No-show excused")
                                                                    : tr("No-show counted again");
        } else if (event.action == u"update" && entry.changes.isEmpty()) {
            continue; // a write that changed nothing visible (a version bump)
        } else {
            entry.what = tr("Changed");
        }
        entries.push_back(std::move(entry));
    }
    // Appointments imported in bulk (the demo, the previous software's history) have no creation
    // event of their own: what the row itself says stands in for it.
    const bool created = std::any_of(entries.begin(), entries.end(),
                                     [](const HistoryEntry &entry) { return entry.action == u"create"; });
    if (!created) {
        if (std::optional<Appointment> appointment = m_store.find<Appointment>(appointmentId)) {
            // As it was imported: the first change's "before", or the row when nothing changed it.
            if (!trail.empty() && !trail.front().before.isEmpty()) {
                const QJsonObject &first = trail.front().before;
                appointment->start = instant(first, u"start_utc"_s);
                appointment->end = instant(first, u"end_utc"_s);
                appointment->agendaId = first.value(u"agenda_id"_s).toInteger();
                appointment->status = fromKey<AppointmentStatus>(first.value(u"status"_s).toString())
                                              .value_or(AppointmentStatus::Booked);
                appointment->cancelReason = first.value(u"cancel_reason"_s).toString();
            }
            HistoryEntry entry;
            entry.action = u"import"_s;
            entry.at = appointment->createdAt;
            AuditEvent author;
            author.actorStaffId = appointment->createdBy;
            author.channel = appointment->channel;
            entry.who = who(author);
            entry.where = appointment->channel == Channel::Web ? tr("booking page") : tr("desk");
            entry.what = tr("Booked for %1 (%2 min) in %3; imported: the changes before the import are not "
                            "known")
                                 .arg(when(appointment->start))
                                 .arg(appointment->durationMinutes())
                                 .arg(agendaName(appointment->agendaId));
            if (appointment->status != AppointmentStatus::Booked)
                entry.changes << tr("Status when imported: %1").arg(statusName(appointment->status));
            if (!appointment->cancelReason.isEmpty())
                entry.changes << tr("Cancellation reason: \"%1\"").arg(appointment->cancelReason);
            entries.insert(entries.begin(), std::move(entry));
        }
    }
    return entries;
}

} // namespace Accueil
