// Booking, moving and cancelling through the scheduler (the questions are in scheduler.cpp).
#include "domain/patient.h"
#include "scheduler.h"
#include "schedulercontext.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

[[noreturn]] void refuse(const Refusal &refusal)
{
    throw StoreError(StoreError::Kind::RuleRefused, refusal.message, refusal.rule);
}

// The days of a series: twice a week gives +3, +4, +3 ... days (Monday and Thursday).
std::vector<int> seriesOffsets(int sessions, int perWeek)
{
    std::vector<int> offsets;
    perWeek = std::clamp(perWeek, 1, 6);
    int offset = 0;
    for (int i = 0; i < sessions; ++i) {
        offsets.push_back(offset);
        const int inWeek = i % perWeek;
        offset += 7 * (inWeek + 1) / perWeek - 7 * inWeek / perWeek;
    }
    return offsets;
}

} // namespace

void Scheduler::verifyBookable(const Context &context, const QDateTime &start, int durationMinutes,
                               Channel channel, qint64 ignoreId)
{
    Context sized = context;
    sized.type.durationMinutes = durationMinutes;
    const QDate localDay = start.toTimeZone(m_zone).date();
    const std::vector<FreeSlot> free = freeStarts(sized, localDay, localDay, channel, ignoreId, true);
    if (std::any_of(free.begin(), free.end(), [&](const FreeSlot &f) { return f.start == start; }))
        return;

    // Say why, most specific first.
    const std::vector<Slot> dayGrid = grid(context.agenda.id, localDay, localDay);
    const auto slot
            = std::find_if(dayGrid.begin(), dayGrid.end(), [&](const Slot &s) { return s.start == start; });
    if (slot == dayGrid.end())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("There is no slot starting at this time in this agenda."), u"no_slot"_s);
    if (slot->blocked)
        throw StoreError(StoreError::Kind::Invalid, tr("This time is blocked: %1.").arg(slot->label),
                         u"blocked"_s);
    if (slot->kind == SlotKind::Unavailable)
        throw StoreError(StoreError::Kind::Invalid, tr("This slot is marked unavailable."), u"unavailable"_s);
    const qint64 from = start.toSecsSinceEpoch();
    const qint64 to = from + qint64(durationMinutes) * 60;
    for (const Busy &busy : loadBusy(context.agenda.id, from, to, ignoreId)) {
        if (busy.start < to && busy.end > from)
            throw StoreError(StoreError::Kind::SlotTaken, tr("This time is already taken."), u"taken"_s);
    }
    const QDateTime now = m_store.clock().now();
    if (!isStaffChannel(channel)) {
        if (!context.type.onlineBookable)
            refuse({u"not_online"_s,
                    tr("This type of appointment cannot be booked online; please phone the centre.")});
        if (const auto refusal = context.rules.checkOnlineTiming(start, slot->kind, now))
            refuse(*refusal);
    }
    if (start < now)
        refuse({u"past"_s, tr("This time has already passed.")});
    throw StoreError(StoreError::Kind::Invalid,
                     tr("There is not enough free time here for a %1 of %2 minutes.")
                             .arg(context.type.label)
                             .arg(durationMinutes),
                     u"too_long"_s);
}

void Scheduler::checkPatientRules(const Context &context, const BookingRequest &request)
{
    if (isStaffChannel(request.channel))
        return;
    if (!request.patientId)
        throw StoreError(StoreError::Kind::Invalid, tr("An online booking needs the patient it is for."));
    const Patient patient = m_store.get<Patient>(*request.patientId);

    const QDate day = request.start.toTimeZone(m_zone).date();
    if (patient.birthDate.isValid()) {
        const int months = (day.year() - patient.birthDate.year()) * 12 + day.month()
                           - patient.birthDate.month() - (day.day() < patient.birthDate.day() ? 1 : 0);
        if ((context.type.minAgeMonths && months < *context.type.minAgeMonths)
            || (context.type.maxAgeMonths && months > *context.type.maxAgeMonths)) {
            refuse({u"age"_s,
                    tr("This type of appointment is not for the age of %1; please choose another one "
                       "or phone the centre.")
                            .arg(patient.firstName)});
        }
    }

    // New patient: never seen by this practitioner (any of their agendas), or in this agenda.
    const QString seenSql
            = context.agenda.practitionerId
                      ? u"patient_id = ? AND status <> 'cancelled' AND agenda_id IN (SELECT id FROM agenda WHERE practitioner_id = ?)"_s
                      : u"patient_id = ? AND status <> 'cancelled' AND agenda_id = ?"_s;
    const qint64 seen = m_store.count<Appointment>(
            seenSql, {*request.patientId, context.agenda.practitionerId.value_or(context.agenda.id)});
    if (const auto refusal = context.rules.checkNewPatient(
                seen == 0, !context.practitioner || context.practitioner->acceptsNewPatients))
        refuse(*refusal);

    const qint64 dayStart = localMidnight(day).toSecsSinceEpoch();
    const qint64 dayEnd = localMidnight(day.addDays(1)).toSecsSinceEpoch();
    const qint64 sameDay = m_store.count<Appointment>(
            u"patient_id = ? AND channel = 'web' AND status <> 'cancelled' AND start_utc >= ? AND start_utc < ?"_s,
            {*request.patientId, dayStart, dayEnd});
    if (const auto refusal = context.rules.checkDailyLimit(int(sameDay)))
        refuse(*refusal);
}

void Scheduler::takeTurn(qint64 agendaId)
{
    Database &db = m_store.database();
    if (db.isPostgres())
        db.run(u"SELECT id FROM agenda WHERE id = ? FOR NO KEY UPDATE"_s, {agendaId});
}

Appointment Scheduler::book(const BookingRequest &request, const Actor &actor)
{
    const Context context = loadContext(request.agendaId, request.typeId);
    if (request.overbook && !isStaffChannel(request.channel))
        throw StoreError(StoreError::Kind::Invalid, tr("Only the centre's staff can overbook."));
    if (!request.start.isValid())
        throw StoreError(StoreError::Kind::Invalid, tr("The appointment has no start time."));

    Appointment appointment;
    appointment.agendaId = request.agendaId;
    appointment.typeId = request.typeId;
    appointment.patientId = request.patientId;
    appointment.start = request.start.toUTC();
    appointment.end = appointment.start.addSecs(qint64(context.type.durationMinutes) * 60);
    appointment.reason = request.reason;
    appointment.phone = request.phone;
    appointment.companion = request.companion;
    appointment.channel = request.channel;
    appointment.overbooked = request.overbook;
    appointment.createdByAccount = request.accountId;

    // One writer at a time on SQLite (BEGIN IMMEDIATE); on PostgreSQL the exclusion constraint
    // settles a race between the check and the insert, and bookings of one agenda take turns so
    // that two inserts of one time never deadlock in it (the second then finds the time taken).
    Transaction transaction(m_store.database());
    takeTurn(request.agendaId);
    if (!request.overbook)
        verifyBookable(context, appointment.start, context.type.durationMinutes, request.channel, 0);
    checkPatientRules(context, request);
    appointment = m_store.insert(appointment, actor);
    transaction.commit();
    return appointment;
}

SeriesResult Scheduler::bookSeries(const BookingRequest &request, const Actor &actor)
{
    const Context context = loadContext(request.agendaId, request.typeId);
    if (context.type.seriesSessions <= 0)
        throw StoreError(StoreError::Kind::Invalid, tr("This type of appointment is not a series."));
    SeriesResult result;
    const QDateTime firstLocal = request.start.toTimeZone(m_zone);
    std::optional<qint64> seriesId;
    for (const int offset : seriesOffsets(context.type.seriesSessions, context.type.seriesPerWeek)) {
        const QDate wanted = firstLocal.date().addDays(offset);
        // The same wall time that day, else the free time closest to it.
        const QDateTime sameTime = QDateTime(wanted, firstLocal.time(), m_zone).toUTC();
        std::vector<FreeSlot> free = freeStarts(context, wanted, wanted, request.channel, 0);
        std::stable_sort(free.begin(), free.end(), [&](const FreeSlot &a, const FreeSlot &b) {
            return std::llabs(a.start.secsTo(sameTime)) < std::llabs(b.start.secsTo(sameTime));
        });
        bool placed = false;
        for (const FreeSlot &slot : free) {
            BookingRequest session = request;
            session.start = slot.start;
            try {
                Appointment booked = book(session, actor);
                if (!seriesId)
                    seriesId = booked.id;
                booked.seriesId = seriesId;
                result.booked.push_back(m_store.update(booked, actor, u"series"_s));
                placed = true;
                break;
            } catch (const StoreError &error) {
                if (error.kind() != StoreError::Kind::SlotTaken)
                    throw;
            }
        }
        if (!placed)
            result.notPlaced.push_back(wanted);
    }
    return result;
}

Appointment Scheduler::move(qint64 appointmentId, int expectedVersion, qint64 agendaId,
                            const QDateTime &start, int durationMinutes, const Actor &actor)
{
    Transaction transaction(m_store.database());
    takeTurn(agendaId);
    Appointment appointment = m_store.get<Appointment>(appointmentId);
    if (appointment.version != expectedVersion) {
        appointment.version = expectedVersion; // let the store name who changed it
        m_store.update(appointment, actor);
    }
    if (!occupiesTime(appointment.status))
        throw StoreError(StoreError::Kind::Invalid, tr("A cancelled appointment cannot be moved."));
    if (durationMinutes <= 0 || durationMinutes > 24 * 60)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The duration must be between 1 minute and 24 hours."));
    qint64 typeId = appointment.typeId.value_or(0);
    if (agendaId != appointment.agendaId) {
        // The same type of appointment in the other agenda, by label.
        const AppointmentType type = m_store.get<AppointmentType>(typeId);
        const std::vector<AppointmentType> there = m_store.select<AppointmentType>(
                u"agenda_id = ? AND label = ? AND active = ?"_s, {agendaId, type.label, true});
        if (there.empty())
            throw StoreError(StoreError::Kind::Invalid,
                             tr("The other agenda has no \"%1\" type of appointment.").arg(type.label));
        typeId = there.front().id;
    }
    const Context context = loadContext(agendaId, typeId);
    const bool web = !isStaffChannel(actor.channel);
    if (web) {
        if (const auto refusal = context.rules.checkOnlineReschedule(appointment, m_store.clock().now()))
            refuse(*refusal);
        ++appointment.onlineReschedules;
    }
    if (!appointment.overbooked)
        verifyBookable(context, start.toUTC(), durationMinutes, actor.channel, appointment.id);
    appointment.agendaId = agendaId;
    appointment.typeId = typeId;
    appointment.start = start.toUTC();
    appointment.end = appointment.start.addSecs(qint64(durationMinutes) * 60);
    appointment = m_store.update(appointment, actor, u"move"_s);
    transaction.commit();
    return appointment;
}

Appointment Scheduler::cancel(qint64 appointmentId, const QString &reason, const Actor &actor,
                              CancelledBy by)
{
    Transaction transaction(m_store.database());
    Appointment appointment = m_store.get<Appointment>(appointmentId);
    if (appointment.status == AppointmentStatus::Cancelled)
        return appointment;
    const QDateTime now = m_store.clock().now();
    const RuleBook rules = rulesFor(appointment.agendaId);
    if (!isStaffChannel(actor.channel)) {
        if (const auto refusal = rules.checkOnlineCancellation(appointment, now))
            refuse(*refusal);
    }
    appointment.status = AppointmentStatus::Cancelled;
    appointment.cancelReason = reason;
    appointment.cancelledAt = now;
    appointment.lateCancel = by == CancelledBy::Patient && now > rules.cancellationDeadline(appointment);
    appointment = m_store.update(appointment, actor, u"cancel"_s);
    transaction.commit();
    return appointment;
}

Appointment Scheduler::setStatus(qint64 appointmentId, int expectedVersion, AppointmentStatus status,
                                 const Actor &actor)
{
    if (status == AppointmentStatus::Cancelled)
        throw StoreError(StoreError::Kind::Invalid, tr("Cancelling an appointment asks for a reason."));
    Transaction transaction(m_store.database());
    Appointment appointment = m_store.get<Appointment>(appointmentId);
    if (appointment.status == AppointmentStatus::Cancelled)
        throw StoreError(StoreError::Kind::Invalid, tr("This appointment was cancelled."), u"cancelled"_s);
    const QDateTime now = m_store.clock().now();
    if (status == AppointmentStatus::NoShow && appointment.start > now)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The appointment has not started yet: the patient cannot be marked absent."),
                         u"not_started"_s);
    if (status == AppointmentStatus::Arrived && !appointment.arrivedAt.isValid())
        appointment.arrivedAt = now;
    else if (status == AppointmentStatus::Booked || status == AppointmentStatus::NoShow)
        appointment.arrivedAt = {};
    appointment.status = status;
    appointment.version = expectedVersion; // the update names who changed it meanwhile, if anyone did
    appointment = m_store.update(appointment, actor, u"status"_s);
    transaction.commit();
    return appointment;
}

} // namespace Accueil
