// Logging in and out, and the people an account books for.
#include "catch.h"
#include "errorchecks.h"
#include "portal/patientaccounts.h"
#include "portal/portalerrors.h"
#include "portal/portalsecrets.h"
#include "portal/websessions.h"
#include "portalfixture.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Logging in opens a 30-day session whose token the store only knows hashed", "[session]")
{
    PortalFixture f;
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
    WebSessions sessions(*f.store, f.settings);
    const OpenedSession opened
            = sessions.login(u"Louise@Example.org "_s, PortalFixture::testPassword, u"csrf-1"_s);
    CHECK(opened.account.id == account.id);
    CHECK(opened.token.size() == 43);
    const WebSession stored = f.store->get<WebSession>(opened.session.id);
    CHECK(stored.tokenHash == Secrets::sha256Hex(opened.token));
    CHECK(stored.csrfToken == u"csrf-1"_s);
    CHECK(stored.expiresAt == f.clock.now().addDays(30));
    CHECK(f.store->count<WebSession>(u"token_hash = ?"_s, {opened.token}) == 0);

    CHECK(sessions.accountFor(opened.token)->id == account.id);
    CHECK_FALSE(sessions.accountFor(opened.token.left(42)).has_value());
    CHECK_FALSE(sessions.accountFor({}).has_value());

    SECTION("until logout")
    {
        sessions.logout(opened.token);
        CHECK_FALSE(sessions.accountFor(opened.token).has_value());
        const WebSession ended = f.store->get<WebSession>(opened.session.id);
        CHECK(ended.endedAt == f.clock.now());
        // Twice, or a token nobody has: nothing more happens, not even a write.
        f.clock.advance(60);
        const qint64 revision = f.store->latestRevision();
        sessions.logout(opened.token);
        sessions.logout(u"unknown"_s);
        CHECK(f.store->get<WebSession>(opened.session.id).endedAt == ended.endedAt);
        CHECK(f.store->get<WebSession>(opened.session.id).version == ended.version);
        CHECK(f.store->latestRevision() == revision);
    }
    SECTION("for 30 days")
    {
        f.clock.advance(30 * 86400 - 1);
        CHECK(sessions.accountFor(opened.token).has_value());
        f.clock.advance(1);
        CHECK_FALSE(sessions.accountFor(opened.token).has_value());
    }
    SECTION("while the account is active")
    {
        PatientAccount closed = f.store->get<PatientAccount>(account.id);
        closed.active = false;
        f.store->update(closed, setupActor());
        CHECK_FALSE(sessions.accountFor(opened.token).has_value());
    }
}

TEST_CASE("Signing up on the page logs in, in the sign-up's transaction", "[session]")
{
    PortalFixture f;
    SignUpRequest request;
    request.email = u"camille@example.org"_s;
    request.password = u"une phrase de passe"_s;
    request.lastName = u"Durand"_s;
    request.firstName = u"Camille"_s;
    request.birthDate = QDate(1991, 3, 8);
    const SignedUp created = PatientAccounts(*f.store, f.settings).signUpAndLogIn(request, u"csrf-9"_s);
    CHECK(created.session.account.id == created.profile.account.id);
    CHECK(created.session.session.csrfToken == u"csrf-9"_s);
    CHECK(WebSessions(*f.store, f.settings).accountFor(created.session.token)->id
          == created.profile.account.id);
    // The session's revision follows the account's, the verification e-mail's between them.
    const qint64 accountRevision
            = f.store->auditTrail(u"patient_account"_s, created.profile.account.id).front().revision;
    const qint64 sessionRevision
            = f.store->auditTrail(u"web_session"_s, created.session.session.id).front().revision;
    CHECK(sessionRevision > accountRevision);

    SECTION("refused: no session either")
    {
        const WriteTrace before = WriteTrace::of(*f.store, u"web_session"_s);
        const auto error = storeErrorFrom(
                [&] { PatientAccounts(*f.store, f.settings).signUpAndLogIn(request, u"c"_s); });
        REQUIRE(error);
        CHECK(error->code() == PortalCode::emailTaken);
        CHECK(WriteTrace::of(*f.store, u"web_session"_s) == before);
    }
}

TEST_CASE("A wrong password and an unknown address are refused alike", "[session]")
{
    PortalFixture f;
    f.addAccount(u"louise@example.org"_s, f.louise);
    WebSessions sessions(*f.store, f.settings, Language::English);
    const auto wrongPassword
            = storeErrorFrom([&] { sessions.login(u"louise@example.org"_s, u"not the password"_s, u"c"_s); });
    const auto unknown = storeErrorFrom(
            [&] { sessions.login(u"nobody@example.org"_s, PortalFixture::testPassword, u"c"_s); });
    REQUIRE(wrongPassword);
    REQUIRE(unknown);
    CHECK(wrongPassword->kind() == StoreError::Kind::Invalid);
    CHECK(wrongPassword->code() == PortalCode::badCredentials);
    CHECK(unknown->code() == PortalCode::badCredentials);
    CHECK(wrongPassword->message() == unknown->message());
    CHECK(unknown->message() == u"Wrong e-mail address or password."_s);
    CHECK(codeOf(storeErrorFrom([&] { sessions.login({}, {}, {}); })) == PortalCode::badCredentials);
    CHECK(rowCount(f.store->database(), u"web_session"_s) == 0);
}

TEST_CASE("An account books for its holder and the dependants it adds", "[session]")
{
    PortalFixture f;
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
    PatientAccounts accounts(*f.store, f.settings);

    DependantRequest child;
    child.firstName = u"Jules"_s;
    child.lastName = u"Martin"_s;
    child.birthDate = QDate(2019, 9, 1);
    child.relation = u"child"_s;
    const AccountProfile::Dependant added = accounts.addDependant(account.id, child);
    CHECK(added.patient.firstName == u"Jules"_s);
    CHECK(added.patient.birthDate == QDate(2019, 9, 1));
    CHECK(added.member.relation == u"child"_s);
    CHECK(added.member.accountId == account.id);

    const AccountProfile profile = accounts.profile(account.id);
    CHECK(profile.holder.id == f.louise.id);
    REQUIRE(profile.dependants.size() == 1);
    CHECK(profile.dependants.front().patient.id == added.patient.id);
    CHECK(accounts.patientIds(account.id) == QList<qint64>{f.louise.id, added.patient.id});
    accounts.requireMember(account.id, added.patient.id);
    const auto stranger = storeErrorFrom([&] { accounts.requireMember(account.id, f.helene.id); });
    REQUIRE(stranger);
    CHECK(stranger->code() == PortalCode::forbidden);

    SECTION("a relation from the list")
    {
        child.relation = u"cousin"_s;
        CHECK(codeOf(storeErrorFrom([&] { accounts.addDependant(account.id, child); }))
              == PortalCode::invalid);
    }
    SECTION("names and birth date as for sign-up")
    {
        child.lastName = QString(101, u'x');
        CHECK(codeOf(storeErrorFrom([&] { accounts.addDependant(account.id, child); }))
              == PortalCode::invalid);
        child.lastName = u"Martin"_s;
        child.birthDate = QDate(2027, 1, 1);
        CHECK(codeOf(storeErrorFrom([&] { accounts.addDependant(account.id, child); }))
              == PortalCode::invalid);
    }
    SECTION("at most 12")
    {
        for (int i = 1; i < PatientAccounts::maxDependants; ++i)
            accounts.addDependant(account.id, child);
        const auto error = storeErrorFrom([&] { accounts.addDependant(account.id, child); });
        REQUIRE(error);
        CHECK(error->message().contains(u"12 autres personnes"_s));
        CHECK(accounts.profile(account.id).dependants.size() == 12);
    }
    SECTION("only once the address is verified")
    {
        const PatientAccount unverified = f.addAccount(u"helene@example.org"_s, f.helene, false);
        const auto error = storeErrorFrom([&] { accounts.addDependant(unverified.id, child); });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::RuleRefused);
        CHECK(error->code() == PortalCode::emailNotVerified);
    }
}
