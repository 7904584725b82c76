#pragma once

#include "domain/audit.h"
#include "domain/portal.h"
#include "portallanguage.h"

#include <QDate>

namespace Accueil {

class Store;

// A code just handed out: the clear code exists only here, to be given to the patient once.
struct IssuedInvitation
{
    InvitationCode invitation; // as stored: the hash, never the code
    QString code;              // "K7PQ-4XM9"
};

// Invitation codes: handed out at the desk from a patient's record, they let the patient open an
// account on the booking page linked to that record. One use, 30 days; a new code replaces the
// patient's unused ones.
class Invitations
{
public:
    explicit Invitations(Store &store, Language language = Language::French);

    // For the desk: a new code for the patient, by the staff member in actor.
    IssuedInvitation create(qint64 patientId, const Actor &actor);
    // The patient's code still waiting to be used, if any (the desk can say "a code was given on …").
    [[nodiscard]] std::optional<InvitationCode> pending(qint64 patientId);
    // The code a patient typed, if it is unused, unexpired and the birth date is the record's;
    // else refuses with Invalid / bad_code, the same sentence whatever was wrong. Marks nothing:
    // redeem() does, in the sign-up's transaction.
    [[nodiscard]] InvitationCode check(const QString &typed, const QDate &birthDate);
    InvitationCode redeem(InvitationCode invitation, qint64 accountId, const Actor &actor);

private:
    Store &m_store;
    Language m_language;
};

} // namespace Accueil
