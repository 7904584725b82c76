#pragma once

#include "domain/schedule.h"
#include "slot.h"

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace Accueil {

// Everything that shapes one agenda's slots over a period, as stored.
struct AgendaSchedule
{
    std::vector<ScheduleTemplate> templates;   // of this agenda
    std::vector<TemplateRange> ranges;         // of those templates
    std::vector<ScheduleException> exceptions; // of this agenda, at least those overlapping the period
};

// Which public holidays block the agenda.
struct HolidayPolicy
{
    bool blockFrenchPublicHolidays = true; // the centre's setting (holiday_region "FR")
};

// Builds the slot grid of one agenda for the local dates [from, to] (inclusive) in the centre's
// zone. A pure function: no store, no clock. Steps, in this order:
//
// - Template: on each date, the template valid that day (validFrom <= date <= validTo, or no
//   validTo); if several are valid, the one with the latest validFrom (then the highest id). Its
//   ranges for the date's weekday are cut into slots of slotMinutes from startMinute (a trailing
//   piece shorter than slotMinutes is dropped; where two ranges overlap, the earlier slot stays).
//   Local wall times are converted to UTC per slot and each slot lasts slotMinutes real minutes,
//   so on the days of the DST changes slots are neither shifted nor duplicated: a wall time that
//   does not exist (the spring gap) gives no slot, a repeated one (the autumn hour) gives one slot,
//   at its first (summer-time) occurrence, and the repeat gets none.
// - Public holidays: every template slot of the day is blocked, labelled with the holiday's French
//   name, unless policy says not to, or an "open" exception overlaps that local day. This comes
//   before the other exceptions: an extra slot added on a holiday is open, a block relabels.
// - Exceptions, applied in id order, each on the slots of its [start, end) (empty periods and
//   unknown actions are ignored):
//   "block"     every slot overlapping the period becomes blocked, with the exception's label;
//   "set_kind"  every slot starting in the period takes the exception's kind;
//   "split"     every slot starting in the period is cut into pieces of slotMinutes, a trailing
//               shorter piece dropped (or halves to the minute when slotMinutes is 0), keeping its
//               kind, block and label; a slot no longer than slotMinutes stays whole;
//   "merge"     the slots starting in the period become one slot from the first one's start to the
//               last one's end, with the first one's kind (blocked if any of them was);
//   "extra"     adds a slot [start, end) of the exception's kind and label, unless it overlaps an
//               existing slot or starts outside the dates asked for;
//   "open"      (on a public holiday) see above.
// The result is sorted by start time and its slots never overlap.
[[nodiscard]] std::vector<Slot> buildSlots(const AgendaSchedule &schedule, const QTimeZone &zone,
                                           const QDate &from, const QDate &to,
                                           const HolidayPolicy &policy = {});

} // namespace Accueil
