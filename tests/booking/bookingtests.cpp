// GET/POST /bookings, DELETE/PATCH /bookings/{id}, POST /messages: one family's appointments only.
#include "apifixture.h"
#include "catch.h"
#include "desk/messaging.h"
#include "schedule/scheduler.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject booking(const PortalFixture &f, const QString &start, std::optional<qint64> patientId = {})
{
    QJsonObject body{
            {u"agendaId"_s, f.fabreAgenda.id}, {u"typeId"_s, f.fabreConsultation.id}, {u"start"_s, start}};
    if (patientId)
        body[u"patientId"_s] = *patientId;
    return body;
}

} // namespace

TEST_CASE("POST /bookings: 201 the booking, in the list, with a confirmation e-mail", "[api][bookings]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    f.addMember(f.store->select<PatientAccount>().front(), f.leo);
    QJsonObject body = booking(f, u"2026-06-17T10:15:00+02:00"_s, f.leo.id);
    body[u"reason"_s] = u"fièvre"_s;
    const ApiResponse created = client->post(u"/api/v1/bookings"_s, body);
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    const QJsonObject json = created.object();
    const qint64 id = json[u"id"_s].toInteger();
    CHECK(json
          == QJsonObject{{u"id"_s, id},
                         {u"patient"_s, QJsonObject{{u"id"_s, f.leo.id}, {u"name"_s, u"Léo MARTIN"_s}}},
                         {u"practitioner"_s, u"Dr Claire Fabre"_s},
                         {u"agendaId"_s, f.fabreAgenda.id},
                         {u"type"_s,
                          QJsonObject{{u"id"_s, f.fabreConsultation.id}, {u"label"_s, u"Consultation"_s}}},
                         {u"start"_s, u"2026-06-17T10:15:00+02:00"_s},
                         {u"end"_s, u"2026-06-17T10:30:00+02:00"_s},
                         {u"status"_s, u"booked"_s},
                         {u"reason"_s, u"fièvre"_s},
                         {u"address"_s, u"12 rue des Tilleuls\n67000 Strasbourg"_s},
                         {u"cancel"_s,
                          QJsonObject{{u"allowed"_s, true}, {u"until"_s, u"2026-06-16T10:15:00+02:00"_s}}},
                         {u"reschedule"_s, QJsonObject{{u"allowed"_s, true}}}});
    const Appointment stored = f.store->get<Appointment>(id);
    CHECK(stored.channel == Channel::Web);
    const std::vector<OutgoingMail> mails = f.store->select<OutgoingMail>(u"kind = 'confirmation'"_s);
    REQUIRE(mails.size() == 1);
    CHECK(mails.front().appointmentId == id);
    CHECK(mails.front().subject == u"Rendez-vous confirmé\u00a0: mercredi 17 juin 2026 à 10 h 15"_s);

    const ApiResponse list = client->get(u"/api/v1/bookings"_s);
    CHECK(list.status == 200);
    CHECK(list.array() == QJsonArray{json});
    CHECK(client->get(u"/api/v1/bookings?past=false"_s).array() == QJsonArray{json});
    CHECK(client->get(u"/api/v1/bookings?past=true"_s).array().isEmpty());

    // Without patientId: the holder.
    CHECK(client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:30:00+02:00"_s))
                  .object()[u"patient"_s]
                  .toObject()[u"id"_s]
                  .toInteger()
          == f.louise.id);
    // The time is also accepted in UTC.
    CHECK(client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-18T08:45:00Z"_s)).object()[u"start"_s]
          == u"2026-06-18T10:45:00+02:00"_s);
}

TEST_CASE("POST /bookings refusals: 409 slot_taken, 422 rule, 403, 404, 401", "[api][bookings]")
{
    ApiFixture f;
    auto louise = f.loggedIn(u"louise@example.org"_s, f.louise);
    auto helene = f.loggedIn(u"helene@example.org"_s, f.helene);
    REQUIRE(helene->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:15:00+02:00"_s)).status == 201);

    const ApiResponse taken = louise->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:15:00+02:00"_s));
    CHECK(taken.status == 409);
    CHECK(taken.error() == u"slot_taken"_s);
    CHECK(taken.message().contains(u"choisir un autre"_s));

    const ApiResponse horizon
            = louise->post(u"/api/v1/bookings?lang=en"_s, booking(f, u"2026-09-17T10:15:00+02:00"_s));
    CHECK(horizon.status == 422);
    CHECK(horizon.error() == u"rule"_s);
    CHECK(horizon.message()
          == u"Online bookings open 92 day(s) ahead: this day can be booked from Wednesday 17 June 2026."_s);
    const ApiResponse notice
            = louise->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-16T10:00:00+02:00"_s));
    CHECK(notice.error() == u"rule"_s);
    CHECK(notice.message().contains(u"ferme 2 heures avant le rendez-vous"_s));
    const ApiResponse urgent
            = louise->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-18T08:00:00+02:00"_s));
    CHECK(urgent.error() == u"rule"_s);
    CHECK(urgent.message().contains(u"mercredi 17 juin 2026"_s));
    const ApiResponse noSlot
            = louise->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:20:00+02:00"_s));
    CHECK(noSlot.status == 422);
    CHECK(noSlot.error() == u"invalid"_s);

    const ApiResponse someoneElse
            = louise->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T11:00:00+02:00"_s, f.helene.id));
    CHECK(someoneElse.status == 403);
    CHECK(someoneElse.error() == u"forbidden"_s);

    QJsonObject unknownAgenda = booking(f, u"2026-06-17T11:00:00+02:00"_s);
    unknownAgenda[u"agendaId"_s] = 4242;
    CHECK(louise->post(u"/api/v1/bookings"_s, unknownAgenda).status == 404);
    QJsonObject longReason = booking(f, u"2026-06-17T11:00:00+02:00"_s);
    longReason[u"reason"_s] = QString(201, u'r');
    CHECK(louise->post(u"/api/v1/bookings"_s, longReason).status == 422);

    ApiClient anonymous(f.port);
    anonymous.get(u"/"_s);
    CHECK(anonymous.post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T11:00:00+02:00"_s)).status == 401);
    CHECK(anonymous.get(u"/api/v1/bookings"_s).status == 401);
    CHECK(f.store->count<Appointment>() == 1);
}

TEST_CASE("A patient never sees nor touches another account's bookings", "[api][bookings]")
{
    ApiFixture f;
    auto louise = f.loggedIn(u"louise@example.org"_s, f.louise);
    auto helene = f.loggedIn(u"helene@example.org"_s, f.helene);
    const qint64 hers = helene->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:15:00+02:00"_s))
                                .object()[u"id"_s]
                                .toInteger();
    const qint64 mine = louise->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T11:15:00+02:00"_s))
                                .object()[u"id"_s]
                                .toInteger();
    // And one the desk made for Hélène.
    addAppointment(*f.store, f.fabreAgenda, PortalFixture::at(QDate(2026, 6, 18), 15, 0), 15,
                   deskActor(f.secretary), f.helene.id);

    const QJsonArray louiseList = louise->get(u"/api/v1/bookings"_s).array();
    REQUIRE(louiseList.size() == 1);
    CHECK(louiseList[0].toObject()[u"id"_s].toInteger() == mine);
    CHECK(helene->get(u"/api/v1/bookings"_s).array().size() == 2);

    const QString path = u"/api/v1/bookings/%1"_s.arg(hers);
    const ApiResponse cancel = louise->del(path);
    CHECK(cancel.status == 403);
    CHECK(cancel.error() == u"forbidden"_s);
    const ApiResponse move = louise->patch(path, {{u"start"_s, u"2026-06-17T11:30:00+02:00"_s}});
    CHECK(move.status == 403);
    const ApiResponse message
            = louise->post(u"/api/v1/messages"_s,
                           {{u"category"_s, u"question"_s}, {u"text"_s, u"?"_s}, {u"bookingId"_s, hers}});
    CHECK(message.status == 403);
    CHECK(f.store->get<Appointment>(hers).status == AppointmentStatus::Booked);
    CHECK(f.store->get<Appointment>(hers).start == PortalFixture::at(QDate(2026, 6, 17), 10, 15));
    CHECK(louise->del(u"/api/v1/bookings/999999"_s).status == 404);
}

TEST_CASE("DELETE /bookings/{id}: 200 cancelled, 422 after the deadline", "[api][bookings]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const qint64 soon = client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T08:45:00+02:00"_s))
                                .object()[u"id"_s]
                                .toInteger();
    const qint64 later = client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-18T08:45:00+02:00"_s))
                                 .object()[u"id"_s]
                                 .toInteger();
    const ApiResponse tooLate = client->del(u"/api/v1/bookings/%1"_s.arg(soon));
    CHECK(tooLate.status == 422);
    CHECK(tooLate.error() == u"rule"_s);
    CHECK(tooLate.message().contains(u"téléphoner au centre"_s));

    const ApiResponse cancelled = client->del(u"/api/v1/bookings/%1"_s.arg(later));
    REQUIRE(cancelled.status == 200);
    CHECK(cancelled.object()[u"status"_s] == u"cancelled"_s);
    CHECK(cancelled.object()[u"cancel"_s].toObject()[u"allowed"_s] == false);
    CHECK(f.store->count<OutgoingMail>(u"kind = 'cancellation'"_s) == 1);
    const QJsonArray coming = client->get(u"/api/v1/bookings"_s).array();
    REQUIRE(coming.size() == 1);
    CHECK(coming[0].toObject()[u"id"_s].toInteger() == soon);
    CHECK(coming[0].toObject()[u"cancel"_s].toObject()[u"allowed"_s] == false);
    CHECK_FALSE(coming[0].toObject()[u"cancel"_s].toObject()[u"refusal"_s].toString().isEmpty());
}

TEST_CASE("PATCH /bookings/{id}: 200 moved, twice at most, 409 onto a taken time", "[api][bookings]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    auto helene = f.loggedIn(u"helene@example.org"_s, f.helene);
    REQUIRE(helene->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T11:00:00+02:00"_s)).status == 201);
    const qint64 id = client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:15:00+02:00"_s))
                              .object()[u"id"_s]
                              .toInteger();
    const QString path = u"/api/v1/bookings/%1"_s.arg(id);

    const ApiResponse taken = client->patch(path, {{u"start"_s, u"2026-06-17T11:00:00+02:00"_s}});
    CHECK(taken.status == 409);
    CHECK(taken.error() == u"slot_taken"_s);
    const ApiResponse first = client->patch(path, {{u"start"_s, u"2026-06-17T11:15:00+02:00"_s}});
    REQUIRE(first.status == 200);
    CHECK(first.object()[u"start"_s] == u"2026-06-17T11:15:00+02:00"_s);
    CHECK(first.object()[u"reschedule"_s].toObject()[u"allowed"_s] == true);
    const ApiResponse second = client->patch(
            path, {{u"start"_s, u"2026-06-18T09:00:00+02:00"_s}, {u"agendaId"_s, f.fabreNeudorf.id}});
    REQUIRE(second.status == 200);
    CHECK(second.object()[u"agendaId"_s].toInteger() == f.fabreNeudorf.id);
    CHECK(second.object()[u"reschedule"_s].toObject()[u"allowed"_s] == false);
    CHECK(second.object()[u"reschedule"_s].toObject()[u"refusal"_s].toString().contains(
            u"déplacé en ligne 2 fois"_s));
    const ApiResponse third = client->patch(path, {{u"start"_s, u"2026-06-18T09:30:00+02:00"_s}});
    CHECK(third.status == 422);
    CHECK(third.error() == u"rule"_s);
    CHECK(client->patch(path,
                        {{u"start"_s, u"2026-06-18T09:30:00+02:00"_s}, {u"agendaId"_s, f.rocheAgenda.id}})
                  .status
          == 422);
    CHECK(client->patch(path, {{u"agendaId"_s, f.fabreAgenda.id}}).status == 400);
    CHECK(f.store->count<OutgoingMail>(u"kind = 'confirmation'"_s) == 4); // 2 bookings, 2 moves
}

TEST_CASE("GET /bookings?past=true: newest first, cancelled ones included", "[api][bookings]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-17T10:15:00+02:00"_s));
    client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-18T10:15:00+02:00"_s));
    // One for this morning, cancelled at the desk (too late to do it online).
    const qint64 cancelled = client->post(u"/api/v1/bookings"_s, booking(f, u"2026-06-16T11:15:00+02:00"_s))
                                     .object()[u"id"_s]
                                     .toInteger();
    REQUIRE(cancelled != 0);
    Scheduler(*f.store).cancel(cancelled, u"Malade"_s, Actor::system(u"desk"_s));
    f.setTime(QDate(2026, 6, 20), 9, 0);
    const QJsonArray past = client->get(u"/api/v1/bookings?past=true"_s).array();
    REQUIRE(past.size() == 3);
    CHECK(past[2].toObject()[u"id"_s].toInteger() == cancelled);
    CHECK(past[2].toObject()[u"status"_s] == u"cancelled"_s);
    CHECK(past[0].toObject()[u"start"_s] == u"2026-06-18T10:15:00+02:00"_s);
    CHECK(past[1].toObject()[u"start"_s] == u"2026-06-17T10:15:00+02:00"_s);
    CHECK(past[0].toObject()[u"cancel"_s].toObject()[u"allowed"_s] == false);
    CHECK(client->get(u"/api/v1/bookings"_s).array().isEmpty());
}

TEST_CASE("POST /messages: 201 {id}, in the secretariat's inbox", "[api][messages]")
{
    ApiFixture f;
    auto client = f.loggedIn(u"louise@example.org"_s, f.louise);
    const ApiResponse sent
            = client->post(u"/api/v1/messages"_s, {{u"category"_s, u"absence"_s},
                                                   {u"text"_s, u"Je ne pourrai pas venir demain."_s},
                                                   {u"patientId"_s, f.louise.id}});
    REQUIRE(sent.status == 201);
    const qint64 id = sent.object()[u"id"_s].toInteger();
    CHECK(sent.object() == QJsonObject{{u"id"_s, id}});
    const Message message = f.store->get<Message>(id);
    CHECK(message.recipientGroup == Messaging::secretariat);
    CHECK(message.category == u"absence"_s);
    CHECK(message.senderAccountId.has_value());
    CHECK(Messaging(*f.store).unreadCount(f.secretary) == 1);

    const auto status
            = [&](const QJsonObject &body) { return client->post(u"/api/v1/messages"_s, body).status; };
    CHECK(status({{u"category"_s, u"question"_s}, {u"text"_s, QString(2001, u'x')}}) == 422);
    CHECK(status({{u"category"_s, u"question"_s}, {u"text"_s, QString(2000, u'x')}}) == 201);
    CHECK(status({{u"category"_s, u"question"_s}, {u"text"_s, u""_s}}) == 422);
    CHECK(status({{u"category"_s, u"spam"_s}, {u"text"_s, u"x"_s}}) == 422);
    CHECK(status({{u"category"_s, u"question"_s}, {u"text"_s, u"x"_s}, {u"patientId"_s, f.helene.id}})
          == 403);
    CHECK(status({{u"category"_s, u"question"_s}}) == 400);
    CHECK(status({{u"category"_s, u"question"_s}, {u"text"_s, u"x"_s}, {u"bookingId"_s, u"12"_s}}) == 400);
}
