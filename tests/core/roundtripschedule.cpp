// Round trips of appointments, agenda schedules, messages and callback tasks.
#include "fixtures.h"
#include "roundtrip.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

struct Scene
{
    BasicSetup setup;
    PatientAccount account;
    StaffUser practitionerUser;
};

Scene makeScene(Store &store)
{
    Scene scene{addBasicSetup(store), {}, {}};
    PatientAccount account;
    account.email = u"jeanne.dupont@example.org"_s;
    account.passwordHash = testPasswordHash();
    account.holderPatientId = scene.setup.patient.id;
    scene.account = store.insert(account, setupActor());
    scene.practitionerUser
            = addStaff(store, u"c.moreau"_s, u"CM"_s, Role::Practitioner, scene.setup.practitioner.id);
    return scene;
}

} // namespace

TEST_CASE("Appointment round trip with every field set", "[roundtrip]")
{
    StoreFixture f;
    const Scene scene = makeScene(*f.store);
    const BasicSetup &s = scene.setup;

    // The first session of a series, with every optional left empty.
    Appointment first;
    first.agendaId = s.agenda.id;
    first.start = utc(2026, 9, 7, 7, 30);
    first.end = utc(2026, 9, 7, 7, 50);
    first.createdAt = utc(2026, 9, 1, 9, 0, 1);
    const Appointment firstSaved = checkRoundTrip(f, first, Actor::system(u"import"_s),
                                                  [](Appointment &a) { a.reason = u"Créneau bloqué"_s; });
    CHECK_FALSE(firstSaved.patientId.has_value());
    CHECK_FALSE(firstSaved.typeId.has_value());
    CHECK_FALSE(firstSaved.arrivedAt.isValid());
    CHECK_FALSE(firstSaved.createdBy.has_value()); // a system actor has no staff id
    CHECK_FALSE(firstSaved.updatedBy.has_value());

    Appointment a;
    a.agendaId = s.agenda.id;
    a.patientId = s.patient.id;
    a.typeId = s.type.id;
    a.start = utc(2026, 9, 14, 7, 30);
    a.end = utc(2026, 9, 14, 7, 55);
    a.reason = u"Renouvellement d'ordonnance; douleurs « lombaires »"_s;
    a.phone = u"+33 6 98 76 54 32"_s;
    a.companion = u"sa fille, Mme Roux"_s;
    a.status = AppointmentStatus::InConsultation;
    a.cancelReason = u"(none yet)"_s;
    a.channel = Channel::Web;
    a.overbooked = true;
    a.seriesId = firstSaved.id;
    a.arrivedAt = utc(2026, 9, 14, 7, 24, 31);
    a.onlineReschedules = 2;
    a.createdBy = scene.practitionerUser.id;
    a.createdByAccount = scene.account.id;
    a.createdAt = utc(2026, 9, 1, 10, 0, 7);
    a.updatedBy = s.staff.id;
    a.updatedAt = utc(2026, 9, 2, 11, 0, 9);
    CHECK(a.durationMinutes() == 25);

    const Appointment saved = checkRoundTrip(f, a, s.actor, [&](Appointment &b) {
        b.status = AppointmentStatus::Cancelled;
        b.cancelReason = u"Empêchement"_s;
        b.channel = Channel::Practitioner;
        b.overbooked = false;
        b.patientId.reset();
        b.typeId.reset();
        b.seriesId.reset();
        b.arrivedAt = QDateTime();
        b.createdByAccount.reset();
        b.start = utc(2026, 9, 15, 12, 0);
        b.end = utc(2026, 9, 15, 12, 45);
    });
    CHECK(saved.status == AppointmentStatus::Cancelled);
    CHECK_FALSE(saved.patientId.has_value());
    CHECK_FALSE(saved.arrivedAt.isValid());
    CHECK(saved.durationMinutes() == 45);
    // The update says who and when.
    CHECK(saved.updatedBy == s.staff.id);
    CHECK(saved.updatedAt == f.clock.now());
    // ... and does not rewrite who created it.
    CHECK(saved.createdBy == scene.practitionerUser.id);
    CHECK(saved.createdAt == utc(2026, 9, 1, 10, 0, 7));
}

TEST_CASE("An appointment's creator and creation time are stamped when not given", "[roundtrip]")
{
    StoreFixture f;
    const BasicSetup s = addBasicSetup(*f.store);
    const Appointment a
            = addAppointment(*f.store, s.agenda, utc(2026, 6, 16, 8, 0), 20, s.actor, s.patient.id);
    const Appointment read = f.store->get<Appointment>(a.id);
    CHECK(read.createdBy == s.staff.id);
    CHECK(read.createdAt == testNow());
    CHECK_FALSE(read.updatedAt.isValid());
    CHECK_FALSE(read.updatedBy.has_value());
    CHECK(read.status == AppointmentStatus::Booked);
    CHECK(read.channel == Channel::Desk);
}

TEST_CASE("Schedule templates, ranges and exceptions round trip", "[roundtrip]")
{
    StoreFixture f;
    const BasicSetup s = addBasicSetup(*f.store);

    ScheduleTemplate openEnded;
    openEnded.agendaId = s.agenda.id;
    openEnded.label = u"Semaine type 2026"_s;
    openEnded.validFrom = QDate(2026, 1, 5);
    // validTo left null: open-ended
    const ScheduleTemplate savedTemplate = checkRoundTrip(f, openEnded, s.actor, [](ScheduleTemplate &t) {
        t.validTo = QDate(2026, 12, 31);
        t.label = u"Semaine type 2026 (jusqu'à fin d'année)"_s;
    });
    CHECK(savedTemplate.validTo == QDate(2026, 12, 31));

    ScheduleTemplate bounded = openEnded;
    bounded.validTo = QDate(2026, 6, 30);
    checkRoundTrip(f, bounded, s.actor, [](ScheduleTemplate &t) { t.validTo = QDate(); });
    CHECK(f.store->select<ScheduleTemplate>(u"valid_to IS NULL"_s).size() == 1);

    TemplateRange range;
    range.templateId = savedTemplate.id;
    range.weekday = 6;
    range.startMinute = 8 * 60 + 30;
    range.endMinute = 12 * 60;
    range.slotMinutes = 20;
    range.kind = SlotKind::Urgent;
    const TemplateRange savedRange = checkRoundTrip(f, range, s.actor, [](TemplateRange &r) {
        r.weekday = 7;
        r.kind = SlotKind::Internet;
        r.endMinute = 1440;
    });
    CHECK(savedRange.kind == SlotKind::Internet);

    ScheduleException exception;
    exception.agendaId = s.agenda.id;
    exception.action = u"block"_s;
    exception.start = utc(2026, 7, 13, 6, 0);
    exception.end = utc(2026, 7, 24, 18, 0);
    exception.kind = SlotKind::Unavailable;
    exception.slotMinutes = 0;
    exception.label = u"Formation DPC"_s;
    exception.createdAt = utc(2026, 5, 2, 14, 3, 11);
    checkRoundTrip(f, exception, s.actor, [](ScheduleException &e) {
        e.action = u"set_kind"_s;
        e.kind = SlotKind::Desk;
        e.slotMinutes = 30;
    });
}

TEST_CASE("Messages, reads and callback tasks round trip", "[roundtrip]")
{
    StoreFixture f;
    const Scene scene = makeScene(*f.store);
    const BasicSetup &s = scene.setup;
    const Appointment appointment = addAppointment(*f.store, s.agenda, utc(2026, 6, 17, 9, 0), 20, s.actor,
                                                   s.patient.id, s.type.id);

    Message message;
    message.senderStaffId = s.staff.id;
    message.senderAccountId = scene.account.id;
    message.recipientStaffId = scene.practitionerUser.id;
    message.recipientGroup = u"gp"_s;
    message.subject = u"Résultats d'analyse"_s;
    message.body = u"Mme Dupont a déposé ses résultats.\nÀ voir avant mercredi."_s;
    message.urgent = true;
    message.patientId = s.patient.id;
    message.appointmentId = appointment.id;
    message.createdAt = utc(2026, 6, 14, 16, 45, 30);
    const Message savedMessage = checkRoundTrip(f, message, s.actor, [](Message &m) {
        m.urgent = false;
        m.recipientStaffId.reset();
        m.senderAccountId.reset();
        m.appointmentId.reset();
    });

    MessageRead read;
    read.messageId = savedMessage.id;
    read.staffId = scene.practitionerUser.id;
    read.readAt = utc(2026, 6, 15, 7, 1, 2);
    checkRoundTrip(f, read, s.actor, [](MessageRead &r) { r.readAt = utc(2026, 6, 15, 9, 0, 0); });

    CallbackTask task;
    task.patientId = s.patient.id;
    task.appointmentId = appointment.id;
    task.phone = u"06 12 34 56 78"_s;
    task.note = u"Rappeler pour décaler le RDV"_s;
    task.assigneeId = s.staff.id;
    task.dueAt = utc(2026, 6, 15, 12, 0);
    task.doneAt = utc(2026, 6, 15, 11, 20, 40);
    task.doneBy = s.staff.id;
    task.createdBy = scene.practitionerUser.id;
    task.createdAt = utc(2026, 6, 15, 7, 30, 0);
    const CallbackTask savedTask = checkRoundTrip(f, task, s.actor, [](CallbackTask &t) {
        t.doneAt = QDateTime();
        t.doneBy.reset();
        t.dueAt = QDateTime();
        t.assigneeId.reset();
    });
    CHECK_FALSE(savedTask.doneAt.isValid());
    CHECK_FALSE(savedTask.dueAt.isValid());
    CHECK(savedTask.createdBy == scene.practitionerUser.id);
}
