#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QString>

namespace Accueil {

struct AppointmentRow;

// The agenda's colours and the names of its states, in one place so the grid, its legend and
// the rest of the desk (lists, dialogs) always agree. Names are translated in the "Agenda" context.
namespace AgendaPalette {

// A slot's background: one colour per kind, and one for blocked slots (holidays, leave) whatever
// their kind.
[[nodiscard]] QColor slotColour(SlotKind kind, bool blocked);
// Blocked slots are hatched on top of their colour, in this colour.
[[nodiscard]] QColor blockedHatchColour();
// The grid outside any slot (the agenda is closed).
[[nodiscard]] QColor closedColour();
[[nodiscard]] QColor separatorColour();
[[nodiscard]] QColor nowLineColour();
[[nodiscard]] QColor overbookedColour();
// The tint of an appointment block: its type's colour when it has one, else a colour of its status.
[[nodiscard]] QColor appointmentColour(const AppointmentRow &row);
[[nodiscard]] QColor statusColour(AppointmentStatus status);
[[nodiscard]] QColor presenceHighlightColour();
[[nodiscard]] QColor callbackHighlightColour();

} // namespace AgendaPalette

// "Desk", "Internet", "Urgent", "Unavailable".
[[nodiscard]] QString slotKindName(SlotKind kind);
// The legend's name of a blocked slot.
[[nodiscard]] QString blockedSlotName();
// statusName(AppointmentStatus) is the core's (domain/enums.h), shared with the history's sentences.
// "Desk", "Web", "Practitioner", "System".
[[nodiscard]] QString channelName(Channel channel);
[[nodiscard]] QString overbookedName();

} // namespace Accueil
