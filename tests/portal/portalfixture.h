#pragma once

#include "fixtures.h"
#include "portal/portalsettings.h"
#include "testdatabase.h"

#include <QDate>
#include <QDateTime>

#include <memory>

namespace Accueil::Test {

// A small centre for the booking page, on a real store: the Maison de santé des Tilleuls in
// Strasbourg (Europe/Paris) with
// - Dr Claire Fabre (GP, "Suivi du nourrisson"), two agendas: "Dr Claire Fabre" with
//   "Consultation" (15 min, online), "Consultation longue" (30 min, online) and "Suivi
//   gynécologique" (30 min, desk only); "Dr Claire Fabre – Neudorf" with "Consultation" (online);
// - Dr Paul Roche (GP, "Pose d'implant contraceptif"), one agenda with "Consultation" (online);
// - Hugo Petit, an intern supervised by Dr Fabre, with "Consultation" (online);
// - Luc Moreau, a physiotherapist with a desk-only agenda (not on the booking page);
// Monday to Friday 08:00–08:30 urgent, 08:30–12:00 internet, 14:00–18:00 desk, in 15-minute slots.
// Patients Louise Martin (born 17/05/1980), her son Léo (01/02/2026) and Hélène Lefèvre
// (24/11/1952); a secretary. The clock starts on Tuesday 16 June 2026, 09:00 in Paris.
struct PortalFixture
{
    PortalFixture();
    ~PortalFixture();
    Q_DISABLE_COPY_MOVE(PortalFixture)

    // Local Paris time to UTC.
    [[nodiscard]] static QDateTime at(const QDate &date, int hour, int minute);
    void setTime(const QDate &date, int hour, int minute);
    // An account made directly in the store (no e-mail), its address verified unless told not
    // to, with its holder as the "self" member. Password: testPassword.
    PatientAccount addAccount(const QString &email, const Patient &holder, bool verified = true,
                              const QString &language = QStringLiteral("fr"));
    // Adds a dependant to an account directly in the store.
    AccountMember addMember(const PatientAccount &account, const Patient &patient,
                            const QString &relation = QStringLiteral("child"));
    // Mails queued so far, oldest first.
    [[nodiscard]] std::vector<OutgoingMail> mails();
    // The token of the mail's link of that purpose ("#verify=…", "#reset=…"); fails the test
    // when there is none.
    [[nodiscard]] static QString tokenIn(const OutgoingMail &mail, const QString &purpose);

    static inline const QDate tuesday{2026, 6, 16};
    static inline const QString testPassword = QStringLiteral("correct horse battery");

    ManualClock clock;
    TestDatabase database;
    std::unique_ptr<Store> store;
    PortalSettings settings;
    Centre centre;
    Practitioner fabre;
    Practitioner roche;
    Practitioner intern;
    Practitioner kine;
    Agenda fabreAgenda;
    Agenda fabreNeudorf;
    Agenda rocheAgenda;
    Agenda internAgenda;
    Agenda kineAgenda;
    AppointmentType fabreConsultation; // 15 min, online
    AppointmentType fabreLong;         // 30 min, online
    AppointmentType fabreDeskOnly;     // 30 min, not online
    AppointmentType neudorfConsultation;
    AppointmentType rocheConsultation;
    AppointmentType internConsultation;
    AppointmentType kineSession;
    Service infantCare;
    Service implant;
    Patient louise;
    Patient leo;
    Patient helene;
    StaffUser secretary;
};

} // namespace Accueil::Test
