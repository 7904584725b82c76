// PATCH /me/patients/{id} {"reminders": …}: a patient switches the appointment reminders off or on
// for themselves and the people their account books for, over real HTTP on each backend.
#include "apifixture.h"
#include "catch.h"
#include "reminders/reminders.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QString path(const Patient &patient)
{
    return u"/api/v1/me/patients/"_s + QString::number(patient.id);
}

QJsonObject reminders(bool wanted)
{
    return {{u"reminders"_s, wanted}};
}

} // namespace

TEST_CASE("PATCH /me/patients/{id}: reminders off and on for the holder and a dependant",
          "[api][accounts][reminders]")
{
    ApiFixture f;
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
    f.addMember(account, f.leo);
    const auto client = f.browser();
    client->login(u"louise@example.org"_s, PortalFixture::testPassword);

    // Everyone gets reminders unless they asked.
    const QJsonObject me = client->get(u"/api/v1/me"_s).object();
    CHECK(me[u"holder"_s].toObject()[u"reminders"_s] == true);
    CHECK(me[u"dependants"_s].toArray().at(0).toObject()[u"reminders"_s] == true);

    // Léo's off: the answer is the account as GET /me, the record says so for the desk too.
    const ApiResponse off = client->patch(path(f.leo), reminders(false));
    INFO(off.body.toStdString());
    REQUIRE(off.status == 200);
    CHECK(off.object()[u"holder"_s].toObject()[u"reminders"_s] == true);
    const QJsonObject leo = off.object()[u"dependants"_s].toArray().at(0).toObject();
    CHECK(leo[u"id"_s].toInteger() == f.leo.id);
    CHECK(leo[u"reminders"_s] == false);
    CHECK(leo[u"relation"_s] == u"child"_s);
    CHECK(client->get(u"/api/v1/me"_s).object() == off.object());
    const Patient stored = f.store->get<Patient>(f.leo.id);
    CHECK(stored.remindersOptOut);
    CHECK_FALSE(f.store->get<Patient>(f.louise.id).remindersOptOut);
    const std::vector<AuditEvent> trail = f.store->auditTrail(u"patient"_s, f.leo.id);
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.back().actorAccountId == account.id);

    // The same again changes nothing.
    CHECK(client->patch(path(f.leo), reminders(false)).status == 200);
    CHECK(f.store->get<Patient>(f.leo.id).version == stored.version);

    // The holder's own, off then on.
    const ApiResponse holderOff = client->patch(path(f.louise), reminders(false));
    REQUIRE(holderOff.status == 200);
    CHECK(holderOff.object()[u"holder"_s].toObject()[u"reminders"_s] == false);
    CHECK(f.store->get<Patient>(f.louise.id).remindersOptOut);
    const ApiResponse holderOn = client->patch(path(f.louise), reminders(true));
    REQUIRE(holderOn.status == 200);
    CHECK(holderOn.object()[u"holder"_s].toObject()[u"reminders"_s] == true);
    CHECK_FALSE(f.store->get<Patient>(f.louise.id).remindersOptOut);

    // The reminders honour it: Léo's appointment gets none, written down as his choice.
    ReminderRule rule;
    rule.medium = u"email"_s;
    rule.minutesBefore = 48 * 60;
    f.store->insert(rule, setupActor());
    const QDateTime friday = PortalFixture::at(PortalFixture::tuesday.addDays(3), 10, 0);
    const Appointment appointment = addAppointment(*f.store, f.fabreAgenda, friday, 15, setupActor(),
                                                   f.leo.id, f.fabreConsultation.id);
    f.clock.set(friday.addSecs(-48 * 3600));
    Reminders(*f.store).plan();
    const std::vector<Reminder> written
            = f.store->select<Reminder>(u"appointment_id = ?"_s, {appointment.id});
    REQUIRE(written.size() == 1);
    CHECK(written[0].status == u"skipped"_s);
    CHECK(written[0].skipReason == u"opted_out"_s);

    // And on again.
    const ApiResponse on = client->patch(path(f.leo), reminders(true));
    REQUIRE(on.status == 200);
    CHECK(on.object()[u"dependants"_s].toArray().at(0).toObject()[u"reminders"_s] == true);
    CHECK_FALSE(f.store->get<Patient>(f.leo.id).remindersOptOut);
}

TEST_CASE(
        "PATCH /me/patients/{id}: someone else's patient, a bad body, no session: 4xx JSON, nothing changed",
        "[api][accounts][reminders]")
{
    ApiFixture f;
    f.addAccount(u"helene@example.org"_s, f.helene);
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
    f.addMember(account, f.leo);
    const auto client = f.browser();
    client->login(u"louise@example.org"_s, PortalFixture::testPassword);
    const auto unchanged = [&] {
        return !f.store->get<Patient>(f.helene.id).remindersOptOut
               && !f.store->get<Patient>(f.louise.id).remindersOptOut
               && !f.store->get<Patient>(f.leo.id).remindersOptOut;
    };

    // Hélène has her own account: not one of Louise's people, nor is a record that does not exist.
    const ApiResponse other = client->patch(path(f.helene), reminders(false));
    CHECK(other.status == 403);
    CHECK(other.error() == u"forbidden"_s);
    CHECK_FALSE(other.message().isEmpty());
    Patient nobody;
    nobody.id = 987654;
    const ApiResponse missing = client->patch(path(nobody), reminders(false));
    CHECK(missing.status == 403);
    CHECK(missing.body == other.body); // the same answer: nothing is learnt about other records
    CHECK(client->patch(u"/api/v1/me/patients/abc"_s, reminders(false)).status == 404);

    // Bad bodies: 400, the field named.
    const auto badRequest = [&](const QByteArray &body) {
        const ApiResponse answer = client->send("PATCH", path(f.leo), body, {});
        INFO(body.toStdString() << " → " << answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK_FALSE(answer.message().isEmpty());
        return answer.error();
    };
    CHECK(badRequest(R"({"reminders": "false"})") == u"bad_request"_s);
    CHECK(badRequest(R"({"reminders": 0})") == u"bad_request"_s);
    CHECK(badRequest(R"({"reminders": null})") == u"bad_request"_s);
    CHECK(badRequest(R"({})") == u"bad_request"_s);
    CHECK(badRequest(R"({"reminders": false)") == u"bad_json"_s);
    CHECK(badRequest(R"([false])") == u"bad_json"_s);
    CHECK(badRequest({}) == u"bad_json"_s);
    const ApiResponse named = client->send("PATCH", path(f.leo), R"({"remind": false})", {});
    CHECK(named.message().contains(u"reminders"_s));

    // Without the CSRF header, without a session.
    ApiClient::Options noCsrf;
    noCsrf.csrfHeader = false;
    const ApiResponse forged = client->send("PATCH", path(f.leo), ApiClient::json(reminders(false)), noCsrf);
    CHECK(forged.status == 403);
    CHECK(forged.error() == u"csrf"_s);
    const auto anonymous = f.browser();
    const ApiResponse loggedOut = anonymous->patch(path(f.leo), reminders(false));
    CHECK(loggedOut.status == 401);
    CHECK(loggedOut.error() == u"not_logged_in"_s);
    CHECK(unchanged());

    // An address not confirmed yet: like every change, it waits.
    f.addAccount(u"paul@example.org"_s, addPatient(*f.store, u"Roux"_s, u"Paul"_s), false);
    const auto unverified = f.browser();
    unverified->login(u"paul@example.org"_s, PortalFixture::testPassword);
    const qint64 paulId
            = unverified->get(u"/api/v1/me"_s).object()[u"holder"_s].toObject()[u"id"_s].toInteger();
    const ApiResponse waiting
            = unverified->patch(u"/api/v1/me/patients/"_s + QString::number(paulId), reminders(false));
    CHECK(waiting.status == 403);
    CHECK(waiting.error() == u"email_not_verified"_s);
    CHECK_FALSE(f.store->get<Patient>(paulId).remindersOptOut);
}
