// What the database refuses, and that a refusal leaves everything as it was.
#include "catch.h"
#include "entitychecks.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <tuple>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;
using Kind = StoreError::Kind;

TEST_CASE("Unique violations are typed errors that write nothing", "[constraints]")
{
    StoreFixture f;
    Store &store = *f.store;

    SECTION("two staff users with the same login")
    {
        const StaffUser first = addStaff(store, u"accueil"_s, u"AB"_s);
        const WriteTrace before = WriteTrace::of(store, u"staff_user"_s);

        StaffUser second;
        second.login = u"accueil"_s;
        second.displayName = u"Someone else"_s;
        second.initials = u"SE"_s;
        second.passwordHash = testPasswordHash();
        const auto error = storeErrorFrom([&] { store.insert(second, setupActor()); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::UniqueViolation);
        CHECK(WriteTrace::of(store, u"staff_user"_s) == before);
        checkSame(store.get<StaffUser>(first.id), first);

        // The connection is usable again straight away (PostgreSQL aborts the transaction).
        second.login = u"accueil2"_s;
        CHECK(store.insert(second, setupActor()).id > first.id);
    }
    SECTION("the same service label")
    {
        Service service;
        service.label = u"Vaccination"_s;
        const Service first = store.insert(service, setupActor());
        const WriteTrace before = WriteTrace::of(store, u"service"_s);
        service.keywords = u"grippe"_s;
        const auto error = storeErrorFrom([&] { store.insert(service, setupActor()); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::UniqueViolation);
        CHECK(WriteTrace::of(store, u"service"_s) == before);
        checkSame(store.get<Service>(first.id), first);
    }
    SECTION("an update onto another row's unique value")
    {
        Service a;
        a.label = u"Vaccination"_s;
        Service b;
        b.label = u"Frottis"_s;
        a = store.insert(a, setupActor());
        b = store.insert(b, setupActor());
        const WriteTrace before = WriteTrace::of(store, u"service"_s);
        Service renamed = b;
        renamed.label = a.label;
        const auto error = storeErrorFrom([&] { store.update(renamed, setupActor()); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::UniqueViolation);
        CHECK(WriteTrace::of(store, u"service"_s) == before);
        checkSame(store.get<Service>(b.id), b); // still version 1, old label
    }
    SECTION("two accounts with the same e-mail")
    {
        const Patient mother = addPatient(store, u"Roux"_s, u"Emma"_s);
        const Patient father = addPatient(store, u"Roux"_s, u"Paul"_s);
        PatientAccount account;
        account.email = u"famille.roux@example.org"_s;
        account.passwordHash = testPasswordHash();
        account.holderPatientId = mother.id;
        const PatientAccount first = store.insert(account, setupActor());
        const WriteTrace before = WriteTrace::of(store, u"patient_account"_s);
        account.holderPatientId = father.id;
        const auto error = storeErrorFrom([&] { store.insert(account, setupActor()); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::UniqueViolation);
        CHECK(WriteTrace::of(store, u"patient_account"_s) == before);
        checkSame(store.get<PatientAccount>(first.id), first);
    }
}

TEST_CASE("Foreign key violations are typed errors that write nothing", "[constraints]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    const WriteTrace before = WriteTrace::of(store, u"appointment"_s);

    Appointment appointment;
    appointment.agendaId = s.agenda.id;
    appointment.patientId = s.patient.id;
    appointment.start = utc(2026, 6, 16, 8, 0);
    appointment.end = utc(2026, 6, 16, 8, 20);

    SECTION("an agenda that does not exist")
    {
        appointment.agendaId = s.agenda.id + 1000;
        const auto error = storeErrorFrom([&] { store.insert(appointment, s.actor); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::ForeignKeyViolation);
    }
    SECTION("a patient that does not exist")
    {
        appointment.patientId = s.patient.id + 1000;
        const auto error = storeErrorFrom([&] { store.insert(appointment, s.actor); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::ForeignKeyViolation);
    }
    SECTION("an update pointing to a missing appointment type")
    {
        const Appointment saved = store.insert(appointment, s.actor);
        const WriteTrace afterInsert = WriteTrace::of(store, u"appointment"_s);
        Appointment changed = saved;
        changed.typeId = 987654;
        const auto error = storeErrorFrom([&] { store.update(changed, s.actor); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::ForeignKeyViolation);
        CHECK(WriteTrace::of(store, u"appointment"_s) == afterInsert);
        checkSame(store.get<Appointment>(saved.id), saved);
        return;
    }
    CHECK(WriteTrace::of(store, u"appointment"_s) == before);
    // A valid appointment still goes in after the refusal.
    appointment = addAppointment(store, s.agenda, utc(2026, 6, 16, 9, 0), 20, s.actor, s.patient.id);
    CHECK(store.count<Appointment>() == 1);
}

TEST_CASE("CHECK constraints are typed errors that write nothing", "[constraints]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    const WriteTrace before = WriteTrace::of(store, u"appointment"_s);

    Appointment appointment;
    appointment.agendaId = s.agenda.id;
    appointment.start = utc(2026, 6, 16, 8, 0);
    auto refused = [&](const QDateTime &end) {
        appointment.end = end;
        const auto error = storeErrorFrom([&] { store.insert(appointment, s.actor); });
        REQUIRE(error);
        CHECK(error->kind() == Kind::ConstraintViolation);
        CHECK_FALSE(error->message().isEmpty());
        CHECK(WriteTrace::of(store, u"appointment"_s) == before);
    };

    SECTION("end before start")
    {
        refused(appointment.start.addSecs(-60));
    }
    SECTION("end equal to start")
    {
        refused(appointment.start);
    }
    SECTION("longer than a day")
    {
        refused(appointment.start.addSecs(86400 + 1));
    }
    SECTION("no end at all (NOT NULL)")
    {
        refused(QDateTime());
    }
}

TEST_CASE("The schema's other CHECKs hold", "[constraints]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);

    ScheduleTemplate tmpl;
    tmpl.agendaId = s.agenda.id;
    tmpl.validFrom = QDate(2026, 1, 1);
    TemplateRange range;
    range.templateId = store.insert(tmpl, s.actor).id;
    range.startMinute = 600;
    range.endMinute = 540;
    const auto rangeError = storeErrorFrom([&] { store.insert(range, s.actor); });
    REQUIRE(rangeError);
    CHECK(rangeError->kind() == Kind::ConstraintViolation);

    range.endMinute = 660;
    range.weekday = 8;
    const auto weekdayError = storeErrorFrom([&] { store.insert(range, s.actor); });
    REQUIRE(weekdayError);
    CHECK(weekdayError->kind() == Kind::ConstraintViolation);

    AppointmentType type;
    type.agendaId = s.agenda.id;
    type.label = u"Zero"_s;
    type.durationMinutes = 0;
    const auto typeError = storeErrorFrom([&] { store.insert(type, s.actor); });
    REQUIRE(typeError);
    CHECK(typeError->kind() == Kind::ConstraintViolation);

    CHECK(store.count<TemplateRange>() == 0);
    CHECK(store.count<AppointmentType>() == 1); // the fixture's
}

TEST_CASE("Optimistic locking: a stale copy cannot overwrite a newer change", "[constraints][locking]")
{
    StoreFixture f;
    const BasicSetup s = addBasicSetup(*f.store);
    const StaffUser other = addStaff(*f.store, u"secretariat2"_s, u"MB"_s);
    // Two desks, two connections.
    const auto secondDesk = Store::open(f.database.url(), f.clock);

    Patient atFirstDesk = f.store->get<Patient>(s.patient.id);
    Patient atSecondDesk = secondDesk->get<Patient>(s.patient.id);

    f.clock.advance(60);
    atFirstDesk.mobilePhone = u"06 00 00 00 01"_s;
    const Patient saved = f.store->update(atFirstDesk, s.actor);
    CHECK(saved.version == 2);

    const WriteTrace before = WriteTrace::of(*secondDesk, u"patient"_s);
    atSecondDesk.notes = u"Changed at the other desk"_s;
    const auto error = storeErrorFrom([&] { secondDesk->update(atSecondDesk, deskActor(other)); });
    REQUIRE(error);
    CHECK(error->kind() == Kind::VersionConflict);
    INFO(error->message().toStdString());
    CHECK(error->message().contains(s.actor.label)); // says who changed it
    CHECK(WriteTrace::of(*secondDesk, u"patient"_s) == before);

    const Patient current = secondDesk->get<Patient>(s.patient.id);
    CHECK(current.version == 2);
    CHECK(current.mobilePhone == u"06 00 00 00 01"_s);
    CHECK(current.notes.isEmpty());

    // Reloading and retrying works.
    Patient reloaded = current;
    reloaded.notes = u"Changed at the other desk"_s;
    CHECK(secondDesk->update(reloaded, deskActor(other)).version == 3);
}

TEST_CASE("Updating a record that does not exist is NotFound", "[constraints][locking]")
{
    StoreFixture f;
    const BasicSetup s = addBasicSetup(*f.store);
    const WriteTrace before = WriteTrace::of(*f.store, u"patient"_s);

    Patient ghost = s.patient;
    ghost.id = s.patient.id + 4242;
    const auto error = storeErrorFrom([&] { f.store->update(ghost, s.actor); });
    REQUIRE(error);
    CHECK(error->kind() == Kind::NotFound);
    CHECK(WriteTrace::of(*f.store, u"patient"_s) == before);

    const auto getError = storeErrorFrom([&] { std::ignore = f.store->get<Patient>(ghost.id); });
    REQUIRE(getError);
    CHECK(getError->kind() == Kind::NotFound);
    CHECK_FALSE(f.store->find<Patient>(ghost.id).has_value());
}

// Qt's QSQLITE driver tags every error raised while stepping a statement as a ConnectionError, and
// a dead PostgreSQL connection may fail with no SQLSTATE: the store classifies by result code and
// probes the connection, so a refusal on a live connection is never worded as a lost one.
TEST_CASE("A refused write on a live connection is not reported as a lost connection", "[constraints]")
{
    StoreFixture f;
    Store &store = *f.store;
    store.database().execute(f.database.isPostgres() ? u"SET default_transaction_read_only = on"_s
                                                     : u"PRAGMA query_only = ON"_s);
    const auto error = storeErrorFrom([&] { addPatient(store, u"Lecture"_s, u"Seule"_s); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == Kind::Query);
    CHECK_FALSE(error->message().contains(u"connection"_s, Qt::CaseInsensitive));
    CHECK(store.database().transactionDepth() == 0);
    CHECK(store.count<Patient>() == 0); // reading still works
}
