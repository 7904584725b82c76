#pragma once

#include "domain/appointment.h"
#include "domain/patient.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// One appointment of a patient as their record lists it.
struct PatientVisit
{
    Appointment appointment;
    QString agendaName; // "Dr Claire Fabre"
    QString typeLabel;  // empty when the appointment has no type
};

// Where the patient stands with the booking page.
struct OnlineAccess
{
    // The account they hold, or belong to as a dependant (the holder's address).
    std::optional<PatientAccount> account;
    QString relation; // "self", "child", … when there is an account
    // An invitation code handed out and not used yet: until when it works.
    QDateTime invitationExpiresAt;
};

// A patient's record at the desk: their whole history — nothing is ever purged — and their
// access to the booking page.
class PatientRecord
{
public:
    explicit PatientRecord(Store &store);

    [[nodiscard]] Patient patient(qint64 patientId); // NotFound when unknown
    // Every appointment of the patient, cancelled ones included, the latest first.
    [[nodiscard]] std::vector<PatientVisit> visits(qint64 patientId);
    [[nodiscard]] OnlineAccess onlineAccess(qint64 patientId);

private:
    Store &m_store;
};

} // namespace Accueil
