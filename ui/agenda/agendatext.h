#pragma once

#include "agenda/agendageometry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace Accueil {

struct Slot;

// The words of an appointment block and of the grid's tooltips, built from plain patient data.
// Everything returned is plain text except the toolTip functions, which return rich text with
// every piece of data escaped (tooltips interpret HTML; a patient named "<b>x</b>" must show
// literally).
class AgendaText
{
    Q_DECLARE_TR_FUNCTIONS(AgendaText)

public:
    // "08:15 DUPONT Marie".
    [[nodiscard]] static QString title(const AppointmentRow &row, const QTimeZone &zone);
    // "DUPONT Marie", or a placeholder when the appointment has no patient.
    [[nodiscard]] static QString patientName(const AppointmentRow &row);
    // What is special about it: "Arrived 08:10", "In consultation", "No-show", "Overbooked"; empty
    // for a plain booked appointment.
    [[nodiscard]] static QString status(const AppointmentRow &row, const QTimeZone &zone);
    // "web · 14 Jun 23:14" or "MD · 14 Jun 09:02": who booked it, how and when (the desk wants
    // to see when each booking was made).
    [[nodiscard]] static QString booking(const AppointmentRow &row, const QTimeZone &zone);
    // Every line of the block, then phone, companion and birth date: the full plain text.
    [[nodiscard]] static QString details(const AppointmentRow &row, const QTimeZone &zone, bool callback);
    [[nodiscard]] static QString slotDetails(const Slot &slot, const QTimeZone &zone);

    [[nodiscard]] static QString toolTip(const AppointmentRow &row, const QTimeZone &zone, bool callback);
    [[nodiscard]] static QString slotToolTip(const Slot &slot, const QTimeZone &zone);

    [[nodiscard]] static QString time(const QDateTime &utc, const QTimeZone &zone);

    // Why row cannot be dropped where the problem says, in a short plain sentence ("Blocked:
    // Congés.", "This time is taken by DUPONT Marie.").
    [[nodiscard]] static QString refusal(const GridColumn &column, const AppointmentRow &row,
                                         const AgendaGeometry::PlacementProblem &problem);
};

} // namespace Accueil
