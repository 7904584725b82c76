#pragma once

#include "desksession.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <memory>

namespace Accueil::Test {

// The dialog of that type a widget has opened (open() or show(): they return at once), once the
// events it queued have run; null when none is on screen.
template<typename Dialog>
Dialog *openDialog(const QWidget &parent)
{
    QCoreApplication::processEvents();
    for (Dialog *dialog : parent.findChildren<Dialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// A small centre on a real store for the desk's widget tests: two GPs side by side (Dr Claire
// Fabre, Dr Paul Roche), Monday to Friday 08:00–12:00 and 14:00–18:00 in 15-minute slots
// (08:00–08:30 urgent, 08:30–10:00 internet, the rest desk), types "Consultation" (15 min, online)
// and "Consultation nourrisson" (30 min) in each agenda, a physiotherapist with a series type,
// a few patients, and a secretary logged in. The clock starts on Tuesday 16 June 2026, 09:00
// in Paris.
struct DeskFixture
{
    DeskFixture();
    ~DeskFixture();
    Q_DISABLE_COPY_MOVE(DeskFixture)

    // Local Paris time to UTC.
    [[nodiscard]] static QDateTime at(const QDate &date, int hour, int minute);
    // Books through the scheduler as the secretary.
    Appointment book(const Agenda &agenda, const AppointmentType &type, const QDateTime &start,
                     const Patient &patient, const QString &reason = {});
    void setTime(const QDate &date, int hour, int minute);

    static inline const QDate tuesday{2026, 6, 16};

    ManualClock clock;
    TestDatabase database;
    std::unique_ptr<Store> store;
    Practitioner fabre;
    Practitioner roche;
    Practitioner kine;
    Agenda fabreAgenda;
    Agenda rocheAgenda;
    Agenda kineAgenda;
    AppointmentType fabreConsultation; // 15 min
    AppointmentType fabreInfant;       // 30 min
    AppointmentType rocheConsultation; // 15 min
    AppointmentType rocheInfant;       // 30 min
    AppointmentType kineSeries;        // 30 min, 10 sessions twice a week
    Patient louise;                    // Martin Louise, 06 12 34 56 78, born 17/05/1980
    Patient helene;                    // Lefèvre Hélène, born 24/11/1952
    Patient leo;                       // Martin Léo, born 01/02/2026 (an infant)
    StaffUser secretary;               // login "sophie", initials "SV", password "secret"
    std::unique_ptr<DeskSession> session;
};

} // namespace Accueil::Test
