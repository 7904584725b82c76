// What the desk asks the core: who logs in, the centre's agendas, patients as you type, and
// "call the patient back" tasks.
#include "auth/passwordhasher.h"
#include "auth/staffauth.h"
#include "catch.h"
#include "desk/callbacks.h"
#include "desk/directory.h"
#include "desk/patientdirectory.h"
#include "entitychecks.h"
#include "fixtures.h"
#include "store/schema.h"
#include "testdatabase.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;
using Kind = StoreError::Kind;

namespace {

Patient patient(Store &store, const QString &last, const QString &first, const QDate &birth,
                const QString &mobile = {}, const QString &birthName = {})
{
    Patient p;
    p.lastName = last;
    p.firstName = first;
    p.birthName = birthName;
    p.birthDate = birth;
    p.mobilePhone = mobile;
    return store.insert(p, setupActor());
}

QStringList names(const std::vector<Patient> &patients)
{
    QStringList result;
    for (const Patient &p : patients)
        result << p.lastName + u' ' + p.firstName;
    return result;
}

} // namespace

TEST_CASE("Staff log in with their password; a wrong login or password says the same thing", "[desk]")
{
    StoreFixture f;
    StaffUser user = addStaff(*f.store, u"marie"_s, u"MD"_s);
    user.passwordHash = PasswordHasher(PasswordHasher::Strength::Interactive).hash(u"bon mot de passe"_s);
    user = f.store->update(user, setupActor());
    StaffAuth auth(*f.store);

    const StaffUser logged = auth.authenticate(u" marie "_s, u"bon mot de passe"_s);
    CHECK(logged.id == user.id);
    const Actor actor = StaffAuth::actorFor(logged);
    CHECK(actor.staffId == user.id);
    CHECK(actor.label == u"MD"_s);
    CHECK(actor.channel == Channel::Desk);

    const auto wrongPassword
            = storeErrorFrom([&] { static_cast<void>(auth.authenticate(u"marie"_s, u"mauvais"_s)); });
    const auto unknownLogin
            = storeErrorFrom([&] { static_cast<void>(auth.authenticate(u"paul"_s, u"bon mot de passe"_s)); });
    REQUIRE(wrongPassword);
    REQUIRE(unknownLogin);
    CHECK(wrongPassword->code() == u"login_failed"_s);
    CHECK(wrongPassword->message() == unknownLogin->message());

    // A user who left the centre can no longer log in.
    StaffUser gone = f.store->get<StaffUser>(user.id);
    gone.active = false;
    f.store->update(gone, setupActor());
    CHECK(storeErrorFrom([&] { static_cast<void>(auth.authenticate(u"marie"_s, u"bon mot de passe"_s)); }));
}

TEST_CASE("A practitioner acts through the practitioner channel; a weak hash is upgraded at login", "[desk]")
{
    StoreFixture f;
    const Practitioner gp = addPractitioner(*f.store, u"Anne"_s, u"Martin"_s);
    const StaffUser doctor = addStaff(*f.store, u"amartin"_s, u"AM"_s, Role::Practitioner, gp.id);
    StaffAuth auth(*f.store);
    const StaffUser logged = auth.authenticate(u"amartin"_s, u"secret"_s); // fixtures hash "secret" weakly
    CHECK(StaffAuth::actorFor(logged).channel == Channel::Practitioner);
    CHECK(logged.passwordHash != doctor.passwordHash);
    CHECK_FALSE(PasswordHasher().needsRehash(f.store->get<StaffUser>(doctor.id).passwordHash));
    CHECK(auth.authenticate(u"amartin"_s, u"secret"_s).id == doctor.id);
}

TEST_CASE("The directory groups agendas by profession, GPs first, with types and services", "[desk]")
{
    StoreFixture f;
    Store &store = *f.store;
    const Practitioner kine = addPractitioner(store, u"Luc"_s, u"Moreau"_s, u"physiotherapist"_s);
    const Practitioner gp = addPractitioner(store, u"Anne"_s, u"Martin"_s, u"gp"_s);
    Practitioner intern = addPractitioner(store, u"Léa"_s, u"Petit"_s, u"gp"_s);
    intern.intern = true;
    intern.supervisorId = gp.id;
    intern = store.update(intern, setupActor());
    const Agenda kineAgenda = addAgenda(store, kine, u"Kinésithérapie"_s, 1);
    const Agenda internAgenda = addAgenda(store, intern, u"Dr Léa Petit"_s, 2);
    const Agenda gpAgenda = addAgenda(store, gp, u"Dr Anne Martin"_s, 3);
    Agenda room;
    room.kind = AgendaKind::Room;
    room.name = u"Salle de soins"_s;
    room = store.insert(room, setupActor());
    Agenda retired = addAgenda(store, gp, u"Ancien agenda"_s, 4);
    retired.active = false;
    store.update(retired, setupActor());
    addType(store, gpAgenda, u"Consultation longue"_s, 30);
    addType(store, gpAgenda, u"Consultation"_s, 15);
    Service nexplanon;
    nexplanon.label = u"Pose d'implant contraceptif (Nexplanon)"_s;
    nexplanon = store.insert(nexplanon, setupActor());
    PractitionerService link;
    link.practitionerId = gp.id;
    link.serviceId = nexplanon.id;
    store.insert(link, setupActor());

    Directory directory(store);
    QList<qint64> order;
    for (const AgendaEntry &entry : directory.agendas())
        order << entry.agenda.id;
    CHECK(order == QList<qint64>{gpAgenda.id, internAgenda.id, kineAgenda.id, room.id});
    CHECK(directory.professions() == QStringList{u"gp"_s, u"physiotherapist"_s});
    CHECK(directory.agendasOfProfession(u"gp"_s) == std::vector<qint64>{gpAgenda.id, internAgenda.id});
    CHECK(directory.agendasOfService(nexplanon.id) == std::vector<qint64>{gpAgenda.id});

    const AgendaEntry *entry = directory.agenda(gpAgenda.id);
    REQUIRE(entry);
    CHECK(entry->title() == u"Dr Anne Martin"_s);
    REQUIRE(entry->types.size() == 2);
    CHECK(entry->types.front().label == u"Consultation"_s); // shortest first
    CHECK(directory.agenda(kineAgenda.id)->title() == u"Dr Luc Moreau — Kinésithérapie"_s);
    CHECK(directory.agenda(internAgenda.id)->subtitle().contains(u"Dr Anne Martin"_s));
    CHECK(directory.agenda(room.id)->title() == u"Salle de soins"_s);
    CHECK(entry->shortTitle() == u"Dr Martin"_s);
    CHECK(directory.agenda(room.id)->shortTitle() == u"Salle de soins"_s);
    CHECK(directory.agenda(retired.id) == nullptr);
}

TEST_CASE("Patient search finds by name, phone and birth date, ignoring case and accents", "[desk]")
{
    StoreFixture f;
    Store &store = *f.store;
    patient(store, u"Lefèvre"_s, u"Hélène"_s, QDate(1952, 11, 24), u"06 12 34 56 78"_s);
    patient(store, u"Lefebvre"_s, u"Marc"_s, QDate(1980, 5, 17), u"+33 7 98 76 54 32"_s);
    patient(store, u"Martin"_s, u"Hélène"_s, QDate(2024, 2, 29), {}, u"Lefèvre"_s);
    patient(store, u"O'Brien-Cœur"_s, u"Zoé"_s, QDate(1999, 1, 2));
    PatientDirectory directory(store);

    CHECK(names(directory.search(u"lefevre"_s)) == QStringList{u"Lefèvre Hélène"_s, u"Martin Hélène"_s});
    CHECK(names(directory.search(u"LEF"_s))
          == QStringList{u"Lefebvre Marc"_s, u"Lefèvre Hélène"_s, u"Martin Hélène"_s});
    CHECK(names(directory.search(u"helene lef"_s)) == QStringList{u"Lefèvre Hélène"_s, u"Martin Hélène"_s});
    CHECK(names(directory.search(u"coeur zo"_s)) == QStringList{u"O'Brien-Cœur Zoé"_s});
    CHECK(names(directory.search(u"brien"_s)) == QStringList{u"O'Brien-Cœur Zoé"_s});
    CHECK(directory.search(u"elene"_s).empty()); // beginnings of words only

    CHECK(names(directory.search(u"06 12 34"_s)) == QStringList{u"Lefèvre Hélène"_s});
    CHECK(names(directory.search(u"5678"_s)) == QStringList{u"Lefèvre Hélène"_s});
    CHECK(names(directory.search(u"0798765432"_s)) == QStringList{u"Lefebvre Marc"_s});
    CHECK(names(directory.search(u"+33798765432"_s)) == QStringList{u"Lefebvre Marc"_s});

    CHECK(names(directory.search(u"17/05/1980"_s)) == QStringList{u"Lefebvre Marc"_s});
    CHECK(names(directory.search(u"24/11/52"_s)) == QStringList{u"Lefèvre Hélène"_s});
    CHECK(names(directory.search(u"29022024"_s)) == QStringList{u"Martin Hélène"_s});
    CHECK(names(directory.search(u"helene 2024-02-29"_s)) == QStringList{u"Martin Hélène"_s});
    CHECK(directory.search(u"lefevre 31/02/1952"_s).empty()); // no such day: nobody, not every Lefèvre

    CHECK(directory.search(u""_s).empty());
    CHECK(directory.search(u"   "_s).empty());
    CHECK(directory.search(u"lef"_s, 1).size() == 1);
    CHECK(directory.search(u"%"_s).empty());
    CHECK(directory.search(u"_"_s).empty());
}

TEST_CASE("The search text follows every change of a patient, and a migration fills it", "[desk]")
{
    StoreFixture f;
    Store &store = *f.store;
    PatientDirectory directory(store);
    Patient p = patient(store, u"Dupont"_s, u"Jeanne"_s, QDate(1970, 3, 1));
    CHECK(directory.search(u"dupont"_s).size() == 1);
    p.lastName = u"Durand"_s;
    p = directory.update(p, setupActor());
    CHECK(directory.search(u"dupont"_s).empty());
    CHECK(directory.search(u"durand jea"_s).size() == 1);
}

TEST_CASE("Migration 4 computes the search text of the patients already there", "[desk]")
{
    TestDatabase database;
    std::unique_ptr<Database> db = database.openDatabase();
    Schema::migrate(*db, {}, 3); // a database from before the column existed
    db->run(u"INSERT INTO patient (last_name, first_name, mobile_phone, created_at) VALUES (?, ?, ?, ?)"_s,
            {u"Lefèvre"_s, u"Hélène"_s, u"06 12 34 56 78"_s, qint64(0)});
    CHECK(Schema::migrate(*db) == Schema::latestVersion() - 3);
    CHECK(scalar(*db, u"SELECT search_text FROM patient"_s).toString() == u" lefevre helene 0612345678 "_s);
}

TEST_CASE("Patients created at the desk need names and a plausible birth date", "[desk]")
{
    StoreFixture f;
    PatientDirectory directory(*f.store);
    Patient p;
    p.lastName = u"  Bernard  "_s;
    p.firstName = u"Louise"_s;
    p.birthDate = QDate(2025, 12, 1);
    p.mobilePhone = u" 06 11 22 33 44 "_s;
    const Patient created = directory.create(p, setupActor());
    CHECK(created.id > 0);
    CHECK(created.lastName == u"Bernard"_s);
    CHECK(created.mobilePhone == u"06 11 22 33 44"_s);
    checkSame(f.store->get<Patient>(created.id), created);

    const WriteTrace before = WriteTrace::of(*f.store, u"patient"_s);
    Patient noName = p;
    noName.lastName = u"   "_s;
    auto error = storeErrorFrom([&] { directory.create(noName, setupActor()); });
    REQUIRE(error);
    CHECK(error->code() == u"name_required"_s);
    Patient future = p;
    future.birthDate = QDate(2027, 1, 1); // the clock says June 2026
    error = storeErrorFrom([&] { directory.create(future, setupActor()); });
    REQUIRE(error);
    CHECK(error->code() == u"birth_date"_s);
    CHECK(WriteTrace::of(*f.store, u"patient"_s) == before);
}

TEST_CASE("Call-back tasks from an appointment take its phone; open ones are found per agenda", "[desk]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    Patient withPhone = s.patient;
    withPhone.mobilePhone = u"06 00 00 00 01"_s;
    withPhone = store.update(withPhone, setupActor());
    const QDateTime nine = utc(2026, 6, 16, 7, 0);
    const Appointment first = addAppointment(store, s.agenda, nine, 15, s.actor, s.patient.id, s.type.id);
    const Appointment second = addAppointment(store, s.agenda, nine.addSecs(3600), 15, s.actor, s.patient.id);
    Appointment withOwnPhone = second;
    withOwnPhone.phone = u"01 45 00 00 00"_s;
    withOwnPhone = store.update(withOwnPhone, s.actor);
    Callbacks callbacks(store);

    const CallbackTask task = callbacks.requestForAppointment(first.id, u"Résultats de prise de sang"_s,
                                                              s.staff.id, nine.addSecs(-3600), s.actor);
    CHECK(task.phone == u"06 00 00 00 01"_s); // the patient's mobile
    CHECK(task.patientId == s.patient.id);
    CHECK(task.createdBy == s.staff.id);
    CHECK(callbacks.requestForAppointment(second.id, u"Rappeler"_s, {}, {}, s.actor).phone
          == u"01 45 00 00 00"_s);

    const QSet<qint64> open
            = callbacks.appointmentsWithOpenTask({s.agenda.id}, nine.addDays(-1), nine.addDays(1));
    CHECK(open == QSet<qint64>{first.id, second.id});
    CHECK(callbacks.appointmentsWithOpenTask({s.agenda.id}, nine.addDays(1), nine.addDays(2)).isEmpty());
    REQUIRE(callbacks.open().size() == 2);
    CHECK(callbacks.open().front().id == task.id); // the one with a due time first

    const CallbackTask done = callbacks.markDone(task.id, task.version, s.actor);
    CHECK(done.doneAt == f.clock.now());
    CHECK(done.doneBy == s.staff.id);
    CHECK(callbacks.appointmentsWithOpenTask({s.agenda.id}, nine.addDays(-1), nine.addDays(1))
          == QSet<qint64>{second.id});
    CHECK(callbacks.openForAppointment(first.id).empty());
    const auto stale = storeErrorFrom([&] { callbacks.markDone(task.id, task.version, s.actor); });
    REQUIRE(stale);
    CHECK(stale->kind() == Kind::VersionConflict);

    const WriteTrace before = WriteTrace::of(store, u"callback_task"_s);
    const auto noNote
            = storeErrorFrom([&] { callbacks.requestForAppointment(first.id, u"  "_s, {}, {}, s.actor); });
    REQUIRE(noNote);
    CHECK(noNote->code() == u"no_note"_s);
    CHECK(WriteTrace::of(store, u"callback_task"_s) == before);
}
