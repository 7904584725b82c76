// Invitation codes handed out at the desk.
#include "catch.h"
#include "portal/invitations.h"
#include "portal/portalerrors.h"
#include "portal/portalsecrets.h"
#include "portalfixture.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QString codeErrorOf(Invitations &invitations, const QString &code, const QDate &birth)
{
    const auto error = storeErrorFrom([&] { std::ignore = invitations.check(code, birth); });
    if (!error)
        return u"(accepted)"_s;
    CHECK(error->kind() == StoreError::Kind::Invalid);
    return error->code();
}

} // namespace

TEST_CASE("A code is handed out once: the store keeps its hash, valid 30 days", "[invitation]")
{
    PortalFixture f;
    Invitations invitations(*f.store);
    const IssuedInvitation issued = invitations.create(f.louise.id, deskActor(f.secretary));
    CHECK(issued.code.size() == 9);
    const InvitationCode stored = f.store->get<InvitationCode>(issued.invitation.id);
    CHECK(stored.codeHash == Secrets::sha256Hex(issued.code.left(4) + issued.code.mid(5)));
    CHECK_FALSE(stored.codeHash.contains(issued.code.left(4)));
    CHECK(stored.patientId == f.louise.id);
    CHECK(stored.createdBy == f.secretary.id);
    CHECK(stored.expiresAt == f.clock.now().addDays(30));
    CHECK_FALSE(stored.usedAt.isValid());
    CHECK(invitations.pending(f.louise.id)->id == stored.id);
    CHECK_FALSE(invitations.pending(f.helene.id).has_value());

    // Nowhere in the audit trail either.
    for (const AuditEvent &event : f.store->auditTrail(u"invitation_code"_s, stored.id))
        CHECK_FALSE(QJsonDocument(event.after).toJson().contains(issued.code.left(4).toUtf8()));
}

TEST_CASE("A code is accepted with the record's birth date only, as typed by a person", "[invitation]")
{
    PortalFixture f;
    Invitations invitations(*f.store);
    const IssuedInvitation issued = invitations.create(f.louise.id, deskActor(f.secretary));
    CHECK(invitations.check(issued.code, QDate(1980, 5, 17)).id == issued.invitation.id);
    CHECK(invitations.check(issued.code.toLower().remove(u'-'), QDate(1980, 5, 17)).id
          == issued.invitation.id);
    CHECK(codeErrorOf(invitations, issued.code, QDate(1980, 5, 18)) == PortalCode::badCode);
    CHECK(codeErrorOf(invitations, issued.code, QDate()) == PortalCode::badCode);
    CHECK(codeErrorOf(invitations, u"AAAA-AAAA"_s, QDate(1980, 5, 17)) == PortalCode::badCode);
    CHECK(codeErrorOf(invitations, u"not a code"_s, QDate(1980, 5, 17)) == PortalCode::badCode);

    SECTION("the same sentence whatever was wrong")
    {
        const auto wrongDate
                = storeErrorFrom([&] { std::ignore = invitations.check(issued.code, QDate(1980, 1, 1)); });
        const auto unknown = storeErrorFrom(
                [&] { std::ignore = invitations.check(u"AAAA-AAAA"_s, QDate(1980, 5, 17)); });
        REQUIRE(wrongDate);
        REQUIRE(unknown);
        CHECK(wrongDate->message() == unknown->message());
        CHECK(wrongDate->message().contains(u"code d'invitation"_s));
    }
    SECTION("expired after 30 days")
    {
        f.clock.advance(30 * 86400 + 1);
        CHECK(codeErrorOf(invitations, issued.code, QDate(1980, 5, 17)) == PortalCode::badCode);
    }
    SECTION("used once")
    {
        const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
        const InvitationCode redeemed = invitations.redeem(invitations.check(issued.code, QDate(1980, 5, 17)),
                                                           account.id, setupActor());
        CHECK(redeemed.usedAt == f.clock.now());
        CHECK(redeemed.usedByAccount == account.id);
        CHECK(codeErrorOf(invitations, issued.code, QDate(1980, 5, 17)) == PortalCode::badCode);
    }
    SECTION("a new code replaces the previous one")
    {
        const IssuedInvitation second = invitations.create(f.louise.id, deskActor(f.secretary));
        CHECK(codeErrorOf(invitations, issued.code, QDate(1980, 5, 17)) == PortalCode::badCode);
        CHECK(invitations.check(second.code, QDate(1980, 5, 17)).id == second.invitation.id);
        CHECK(invitations.pending(f.louise.id)->id == second.invitation.id);
    }
}

TEST_CASE("No code for a patient who does not exist", "[invitation]")
{
    PortalFixture f;
    Invitations invitations(*f.store);
    const auto error
            = storeErrorFrom([&] { std::ignore = invitations.create(99999, deskActor(f.secretary)); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::NotFound);
    CHECK(rowCount(f.store->database(), u"invitation_code"_s) == 0);
}
