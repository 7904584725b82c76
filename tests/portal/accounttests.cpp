// Signing up, verifying the address and resetting the password.
#include "catch.h"
#include "errorchecks.h"
#include "portal/invitations.h"
#include "portal/patientaccounts.h"
#include "portal/portalerrors.h"
#include "portal/portalsecrets.h"
#include "portal/websessions.h"
#include "portalfixture.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

SignUpRequest newPatient()
{
    SignUpRequest request;
    request.email = u"  Camille.Durand@Example.org "_s;
    request.password = u"une phrase de passe"_s;
    request.lastName = u"Durand"_s;
    request.firstName = u"Camille"_s;
    request.birthDate = QDate(1991, 3, 8);
    request.phone = u"06 11 22 33 44"_s;
    return request;
}

// The token in the link of a queued e-mail: "…/#verify=<token>".
} // namespace

TEST_CASE("Signing up with the desk's code links the account to the patient's record", "[account]")
{
    PortalFixture f;
    const IssuedInvitation issued = Invitations(*f.store).create(f.louise.id, deskActor(f.secretary));
    SignUpRequest request;
    request.email = u"louise.martin@example.org"_s;
    request.password = u"0123456789"_s;
    request.invitationCode = issued.code.toLower();
    request.birthDate = QDate(1980, 5, 17);
    const qint64 patients = rowCount(f.store->database(), u"patient"_s);

    PatientAccounts accounts(*f.store, f.settings);
    const AccountProfile profile = accounts.signUp(request);
    CHECK(profile.account.email == u"louise.martin@example.org"_s);
    CHECK(profile.account.holderPatientId == f.louise.id);
    CHECK(profile.holder.id == f.louise.id);
    CHECK(profile.dependants.empty());
    CHECK_FALSE(profile.account.emailVerifiedAt.isValid());
    CHECK(profile.account.language == u"fr"_s);
    CHECK(PasswordHasher::verify(profile.account.passwordHash, u"0123456789"_s));
    CHECK(rowCount(f.store->database(), u"patient"_s) == patients); // no new record

    const InvitationCode used = f.store->get<InvitationCode>(issued.invitation.id);
    CHECK(used.usedAt == f.clock.now());
    CHECK(used.usedByAccount == profile.account.id);
    const std::vector<AccountMember> members
            = f.store->select<AccountMember>(u"account_id = ?"_s, {profile.account.id});
    REQUIRE(members.size() == 1);
    CHECK(members.front().relation == u"self"_s);

    SECTION("the verification e-mail is queued, in French, with a one-time link")
    {
        const std::vector<OutgoingMail> mails = f.mails();
        REQUIRE(mails.size() == 1);
        const OutgoingMail &mail = mails.front();
        CHECK(mail.kind == u"verify"_s);
        CHECK(mail.status == u"queued"_s);
        CHECK(mail.toAddress == u"louise.martin@example.org"_s);
        CHECK(mail.accountId == profile.account.id);
        CHECK(mail.nextAttemptAt == f.clock.now());
        CHECK(mail.subject == u"Confirmez votre adresse e-mail – Maison de santé des Tilleuls"_s);
        CHECK(mail.body.contains(u"https://rdv.tilleuls.example/#verify="_s));
        CHECK(mail.body.contains(u"Ce lien est valable 7 jours."_s));
        CHECK(mail.body.contains(u"03 88 00 00 00"_s));
        const QString token = PortalFixture::tokenIn(mail, u"verify"_s);
        // Only the token's hash is stored.
        CHECK(f.store->count<AccountToken>(u"token_hash = ?"_s, {Secrets::sha256Hex(token)}) == 1);
        CHECK(f.store->count<AccountToken>(u"token_hash = ?"_s, {token}) == 0);

        const PatientAccount verified = accounts.verifyEmail(token);
        CHECK(verified.emailVerifiedAt == f.clock.now());
        CHECK(codeOf(storeErrorFrom([&] { accounts.verifyEmail(token); })) == PortalCode::badToken);
    }
    SECTION("the code does not work twice")
    {
        request.email = u"other@example.org"_s;
        const auto error = storeErrorFrom([&] { accounts.signUp(request); });
        REQUIRE(error);
        CHECK(error->code() == PortalCode::badCode);
    }
}

TEST_CASE("Signing up with a code and the wrong birth date changes nothing", "[account]")
{
    PortalFixture f;
    const IssuedInvitation issued = Invitations(*f.store).create(f.louise.id, deskActor(f.secretary));
    SignUpRequest request;
    request.email = u"louise.martin@example.org"_s;
    request.password = u"0123456789"_s;
    request.invitationCode = issued.code;
    request.birthDate = QDate(1980, 5, 18);
    const WriteTrace before = WriteTrace::of(*f.store, u"patient_account"_s);
    const auto error = storeErrorFrom([&] { PatientAccounts(*f.store, f.settings).signUp(request); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::Invalid);
    CHECK(error->code() == PortalCode::badCode);
    CHECK(WriteTrace::of(*f.store, u"patient_account"_s) == before);
    CHECK(f.mails().empty());
}

TEST_CASE("Signing up as a new patient creates the record, where the centre allows it", "[account]")
{
    PortalFixture f;
    PatientAccounts accounts(*f.store, f.settings, Language::English);
    SignUpRequest request = newPatient();
    request.language = u"en"_s;

    SECTION("allowed")
    {
        const AccountProfile profile = accounts.signUp(request);
        CHECK(profile.account.email == u"camille.durand@example.org"_s);
        CHECK(profile.account.language == u"en"_s);
        CHECK(profile.holder.lastName == u"Durand"_s);
        CHECK(profile.holder.firstName == u"Camille"_s);
        CHECK(profile.holder.birthDate == QDate(1991, 3, 8));
        CHECK(profile.holder.mobilePhone == u"06 11 22 33 44"_s);
        CHECK(profile.holder.email == u"camille.durand@example.org"_s);
        const std::vector<OutgoingMail> mails = f.mails();
        REQUIRE(mails.size() == 1);
        CHECK(mails.front().subject == u"Confirm your e-mail address – Maison de santé des Tilleuls"_s);
        CHECK(mails.front().body.contains(u"The link is valid for 7 days."_s));
        // The audit trail says it came from the web.
        const std::vector<AuditEvent> trail = f.store->auditTrail(u"patient_account"_s, profile.account.id);
        REQUIRE_FALSE(trail.empty());
        CHECK(trail.front().channel == Channel::Web);
        CHECK_FALSE(QJsonDocument(trail.front().after).toJson().contains("argon2"));

        SECTION("an address has one account")
        {
            request.email = u"CAMILLE.durand@example.org"_s;
            const auto error = storeErrorFrom([&] { accounts.signUp(request); });
            REQUIRE(error);
            CHECK(error->kind() == StoreError::Kind::UniqueViolation);
            CHECK(error->code() == PortalCode::emailTaken);
        }
    }
    SECTION("refused when the centre takes no new patients online")
    {
        f.centre.rules.newPatientsOnline = false;
        f.store->update(f.centre, setupActor());
        const WriteTrace before = WriteTrace::of(*f.store, u"patient"_s);
        const auto error = storeErrorFrom([&] { accounts.signUp(request); });
        REQUIRE(error);
        CHECK(error->code() == PortalCode::forbidden);
        CHECK(error->message().contains(u"invitation code"_s));
        CHECK(WriteTrace::of(*f.store, u"patient"_s) == before);
    }
}

TEST_CASE("Sign-up fields have limits, each refused with a sentence", "[account]")
{
    PortalFixture f;
    PatientAccounts accounts(*f.store, f.settings);
    SignUpRequest request = newPatient();
    const auto refusal = [&] {
        const auto error = storeErrorFrom([&] { accounts.signUp(request); });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::Invalid);
        CHECK(error->code() == PortalCode::invalid);
        return error->message();
    };
    SECTION("password of 9 characters")
    {
        request.password = u"123456789"_s;
        CHECK(refusal() == u"Le mot de passe doit comporter entre 10 et 200 caractères."_s);
    }
    SECTION("password of 201 characters")
    {
        request.password = QString(201, u'x');
        CHECK(refusal().contains(u"200"_s));
    }
    SECTION("e-mail of 255 characters")
    {
        request.email = QString(243, u'a') + u"@example.org"_s;
        CHECK(refusal() == u"Cette adresse e-mail ne semble pas correcte."_s);
    }
    SECTION("e-mail without @")
    {
        request.email = u"camille.example.org"_s;
        CHECK(refusal().contains(u"adresse e-mail"_s));
    }
    SECTION("last name of 101 characters")
    {
        request.lastName = QString(101, u'x');
        CHECK(refusal() == u"Trop long\u00a0: le nom (100 caractères au plus)."_s);
    }
    SECTION("no first name")
    {
        request.firstName = u"   "_s;
        CHECK(refusal() == u"Il manque\u00a0: le prénom."_s);
    }
    SECTION("phone of 31 characters")
    {
        request.phone = QString(31, u'6');
        CHECK(refusal().contains(u"le téléphone"_s));
    }
    SECTION("birth date in the future")
    {
        request.birthDate = QDate(2026, 6, 17);
        CHECK(refusal() == u"Cette date de naissance ne semble pas correcte."_s);
    }
    CHECK(rowCount(f.store->database(), u"patient_account"_s) == 0);
}

TEST_CASE("A verification link works once and for 7 days; logging in sends a new one", "[account]")
{
    PortalFixture f;
    PatientAccounts accounts(*f.store, f.settings);
    accounts.signUp(newPatient());
    const QString token = PortalFixture::tokenIn(f.mails().back(), u"verify"_s);

    SECTION("expired")
    {
        f.clock.advance(7 * 86400 + 1);
        const auto error = storeErrorFrom([&] { accounts.verifyEmail(token); });
        REQUIRE(error);
        CHECK(error->code() == PortalCode::badToken);
        CHECK(error->message().contains(u"n'est plus valable"_s));

        // Logging in asks for a new link (not more than one an hour).
        WebSessions sessions(*f.store, f.settings);
        sessions.login(u"camille.durand@example.org"_s, newPatient().password, u"csrf"_s);
        REQUIRE(f.mails().size() == 2);
        sessions.login(u"camille.durand@example.org"_s, newPatient().password, u"csrf"_s);
        CHECK(f.mails().size() == 2);
        const PatientAccount verified
                = accounts.verifyEmail(PortalFixture::tokenIn(f.mails().back(), u"verify"_s));
        CHECK(verified.emailVerifiedAt.isValid());
    }
    SECTION("not a reset link")
    {
        CHECK(codeOf(storeErrorFrom([&] { accounts.resetPassword(token, u"a new password"_s); }))
              == PortalCode::badToken);
    }
    SECTION("garbage")
    {
        CHECK(kindOf(storeErrorFrom([&] { accounts.verifyEmail(u"garbage"_s); }))
              == StoreError::Kind::Invalid);
        CHECK(kindOf(storeErrorFrom([&] { accounts.verifyEmail({}); })) == StoreError::Kind::Invalid);
    }
}

TEST_CASE("Password reset: nothing said about unknown addresses, one-hour one-time link", "[account]")
{
    PortalFixture f;
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise, false);
    PatientAccounts accounts(*f.store, f.settings);
    WebSessions sessions(*f.store, f.settings);
    const OpenedSession before = sessions.login(u"louise@example.org"_s, PortalFixture::testPassword, u"c"_s);
    const std::size_t mailsBefore = f.mails().size();

    accounts.requestPasswordReset(u"nobody@example.org"_s);
    CHECK(f.mails().size() == mailsBefore);

    accounts.requestPasswordReset(u" LOUISE@example.org"_s);
    REQUIRE(f.mails().size() == mailsBefore + 1);
    const OutgoingMail mail = f.mails().back();
    CHECK(mail.kind == u"reset"_s);
    CHECK(mail.toAddress == u"louise@example.org"_s);
    CHECK(mail.subject == u"Choisissez un nouveau mot de passe – Maison de santé des Tilleuls"_s);
    CHECK(mail.body.contains(u"valable une heure"_s));
    const QString token = PortalFixture::tokenIn(mail, u"reset"_s);

    SECTION("used within the hour")
    {
        f.clock.advance(3599);
        CHECK(codeOf(storeErrorFrom([&] { accounts.resetPassword(token, u"short"_s); }))
              == PortalCode::invalid);
        const PatientAccount changed = accounts.resetPassword(token, u"a brand new password"_s);
        CHECK(PasswordHasher::verify(changed.passwordHash, u"a brand new password"_s));
        CHECK(changed.emailVerifiedAt == f.clock.now());            // the link proved the address
        CHECK_FALSE(sessions.accountFor(before.token).has_value()); // logged out everywhere
        CHECK(codeOf(storeErrorFrom([&] { accounts.resetPassword(token, u"yet another one"_s); }))
              == PortalCode::badToken);
        CHECK(sessions.login(u"louise@example.org"_s, u"a brand new password"_s, u"c"_s).account.id
              == account.id);
        CHECK(codeOf(storeErrorFrom(
                      [&] { sessions.login(u"louise@example.org"_s, PortalFixture::testPassword, u"c"_s); }))
              == PortalCode::badCredentials);
    }
    SECTION("expired after an hour")
    {
        f.clock.advance(3601);
        CHECK(codeOf(storeErrorFrom([&] { accounts.resetPassword(token, u"a brand new password"_s); }))
              == PortalCode::badToken);
    }
}
