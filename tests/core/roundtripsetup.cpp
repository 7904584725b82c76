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
    user.webBookingsSeenAt = utc(2026, 6, 15, 7, 30, 1);
    const StaffUser saved = checkRoundTrip(f, user, setupActor(), [](StaffUser &u) {
        u.webBookingsSeenAt = QDateTime();
        u.role = Role::Coordinator;
        u.practitionerId.reset();
        u.active = true;
        u.passwordHash = u"$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"_s;
    });
    CHECK(saved.role == Role::Coordinator);
    CHECK(saved.createdAt == utc(2025, 1, 6, 7, 59, 58));
    CHECK_FALSE(saved.webBookingsSeenAt.isValid());

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
    account.language = u"en"_s;
    const PatientAccount savedAccount = checkRoundTrip(f, account, setupActor(), [&](PatientAccount &a) {
        a.language = u"fr"_s;
        a.emailVerifiedAt = QDateTime();
        a.active = true;
        a.holderPatientId = child.id;
    });
    CHECK_FALSE(savedAccount.emailVerifiedAt.isValid());
    CHECK(savedAccount.language == u"fr"_s);

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

TEST_CASE("Invitation codes, one-time tokens, web sessions and the outbox round trip", "[roundtrip]")
{
    StoreFixture f;
    const Patient patient = addPatient(*f.store, u"Martin"_s, u"Louise"_s);
    const Patient other = addPatient(*f.store, u"Martin"_s, u"Léo"_s);
    const StaffUser secretary = addStaff(*f.store, u"sophie"_s, u"SV"_s);
    PatientAccount holder;
    holder.email = u"louise@example.org"_s;
    holder.passwordHash = testPasswordHash();
    holder.holderPatientId = patient.id;
    const PatientAccount account = f.store->insert(holder, setupActor());
    holder.email = u"leo@example.org"_s;
    const PatientAccount secondAccount = f.store->insert(holder, setupActor());

    InvitationCode code;
    code.codeHash = u"5f4dcc3b5aa765d61d8327deb882cf99"_s;
    code.patientId = patient.id;
    code.createdBy = secretary.id;
    code.createdAt = utc(2026, 6, 15, 8, 0, 1);
    code.expiresAt = utc(2026, 7, 15, 8, 0, 1);
    const InvitationCode savedCode = checkRoundTrip(f, code, setupActor(), [&](InvitationCode &c) {
        c.usedAt = utc(2026, 6, 20, 18, 30, 59);
        c.usedByAccount = account.id;
        c.createdBy.reset();
        c.patientId = other.id;
    });
    CHECK(savedCode.usedByAccount == account.id);
    CHECK_FALSE(savedCode.createdBy.has_value());

    AccountToken token;
    token.accountId = account.id;
    token.purpose = u"verify"_s;
    token.tokenHash = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
    token.createdAt = utc(2026, 6, 15, 8, 0);
    token.expiresAt = utc(2026, 6, 22, 8, 0);
    const AccountToken savedToken = checkRoundTrip(f, token, setupActor(), [&](AccountToken &t) {
        t.usedAt = utc(2026, 6, 16, 9, 9, 9);
        t.purpose = u"reset"_s;
        t.accountId = secondAccount.id;
    });
    CHECK(savedToken.purpose == u"reset"_s);

    WebSession session;
    session.tokenHash = u"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"_s;
    session.csrfToken = u"Yq3wXy_-abc"_s;
    session.accountId = account.id;
    session.createdAt = utc(2026, 6, 15, 8, 0);
    session.expiresAt = utc(2026, 7, 15, 8, 0);
    const WebSession savedSession = checkRoundTrip(f, session, setupActor(),
                                                   [](WebSession &s) { s.endedAt = utc(2026, 6, 15, 9, 0); });
    CHECK(savedSession.endedAt == utc(2026, 6, 15, 9, 0));
    // The CSRF token stays out of the audit trail.
    for (const AuditEvent &event : f.store->auditTrail(u"web_session"_s, savedSession.id))
        CHECK_FALSE(event.after.contains(u"csrf_token"_s));

    Appointment appointment;
    appointment.agendaId
            = addAgenda(*f.store, addPractitioner(*f.store, u"Claire"_s, u"Fabre"_s), u"Dr Fabre"_s).id;
    appointment.start = utc(2026, 6, 17, 8, 15);
    appointment.end = utc(2026, 6, 17, 8, 30);
    const qint64 appointmentId = f.store->insert(appointment, setupActor()).id;

    OutgoingMail mail;
    mail.toAddress = u"louise@example.org"_s;
    mail.subject = u"Rendez-vous confirmé : mercredi 17 juin 2026 à 10 h 15"_s;
    mail.body = u"Bonjour,\n\nVotre rendez-vous est confirmé.\n"_s;
    mail.kind = u"confirmation"_s;
    mail.status = u"queued"_s;
    mail.nextAttemptAt = utc(2026, 6, 15, 8, 0);
    mail.createdAt = utc(2026, 6, 15, 8, 0);
    mail.appointmentId = appointmentId;
    mail.accountId = account.id;
    const OutgoingMail savedMail = checkRoundTrip(f, mail, setupActor(), [](OutgoingMail &m) {
        m.status = u"failed"_s;
        m.attempts = 7;
        m.lastError = u"550 mailbox unavailable"_s;
        m.nextAttemptAt = utc(2026, 6, 16, 8, 0);
        m.sentAt = utc(2026, 6, 15, 8, 1);
        m.appointmentId.reset();
        m.accountId.reset();
    });
    CHECK(savedMail.attempts == 7);
    CHECK_FALSE(savedMail.appointmentId.has_value());
}
