// GET /api/v1/centre, /practitioners, /services, /agendas/{id}/types and /availability.
#include "apifixture.h"
#include "catch.h"
#include "schedule/scheduler.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("GET /centre: the centre's card and its online rules", "[api][catalogue]")
{
    ApiFixture f;
    const ApiResponse response = f.browser()->get(u"/api/v1/centre"_s);
    REQUIRE(response.status == 200);
    CHECK(response.header("Content-Type") == "application/json; charset=utf-8");
    CHECK(response.header("Cache-Control") == "no-store");
    const QJsonObject centre = response.object();
    CHECK(centre
          == QJsonObject{{u"name"_s, u"Maison de santé des Tilleuls"_s},
                         {u"address"_s, u"12 rue des Tilleuls\n67000 Strasbourg"_s},
                         {u"phone"_s, u"03 88 00 00 00"_s},
                         {u"email"_s, u"accueil@tilleuls.example"_s},
                         {u"timeZone"_s, u"Europe/Paris"_s},
                         {u"horizonDays"_s, 92},
                         {u"minNoticeMinutes"_s, 120},
                         {u"newPatientsOnline"_s, true},
                         {u"urgentRelease"_s, QJsonObject{{u"time"_s, u"19:00"_s}, {u"dayOffset"_s, -1}}},
                         {u"cancelDeadlineHours"_s, 24},
                         {u"maxOnlineReschedules"_s, 2},
                         {u"now"_s, u"2026-06-16T09:00:00+02:00"_s}});
}

TEST_CASE("GET /practitioners: who can be booked online, with filters", "[api][catalogue]")
{
    ApiFixture f;
    const auto client = f.browser();
    const ApiResponse response = client->get(u"/api/v1/practitioners?lang=fr"_s);
    REQUIRE(response.status == 200);
    const QJsonArray list = response.array();
    REQUIRE(list.size() == 3);
    const QJsonObject fabre = list[0].toObject();
    CHECK(fabre[u"id"_s].toInteger() == f.fabre.id);
    CHECK(fabre[u"name"_s] == u"Dr Claire Fabre"_s);
    CHECK(fabre[u"profession"_s] == u"gp"_s);
    CHECK(fabre[u"professionLabel"_s] == u"Médecin généraliste"_s);
    CHECK(fabre[u"description"_s] == u"Médecine générale, suivi des enfants."_s);
    CHECK(fabre[u"acceptsNewPatients"_s] == true);
    CHECK(fabre[u"intern"_s] == false);
    CHECK(fabre[u"supervisor"_s].isNull());
    CHECK(fabre[u"services"_s]
          == QJsonArray{QJsonObject{{u"id"_s, f.infantCare.id}, {u"label"_s, u"Suivi du nourrisson"_s}}});
    CHECK(fabre[u"agendas"_s]
          == QJsonArray{
                  QJsonObject{{u"id"_s, f.fabreAgenda.id}, {u"name"_s, u"Dr Claire Fabre"_s}},
                  QJsonObject{{u"id"_s, f.fabreNeudorf.id}, {u"name"_s, u"Dr Claire Fabre – Neudorf"_s}}});
    const QJsonObject intern = list[1].toObject();
    CHECK(intern[u"intern"_s] == true);
    CHECK(intern[u"supervisor"_s] == QJsonObject{{u"id"_s, f.fabre.id}, {u"name"_s, u"Dr Claire Fabre"_s}});

    CHECK(client->get(u"/api/v1/practitioners?lang=en"_s).array()[0].toObject()[u"professionLabel"_s]
          == u"General practitioner"_s);
    CHECK(client->get(u"/api/v1/practitioners?profession=gp&q=roche"_s).array().size() == 1);
    CHECK(client->get(u"/api/v1/practitioners?q=n%C3%A9xplanon"_s).array()[0].toObject()[u"name"_s]
          == u"Dr Paul Roche"_s);
    CHECK(client->get(u"/api/v1/practitioners?profession=physiotherapist"_s).array().isEmpty());
    const ApiResponse tooLong = client->get(u"/api/v1/practitioners?q="_s + QString(101, u'x'));
    CHECK(tooLong.status == 422);
    CHECK(tooLong.error() == u"invalid"_s);
}

TEST_CASE("GET /services: who does what", "[api][catalogue]")
{
    ApiFixture f;
    const ApiResponse response = f.browser()->get(u"/api/v1/services?q=B%C3%A9b%C3%A9"_s);
    REQUIRE(response.status == 200);
    CHECK(response.array()
          == QJsonArray{
                  QJsonObject{{u"id"_s, f.infantCare.id},
                              {u"label"_s, u"Suivi du nourrisson"_s},
                              {u"practitioners"_s,
                               QJsonArray{QJsonObject{{u"id"_s, f.fabre.id},
                                                      {u"name"_s, u"Dr Claire Fabre"_s},
                                                      {u"professionLabel"_s, u"Médecin généraliste"_s},
                                                      {u"agendaIds"_s,
                                                       QJsonArray{f.fabreAgenda.id, f.fabreNeudorf.id}}}}}}});
    CHECK(f.browser()->get(u"/api/v1/services"_s).array().size() == 2);
}

TEST_CASE("GET /agendas/{id}/types: online types, shortest first", "[api][catalogue]")
{
    ApiFixture f;
    const auto client = f.browser();
    const ApiResponse response = client->get(u"/api/v1/agendas/%1/types"_s.arg(f.fabreAgenda.id));
    REQUIRE(response.status == 200);
    CHECK(response.array()
          == QJsonArray{QJsonObject{{u"id"_s, f.fabreConsultation.id},
                                    {u"label"_s, u"Consultation"_s},
                                    {u"durationMinutes"_s, 15},
                                    {u"sessions"_s, 1}},
                        QJsonObject{{u"id"_s, f.fabreLong.id},
                                    {u"label"_s, u"Consultation longue"_s},
                                    {u"durationMinutes"_s, 30},
                                    {u"sessions"_s, 1}}});
    CHECK(client->get(u"/api/v1/agendas/%1/types"_s.arg(f.kineAgenda.id)).status == 404);
    CHECK(client->get(u"/api/v1/agendas/424242/types"_s).error() == u"not_found"_s);
    CHECK(client->get(u"/api/v1/agendas/abc/types"_s).status == 404);
}

TEST_CASE("GET /agendas/{id}/availability: free internet slots with the centre's offset", "[api][catalogue]")
{
    ApiFixture f;
    const auto client = f.browser();
    const QString path
            = u"/api/v1/agendas/%1/availability?type=%2"_s.arg(f.fabreAgenda.id).arg(f.fabreConsultation.id);
    const ApiResponse week = client->get(path);
    REQUIRE(week.status == 200);
    const QJsonObject body = week.object();
    CHECK(body[u"agendaId"_s].toInteger() == f.fabreAgenda.id);
    CHECK(body[u"typeId"_s].toInteger() == f.fabreConsultation.id);
    CHECK(body[u"from"_s] == u"2026-06-16"_s);
    CHECK(body[u"to"_s] == u"2026-06-22"_s);
    CHECK(body[u"horizonEnd"_s] == u"2026-09-16"_s);
    CHECK(body[u"nextFree"_s] == u"2026-06-23T08:30:00+02:00"_s);
    CHECK(body[u"urgentRelease"_s] == QJsonObject{{u"time"_s, u"19:00"_s}, {u"dayOffset"_s, -1}});
    const QJsonArray slots = body[u"slots"_s].toArray();
    REQUIRE_FALSE(slots.isEmpty());
    CHECK(slots[0]
          == QJsonObject{{u"start"_s, u"2026-06-16T11:00:00+02:00"_s},
                         {u"end"_s, u"2026-06-16T11:15:00+02:00"_s}});

    SECTION("a booked time is no longer offered")
    {
        auto louise = f.loggedIn(u"louise@example.org"_s, f.louise);
        REQUIRE(louise->post(u"/api/v1/bookings"_s, QJsonObject{{u"agendaId"_s, f.fabreAgenda.id},
                                                                {u"typeId"_s, f.fabreConsultation.id},
                                                                {u"start"_s, u"2026-06-16T11:00:00+02:00"_s}})
                        .status
                == 201);
        CHECK(client->get(path).object()[u"slots"_s].toArray()[0].toObject()[u"start"_s]
              == u"2026-06-16T11:15:00+02:00"_s);
    }
    SECTION("bad questions")
    {
        const QString base = u"/api/v1/agendas/%1/availability"_s.arg(f.fabreAgenda.id);
        CHECK(client->get(base).error() == u"bad_request"_s); // no type
        CHECK(client->get(base + u"?type=nine"_s).status == 400);
        CHECK(client->get(path + u"&from=2026-02-30"_s).status == 400);
        CHECK(client->get(path + u"&from=16/06/2026"_s).status == 400);
        CHECK(client->get(path + u"&from=2026-06-20&to=2026-06-19"_s).error() == u"bad_request"_s);
        CHECK(client->get(path + u"&from=2026-06-16&to=2026-07-17"_s).status == 400); // 32 days
        CHECK(client->get(path + u"&from=2026-06-16&to=2026-07-16"_s).status == 200); // 31 days
        CHECK(client->get(u"/api/v1/agendas/4242/availability?type=1"_s).status == 404);
        CHECK(client->get(u"/api/v1/agendas/%1/availability?type=%2"_s.arg(f.fabreAgenda.id)
                                  .arg(f.fabreDeskOnly.id))
                      .status
              == 404);
    }
    SECTION("cut at the horizon")
    {
        const QJsonObject end = client->get(path + u"&from=2026-09-10&to=2026-09-30"_s).object();
        CHECK(end[u"to"_s] == u"2026-09-16"_s);
        CHECK(end[u"nextFree"_s].isNull());
        CHECK(end[u"slots"_s].toArray().last().toObject()[u"start"_s] == u"2026-09-16T11:45:00+02:00"_s);
    }
}

TEST_CASE("Availability across the daylight-saving changes: +02:00, then +01:00", "[api][catalogue]")
{
    ApiFixture f;
    const auto client = f.browser();
    const QString path
            = u"/api/v1/agendas/%1/availability?type=%2"_s.arg(f.fabreAgenda.id).arg(f.fabreConsultation.id);
    const auto starts = [&](const QString &from, const QString &to) {
        QStringList result;
        for (const QJsonValue &slot :
             client->get(path + u"&from="_s + from + u"&to="_s + to).object()[u"slots"_s].toArray())
            result << slot.toObject()[u"start"_s].toString();
        return result;
    };
    f.setTime(QDate(2026, 10, 20), 9, 0);
    // Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET.
    const QStringList autumn = starts(u"2026-10-23"_s, u"2026-10-26"_s);
    CHECK(autumn.first() == u"2026-10-23T08:30:00+02:00"_s);
    CHECK(autumn.contains(u"2026-10-23T11:45:00+02:00"_s));
    CHECK(autumn.contains(u"2026-10-26T08:30:00+01:00"_s));
    CHECK(autumn.last() == u"2026-10-26T11:45:00+01:00"_s);
    CHECK(autumn.size() == 2 * 14);
    // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST.
    f.setTime(QDate(2026, 3, 24), 9, 0);
    const QStringList spring = starts(u"2026-03-27"_s, u"2026-03-30"_s);
    CHECK(spring.first() == u"2026-03-27T08:30:00+01:00"_s);
    CHECK(spring.last() == u"2026-03-30T11:45:00+02:00"_s);
    CHECK(spring.size() == 2 * 14);
}

TEST_CASE(
        "Kept answers never hide a change: a desk's booking, a closed slot and the next minute show at once",
        "[api][catalogue][cache]")
{
    ApiFixture f;
    const auto client = f.browser();
    const QString path
            = u"/api/v1/agendas/%1/availability?type=%2&from=2026-06-16&to=2026-06-16"_s.arg(f.fabreAgenda.id)
                      .arg(f.fabreConsultation.id);
    const auto starts = [&] {
        QStringList result;
        for (const QJsonValue &slot : client->get(path).object()[u"slots"_s].toArray())
            result << slot.toObject()[u"start"_s].toString();
        return result;
    };
    const QStringList before = starts();
    REQUIRE(before.first() == u"2026-06-16T11:00:00+02:00"_s);
    REQUIRE(starts() == before); // asked again: the same answer

    // A desk books 11:00 through its own connection; the page's very next answer leaves it out,
    // without waiting for any notification.
    Scheduler desk(*f.store);
    BookingRequest request;
    request.agendaId = f.fabreAgenda.id;
    request.typeId = f.fabreConsultation.id;
    request.start = PortalFixture::at(PortalFixture::tuesday, 11, 0);
    request.patientId = f.helene.id;
    desk.book(request, Actor::system(u"desk"_s));
    QStringList after = starts();
    CHECK(after.first() == u"2026-06-16T11:15:00+02:00"_s);
    CHECK(after.size() == before.size() - 1);

    // The secretary turns 11:30 into a desk-only slot: gone from the page at once.
    desk.setSlotKind(f.fabreAgenda.id, PortalFixture::at(PortalFixture::tuesday, 11, 30),
                     PortalFixture::at(PortalFixture::tuesday, 11, 45), SlotKind::Desk,
                     Actor::system(u"desk"_s));
    after = starts();
    CHECK_FALSE(after.contains(u"2026-06-16T11:30:00+02:00"_s));
    CHECK(after.contains(u"2026-06-16T11:45:00+02:00"_s));

    // Booking needs two hours' notice: at 09:14 11:15 is still offered, at 09:16 no longer — the
    // answer follows the clock's minute.
    f.setTime(PortalFixture::tuesday, 9, 14);
    CHECK(starts().contains(u"2026-06-16T11:15:00+02:00"_s));
    f.setTime(PortalFixture::tuesday, 9, 16);
    after = starts();
    REQUIRE_FALSE(after.isEmpty());
    CHECK_FALSE(after.contains(u"2026-06-16T11:15:00+02:00"_s));
    CHECK(after.first() == u"2026-06-16T11:45:00+02:00"_s);

    SECTION("a type no longer bookable online is gone at once, structure included")
    {
        const QString types = u"/api/v1/agendas/%1/types"_s.arg(f.fabreAgenda.id);
        REQUIRE(client->get(types).array().size() == 2);
        AppointmentType consultation = f.store->get<AppointmentType>(f.fabreConsultation.id);
        consultation.onlineBookable = false;
        f.store->update(consultation, Actor::system(u"desk"_s));
        CHECK(client->get(types).array().size() == 1);
        CHECK(client->get(path).status == 404);
        // And back: the same question is answered from the store again.
        consultation = f.store->get<AppointmentType>(f.fabreConsultation.id);
        consultation.onlineBookable = true;
        f.store->update(consultation, Actor::system(u"desk"_s));
        CHECK(client->get(path).status == 200);
        CHECK(client->get(types).array().size() == 2);
    }
    SECTION("each language keeps its own answers")
    {
        const QByteArray french = client->get(u"/api/v1/practitioners?lang=fr"_s).body;
        const QByteArray english = client->get(u"/api/v1/practitioners?lang=en"_s).body;
        CHECK(french.contains("Médecin généraliste"));
        CHECK(english.contains("General practitioner"));
        CHECK(client->get(u"/api/v1/practitioners?lang=fr"_s).body == french);
    }
}
