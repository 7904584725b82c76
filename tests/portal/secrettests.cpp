// Tokens, hashes and invitation codes: no database.
#include "catch.h"
#include "portal/portallanguage.h"
#include "portal/portalsecrets.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Accueil;
using namespace Qt::StringLiterals;

TEST_CASE("Random tokens are 256 bits of base64url, never twice the same", "[unit]")
{
    QSet<QString> seen;
    const QRegularExpression shape(u"^[A-Za-z0-9_-]{43}$"_s);
    for (int i = 0; i < 200; ++i) {
        const QString token = Secrets::randomToken();
        CHECK(shape.match(token).hasMatch());
        seen.insert(token);
    }
    CHECK(seen.size() == 200);
    CHECK(Secrets::randomToken(16).size() == 22);
}

TEST_CASE("SHA-256 in lower-case hex", "[unit]")
{
    CHECK(Secrets::sha256Hex(u"abc"_s)
          == u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    CHECK(Secrets::sha256Hex(u"é"_s) != Secrets::sha256Hex(u"e"_s));
}

TEST_CASE("Invitation codes: two groups of four unambiguous symbols", "[unit]")
{
    const QRegularExpression shape(u"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 500; ++i) {
        const QString code = Secrets::newInvitationCode();
        INFO(code.toStdString());
        CHECK(shape.match(code).hasMatch());
        CHECK(Secrets::normaliseInvitationCode(code) == QString(code).remove(u'-'));
        seen.insert(code);
    }
    CHECK(seen.size() == 500);
}

TEST_CASE("What a patient types is read the way Crockford's base32 reads it", "[unit]")
{
    CHECK(Secrets::normaliseInvitationCode(u"K7PQ-4XM9") == u"K7PQ4XM9"_s);
    CHECK(Secrets::normaliseInvitationCode(u" k7pq 4xm9 ") == u"K7PQ4XM9"_s);
    CHECK(Secrets::normaliseInvitationCode(u"O1IL-oilk") == u"0111011K"_s);
    CHECK_FALSE(Secrets::normaliseInvitationCode(u"K7PQ-4XM").has_value());
    CHECK_FALSE(Secrets::normaliseInvitationCode(u"K7PQ-4XM9A").has_value());
    CHECK_FALSE(Secrets::normaliseInvitationCode(u"K7PQ-4XMU").has_value()); // U is not a symbol
    CHECK_FALSE(Secrets::normaliseInvitationCode(u"K7PQ'; DROP").has_value());
    CHECK_FALSE(Secrets::normaliseInvitationCode(u"").has_value());
}

TEST_CASE("Dates and times in words, in French and in English", "[unit]")
{
    const QTimeZone paris("Europe/Paris");
    const QDateTime winter(QDate(2026, 11, 24), QTime(9, 15), Qt::UTC);
    CHECK(Wording(Language::French).dateTime(winter, paris) == u"mardi 24 novembre 2026 à 10 h 15"_s);
    CHECK(Wording(Language::English).dateTime(winter, paris) == u"Tuesday 24 November 2026 at 10:15"_s);
    const QDateTime summer(QDate(2026, 6, 17), QTime(6, 30), Qt::UTC);
    CHECK(Wording(Language::French).dateTime(summer, paris) == u"mercredi 17 juin 2026 à 8 h 30"_s);
    CHECK(languageFromKey(u"en-GB") == Language::English);
    CHECK(languageFromKey(u"EN") == Language::English);
    CHECK(languageFromKey(u"de") == Language::French);
    CHECK(languageFromKey(u"") == Language::French);
    CHECK(toKey(Language::English) == u"en"_s);
}
