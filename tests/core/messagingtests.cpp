// The internal messaging through the store: who sees what, unread counters, reads, "patient
// arrived", do not disturb, canned replies.
#include "catch.h"
#include "desk/messaging.h"
#include "entitychecks.h"
#include "fixtures.h"
#include "testdatabase.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;
using Kind = StoreError::Kind;

namespace {

struct Team
{
    explicit Team(Store &store)
    {
        gp = addPractitioner(store, u"Anne"_s, u"Martin"_s, u"gp"_s);
        dentist = addPractitioner(store, u"Paul"_s, u"Roux"_s, u"dentist"_s);
        secretary = addStaff(store, u"sophie"_s, u"SV"_s);
        otherSecretary = addStaff(store, u"nadia"_s, u"NB"_s);
        doctor = addStaff(store, u"amartin"_s, u"AM"_s, Role::Practitioner, gp.id);
        dentistUser = addStaff(store, u"proux"_s, u"PR"_s, Role::Practitioner, dentist.id);
        gpAgenda = addAgenda(store, gp, u"Dr Anne Martin"_s);
    }
    Practitioner gp;
    Practitioner dentist;
    StaffUser secretary;
    StaffUser otherSecretary;
    StaffUser doctor;
    StaffUser dentistUser;
    Agenda gpAgenda;
};

Message to(const StaffUser &user, const QString &body, bool urgent = false)
{
    Message message;
    message.recipientStaffId = user.id;
    message.body = body;
    message.urgent = urgent;
    return message;
}

Message toGroup(const QString &group, const QString &body)
{
    Message message;
    message.recipientGroup = group;
    message.body = body;
    return message;
}

QStringList bodies(const Inbox &inbox)
{
    QStringList result;
    for (const Message &message : inbox.messages)
        result << message.body;
    return result;
}

} // namespace

TEST_CASE("Messages reach one colleague or a group; each sees their own inbox, newest first", "[messaging]")
{
    StoreFixture f;
    Team t(*f.store);
    Messaging messaging(*f.store);

    const Message direct
            = messaging.send(to(t.doctor, u"Mme Dupont demande un certificat"_s), deskActor(t.secretary));
    CHECK(direct.senderStaffId == t.secretary.id);
    CHECK(direct.createdAt == f.clock.now());
    f.clock.advance(60);
    messaging.send(toGroup(Messaging::secretariat, u"Je pars à 17 h"_s), deskActor(t.doctor));
    f.clock.advance(60);
    messaging.send(toGroup(u"gp"_s, u"Réunion des généralistes jeudi"_s), deskActor(t.secretary));
    f.clock.advance(60);
    messaging.send(toGroup(Messaging::everyone, u"Coupure d'eau à midi"_s), deskActor(t.otherSecretary));

    CHECK(bodies(messaging.inbox(t.doctor))
          == QStringList{u"Coupure d'eau à midi"_s, u"Réunion des généralistes jeudi"_s, u"Je pars à 17 h"_s,
                         u"Mme Dupont demande un certificat"_s}); // the last two: sent by and to him
    CHECK(bodies(messaging.inbox(t.dentistUser)) == QStringList{u"Coupure d'eau à midi"_s});
    CHECK(bodies(messaging.inbox(t.otherSecretary))
          == QStringList{u"Coupure d'eau à midi"_s, u"Je pars à 17 h"_s});

    CHECK(messaging.unreadCount(t.doctor) == 3);         // his own group message is not unread
    CHECK(messaging.unreadCount(t.otherSecretary) == 1); // the one she sent is not unread either
    CHECK(messaging.unreadCount(t.dentistUser) == 1);
    const Inbox inbox = messaging.inbox(t.doctor);
    messaging.markRead(inbox.messages.front().id, t.doctor, deskActor(t.doctor));
    messaging.markRead(inbox.messages.front().id, t.doctor, deskActor(t.doctor)); // twice: no error
    CHECK(messaging.unreadCount(t.doctor) == 2);
    CHECK(messaging.inbox(t.doctor).isRead(inbox.messages.front().id));
    // Reading is per person: the dentist still has it unread.
    CHECK(messaging.unreadCount(t.dentistUser) == 1);
}

TEST_CASE("A message needs a text and one recipient; a refusal writes nothing", "[messaging]")
{
    StoreFixture f;
    Team t(*f.store);
    Messaging messaging(*f.store);
    const WriteTrace before = WriteTrace::of(*f.store, u"message"_s);
    const auto empty
            = storeErrorFrom([&] { messaging.send(to(t.doctor, u"   "_s), deskActor(t.secretary)); });
    REQUIRE(empty);
    CHECK(empty->code() == u"empty"_s);
    Message unaddressed;
    unaddressed.body = u"Bonjour"_s;
    const auto nobody = storeErrorFrom([&] { messaging.send(unaddressed, deskActor(t.secretary)); });
    REQUIRE(nobody);
    CHECK(nobody->code() == u"no_recipient"_s);
    Message both = to(t.doctor, u"Bonjour"_s);
    both.recipientGroup = Messaging::secretariat;
    const auto twice = storeErrorFrom([&] { messaging.send(both, deskActor(t.secretary)); });
    REQUIRE(twice);
    CHECK(twice->kind() == Kind::Invalid);
    CHECK(WriteTrace::of(*f.store, u"message"_s) == before);
}

TEST_CASE("A patient's message from the booking page lands in the secretariat's inbox", "[messaging]")
{
    StoreFixture f;
    Team t(*f.store);
    const Patient patient = addPatient(*f.store, u"Dupont"_s, u"Jeanne"_s);
    PatientAccount account;
    account.email = u"jeanne@example.org"_s;
    account.passwordHash = testPasswordHash();
    account.holderPatientId = patient.id;
    account = f.store->insert(account, setupActor());
    Messaging messaging(*f.store);
    Message fromPatient = toGroup(Messaging::secretariat, u"Je serai absente jeudi"_s);
    fromPatient.senderAccountId = account.id;
    fromPatient.patientId = patient.id;
    const Message sent = messaging.send(fromPatient, webActor(account.id));
    CHECK_FALSE(sent.senderStaffId);
    CHECK(sent.senderAccountId == account.id);
    CHECK(messaging.unreadCount(t.secretary) == 1);
    CHECK(messaging.unreadCount(t.otherSecretary) == 1);
    CHECK(messaging.unreadCount(t.doctor) == 0);
    REQUIRE(messaging.inbox(t.secretary).messages.size() == 1);
    CHECK(messaging.inbox(t.secretary).messages.front().patientId == patient.id);
}

TEST_CASE("Patient arrived: the practitioner's account is told, about the appointment", "[messaging]")
{
    StoreFixture f;
    Team t(*f.store);
    const Patient patient = addPatient(*f.store, u"Dupont"_s, u"Jeanne"_s);
    const Appointment appointment = addAppointment(*f.store, t.gpAgenda, utc(2026, 6, 15, 8, 30), 15,
                                                   deskActor(t.secretary), patient.id);
    Messaging messaging(*f.store);
    CHECK(messaging.notifyArrival(appointment, deskActor(t.secretary)) == 1);
    const Inbox inbox = messaging.inbox(t.doctor);
    REQUIRE(inbox.messages.size() == 1);
    CHECK(inbox.messages.front().appointmentId == appointment.id);
    CHECK(inbox.messages.front().patientId == patient.id);
    CHECK(inbox.messages.front().body.contains(u"DUPONT Jeanne"_s));
    CHECK(inbox.messages.front().body.contains(u"10:30"_s)); // Paris time
    CHECK(messaging.unreadCount(t.dentistUser) == 0);

    Agenda room;
    room.kind = AgendaKind::Room;
    room.name = u"Salle de soins"_s;
    room = f.store->insert(room, setupActor());
    const Appointment inRoom
            = addAppointment(*f.store, room, utc(2026, 6, 15, 9, 0), 15, deskActor(t.secretary), patient.id);
    CHECK(messaging.notifyArrival(inRoom, deskActor(t.secretary)) == 0);
}

TEST_CASE("Do not disturb lets only urgent messages through; the setting is kept", "[messaging]")
{
    StoreFixture f;
    Team t(*f.store);
    Messaging messaging(*f.store);
    const StaffUser busy = messaging.setDoNotDisturb(t.doctor, true, deskActor(t.doctor));
    CHECK(f.store->get<StaffUser>(t.doctor.id).doNotDisturb);
    const Message routine = messaging.send(to(t.doctor, u"Courrier arrivé"_s), deskActor(t.secretary));
    const Message urgent
            = messaging.send(to(t.doctor, u"Douleur thoracique en salle"_s, true), deskActor(t.secretary));
    CHECK_FALSE(Messaging::interrupts(busy, routine));
    CHECK(Messaging::interrupts(busy, urgent));
    const StaffUser free = messaging.setDoNotDisturb(busy, false, deskActor(t.doctor));
    CHECK(Messaging::interrupts(free, routine));
    // The counter still counts both: nothing is lost, only the notice waits.
    CHECK(messaging.unreadCount(free) == 2);
}

TEST_CASE("Canned replies are kept by name", "[messaging]")
{
    StoreFixture f;
    Team t(*f.store);
    Messaging messaging(*f.store);
    CannedReply reply;
    reply.label = u"Résultats"_s;
    reply.body = u"Vos résultats sont arrivés ; le médecin vous rappellera."_s;
    reply = messaging.saveCannedReply(reply, deskActor(t.secretary));
    CannedReply other;
    other.label = u"Absence"_s;
    other.body = u"Le docteur est absent cette semaine."_s;
    messaging.saveCannedReply(other, deskActor(t.secretary));
    const std::vector<CannedReply> replies = messaging.cannedReplies();
    REQUIRE(replies.size() == 2);
    CHECK(replies.front().label == u"Absence"_s);
    reply.body = u"Vos résultats sont arrivés."_s;
    CHECK(messaging.saveCannedReply(reply, deskActor(t.secretary)).version == 2);
    CannedReply duplicate = other;
    duplicate.id = 0;
    const auto error = storeErrorFrom([&] { messaging.saveCannedReply(duplicate, deskActor(t.secretary)); });
    REQUIRE(error);
    CHECK(error->kind() == Kind::UniqueViolation);
    const auto empty
            = storeErrorFrom([&] { messaging.saveCannedReply(CannedReply{}, deskActor(t.secretary)); });
    REQUIRE(empty);
    CHECK(empty->code() == u"empty"_s);
}
