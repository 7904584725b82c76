#include "agendapalette.h"

#include "store/store.h"

#include <QCoreApplication>

namespace Accueil {

namespace AgendaPalette {

QColor slotColour(SlotKind kind, bool blocked)
{
    // Light backgrounds, distinct in hue (and in lightness for colour-blind users: urgent is the
    // warmest, unavailable the darkest) so black text stays readable on every one.
    if (blocked)
        return {0xf2, 0xd7, 0xd5};
    switch (kind) {
    case SlotKind::Desk:
        return {0xe3, 0xee, 0xfa};
    case SlotKind::Internet:
        return {0xdc, 0xf2, 0xdc};
    case SlotKind::Urgent:
        return {0xfd, 0xe4, 0xbf};
    case SlotKind::Unavailable:
        return {0xcf, 0xcf, 0xcf};
    }
    return {0xe3, 0xee, 0xfa};
}

QColor blockedHatchColour()
{
    return {0xc0, 0x8a, 0x86};
}

QColor closedColour()
{
    return {0xf4, 0xf4, 0xf4};
}

QColor separatorColour()
{
    return {0xff, 0xff, 0xff};
}

QColor nowLineColour()
{
    return {0xd3, 0x2f, 0x2f};
}

QColor overbookedColour()
{
    return {0xd3, 0x2f, 0x2f};
}

QColor statusColour(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return {0x5b, 0x8d, 0xd6};
    case AppointmentStatus::Arrived:
        return {0x3f, 0xa3, 0x4d};
    case AppointmentStatus::InConsultation:
        return {0x8e, 0x5b, 0xc8};
    case AppointmentStatus::Done:
        return {0x9e, 0x9e, 0x9e};
    case AppointmentStatus::NoShow:
        return {0xb0, 0xa0, 0x90};
    case AppointmentStatus::Cancelled:
        return {0xbd, 0xbd, 0xbd};
    }
    return {0x5b, 0x8d, 0xd6};
}

QColor appointmentColour(const AppointmentRow &row)
{
    const QColor type = QColor::fromString(row.typeColour);
    return type.isValid() ? type : statusColour(row.appointment.status);
}

QColor presenceHighlightColour()
{
    return {0x3f, 0xa3, 0x4d};
}

QColor callbackHighlightColour()
{
    return {0xef, 0x8f, 0x00};
}

} // namespace AgendaPalette

QString slotKindName(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Desk:
        return QCoreApplication::translate("Agenda", "Desk", "slot kind: bookable at the desk only");
    case SlotKind::Internet:
        return QCoreApplication::translate("Agenda", "Internet");
    case SlotKind::Urgent:
        return QCoreApplication::translate("Agenda", "Urgent");
    case SlotKind::Unavailable:
        return QCoreApplication::translate("Agenda", "Unavailable");
    }
    return {};
}

QString blockedSlotName()
{
    return QCoreApplication::translate("Agenda", "Blocked");
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Desk:
        return QCoreApplication::translate("Agenda", "Desk", "channel: booked at the front desk");
    case Channel::Web:
        return QCoreApplication::translate("Agenda", "Web");
    case Channel::Practitioner:
        return QCoreApplication::translate("Agenda", "Practitioner");
    case Channel::System:
        return QCoreApplication::translate("Agenda", "System");
    }
    return {};
}

QString overbookedName()
{
    return QCoreApplication::translate("Agenda", "Overbooked");
}

} // namespace Accueil
