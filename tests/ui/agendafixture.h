#pragma once

#include "agenda/gridcolumn.h"

#include <QDate>
#include <QDateTime>
#include <QSize>

#include <vector>

namespace Accueil {
class AgendaView;
}

namespace Accueil::Test {

// Hand-made grid data for the agenda widget tests (no database): Monday 15 June 2026 in Paris.
inline const QDate gridDay(2026, 6, 15);

// A local wall-clock time on gridDay (or day), as UTC.
[[nodiscard]] QDateTime at(int hour, int minute, const QDate &day = gridDay);
[[nodiscard]] Slot slotAt(int hour, int minute, int minutes, SlotKind kind = SlotKind::Desk,
                          bool blocked = false, const QString &label = {}, const QDate &day = gridDay);
// 15-minute desk slots from `from` to `to` (hours).
[[nodiscard]] std::vector<Slot> quarterSlots(int fromHour, int toHour, const QDate &day = gridDay);
[[nodiscard]] AppointmentRow appointmentAt(qint64 id, qint64 agendaId, int hour, int minute, int minutes,
                                           const QString &patient, const QDate &day = gridDay);

// Column 0, agenda 1 "Dr Marie Durand", 15-minute slots 08:00-12:00: desk until 09:00, internet
// until 10:00, urgent until 10:30, 10:30 unavailable, 10:45 blocked "Congés", desk until 12:00.
//   101 08:00-08:15 DUPONT Marie (desk, by MD)       102 08:30-09:00 "<b>x</b>" (web, to call back)
//   103 09:15-09:30 arrived at 09:05                 104 09:15-09:30 overbooked over 103
// Column 1, agenda 2 "Paul Martin", desk slots 08:00-12:00:
//   201 08:15-08:30                                  202 10:00-10:15
[[nodiscard]] std::vector<GridColumn> sampleColumns();

// A heavy day: columns x (slots of 6 minutes 08:00-12:00 => 40) with `perColumn` appointments.
[[nodiscard]] std::vector<GridColumn> busyColumns(int columns, int perColumn);

// Sets Paris, the columns and a size, shows the view and waits until it is exposed.
void showView(AgendaView &view, std::vector<GridColumn> columns, const QSize &size = QSize(900, 1400));

// Drags with the left button from `from` to `to` in the view's viewport (press, a move past the
// drag distance, a move to `to`), releasing there unless told not to.
void dragTo(AgendaView &view, const QPoint &from, const QPoint &to, bool release = true);

} // namespace Accueil::Test
