#include "invitations.h"

#include "domain/patient.h"
#include "portalerrors.h"
#include "portalsecrets.h"
#include "portalsettings.h"
#include "store/store.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace Accueil {

Invitations::Invitations(Store &store, Language language) : m_store(store), m_language(language) {}

IssuedInvitation Invitations::create(qint64 patientId, const Actor &actor)
{
    const QDateTime now = m_store.clock().now();
    Transaction transaction(m_store.database());
    std::ignore = m_store.get<Patient>(patientId); // NotFound for an unknown patient
    for (InvitationCode old :
         m_store.select<InvitationCode>(u"patient_id = ? AND used_at IS NULL AND expires_at > ?"_s,
                                        {patientId, now.toSecsSinceEpoch()})) {
        old.expiresAt = now;
        m_store.update(old, actor, u"replace"_s);
    }
    IssuedInvitation issued;
    issued.code = Secrets::newInvitationCode();
    InvitationCode &invitation = issued.invitation;
    invitation.codeHash = Secrets::sha256Hex(*Secrets::normaliseInvitationCode(issued.code));
    invitation.patientId = patientId;
    invitation.createdBy = actor.staffId;
    invitation.createdAt = now;
    invitation.expiresAt = now.addSecs(PortalLifetime::invitation);
    // 40 random bits: two codes alike are unlikely, and the unique hash would refuse the second.
    invitation = m_store.insert(invitation, actor);
    transaction.commit();
    return issued;
}

std::optional<InvitationCode> Invitations::pending(qint64 patientId)
{
    const std::vector<InvitationCode> codes = m_store.select<InvitationCode>(
            u"patient_id = ? AND used_at IS NULL AND expires_at > ?"_s,
            {patientId, m_store.clock().now().toSecsSinceEpoch()}, u"created_at DESC, id DESC"_s);
    if (codes.empty())
        return std::nullopt;
    return codes.front();
}

InvitationCode Invitations::check(const QString &typed, const QDate &birthDate)
{
    const Wording say(m_language);
    const auto refuseCode = [&] {
        refuse(StoreError::Kind::Invalid, PortalCode::badCode,
               say(u"This invitation code is unknown, already used or expired, or the birth date is not the "
                   "one the centre has. Please check both, or ask the secretariat for a new code."_s,
                   u"Ce code d'invitation est inconnu, déjà utilisé ou expiré, ou la date de naissance n'est "
                   "pas celle que le centre connaît. Vérifiez les deux, ou demandez un nouveau code au "
                   "secrétariat."_s));
    };
    const std::optional<QString> code = Secrets::normaliseInvitationCode(typed);
    if (!code)
        refuseCode();
    const std::vector<InvitationCode> found
            = m_store.select<InvitationCode>(u"code_hash = ?"_s, {Secrets::sha256Hex(*code)});
    if (found.empty())
        refuseCode();
    const InvitationCode &invitation = found.front();
    if (invitation.usedAt.isValid() || invitation.expiresAt <= m_store.clock().now())
        refuseCode();
    const std::optional<Patient> patient = m_store.find<Patient>(invitation.patientId);
    if (!patient || !patient->birthDate.isValid() || patient->birthDate != birthDate)
        refuseCode();
    return invitation;
}

InvitationCode Invitations::redeem(InvitationCode invitation, qint64 accountId, const Actor &actor)
{
    invitation.usedAt = m_store.clock().now();
    invitation.usedByAccount = accountId;
    // Optimistic locking: of two sign-ups racing with one code, the second fails here.
    return m_store.update(invitation, actor, u"redeem"_s);
}

} // namespace Accueil
