#include "auth/passwordhasher.h"
#include "catch.h"

using namespace Accueil;
using namespace Qt::StringLiterals;

TEST_CASE("Password hashes verify only the right password", "[unit][password]")
{
    const PasswordHasher hasher(PasswordHasher::Strength::Minimum);
    const QString password = u"Tilleuls-2026!"_s;
    const QString hash = hasher.hash(password);

    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(password));
    CHECK(PasswordHasher::verify(hash, password));
    CHECK_FALSE(PasswordHasher::verify(hash, u"tilleuls-2026!"_s));
    CHECK_FALSE(PasswordHasher::verify(hash, u"Tilleuls-2026"_s));
    CHECK_FALSE(PasswordHasher::verify(hash, u""_s));

    SECTION("non-ASCII passwords")
    {
        const QString unicode = u"mot de passe: été 🌻 Ñ"_s;
        const QString unicodeHash = hasher.hash(unicode);
        CHECK(PasswordHasher::verify(unicodeHash, unicode));
        CHECK_FALSE(PasswordHasher::verify(unicodeHash, u"mot de passe: ete 🌻 Ñ"_s));
    }
    SECTION("garbage instead of a hash never verifies")
    {
        CHECK_FALSE(PasswordHasher::verify(u""_s, password));
        CHECK_FALSE(PasswordHasher::verify(password, password));
        CHECK_FALSE(PasswordHasher::verify(hash.left(hash.size() - 4), password));
        CHECK_FALSE(PasswordHasher::verify(QString(200, u'x'), password));
    }
}

TEST_CASE("Two hashes of one password differ (random salt)", "[unit][password]")
{
    const PasswordHasher hasher(PasswordHasher::Strength::Minimum);
    const QString first = hasher.hash(u"same password"_s);
    const QString second = hasher.hash(u"same password"_s);
    CHECK(first != second);
    CHECK(PasswordHasher::verify(first, u"same password"_s));
    CHECK(PasswordHasher::verify(second, u"same password"_s));
}

TEST_CASE("Weak hashes are flagged for rehashing at the next login", "[unit][password]")
{
    const PasswordHasher minimum(PasswordHasher::Strength::Minimum);
    const PasswordHasher interactive(PasswordHasher::Strength::Interactive);
    const QString weak = minimum.hash(u"demo"_s);

    CHECK(interactive.needsRehash(weak));
    CHECK_FALSE(minimum.needsRehash(weak));

    const QString strong = interactive.hash(u"demo"_s);
    CHECK(PasswordHasher::verify(strong, u"demo"_s));
    CHECK_FALSE(interactive.needsRehash(strong));
}
