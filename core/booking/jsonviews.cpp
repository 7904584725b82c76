#include "jsonviews.h"

#include "domain/professions.h"

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QJsonObject urgentRelease(const BookingRules &rules)
{
    return {{u"time"_s, rules.urgentReleaseTime.toString(u"HH:mm"_s)},
            {u"dayOffset"_s, rules.urgentReleaseDayOffset}};
}

// "Léo MARTIN"
QString displayName(const Patient &patient)
{
    return patient.firstName + u' ' + patient.lastName.toUpper();
}

QJsonObject person(const Patient &patient)
{
    return {{u"id"_s, patient.id},
            {u"firstName"_s, patient.firstName},
            {u"lastName"_s, patient.lastName.toUpper()},
            {u"birthDate"_s, JsonViews::date(patient.birthDate)},
            {u"reminders"_s, !patient.remindersOptOut}};
}

} // namespace

QString JsonViews::instant(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).toString(Qt::ISODate); // "2026-11-24T10:15:00+01:00"
}

QJsonObject JsonViews::centre(const Centre &centre, const QDateTime &now) const
{
    return {{u"name"_s, centre.name},
            {u"address"_s, centre.address},
            {u"phone"_s, centre.phone},
            {u"email"_s, centre.email},
            {u"timeZone"_s, centre.timeZone},
            {u"horizonDays"_s, centre.rules.horizonDays},
            {u"minNoticeMinutes"_s, centre.rules.minimumNoticeMinutes},
            {u"newPatientsOnline"_s, centre.rules.newPatientsOnline},
            {u"urgentRelease"_s, urgentRelease(centre.rules)},
            {u"cancelDeadlineHours"_s, centre.rules.cancellationDeadlineHours},
            {u"maxOnlineReschedules"_s, centre.rules.maxOnlineReschedules},
            {u"now"_s, instant(now)}};
}

QJsonArray JsonViews::practitioners(const std::vector<CataloguePractitioner> &list)
{
    QJsonArray array;
    for (const CataloguePractitioner &entry : list) {
        const Practitioner &p = entry.practitioner;
        QJsonArray services;
        for (const Service &service : entry.services)
            services.append(QJsonObject{{u"id"_s, service.id}, {u"label"_s, service.label}});
        QJsonArray agendas;
        for (const Agenda &agenda : entry.agendas)
            agendas.append(QJsonObject{{u"id"_s, agenda.id}, {u"name"_s, agenda.name}});
        array.append(QJsonObject{{u"id"_s, p.id},
                                 {u"name"_s, p.fullName()},
                                 {u"profession"_s, p.profession},
                                 {u"professionLabel"_s, professionName(p.profession)},
                                 {u"description"_s, p.description},
                                 {u"acceptsNewPatients"_s, p.acceptsNewPatients},
                                 {u"intern"_s, p.intern},
                                 {u"supervisor"_s, entry.supervisor ? QJsonValue(QJsonObject{
                                                           {u"id"_s, entry.supervisor->id},
                                                           {u"name"_s, entry.supervisor->fullName()}})
                                                                    : QJsonValue(QJsonValue::Null)},
                                 {u"services"_s, services},
                                 {u"agendas"_s, agendas}});
    }
    return array;
}

QJsonArray JsonViews::services(const std::vector<CatalogueService> &list)
{
    QJsonArray array;
    for (const CatalogueService &entry : list) {
        QJsonArray practitioners;
        for (const CatalogueService::Offer &offer : entry.offers) {
            QJsonArray agendaIds;
            for (const qint64 id : offer.agendaIds)
                agendaIds.append(id);
            practitioners.append(
                    QJsonObject{{u"id"_s, offer.practitioner.id},
                                {u"name"_s, offer.practitioner.fullName()},
                                {u"professionLabel"_s, professionName(offer.practitioner.profession)},
                                {u"agendaIds"_s, agendaIds}});
        }
        array.append(QJsonObject{{u"id"_s, entry.service.id},
                                 {u"label"_s, entry.service.label},
                                 {u"practitioners"_s, practitioners}});
    }
    return array;
}

QJsonArray JsonViews::types(const std::vector<AppointmentType> &list)
{
    QJsonArray array;
    for (const AppointmentType &type : list) {
        array.append(QJsonObject{{u"id"_s, type.id},
                                 {u"label"_s, type.label},
                                 {u"durationMinutes"_s, type.durationMinutes},
                                 {u"sessions"_s, std::max(1, type.seriesSessions)}});
    }
    return array;
}

QJsonObject JsonViews::availability(const WebAvailability &availability) const
{
    QJsonArray slots;
    for (const FreeSlot &slot : availability.slots)
        slots.append(QJsonObject{{u"start"_s, instant(slot.start)}, {u"end"_s, instant(slot.end)}});
    return {{u"agendaId"_s, availability.agendaId},
            {u"typeId"_s, availability.typeId},
            {u"from"_s, date(availability.from)},
            {u"to"_s, date(availability.to)},
            {u"slots"_s, slots},
            {u"horizonEnd"_s, date(availability.horizonEnd)},
            {u"nextFree"_s, availability.nextFree ? QJsonValue(instant(availability.nextFree->start))
                                                  : QJsonValue(QJsonValue::Null)},
            {u"urgentRelease"_s, urgentRelease(availability.rules)}};
}

QJsonObject JsonViews::dependant(const AccountProfile::Dependant &dependant)
{
    QJsonObject object = person(dependant.patient);
    object.insert(u"relation"_s, dependant.member.relation);
    return object;
}

QJsonObject JsonViews::me(const AccountProfile &profile)
{
    QJsonArray dependants;
    for (const AccountProfile::Dependant &dependant : profile.dependants)
        dependants.append(JsonViews::dependant(dependant));
    return {{u"email"_s, profile.account.email},
            {u"emailVerified"_s, profile.account.emailVerifiedAt.isValid()},
            {u"language"_s, profile.account.language},
            {u"holder"_s, person(profile.holder)},
            {u"dependants"_s, dependants}};
}

QJsonObject JsonViews::booking(const PortalBooking &booking) const
{
    const Appointment &a = booking.appointment;
    QJsonObject cancel{{u"allowed"_s, !booking.cancelRefusal.has_value()},
                       {u"until"_s, instant(booking.cancelUntil)}};
    if (booking.cancelRefusal)
        cancel.insert(u"refusal"_s, booking.cancelRefusal->message);
    QJsonObject reschedule{{u"allowed"_s, !booking.rescheduleRefusal.has_value()}};
    if (booking.rescheduleRefusal)
        reschedule.insert(u"refusal"_s, booking.rescheduleRefusal->message);
    return {{u"id"_s, a.id},
            {u"patient"_s,
             QJsonObject{{u"id"_s, booking.patient.id}, {u"name"_s, displayName(booking.patient)}}},
            {u"practitioner"_s, booking.practitioner},
            {u"agendaId"_s, a.agendaId},
            {u"type"_s,
             a.typeId ? QJsonValue(QJsonObject{{u"id"_s, *a.typeId}, {u"label"_s, booking.typeLabel}})
                      : QJsonValue(QJsonValue::Null)},
            {u"start"_s, instant(a.start)},
            {u"end"_s, instant(a.end)},
            {u"status"_s, toKey(a.status)},
            {u"reason"_s, a.reason},
            {u"address"_s, booking.address},
            {u"cancel"_s, cancel},
            {u"reschedule"_s, reschedule}};
}

QJsonArray JsonViews::bookings(const std::vector<PortalBooking> &list) const
{
    QJsonArray array;
    for (const PortalBooking &entry : list)
        array.append(booking(entry));
    return array;
}

} // namespace Accueil
