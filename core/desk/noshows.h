#pragma once

#include "domain/audit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace Accueil {

class Store;

// A patient's missed appointments over the last 12 months: unexcused no-shows, and late
// cancellations (cancelled by the patient inside the cancellation deadline) counted apart.
struct AttendanceRecord
{
    QList<QDate> noShows;           // local dates, oldest first
    QList<QDate> lateCancellations; // local dates, oldest first

    [[nodiscard]] bool isEmpty() const { return noShows.isEmpty() && lateCancellations.isEmpty(); }
};

class NoShows
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::NoShows)

public:
    static constexpr int months = 12;

    explicit NoShows(Store &store);

    // The patient's record over the 12 months before now (the store's clock), dates in zone.
    [[nodiscard]] AttendanceRecord forPatient(qint64 patientId, const QTimeZone &zone);
    // The discreet line the desk shows: "3 no-shows in 12 months (12/03, 04/05, 19/09) · 1 late
    // cancellation (02/10)"; empty when there is nothing to say.
    [[nodiscard]] static QString summary(const AttendanceRecord &record);

    // The patient excused a no-show (they called, it was an emergency): no longer counted, or counted
    // again. Audited like every change.
    void setExcused(qint64 appointmentId, bool excused, const Actor &actor);

private:
    Store &m_store;
};

} // namespace Accueil
