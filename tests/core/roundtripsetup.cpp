// Round trips of the entities that describe the centre, its people and its patients.
#include "fixtures.h"
#include "roundtrip.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Centre and its booking rules round trip", "[roundtrip]")
{
    StoreFixture f;
    Centre centre;
    centre.name = u"Maison de santé des Tilleuls"_s;
    centre.address = u"12 rue des Tilleuls\n67000 Strasbourg"_s;
    centre.phone = u"03 88 00 00 00"_s;
    centre.email = u"accueil@tilleuls.example"_s;
    centre.timeZone = u"America/Cayenne"_s;
    centre.publicHolidayRegion = u"FR-67"_s;
    centre.rules.horizonDays = 60;
    centre.rules.minimumNoticeMinutes = 240;
    centre.rules.urgentReleaseTime = QTime(18, 30);
    centre.rules.urgentReleaseDayOffset = 0;
    centre.rules.cancellationDeadlineHours = 48;
    centre.rules.maxOnlineReschedules = 1;
    centre.rules.newPatientsOnline = false;
    centre.rules.maxOnlineBookingsPerDay = 5;

    const Centre updated = checkRoundTrip(f, centre, setupActor(), [](Centre &c) {
        c.name = u"MSP des Tilleuls"_s;
        c.rules.urgentReleaseTime = QTime(7, 45);
        c.rules.urgentReleaseDayOffset = -2;
        c.rules.newPatientsOnline = true;
        c.rules.horizonDays = 365;
    });
    CHECK(updated.rules.urgentReleaseTime == QTime(7, 45));
    CHECK(updated.rules.urgentReleaseDayOffset == -2);
    CHECK(updated.rules.newPatientsOnline);
    REQUIRE(f.store->centre());
    CHECK(f.store->centre()->name == u"MSP des Tilleuls"_s);
}

TEST_CASE("Practitioner with a supervisor, services and agendas round trip", "[roundtrip]")
{
    StoreFixture f;
    const Practitioner senior = addPractitioner(*f.store, u"Anne"_s, u"Leroy"_s);

    Practitioner intern;
    intern.title = u""_s;
    intern.firstName = u"Hugo"_s;
    intern.lastName = u"Petit"_s;
    intern.profession = u"gp"_s;
    intern.description = u"Interne en médecine générale,\nsupervisé par le Dr Leroy."_s;
    intern.acceptsNewPatients = false;
    intern.intern = true;
    intern.supervisorId = senior.id;
    intern.active = false;
    const Practitioner practitioner = checkRoundTrip(f, intern, setupActor(), [](Practitioner &p) {
        p.intern = false;
        p.supervisorId.reset();
        p.title = u"Dr"_s;
        p.active = true;
    });
    CHECK_FALSE(practitioner.supervisorId.has_value());
    CHECK(practitioner.fullName() == u"Dr Hugo Petit"_s);

    Service service;
    service.label = u"Pose d'implant contraceptif (Nexplanon)"_s;
    service.keywords = u"contraception implant bras"_s;
    const Service savedService
            = checkRoundTrip(f, service, setupActor(), [](Service &s) { s.keywords = u"contraception"_s; });

    Service other;
    other.label = u"Suivi du nourrisson"_s;
    const Service otherService = f.store->insert(other, setupActor());

    PractitionerService link;
    link.practitionerId = practitioner.id;
    link.serviceId = savedService.id;
    const PractitionerService savedLink = checkRoundTrip(
            f, link, setupActor(), [&](PractitionerService &l) { l.serviceId = otherService.id; });
    CHECK(savedLink.serviceId == otherService.id);

    Agenda agenda;
    agenda.kind = AgendaKind::Practitioner;
    agenda.practitionerId = practitioner.id;
    agenda.name = u"Dr Petit – ostéopathie"_s;
    agenda.colour = u"#a1b2c3"_s;
    agenda.sortOrder = 7;
    agenda.active = false;
    const Agenda savedAgenda = checkRoundTrip(f, agenda, setupActor(), [](Agenda &a) {
        a.kind = AgendaKind::Equipment;
        a.practitionerId.reset();
        a.name = u"Échographe"_s;
        a.sortOrder = -1;
    });
    CHECK(savedAgenda.kind == AgendaKind::Equipment);
    CHECK_FALSE(savedAgenda.practitionerId.has_value());

    AppointmentType type;
    type.agendaId = savedAgenda.id;
    type.label = u"Suivi nourrisson"_s;
    type.durationMinutes = 25;
    type.colour = u"#00ff7f"_s;
    type.onlineBookable = true;
    type.allowedSlotKinds = u"internet,urgent"_s;
    type.seriesSessions = 10;
    type.seriesPerWeek = 2;
    type.minAgeMonths = 0; // zero is a value, not "no limit"
    type.maxAgeMonths = 24;
    type.active = false;
    const AppointmentType savedType = checkRoundTrip(f, type, setupActor(), [](AppointmentType &t) {
        t.minAgeMonths.reset();
        t.maxAgeMonths = 216;
        t.onlineBookable = false;
        t.durationMinutes = 45;
    });
    CHECK_FALSE(savedType.minAgeMonths.has_value());
    CHECK(savedType.maxAgeMonths == 216);
}

TEST_CASE("Staff user round trip, password hash included", "[roundtrip]")
{
    StoreFixture f;
    const Practitioner practitioner = addPractitioner(*f.store, u"Anne"_s, u"Leroy"_s);

    StaffUser user;
    user.login = u"a.leroy"_s;
    user.displayName = u"Dr Anne Leroy"_s;
    user.initials = u"AL"_s;
    user.role = Role::Practitioner;
    user.passwordHash = testPasswordHash();
    user.practitionerId = practitioner.id;
    user.active = false;
    user.createdAt = utc(2025, 1, 6, 7, 59, 58);
    const StaffUser saved = checkRoundTrip(f, user, setupActor(), [](StaffUser &u) {
        u.role = Role::Coordinator;
        u.practitionerId.reset();
        u.active = true;
        u.passwordHash = u"$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"_s;
    });
    CHECK(saved.role == Role::Coordinator);
    CHECK(saved.createdAt == utc(2025, 1, 6, 7, 59, 58));

    const std::optional<StaffUser> byLogin = f.store->staffByLogin(u"a.leroy"_s);
    REQUIRE(byLogin);
    checkSame(*byLogin, saved);
    CHECK_FALSE(f.store->staffByLogin(u"A.LEROY"_s).has_value());
}

TEST_CASE("Patient, account and account members round trip", "[roundtrip]")
{
    StoreFixture f;
    Patient patient;
    patient.lastName = u"Durand"_s;
    patient.birthName = u"Bernard"_s;
    patient.firstName = u"Sophie"_s;
    patient.birthDate = QDate(1932, 2, 29);
    patient.sex = Sex::Female;
    patient.mobilePhone = u"+33 6 12 34 56 78"_s;
    patient.homePhone = u"03 88 11 22 33"_s;
    patient.email = u"sophie.durand@example.org"_s;
    patient.address = u"4 place Kléber\n67000 Strasbourg"_s;
    patient.notes = u"Malentendante : parler fort.\nPréfère le matin."_s;
    patient.remindersOptOut = true;
    patient.createdAt = utc(2024, 12, 31, 23, 59, 59);
    patient.searchText = patientSearchText(patient); // derived by the store on every write
    CHECK(patient.searchText == u" durand bernard sophie 0612345678 0388112233 "_s);
    const Patient saved = checkRoundTrip(f, patient, setupActor(), [](Patient &p) {
        p.birthDate = QDate(1899, 12, 31);
        p.sex = Sex::Unknown;
        p.remindersOptOut = false;
        p.homePhone.clear();
    });
    CHECK(saved.birthDate == QDate(1899, 12, 31));
    CHECK(saved.homePhone.isEmpty());
    CHECK(saved.updatedAt == f.clock.now()); // stamped by the update
    CHECK(saved.createdAt == utc(2024, 12, 31, 23, 59, 59));

    SECTION("a patient without a birth date")
    {
        Patient unknown;
        unknown.lastName = u"Inconnu"_s;
        unknown.firstName = u"X"_s;
        const Patient inserted = f.store->insert(unknown, setupActor());
        const Patient read = f.store->get<Patient>(inserted.id);
        CHECK(read.birthDate.isNull());
        CHECK(read.createdAt == f.clock.now()); // stamped by the insert
        CHECK_FALSE(read.updatedAt.isValid());
    }

    const Patient child = addPatient(*f.store, u"Durand"_s, u"Léo"_s, QDate(2023, 8, 1));

    PatientAccount account;
    account.email = u"sophie.durand@example.org"_s;
    account.passwordHash = testPasswordHash();
    account.holderPatientId = saved.id;
    account.emailVerifiedAt = utc(2026, 1, 2, 3, 4, 5);
    account.createdAt = utc(2026, 1, 2, 3, 0, 0);
    account.active = false;
    const PatientAccount savedAccount = checkRoundTrip(f, account, setupActor(), [&](PatientAccount &a) {
        a.emailVerifiedAt = QDateTime();
        a.active = true;
        a.holderPatientId = child.id;
    });
    CHECK_FALSE(savedAccount.emailVerifiedAt.isValid());

    AccountMember member;
    member.accountId = savedAccount.id;
    member.patientId = child.id;
    member.relation = u"child"_s;
    const AccountMember savedMember = checkRoundTrip(f, member, setupActor(), [&](AccountMember &m) {
        m.relation = u"other"_s;
        m.patientId = saved.id;
    });
    CHECK(savedMember.relation == u"other"_s);
}
