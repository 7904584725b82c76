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
// zone. A pure function: no store, no clock.
//
// - Template: on each date, the template valid that day (validFrom <= date <= validTo, or no
//   validTo); if several are valid, the one with the latest validFrom. Its ranges for the date's
//   weekday are cut into slots of slotMinutes from startMinute (a trailing piece shorter than
//   slotMinutes is dropped). Local wall times are converted to UTC per slot, so on the days of the
//   DST changes slots are neither shifted nor duplicated (a wall time that does not exist, in the
//   spring gap, gives no slot).
// - Exceptions, applied in id order, each on the slots of its [start, end):
//   "block"     every slot overlapping the period becomes blocked, with the exception's label;
//   "set_kind"  every slot starting in the period takes the exception's kind;
//   "split"     every slot starting in the period is cut into pieces of slotMinutes (or halves when
//               slotMinutes is 0), keeping its kind;
//   "merge"     the slots starting in the period become one slot from the first one's start to the
//               last one's end, with the first one's kind;
//   "extra"     adds a slot [start, end) of the exception's kind, unless it overlaps an existing slot;
//   "open"      (on a public holiday) the day's template slots are not blocked by the holiday.
// - Public holidays: every slot of the day is blocked, labelled with the holiday's French name,
//   unless policy says not to, or an "open" exception covers that day.
// The result is sorted by start time.
[[nodiscard]] std::vector<Slot> buildSlots(const AgendaSchedule &schedule, const QTimeZone &zone,
                                           const QDate &from, const QDate &to,
                                           const HolidayPolicy &policy = {});

} // namespace Accueil
