#include "fixtures.h"

#include "auth/passwordhasher.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

QDateTime testNow()
{
    return utc(2026, 6, 15, 8, 0);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QTimeZone paris()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    return zone;
}

QDateTime parisTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), paris());
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = db.run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

qint64 rowCount(Database &db, const QString &table)
{
    return scalar(db, u"SELECT COUNT(*) FROM "_s + table).toLongLong();
}

WriteTrace WriteTrace::of(Store &store, const QString &table)
{
    Database &db = store.database();
    return {rowCount(db, table), rowCount(db, u"audit_event"_s), rowCount(db, u"change_feed"_s),
            store.latestRevision()};
}

Actor setupActor()
{
    return Actor::system(u"tests"_s);
}

Actor deskActor(const StaffUser &user)
{
    return {user.id, {}, Channel::Desk, user.initials, {}};
}

Actor webActor(qint64 accountId)
{
    return {{}, accountId, Channel::Web, u"web"_s, {}};
}

const QString &testPasswordHash()
{
    static const QString hash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(u"secret"_s);
    return hash;
}

StaffUser addStaff(Store &store, const QString &login, const QString &initials, Role role,
                   std::optional<qint64> practitionerId)
{
    StaffUser user;
    user.login = login;
    user.displayName = u"User "_s + initials;
    user.initials = initials;
    user.role = role;
    user.passwordHash = testPasswordHash();
    user.practitionerId = practitionerId;
    return store.insert(user, setupActor());
}

Practitioner addPractitioner(Store &store, const QString &firstName, const QString &lastName,
                             const QString &profession)
{
    Practitioner practitioner;
    practitioner.title = u"Dr"_s;
    practitioner.firstName = firstName;
    practitioner.lastName = lastName;
    practitioner.profession = profession;
    return store.insert(practitioner, setupActor());
}

Agenda addAgenda(Store &store, const Practitioner &practitioner, const QString &name, int sortOrder)
{
    Agenda agenda;
    agenda.kind = AgendaKind::Practitioner;
    agenda.practitionerId = practitioner.id;
    agenda.name = name;
    agenda.colour = u"#336699"_s;
    agenda.sortOrder = sortOrder;
    return store.insert(agenda, setupActor());
}

AppointmentType addType(Store &store, const Agenda &agenda, const QString &label, int minutes)
{
    AppointmentType type;
    type.agendaId = agenda.id;
    type.label = label;
    type.durationMinutes = minutes;
    return store.insert(type, setupActor());
}

TemplateRange templateRange(int weekday, int fromMinute, int toMinute, SlotKind kind, int slotMinutes)
{
    TemplateRange r;
    r.weekday = weekday;
    r.startMinute = fromMinute;
    r.endMinute = toMinute;
    r.slotMinutes = slotMinutes;
    r.kind = kind;
    return r;
}

Patient addPatient(Store &store, const QString &lastName, const QString &firstName, const QDate &birthDate)
{
    Patient patient;
    patient.lastName = lastName;
    patient.firstName = firstName;
    patient.birthDate = birthDate;
    return store.insert(patient, setupActor());
}

Appointment addAppointment(Store &store, const Agenda &agenda, const QDateTime &start, int minutes,
                           const Actor &actor, std::optional<qint64> patientId, std::optional<qint64> typeId)
{
    Appointment appointment;
    appointment.agendaId = agenda.id;
    appointment.patientId = patientId;
    appointment.typeId = typeId;
    appointment.start = start;
    appointment.end = start.addSecs(qint64(minutes) * 60);
    appointment.channel = actor.channel;
    return store.insert(appointment, actor);
}

BasicSetup addBasicSetup(Store &store)
{
    BasicSetup setup;
    setup.practitioner = addPractitioner(store, u"Claire"_s, u"Moreau"_s);
    setup.agenda = addAgenda(store, setup.practitioner, u"Dr Moreau"_s);
    setup.type = addType(store, setup.agenda, u"Consultation"_s, 20);
    setup.patient = addPatient(store, u"Dupont"_s, u"Jeanne"_s);
    setup.staff = addStaff(store, u"secretariat1"_s, u"SL"_s);
    setup.actor = deskActor(setup.staff);
    return setup;
}

} // namespace Accueil::Test
