#include "patientaccounts.h"

#include "invitations.h"
#include "portalerrors.h"
#include "portalmail.h"
#include "portalsecrets.h"
#include "store/store.h"
#include "websessions.h"

#include <QTimeZone>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int maxName = 100;
constexpr int maxPhone = 30;

} // namespace

PatientAccounts::PatientAccounts(Store &store, PortalSettings settings, Language language)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_language(language)
{}

QString PatientAccounts::issueToken(qint64 accountId, const QString &purpose, qint64 lifetime)
{
    const QString token = Secrets::randomToken();
    AccountToken record;
    record.accountId = accountId;
    record.purpose = purpose;
    record.tokenHash = Secrets::sha256Hex(token);
    record.createdAt = m_store.clock().now();
    record.expiresAt = record.createdAt.addSecs(lifetime);
    m_store.insert(record, webActor(accountId));
    return token;
}

AccountToken PatientAccounts::useToken(const QString &token, const QString &purpose)
{
    const Wording say(m_language);
    const std::vector<AccountToken> found = m_store.select<AccountToken>(
            u"token_hash = ? AND purpose = ?"_s, {Secrets::sha256Hex(token.trimmed()), purpose});
    const QDateTime now = m_store.clock().now();
    if (found.empty() || found.front().usedAt.isValid() || found.front().expiresAt <= now) {
        refuse(StoreError::Kind::Invalid, PortalCode::badToken,
               purpose == u"verify"
                       ? say(u"This link is not valid any more (already used or expired). Log in to have a "
                             "new one sent."_s,
                             u"Ce lien n'est plus valable (déjà utilisé ou expiré). Connectez-vous pour en "
                             "recevoir un nouveau."_s)
                       : say(u"This link is not valid any more (already used or expired). Please ask for a "
                             "new one."_s,
                             u"Ce lien n'est plus valable (déjà utilisé ou expiré). Veuillez en demander un "
                             "nouveau."_s));
    }
    AccountToken used = found.front();
    used.usedAt = now;
    // Optimistic locking: of two uses racing, the second fails.
    return m_store.update(used, webActor(used.accountId), u"use"_s);
}

AccountProfile PatientAccounts::signUp(const SignUpRequest &request)
{
    return create(request, {});
}

SignedUp PatientAccounts::signUpAndLogIn(const SignUpRequest &request, const QString &csrfToken)
{
    std::optional<OpenedSession> session;
    AccountProfile profile = create(request, [&](const PatientAccount &account) {
        session = WebSessions(m_store, m_settings, m_language).open(account, csrfToken);
    });
    return {std::move(profile), std::move(*session)};
}

AccountProfile PatientAccounts::create(const SignUpRequest &request,
                                       const std::function<void(const PatientAccount &)> &alsoInTransaction)
{
    const Wording say(m_language);
    const FieldCheck check(m_language);
    const QDateTime now = m_store.clock().now();
    const Centre centre = m_store.centre().value_or(Centre{});
    const QDate today = now.toTimeZone(QTimeZone(centre.timeZone.toUtf8())).date();

    PatientAccount account;
    account.email = check.email(request.email);
    check.password(request.password);
    account.language = toKey(languageFromKey(request.language));
    const QString phone = check.text(request.phone, 0, maxPhone, u"the phone number"_s, u"le téléphone"_s);
    const bool invited = !request.invitationCode.trimmed().isEmpty();
    QString lastName;
    QString firstName;
    if (invited) {
        // The record already has the names; what was typed only has to fit.
        std::ignore = check.text(request.lastName, 0, maxName, u"the last name"_s, u"le nom"_s);
        std::ignore = check.text(request.firstName, 0, maxName, u"the first name"_s, u"le prénom"_s);
    } else {
        lastName = check.text(request.lastName, 1, maxName, u"the last name"_s, u"le nom"_s);
        firstName = check.text(request.firstName, 1, maxName, u"the first name"_s, u"le prénom"_s);
        check.birthDate(request.birthDate, today);
        if (!centre.rules.newPatientsOnline) {
            refuse(StoreError::Kind::RuleRefused, PortalCode::forbidden,
                   say(u"The centre does not take new patients online. If you are already a patient, ask the "
                       "secretariat for an invitation code; otherwise please phone the centre."_s,
                       u"Le centre ne prend pas de nouveaux patients en ligne. Si vous êtes déjà patient, "
                       "demandez un code d'invitation au secrétariat\u00a0; sinon, appelez le centre."_s));
        }
    }

    Invitations invitations(m_store, m_language);
    std::optional<InvitationCode> invitation;
    if (invited)
        invitation = invitations.check(request.invitationCode, request.birthDate);
    const auto refuseTaken = [&] {
        refuse(StoreError::Kind::UniqueViolation, PortalCode::emailTaken,
               say(u"An account already exists for this e-mail address. Log in, or ask for a new password."_s,
                   u"Un compte existe déjà pour cette adresse e-mail. Connectez-vous, ou demandez un nouveau "
                   "mot de passe."_s));
    };
    if (m_store.count<PatientAccount>(u"email = ?"_s, {account.email}) > 0)
        refuseTaken();

    // Hashed before the transaction: Argon2id takes a while and holds no lock.
    account.passwordHash = PasswordHasher(m_settings.passwordStrength).hash(request.password);
    account.createdAt = now;
    try {
        Transaction transaction(m_store.database());
        const Actor anonymous = webActor(0);
        if (invitation) {
            account.holderPatientId = invitation->patientId;
        } else {
            Patient patient;
            patient.lastName = lastName;
            patient.firstName = firstName;
            patient.birthDate = request.birthDate;
            patient.mobilePhone = phone;
            patient.email = account.email;
            patient.notes = u"Dossier créé sur le site de rendez-vous."_s; // for the desk, in French
            account.holderPatientId = m_store.insert(patient, anonymous).id;
        }
        account = m_store.insert(account, anonymous);
        const Actor actor = webActor(account.id);
        if (invitation)
            invitations.redeem(*invitation, account.id, actor);
        AccountMember self;
        self.accountId = account.id;
        self.patientId = account.holderPatientId;
        self.relation = u"self"_s;
        m_store.insert(self, actor);
        const QString token = issueToken(account.id, u"verify"_s, PortalLifetime::verification);
        PortalMail(m_store, m_settings).verification(account, token, actor);
        if (alsoInTransaction)
            alsoInTransaction(account);
        transaction.commit();
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::UniqueViolation)
            refuseTaken(); // another sign-up with this address was faster
        if (error.kind() == StoreError::Kind::VersionConflict && invitation)
            std::ignore = invitations.check(request.invitationCode, request.birthDate); // used meanwhile
        throw;
    }
    return profile(account.id);
}

PatientAccount PatientAccounts::verifyEmail(const QString &token)
{
    Transaction transaction(m_store.database());
    const AccountToken used = useToken(token, u"verify"_s);
    PatientAccount account = m_store.get<PatientAccount>(used.accountId);
    if (!account.emailVerifiedAt.isValid()) {
        account.emailVerifiedAt = m_store.clock().now();
        account = m_store.update(account, webActor(account.id), u"verify"_s);
    }
    transaction.commit();
    return account;
}

bool PatientAccounts::resendVerification(const PatientAccount &account)
{
    if (account.emailVerifiedAt.isValid())
        return false;
    const QDateTime now = m_store.clock().now();
    if (m_store.count<AccountToken>(u"account_id = ? AND purpose = 'verify' AND created_at > ?"_s,
                                    {account.id, now.addSecs(-3600).toSecsSinceEpoch()})
        > 0)
        return false;
    Transaction transaction(m_store.database());
    const QString token = issueToken(account.id, u"verify"_s, PortalLifetime::verification);
    PortalMail(m_store, m_settings).verification(account, token, webActor(account.id));
    transaction.commit();
    return true;
}

void PatientAccounts::requestPasswordReset(const QString &email)
{
    const std::vector<PatientAccount> found = m_store.select<PatientAccount>(
            u"email = ? AND active = ?"_s, {email.trimmed().toLower(), true});
    if (found.empty())
        return;
    const PatientAccount &account = found.front();
    Transaction transaction(m_store.database());
    const QString token = issueToken(account.id, u"reset"_s, PortalLifetime::passwordReset);
    PortalMail(m_store, m_settings).passwordReset(account, token, webActor(account.id));
    transaction.commit();
}

PatientAccount PatientAccounts::resetPassword(const QString &token, const QString &password)
{
    FieldCheck(m_language).password(password);
    const QString hash = PasswordHasher(m_settings.passwordStrength).hash(password);
    Transaction transaction(m_store.database());
    const AccountToken used = useToken(token, u"reset"_s);
    PatientAccount account = m_store.get<PatientAccount>(used.accountId);
    const Actor actor = webActor(account.id);
    const QDateTime now = m_store.clock().now();
    account.passwordHash = hash;
    // The link came by e-mail: the address is proven.
    if (!account.emailVerifiedAt.isValid())
        account.emailVerifiedAt = now;
    account = m_store.update(account, actor, u"password"_s);
    // Whoever knew the old password is logged out.
    for (WebSession session :
         m_store.select<WebSession>(u"account_id = ? AND ended_at IS NULL"_s, {account.id})) {
        session.endedAt = now;
        m_store.update(session, actor, u"logout"_s);
    }
    transaction.commit();
    return account;
}

PatientAccount PatientAccounts::account(qint64 accountId)
{
    return m_store.get<PatientAccount>(accountId);
}

AccountProfile PatientAccounts::profile(qint64 accountId)
{
    AccountProfile profile;
    profile.account = m_store.get<PatientAccount>(accountId);
    profile.holder = m_store.get<Patient>(profile.account.holderPatientId);
    for (const AccountMember &member :
         m_store.select<AccountMember>(u"account_id = ? AND patient_id <> ?"_s,
                                       {accountId, profile.account.holderPatientId}, u"id"_s)) {
        profile.dependants.push_back({member, m_store.get<Patient>(member.patientId)});
    }
    return profile;
}

AccountProfile::Dependant PatientAccounts::addDependant(qint64 accountId, const DependantRequest &request)
{
    const Wording say(m_language);
    const FieldCheck check(m_language);
    const PatientAccount owner = account(accountId);
    requireVerified(owner);
    const Centre centre = m_store.centre().value_or(Centre{});
    const QDate today = m_store.clock().now().toTimeZone(QTimeZone(centre.timeZone.toUtf8())).date();
    Patient patient;
    patient.firstName = check.text(request.firstName, 1, maxName, u"the first name"_s, u"le prénom"_s);
    patient.lastName = check.text(request.lastName, 1, maxName, u"the last name"_s, u"le nom"_s);
    check.birthDate(request.birthDate, today);
    patient.birthDate = request.birthDate;
    if (!relations.contains(request.relation)) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               say(u"The relation must be child, parent, spouse or other."_s,
                   u"Le lien doit être enfant (child), parent, conjoint (spouse) ou autre (other)."_s));
    }
    const Actor actor = webActor(accountId);
    Transaction transaction(m_store.database());
    if (m_store.count<AccountMember>(u"account_id = ? AND relation <> 'self'"_s, {accountId})
        >= maxDependants) {
        const QString refusal
                = say(u"An account can book for at most %1 other people; please phone the centre."_s,
                      u"Un compte peut prendre rendez-vous pour %1 autres personnes au plus\u00a0; veuillez "
                      u"appeler "
                      "le centre."_s);
        refuse(StoreError::Kind::Invalid, PortalCode::invalid, refusal.arg(maxDependants));
    }
    // For the desk, in French.
    const Patient holder = m_store.get<Patient>(owner.holderPatientId);
    patient.notes = u"Dossier créé sur le site de rendez-vous par le compte de %1 %2."_s.arg(
            holder.lastName.toUpper(), holder.firstName);
    patient = m_store.insert(patient, actor);
    AccountMember member;
    member.accountId = accountId;
    member.patientId = patient.id;
    member.relation = request.relation;
    member = m_store.insert(member, actor);
    transaction.commit();
    return {member, patient};
}

Patient PatientAccounts::setReminders(qint64 accountId, qint64 patientId, bool wanted)
{
    requireMember(accountId, patientId);
    requireVerified(account(accountId));
    // The flag is set to a value, not toggled: when a desk changed the record meanwhile, reading it
    // again and setting the flag keeps the desk's change.
    for (int attempt = 1;; ++attempt) {
        Patient patient = m_store.get<Patient>(patientId);
        if (patient.remindersOptOut == !wanted)
            return patient;
        patient.remindersOptOut = !wanted;
        try {
            return m_store.update(patient, webActor(accountId));
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::VersionConflict || attempt == 3)
                throw;
        }
    }
}

QList<qint64> PatientAccounts::patientIds(qint64 accountId)
{
    const PatientAccount owner = account(accountId);
    QList<qint64> ids{owner.holderPatientId};
    for (const AccountMember &member : m_store.select<AccountMember>(u"account_id = ?"_s, {accountId})) {
        if (!ids.contains(member.patientId))
            ids << member.patientId;
    }
    return ids;
}

void PatientAccounts::requireMember(qint64 accountId, qint64 patientId)
{
    if (!patientIds(accountId).contains(patientId)) {
        const Wording say(m_language);
        refuse(StoreError::Kind::Invalid, PortalCode::forbidden,
               say(u"This person is not one of those your account books for."_s,
                   u"Cette personne ne fait pas partie de celles pour qui votre compte prend "
                   "rendez-vous."_s));
    }
}

void PatientAccounts::requireVerified(const PatientAccount &account) const
{
    if (account.emailVerifiedAt.isValid())
        return;
    const Wording say(m_language);
    refuse(StoreError::Kind::RuleRefused, PortalCode::emailNotVerified,
           say(u"Please confirm your e-mail address first, with the link we sent to %1."_s,
               u"Veuillez d'abord confirmer votre adresse e-mail, avec le lien envoyé à %1."_s)
                   .arg(account.email));
}

} // namespace Accueil
