#include "patientbookings.h"

#include "domain/practitioner.h"
#include "patientaccounts.h"
#include "portalerrors.h"
#include "portalmail.h"
#include "schedule/scheduler.h"
#include "store/store.h"

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int maxPast = 200;

} // namespace

PatientBookings::PatientBookings(Store &store, PortalSettings settings, Language language)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_language(language)
{}

std::optional<Refusal> PatientBookings::statusRefusal(const Appointment &appointment) const
{
    const Wording say(m_language);
    if (appointment.status == AppointmentStatus::Cancelled)
        return Refusal{u"cancelled"_s,
                       say(u"This appointment is cancelled."_s, u"Ce rendez-vous est annulé."_s)};
    if (appointment.status != AppointmentStatus::Booked || appointment.start <= m_store.clock().now())
        return Refusal{u"past"_s,
                       say(u"This appointment has already begun."_s, u"Ce rendez-vous a déjà commencé."_s)};
    return std::nullopt;
}

struct PatientBookings::Views
{
    explicit Views(Store &store) : scheduler(store), address(store.centre().value_or(Centre{}).address) {}

    Scheduler scheduler;
    QString address;
    std::unordered_map<qint64, Patient> patients;
    std::unordered_map<qint64, QString> practitioners; // by agenda
    std::unordered_map<qint64, QString> types;
    std::unordered_map<qint64, RuleBook> rules; // by agenda
};

PortalBooking PatientBookings::view(const Appointment &appointment, Views &views)
{
    PortalBooking booking;
    booking.appointment = appointment;
    if (appointment.patientId) {
        auto patient = views.patients.find(*appointment.patientId);
        if (patient == views.patients.end())
            patient = views.patients
                              .emplace(*appointment.patientId, m_store.get<Patient>(*appointment.patientId))
                              .first;
        booking.patient = patient->second;
    }
    auto practitioner = views.practitioners.find(appointment.agendaId);
    if (practitioner == views.practitioners.end()) {
        const Agenda agenda = m_store.get<Agenda>(appointment.agendaId);
        QString name = agenda.name;
        if (agenda.practitionerId) {
            if (const auto who = m_store.find<Practitioner>(*agenda.practitionerId))
                name = who->fullName();
        }
        practitioner = views.practitioners.emplace(appointment.agendaId, name).first;
    }
    booking.practitioner = practitioner->second;
    if (appointment.typeId) {
        auto type = views.types.find(*appointment.typeId);
        if (type == views.types.end()) {
            const auto found = m_store.find<AppointmentType>(*appointment.typeId);
            type = views.types.emplace(*appointment.typeId, found ? found->label : QString()).first;
        }
        booking.typeLabel = type->second;
    }
    booking.address = views.address;
    auto rules = views.rules.find(appointment.agendaId);
    if (rules == views.rules.end())
        rules = views.rules.emplace(appointment.agendaId, views.scheduler.rulesFor(appointment.agendaId))
                        .first;
    const QDateTime now = m_store.clock().now();
    booking.cancelUntil = rules->second.cancellationDeadline(appointment);
    booking.cancelRefusal = statusRefusal(appointment);
    booking.rescheduleRefusal = booking.cancelRefusal;
    if (!booking.cancelRefusal) {
        booking.cancelRefusal = rules->second.checkOnlineCancellation(appointment, now);
        booking.rescheduleRefusal = rules->second.checkOnlineReschedule(appointment, now);
    }
    return booking;
}

std::vector<PortalBooking> PatientBookings::list(const PatientAccount &account, bool past)
{
    QVariantList values;
    for (const qint64 id : PatientAccounts(m_store, m_settings, m_language).patientIds(account.id))
        values << id;
    const QString members = u"patient_id IN ("_s + Database::placeholders(values.size()) + u")"_s;
    values << m_store.clock().now().toSecsSinceEpoch();
    const std::vector<Appointment> appointments
            = past ? m_store.select<Appointment>(members + u" AND start_utc < ?"_s, values,
                                                 u"start_utc DESC, id DESC LIMIT "_s
                                                         + QString::number(maxPast))
                   : m_store.select<Appointment>(members + u" AND start_utc >= ? AND status <> 'cancelled'"_s,
                                                 values, u"start_utc, id"_s);
    Views views(m_store);
    std::vector<PortalBooking> bookings;
    bookings.reserve(appointments.size());
    for (const Appointment &appointment : appointments)
        bookings.push_back(view(appointment, views));
    return bookings;
}

Appointment PatientBookings::owned(const PatientAccount &account, qint64 appointmentId)
{
    const Wording say(m_language);
    const std::optional<Appointment> appointment = m_store.find<Appointment>(appointmentId);
    if (!appointment) {
        refuse(StoreError::Kind::NotFound, PortalCode::notFound,
               say(u"This appointment does not exist."_s, u"Ce rendez-vous n'existe pas."_s));
    }
    if (!appointment->patientId
        || !PatientAccounts(m_store, m_settings, m_language)
                    .patientIds(account.id)
                    .contains(*appointment->patientId)) {
        refuse(StoreError::Kind::Invalid, PortalCode::forbidden,
               say(u"This appointment is not one of your account's."_s,
                   u"Ce rendez-vous n'est pas l'un de ceux de votre compte."_s));
    }
    return *appointment;
}

PortalBooking PatientBookings::get(const PatientAccount &account, qint64 appointmentId)
{
    Views views(m_store);
    return view(owned(account, appointmentId), views);
}

PortalBooking PatientBookings::book(const PatientAccount &account, const WebBooking &request)
{
    const Wording say(m_language);
    PatientAccounts accounts(m_store, m_settings, m_language);
    accounts.requireVerified(account);
    accounts.requireMember(account.id, request.patientId);
    const QString reason
            = FieldCheck(m_language).text(request.reason, 0, maxReason, u"the reason"_s, u"le motif"_s);
    const std::optional<Agenda> agenda = m_store.find<Agenda>(request.agendaId);
    if (!agenda || !agenda->active) {
        refuse(StoreError::Kind::NotFound, PortalCode::notFound,
               say(u"This agenda does not exist."_s, u"Cet agenda n'existe pas."_s));
    }
    const std::optional<AppointmentType> type = m_store.find<AppointmentType>(request.typeId);
    if (!type || type->agendaId != agenda->id || !type->active) {
        refuse(StoreError::Kind::NotFound, PortalCode::notFound,
               say(u"This type of appointment does not exist in this agenda."_s,
                   u"Ce type de rendez-vous n'existe pas dans cet agenda."_s));
    }

    BookingRequest booking;
    booking.agendaId = request.agendaId;
    booking.typeId = request.typeId;
    booking.start = request.start.toUTC();
    booking.patientId = request.patientId;
    booking.reason = reason;
    booking.channel = Channel::Web;
    booking.accountId = account.id;
    const Actor actor = webActor(account.id);
    // Bookings of one agenda take turns in the scheduler: two patients racing for one time get
    // one booking and one "taken", never a deadlock.
    Views views(m_store);
    Transaction transaction(m_store.database());
    const PortalBooking booked = view(views.scheduler.book(booking, actor), views);
    PortalMail(m_store, m_settings).confirmation(account, booked, false, actor);
    transaction.commit();
    return booked;
}

PortalBooking PatientBookings::cancel(const PatientAccount &account, qint64 appointmentId)
{
    const Appointment appointment = owned(account, appointmentId);
    PatientAccounts(m_store, m_settings, m_language).requireVerified(account);
    Views views(m_store);
    if (appointment.status == AppointmentStatus::Cancelled)
        return view(appointment, views); // cancelling twice changes nothing
    if (const auto refusal = statusRefusal(appointment))
        refuse(StoreError::Kind::RuleRefused, refusal->rule, refusal->message);
    const Actor actor = webActor(account.id);
    Transaction transaction(m_store.database());
    // Written for the desk, which reads French.
    const PortalBooking cancelled
            = view(views.scheduler.cancel(appointmentId, u"Annulé en ligne par le patient"_s, actor), views);
    PortalMail(m_store, m_settings).cancellation(account, cancelled, actor);
    transaction.commit();
    return cancelled;
}

PortalBooking PatientBookings::reschedule(const PatientAccount &account, qint64 appointmentId,
                                          const QDateTime &start, std::optional<qint64> agendaId)
{
    const Wording say(m_language);
    const Appointment appointment = owned(account, appointmentId);
    PatientAccounts(m_store, m_settings, m_language).requireVerified(account);
    if (const auto refusal = statusRefusal(appointment))
        refuse(StoreError::Kind::RuleRefused, refusal->rule, refusal->message);
    const qint64 target = agendaId.value_or(appointment.agendaId);
    if (target != appointment.agendaId) {
        const std::optional<Agenda> to = m_store.find<Agenda>(target);
        if (!to || !to->active) {
            refuse(StoreError::Kind::NotFound, PortalCode::notFound,
                   say(u"This agenda does not exist."_s, u"Cet agenda n'existe pas."_s));
        }
        const Agenda from = m_store.get<Agenda>(appointment.agendaId);
        if (!from.practitionerId || to->practitionerId != from.practitionerId) {
            refuse(StoreError::Kind::Invalid, PortalCode::invalid,
                   say(u"An appointment moves only within the same practitioner's agendas; please book a new "
                       "one and cancel this one."_s,
                       u"Un rendez-vous ne se déplace que dans les agendas du même praticien\u00a0; "
                       u"prenez-en "
                       "un nouveau et annulez celui-ci."_s));
        }
    }
    const Actor actor = webActor(account.id);
    Views views(m_store);
    Transaction transaction(m_store.database());
    const Appointment moved = views.scheduler.move(appointmentId, appointment.version, target, start.toUTC(),
                                                   appointment.durationMinutes(), actor);
    const PortalBooking booking = view(moved, views);
    PortalMail(m_store, m_settings).confirmation(account, booking, true, actor);
    transaction.commit();
    return booking;
}

} // namespace Accueil
