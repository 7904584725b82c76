#pragma once

#include "schedule/slot.h"
#include "store/store.h"

#include <QColor>
#include <QDate>
#include <QSet>
#include <QString>

#include <vector>

namespace Accueil {

// A time another desk is booking right now ("being booked by SV"), in local minutes of the day.
struct HoldMark
{
    int startMinute = 0;
    int endMinute = 0;
    QString label;
};

// What one column of the agenda grid shows: one agenda on one local day (the day view puts several
// agendas side by side, the week view seven days of one agenda). Filled by the desk from core.
struct GridColumn
{
    qint64 agendaId = 0;
    QDate date;              // local day in the centre's zone
    QString title;           // "Dr Marie Durand" (day view) or "lundi 24 novembre" (week view)
    QString subtitle;        // profession or agenda name
    QColor colour;           // the agenda's colour, an accent in the header
    std::vector<Slot> slots; // sorted by start, UTC, never overlapping
    std::vector<AppointmentRow> appointments; // not cancelled, sorted by start
    QSet<qint64> callbackAppointmentIds;      // appointments whose patient is to be called back
    std::vector<HoldMark> holds;              // times held by a booking dialog open elsewhere
};

} // namespace Accueil
