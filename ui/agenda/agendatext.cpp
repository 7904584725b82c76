#include "agendatext.h"

#include "agendapalette.h"
#include "schedule/slot.h"

#include <QLocale>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString madeAt(const QDateTime &createdAt, const QDateTime &appointmentStart, const QTimeZone &zone)
{
    if (!createdAt.isValid())
        return {};
    const QDateTime local = createdAt.toTimeZone(zone);
    // The year only when it differs from the appointment's: most bookings are weeks old at most.
    const bool sameYear = local.date().year() == appointmentStart.toTimeZone(zone).date().year();
    const QString format = sameYear ? AgendaText::tr("d MMM HH:mm", "when a booking was made")
                                    : AgendaText::tr("d MMM yyyy HH:mm", "when a booking was made");
    return QLocale().toString(local, format);
}

QString join(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(u" · "_s);
}

} // namespace

QString AgendaText::time(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"HH:mm"_s);
}

QString AgendaText::patientName(const AppointmentRow &row)
{
    return row.patientName.isEmpty() ? tr("(no patient)") : row.patientName;
}

QString AgendaText::title(const AppointmentRow &row, const QTimeZone &zone)
{
    return tr("%1 %2", "start time, patient name").arg(time(row.appointment.start, zone), patientName(row));
}

QString AgendaText::status(const AppointmentRow &row, const QTimeZone &zone)
{
    const Appointment &appointment = row.appointment;
    QString state;
    if (appointment.status == AppointmentStatus::Arrived && appointment.arrivedAt.isValid()) {
        state = tr("Arrived %1", "arrival time").arg(time(appointment.arrivedAt, zone));
    } else if (appointment.status != AppointmentStatus::Booked) {
        state = statusName(appointment.status);
    }
    if (appointment.overbooked)
        return join({overbookedName(), state});
    return state;
}

QString AgendaText::booking(const AppointmentRow &row, const QTimeZone &zone)
{
    const QString made = madeAt(row.appointment.createdAt, row.appointment.start, zone);
    if (row.appointment.channel == Channel::Web)
        return made.isEmpty() ? tr("web") : tr("web · %1", "when the patient booked online").arg(made);
    return join({row.createdByInitials, made});
}

QString AgendaText::details(const AppointmentRow &row, const QTimeZone &zone, bool callback)
{
    const Appointment &appointment = row.appointment;
    QStringList lines;
    lines << tr("%1–%2  %3", "start, end, patient")
                     .arg(time(appointment.start, zone), time(appointment.end, zone), patientName(row));
    if (row.patientBirthDate.isValid())
        lines << tr("Born %1").arg(QLocale().toString(row.patientBirthDate, QLocale::ShortFormat));
    if (!row.typeLabel.isEmpty())
        lines << tr("Type: %1").arg(row.typeLabel);
    const QString state = status(row, zone);
    lines << tr("Status: %1").arg(state.isEmpty() ? statusName(appointment.status) : state);
    if (!appointment.reason.isEmpty())
        lines << tr("Reason: %1").arg(appointment.reason);
    if (!appointment.phone.isEmpty())
        lines << tr("Phone: %1").arg(appointment.phone);
    if (!appointment.companion.isEmpty())
        lines << tr("Companion: %1").arg(appointment.companion);
    lines << tr("Booked: %1").arg(join({channelName(appointment.channel), booking(row, zone)}));
    if (row.reminderSent)
        lines << tr("Reminder sent");
    else if (appointment.status == AppointmentStatus::Booked)
        lines << tr("No reminder sent yet (Ctrl+H tells more)");
    if (callback)
        lines << tr("To call back");
    return lines.join(u'\n');
}

QString AgendaText::slotDetails(const Slot &slot, const QTimeZone &zone)
{
    const QString range = tr("%1–%2", "slot start, end").arg(time(slot.start, zone), time(slot.end, zone));
    if (slot.blocked)
        return join({range, blockedSlotName(), slot.label});
    return join({range, slotKindName(slot.kind), slot.label});
}

QString AgendaText::toolTip(const AppointmentRow &row, const QTimeZone &zone, bool callback)
{
    return Qt::convertFromPlainText(details(row, zone, callback), Qt::WhiteSpaceNormal);
}

QString AgendaText::slotToolTip(const Slot &slot, const QTimeZone &zone)
{
    return Qt::convertFromPlainText(slotDetails(slot, zone), Qt::WhiteSpaceNormal);
}

QString AgendaText::refusal(const GridColumn &column, const AppointmentRow &row,
                            const AgendaGeometry::PlacementProblem &problem)
{
    using Kind = AgendaGeometry::PlacementProblem::Kind;
    switch (problem.kind) {
    case Kind::NoSlot:
        break;
    case Kind::Unavailable:
        return tr("This slot is unavailable.");
    case Kind::Blocked: {
        const QString label = column.slots.at(problem.slot).label;
        return label.isEmpty() ? tr("This slot is blocked.")
                               : tr("Blocked: %1.", "why a slot is blocked").arg(label);
    }
    case Kind::TooShort: {
        const int minutes = int(std::max<qint64>(1, row.appointment.start.secsTo(row.appointment.end) / 60));
        return tr("Not enough free time here for %n minutes.", nullptr, minutes);
    }
    case Kind::Taken: {
        const AppointmentRow &other = column.appointments.at(problem.appointment);
        return other.patientName.isEmpty()
                       ? tr("This time is already taken.")
                       : tr("This time is taken by %1.", "a patient's name").arg(other.patientName);
    }
    }
    return tr("No slot at this time.");
}

} // namespace Accueil
