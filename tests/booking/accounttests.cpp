// POST /accounts, /accounts/verify, /accounts/password-reset, /accounts/password, /session;
// GET /me; POST /me/dependants.
#include "apifixture.h"
#include "catch.h"
#include "portal/invitations.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject newPatient()
{
    return {{u"email"_s, u"camille@example.org"_s},
            {u"password"_s, u"une phrase de passe"_s},
            {u"language"_s, u"fr"_s},
            {u"lastName"_s, u"Durand"_s},
            {u"firstName"_s, u"Camille"_s},
            {u"birthDate"_s, u"1991-03-08"_s},
            {u"phone"_s, u"06 11 22 33 44"_s}};
}

} // namespace

TEST_CASE("Sign-up with the desk's invitation code: 201, logged in, verification e-mail", "[api][accounts]")
{
    ApiFixture f;
    const IssuedInvitation issued = Invitations(*f.store).create(f.louise.id, deskActor(f.secretary));
    f.addMember(f.addAccount(u"other@example.org"_s, f.helene), f.leo); // Léo is someone else's dependant too
    const auto client = f.browser();
    const ApiResponse created
            = client->post(u"/api/v1/accounts"_s, {{u"email"_s, u"louise@example.org"_s},
                                                   {u"password"_s, u"0123456789"_s},
                                                   {u"invitationCode"_s, issued.code.toLower()},
                                                   {u"birthDate"_s, u"1980-05-17"_s}});
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    CHECK(created.object()
          == QJsonObject{{u"email"_s, u"louise@example.org"_s},
                         {u"emailVerified"_s, false},
                         {u"language"_s, u"fr"_s},
                         {u"holder"_s, QJsonObject{{u"id"_s, f.louise.id},
                                                   {u"firstName"_s, u"Louise"_s},
                                                   {u"lastName"_s, u"MARTIN"_s},
                                                   {u"birthDate"_s, u"1980-05-17"_s},
                                                   {u"reminders"_s, true}}},
                         {u"dependants"_s, QJsonArray{}}});
    CHECK(created.setCookieLine("accueil_session").contains("HttpOnly"));
    CHECK(client->get(u"/api/v1/me"_s).object()[u"email"_s] == u"louise@example.org"_s);

    // Booking waits for the address.
    const QJsonObject booking{{u"agendaId"_s, f.fabreAgenda.id},
                              {u"typeId"_s, f.fabreConsultation.id},
                              {u"start"_s, u"2026-06-17T10:15:00+02:00"_s}};
    const ApiResponse unverified = client->post(u"/api/v1/bookings"_s, booking);
    CHECK(unverified.status == 403);
    CHECK(unverified.error() == u"email_not_verified"_s);

    const QString token = f.lastToken(u"verify"_s);
    ApiClient stranger(f.port); // the link may be opened in another browser
    stranger.get(u"/"_s);
    const ApiResponse verified = stranger.post(u"/api/v1/accounts/verify"_s, {{u"token"_s, token}});
    CHECK(verified.status == 200);
    CHECK(verified.object() == QJsonObject{{u"emailVerified"_s, true}});
    const ApiResponse again = stranger.post(u"/api/v1/accounts/verify"_s, {{u"token"_s, token}});
    CHECK(again.status == 422);
    CHECK(again.error() == u"invalid"_s);
    CHECK(client->get(u"/api/v1/me"_s).object()[u"emailVerified"_s] == true);
    CHECK(client->post(u"/api/v1/bookings"_s, booking).status == 201);

    SECTION("the code does not work twice")
    {
        const ApiResponse reused
                = f.browser()->post(u"/api/v1/accounts"_s, {{u"email"_s, u"x@example.org"_s},
                                                            {u"password"_s, u"0123456789"_s},
                                                            {u"invitationCode"_s, issued.code},
                                                            {u"birthDate"_s, u"1980-05-17"_s}});
        CHECK(reused.status == 422);
        CHECK(reused.error() == u"bad_code"_s);
    }
}

TEST_CASE("Sign-up refusals: bad code, wrong birth date, address taken, closed to new patients",
          "[api][accounts]")
{
    ApiFixture f;
    const IssuedInvitation issued = Invitations(*f.store).create(f.louise.id, deskActor(f.secretary));
    const auto client = f.browser();
    QJsonObject invited{{u"email"_s, u"louise@example.org"_s},
                        {u"password"_s, u"0123456789"_s},
                        {u"invitationCode"_s, issued.code},
                        {u"birthDate"_s, u"1980-05-18"_s}};
    const ApiResponse wrongDate = client->post(u"/api/v1/accounts"_s, invited);
    CHECK(wrongDate.status == 422);
    CHECK(wrongDate.error() == u"bad_code"_s);
    invited[u"invitationCode"_s] = u"ZZZZ-ZZZZ"_s;
    invited[u"birthDate"_s] = u"1980-05-17"_s;
    const ApiResponse unknown = client->post(u"/api/v1/accounts"_s, invited);
    CHECK(unknown.error() == u"bad_code"_s);
    CHECK(unknown.message() == wrongDate.message());

    CHECK(client->post(u"/api/v1/accounts"_s, newPatient()).status == 201);
    CHECK(f.mails().back().subject.startsWith(u"Confirmez votre adresse e-mail"_s));
    // Without a language, the e-mails follow the request's.
    QJsonObject english = newPatient();
    english.remove(u"language"_s);
    english[u"email"_s] = u"camille.en@example.org"_s;
    const ApiResponse inEnglish = f.browser()->post(u"/api/v1/accounts?lang=en"_s, english);
    CHECK(inEnglish.object()[u"language"_s] == u"en"_s);
    CHECK(f.mails().back().subject.startsWith(u"Confirm your e-mail address"_s));
    const ApiResponse taken = f.browser()->post(u"/api/v1/accounts"_s, newPatient());
    CHECK(taken.status == 409);
    CHECK(taken.error() == u"email_taken"_s);

    f.centre = f.store->get<Centre>(f.centre.id);
    f.centre.rules.newPatientsOnline = false;
    f.store->update(f.centre, setupActor());
    QJsonObject closed = newPatient();
    closed[u"email"_s] = u"someone@example.org"_s;
    const ApiResponse forbidden = f.browser()->post(u"/api/v1/accounts"_s, closed);
    CHECK(forbidden.status == 403);
    CHECK(forbidden.error() == u"forbidden"_s);
    CHECK(f.browser()->get(u"/api/v1/centre"_s).object()[u"newPatientsOnline"_s] == false);
}

TEST_CASE("Sign-up field limits are 422, missing or mistyped fields 400", "[api][accounts]")
{
    ApiFixture f;
    const auto client = f.browser();
    const auto answer = [&](const QString &field, const QJsonValue &value) {
        QJsonObject body = newPatient();
        if (value.isUndefined())
            body.remove(field);
        else
            body[field] = value;
        const ApiResponse response = client->post(u"/api/v1/accounts"_s, body);
        f.clock.advance(400); // keep under the sign-up rate limit
        return std::pair{response.status, response.error()};
    };
    using Answer = std::pair<int, QString>;
    CHECK(answer(u"password"_s, u"123456789"_s) == Answer{422, u"invalid"_s});
    CHECK(answer(u"password"_s, QString(201, u'x')) == Answer{422, u"invalid"_s});
    CHECK(answer(u"email"_s, QString(QString(243, u'a') + u"@example.org"_s)) == Answer{422, u"invalid"_s});
    // An address the verification e-mail could never go to: refused at once.
    CHECK(answer(u"email"_s, QString(QString(65, u'a') + u"@example.org"_s)) == Answer{422, u"invalid"_s});
    CHECK(answer(u"email"_s, u"a..b@example.org"_s) == Answer{422, u"invalid"_s});
    CHECK(answer(u"email"_s, u"a<b@example.org"_s) == Answer{422, u"invalid"_s});
    CHECK(answer(u"lastName"_s, QString(101, u'x')) == Answer{422, u"invalid"_s});
    CHECK(answer(u"firstName"_s, QString(101, u'x')) == Answer{422, u"invalid"_s});
    CHECK(answer(u"phone"_s, QString(31, u'6')) == Answer{422, u"invalid"_s});
    CHECK(answer(u"language"_s, u"de"_s) == Answer{422, u"invalid"_s});
    CHECK(answer(u"birthDate"_s, u"2030-01-01"_s) == Answer{422, u"invalid"_s});
    CHECK(answer(u"birthDate"_s, u"1991-13-08"_s) == Answer{400, u"bad_request"_s});
    CHECK(answer(u"birthDate"_s, QJsonValue()) == Answer{400, u"bad_request"_s});
    CHECK(answer(u"email"_s, QJsonValue(QJsonValue::Undefined)) == Answer{400, u"bad_request"_s});
    CHECK(answer(u"password"_s, 1234567890) == Answer{400, u"bad_request"_s});
    CHECK(rowCount(f.store->database(), u"patient_account"_s) == 0);
    // At the limits exactly, it goes through.
    QJsonObject longest = newPatient();
    // 254 characters, the local part at its 64 (what the mail server takes).
    longest[u"email"_s] = QString(QString(64, u'a') + u'@' + QString(177, u'b') + u".example.org"_s);
    longest[u"password"_s] = QString(200, u'p');
    longest[u"lastName"_s] = QString(100, u'n');
    longest[u"phone"_s] = QString(30, u'6');
    CHECK(client->post(u"/api/v1/accounts"_s, longest).status == 201);
}

TEST_CASE("Errors speak the request's language: ?lang, else Accept-Language, else French", "[api][accounts]")
{
    ApiFixture f;
    const auto client = f.browser();
    const QJsonObject wrong{{u"email"_s, u"nobody@example.org"_s}, {u"password"_s, u"whatever"_s}};
    CHECK(client->post(u"/api/v1/session"_s, wrong).message()
          == u"Adresse e-mail ou mot de passe incorrect."_s);
    CHECK(client->post(u"/api/v1/session?lang=en"_s, wrong).message()
          == u"Wrong e-mail address or password."_s);
    ApiClient::Options english;
    english.headers = {{"Accept-Language", "de-DE,en-GB;q=0.8,fr;q=0.5"}};
    CHECK(client->send("POST", u"/api/v1/session"_s, ApiClient::json(wrong), english).message()
          == u"Wrong e-mail address or password."_s);
    english.headers = {{"Accept-Language", "en;q=0.4,fr-CA;q=0.9"}};
    CHECK(client->send("POST", u"/api/v1/session"_s, ApiClient::json(wrong), english).message()
          == u"Adresse e-mail ou mot de passe incorrect."_s);
    ApiClient::Options neither;
    neither.headers = {{"Accept-Language", "de-DE,it;q=0.5"}};
    CHECK(client->send("POST", u"/api/v1/session"_s, ApiClient::json(wrong), neither).message()
          == u"Adresse e-mail ou mot de passe incorrect."_s);
}

TEST_CASE("Login and logout; the same 401 for an unknown address and a wrong password", "[api][accounts]")
{
    ApiFixture f;
    f.addAccount(u"louise@example.org"_s, f.louise);
    const auto client = f.browser();
    CHECK(client->get(u"/api/v1/me"_s).status == 401);
    CHECK(client->get(u"/api/v1/me"_s).error() == u"not_logged_in"_s);
    const ApiResponse wrong = client->post(u"/api/v1/session"_s, {{u"email"_s, u"louise@example.org"_s},
                                                                  {u"password"_s, u"not the password"_s}});
    const ApiResponse unknown
            = client->post(u"/api/v1/session"_s, {{u"email"_s, u"nobody@example.org"_s},
                                                  {u"password"_s, PortalFixture::testPassword}});
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    CHECK(wrong.body == unknown.body);
    CHECK(wrong.error() == u"bad_credentials"_s);

    const ApiResponse login
            = client->post(u"/api/v1/session"_s, {{u"email"_s, u"Louise@Example.org"_s},
                                                  {u"password"_s, PortalFixture::testPassword}});
    REQUIRE(login.status == 200);
    CHECK(login.object()[u"me"_s].toObject()[u"holder"_s].toObject()[u"id"_s].toInteger() == f.louise.id);
    CHECK(client->del(u"/api/v1/session"_s).status == 204);
    CHECK(client->get(u"/api/v1/me"_s).status == 401);
    CHECK(client->del(u"/api/v1/session"_s).status == 204); // twice: nothing to end
}

TEST_CASE("Password reset: 202 whoever asks, then a one-time link", "[api][accounts]")
{
    ApiFixture f;
    f.addAccount(u"louise@example.org"_s, f.louise);
    auto before = f.browser();
    before->login(u"louise@example.org"_s, PortalFixture::testPassword);
    const auto client = f.browser();
    const ApiResponse unknown
            = client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"nobody@example.org"_s}});
    const ApiResponse known
            = client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"louise@example.org"_s}});
    CHECK(unknown.status == 202);
    CHECK(known.status == 202);
    CHECK(unknown.body == known.body);
    const QString token = f.lastToken(u"reset"_s);
    const ApiResponse tooShort = client->post(u"/api/v1/accounts/password"_s,
                                              {{u"token"_s, token}, {u"password"_s, u"short"_s}});
    CHECK(tooShort.status == 422);
    const ApiResponse changed
            = client->post(u"/api/v1/accounts/password"_s,
                           {{u"token"_s, token}, {u"password"_s, u"a brand new password"_s}});
    CHECK(changed.status == 200);
    CHECK(client->post(u"/api/v1/accounts/password"_s,
                       {{u"token"_s, token}, {u"password"_s, u"another new one"_s}})
                  .status
          == 422);
    CHECK(before->get(u"/api/v1/me"_s).status == 401); // the old sessions ended
    client->login(u"louise@example.org"_s, u"a brand new password"_s);
    CHECK(client->get(u"/api/v1/me"_s).status == 200);

    SECTION("at most 3 links an hour to one address, silently")
    {
        for (int i = 0; i < 3; ++i)
            CHECK(client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"louise@example.org"_s}})
                          .status
                  == 202);
        CHECK(f.store->count<OutgoingMail>(u"kind = 'reset'"_s) == 3);
        // A fourth, within the hour: the same answer, no e-mail.
        f.clock.advance(3599);
        CHECK(client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"louise@example.org"_s}})
                      .status
              == 202);
        CHECK(f.store->count<OutgoingMail>(u"kind = 'reset'"_s) == 3);
        f.clock.advance(1);
        CHECK(client->post(u"/api/v1/accounts/password-reset"_s, {{u"email"_s, u"louise@example.org"_s}})
                      .status
              == 202);
        CHECK(f.store->count<OutgoingMail>(u"kind = 'reset'"_s) == 4);
    }
}

TEST_CASE("POST /me/dependants: 201 the dependant, then in /me", "[api][accounts]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const ApiResponse added = client->post(u"/api/v1/me/dependants"_s, {{u"firstName"_s, u"Jules"_s},
                                                                        {u"lastName"_s, u"Martin"_s},
                                                                        {u"birthDate"_s, u"2019-09-01"_s},
                                                                        {u"relation"_s, u"child"_s}});
    REQUIRE(added.status == 201);
    const QJsonObject dependant = added.object();
    CHECK(dependant[u"firstName"_s] == u"Jules"_s);
    CHECK(dependant[u"lastName"_s] == u"MARTIN"_s);
    CHECK(dependant[u"birthDate"_s] == u"2019-09-01"_s);
    CHECK(dependant[u"relation"_s] == u"child"_s);
    CHECK(client->get(u"/api/v1/me"_s).object()[u"dependants"_s] == QJsonArray{dependant});

    const auto status
            = [&](const QJsonObject &body) { return client->post(u"/api/v1/me/dependants"_s, body).status; };
    CHECK(status({{u"firstName"_s, u"A"_s},
                  {u"lastName"_s, u"B"_s},
                  {u"birthDate"_s, u"2019-09-01"_s},
                  {u"relation"_s, u"cousin"_s}})
          == 422);
    CHECK(status({{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}, {u"birthDate"_s, u"2019-09-01"_s}})
          == 400);
    CHECK(status({{u"firstName"_s, QString(101, u'a')},
                  {u"lastName"_s, u"B"_s},
                  {u"birthDate"_s, u"2019-09-01"_s},
                  {u"relation"_s, u"child"_s}})
          == 422);
    ApiClient anonymous(f.port);
    anonymous.get(u"/"_s);
    CHECK(anonymous.post(u"/api/v1/me/dependants"_s, dependant).status == 401);
}
