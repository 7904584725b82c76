#pragma once

#include "domain/patient.h"
#include "domain/portal.h"
#include "portallanguage.h"
#include "portalsettings.h"
#include "websessions.h"

#include <QDate>
#include <QList>

#include <functional>
#include <vector>

namespace Accueil {

class Store;

struct SignUpRequest
{
    QString email;
    QString password;
    QString language;       // of the e-mails: "fr" (default) or "en"
    QString invitationCode; // empty: a new patient, where the centre takes them online
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString phone;
};

struct DependantRequest
{
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString relation; // "child", "parent", "spouse", "other"
};

// An account with the people it books for.
struct AccountProfile
{
    struct Dependant
    {
        AccountMember member;
        Patient patient;
    };

    PatientAccount account;
    Patient holder;
    std::vector<Dependant> dependants;
};

struct SignedUp
{
    AccountProfile profile;
    OpenedSession session;
};

// The booking page's accounts: sign-up (with an invitation code from the desk, or as a new
// patient), e-mail verification, password reset, and the dependants an account books for. Refusals
// are StoreErrors with a PortalCode and a sentence in the language given.
class PatientAccounts
{
public:
    PatientAccounts(Store &store, PortalSettings settings, Language language = Language::French);

    static inline const QStringList relations{QStringLiteral("child"), QStringLiteral("parent"),
                                              QStringLiteral("spouse"), QStringLiteral("other")};
    static constexpr int maxDependants = 12;

    // Creates the account (and, without a code, the patient's record), queues the verification
    // e-mail, all in one transaction.
    AccountProfile signUp(const SignUpRequest &request);
    // The same, and a session for the new account in that transaction (the booking page logs
    // people in as they sign up); csrfToken: the page's CSRF cookie.
    SignedUp signUpAndLogIn(const SignUpRequest &request, const QString &csrfToken);
    // The link of the verification e-mail; one use.
    PatientAccount verifyEmail(const QString &token);
    // Sends a new verification link to an unverified address, unless one went less than an hour
    // ago (logging in asks for it). Returns whether one was queued.
    bool resendVerification(const PatientAccount &account);
    // Queues a reset e-mail when an active account has this address; says nothing either way.
    void requestPasswordReset(const QString &email);
    // The link of the reset e-mail; one use. Ends the account's sessions.
    PatientAccount resetPassword(const QString &token, const QString &password);

    [[nodiscard]] PatientAccount account(qint64 accountId);
    [[nodiscard]] AccountProfile profile(qint64 accountId);
    AccountProfile::Dependant addDependant(qint64 accountId, const DependantRequest &request);
    // Switches the appointment reminders of the holder or a dependant on or off (Patient's
    // remindersOptOut, which the desk sees too). Needs a verified address, like every change.
    Patient setReminders(qint64 accountId, qint64 patientId, bool wanted);
    // The holder's and the dependants' record ids.
    [[nodiscard]] QList<qint64> patientIds(qint64 accountId);
    // Refuses (Invalid / forbidden) unless the patient is the holder or a dependant.
    void requireMember(qint64 accountId, qint64 patientId);
    // Refuses (RuleRefused / email_not_verified) until the address is verified.
    void requireVerified(const PatientAccount &account) const;

private:
    AccountProfile create(const SignUpRequest &request,
                          const std::function<void(const PatientAccount &)> &alsoInTransaction);
    AccountToken useToken(const QString &token, const QString &purpose);
    QString issueToken(qint64 accountId, const QString &purpose, qint64 lifetime);

    Store &m_store;
    PortalSettings m_settings;
    Language m_language;
};

} // namespace Accueil
