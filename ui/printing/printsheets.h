#pragma once

#include "domain/centre.h"
#include "printsheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Accueil {

class DeskSession;
class WaitingRoomModel;

// What the desk prints, read from the store when asked so the paper says what is true now. Store
// failures (a lost connection) come out as StoreError: nothing half-made is printed.
class PrintSheets
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::PrintSheets)

public:
    explicit PrintSheets(DeskSession &session);

    // The day of each agenda, in the order given, one practitioner from the top of a page: time,
    // patient with birth date and age, phone, type, reason and where the patient stands (arrived
    // at, no-show ...). Cancelled appointments are left out, as a practitioner's list usually
    // does, and a line says so; of several agendas, those with nothing that day are only named.
    [[nodiscard]] PrintSheet dayList(const QDate &date, const QList<qint64> &agendaIds);
    // Who waits for whom now, as the waiting room panel shows it: arrival time and wait.
    [[nodiscard]] PrintSheet waitingRoom(const WaitingRoomModel &model);
    // A card for the patient (A6): the centre and its phone, the practitioner, the weekday, date
    // and time, the type, and until when to cancel under the agenda's rules. The reason is not
    // printed: the card travels in a pocket. None for a cancelled or vanished appointment.
    [[nodiscard]] std::optional<PrintSheet> appointmentCard(qint64 appointmentId);

private:
    // "Printed on Tuesday 16 June 2026 at 09:00 by SV".
    [[nodiscard]] QString printedLine() const;
    // The centre's name, small, above a list.
    [[nodiscard]] QString centreLine(bool pageBreak) const;

    DeskSession &m_session;
    Centre m_centre;
};

} // namespace Accueil
