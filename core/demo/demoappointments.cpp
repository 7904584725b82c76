#include "demoappointments.h"

#include "demoseries.h"
#include "schedule/frenchholidays.h"
#include "store/store.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Accueil::Demo {

namespace {

constexpr qint64 epochDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr qint64 daySecs = 86400;

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// Booking keeps pace in the coming week, thins out over the month and is sparse at three months.
double futureFactor(qint64 daysAhead)
{
    if (daysAhead <= 7)
        return 1.05;
    if (daysAhead <= 30)
        return 1.05 + (0.47 - 1.05) * double(daysAhead - 7) / 23.0;
    if (daysAhead <= 92)
        return 0.47 + (0.12 - 0.47) * double(daysAhead - 30) / 62.0;
    return 0.05;
}

struct TypeChoice
{
    std::vector<int> types;
    std::vector<int> weights;

    void add(int type, int weight)
    {
        types.push_back(type);
        weights.push_back(weight);
    }
    [[nodiscard]] int pick(DemoRandom &random) const { return types[std::size_t(random.weighted(weights))]; }
};

} // namespace

struct AppointmentGenerator::Booking : SeriesBooking
{
    bool fromSeries = false;
};

struct AppointmentGenerator::Runtime
{
    TypeChoice urgent;
    TypeChoice desk;
    TypeChoice online;
    bool runsSeries = false;
    SeriesBook series;
};

struct AppointmentGenerator::Day
{
    QDate date;
    qint64 julian = 0;
    int weekday = 1;
    qint64 localMidnight = 0; // seconds since the epoch of local midnight, as if local were UTC
    int offset = 0;           // UTC offset of the day, seconds
    qint64 daysAhead = 0;
    double season = 1.0; // winter and Mondays are busier, summer quieter

    [[nodiscard]] qint64 toUtc(int minute) const { return localMidnight + qint64(minute) * 60 - offset; }
};

AppointmentGenerator::AppointmentGenerator(Context context, std::vector<AgendaPlan> agendas)
    : m_context(std::move(context))
    , m_random(m_context.random)
    , m_agendas(std::move(agendas))
{
    m_nowSecs = m_context.now.toSecsSinceEpoch();
    const QDateTime local = m_context.now.toTimeZone(m_context.zone);
    m_today = local.date();
    m_nowMinute = local.time().hour() * 60 + local.time().minute();
    m_cancelReasons = {u"Annulé par le patient"_s, u"Empêchement"_s,   u"Patient malade"_s,
                       u"Rendez-vous déplacé"_s,   u"Enfant malade"_s, u"Problème de transport"_s,
                       u"Annulé par le cabinet"_s, u"Doublon"_s};

    m_runtime.resize(m_agendas.size());
    for (std::size_t a = 0; a < m_agendas.size(); ++a) {
        Runtime &runtime = m_runtime[a];
        const auto &types = m_agendas[a].types;
        for (std::size_t t = 0; t < types.size(); ++t) {
            const TypeSpec &spec = *types[t].spec;
            const int weight = types[t].weight;
            if (weight <= 0)
                continue;
            if (spec.allowedKinds.contains(u"urgent")) {
                runtime.urgent.add(int(t), weight);
                continue;
            }
            runtime.desk.add(int(t), weight);
            if (spec.online)
                runtime.online.add(int(t), weight);
            if (spec.seriesSessions > 0)
                runtime.runsSeries = true;
        }
        if (runtime.urgent.types.empty())
            runtime.urgent = runtime.desk;
    }
}

AppointmentGenerator::~AppointmentGenerator() = default;

qint64 AppointmentGenerator::run(const QDate &from, const QDate &to, const Progress &progress,
                                 int percentFrom, int percentTo)
{
    const qint64 totalDays = std::max<qint64>(1, from.daysTo(to) + 1);
    m_batch.reserve(16000);
    int month = from.month();
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        if (date.month() != month) {
            flush();
            month = date.month();
            if (progress) {
                progress(u"Rendez-vous "_s + QString::number(date.year()),
                         percentFrom + int((percentTo - percentFrom) * from.daysTo(date) / totalDays));
            }
        }
        generateDay(date);
    }
    flush();
    return m_total;
}

void AppointmentGenerator::flush()
{
    if (m_batch.empty())
        return;
    m_total += qint64(m_batch.size());
    m_context.store.importAll(m_batch, Actor::system(u"seed-demo"_s), u"seed-demo"_s, false);
    m_batch.clear();
}

void AppointmentGenerator::generateDay(const QDate &date)
{
    const int weekday = date.dayOfWeek();
    if (weekday == 7 || isFrenchPublicHoliday(date))
        return;
    Day day;
    day.date = date;
    day.julian = date.toJulianDay();
    day.weekday = weekday;
    day.localMidnight = (day.julian - epochDay) * daySecs;
    // One zone lookup a day: clocks change at 2-3 am, when the centre is closed.
    day.offset = m_context.zone.offsetFromUtc(utc(day.localMidnight + daySecs / 2));
    day.daysAhead = m_today.daysTo(date);
    const int month = date.month();
    day.season = (month >= 11 || month <= 3) ? 1.06 : (month == 7 || month == 8) ? 0.9 : 1.0;
    if (weekday == 1)
        day.season *= 1.04;
    const qint64 monday = day.julian - (weekday - 1);

    for (std::size_t a = 0; a < m_agendas.size(); ++a) {
        const AgendaPlan &agenda = m_agendas[a];
        if (agenda.practitioner >= 0 && m_context.holidays[std::size_t(agenda.practitioner)].contains(monday))
            continue;
        const PlannedTemplate *plan = agenda.templateOn(date);
        if (!plan)
            continue;
        if (agenda.profile->key == u"meeting_room") {
            addMeetings(agenda, day);
            continue;
        }
        if (!plan->days[std::size_t(weekday)].empty())
            fillAgenda(a, day, *plan);
    }
}

double AppointmentGenerator::fillRate(const AgendaPlan &agenda, SlotKind kind, const Day &day,
                                      qint64 startUtc) const
{
    const bool past = startUtc < m_nowSecs;
    if (kind == SlotKind::Urgent) {
        // Urgent slots are given the same day (or from the evening before, when they open online).
        if (past)
            return 0.92;
        if (day.daysAhead == 0)
            return 0.35;
        if (day.daysAhead == 1 && m_nowMinute >= 19 * 60)
            return 0.25;
        return 0.0;
    }
    if (kind == SlotKind::Unavailable)
        return 0.0;
    if (past)
        return std::min(0.97, agenda.profile->fill * day.season);
    return std::min(0.95, agenda.profile->fill * futureFactor(day.daysAhead));
}

int AppointmentGenerator::choosePatient(const AgendaPlan &agenda, const PlannedType &type, qint64 day,
                                        bool online, bool urgent)
{
    const TypeSpec &spec = *type.spec;
    const AgendaProfile &profile = *agenda.profile;
    qint64 minDays = 0;
    qint64 maxDays = 0;
    if (spec.maxAgeMonths >= 0) {
        minDays = qint64(std::max(5, spec.minAgeMonths)) * 30;
        maxDays = qint64(spec.maxAgeMonths * 30.44);
    } else {
        const int minYears = spec.pickMinYears >= 0 ? spec.pickMinYears : profile.minYears;
        const int maxYears = spec.pickMaxYears >= 0 ? spec.pickMaxYears : profile.maxYears;
        minDays = std::max<qint64>(5, qint64(minYears * 365.25));
        maxDays = qint64((maxYears + 1) * 365.25) - 1;
        if (spec.minAgeMonths >= 0)
            minDays = std::max<qint64>(minDays, qint64(spec.minAgeMonths * 30.44));
    }

    const PatientPool *pool = &m_context.everyone;
    if (agenda.gp >= 0) {
        const auto gp = std::size_t(agenda.gp);
        pool = online ? &m_context.gpWebPools[gp] : &m_context.gpPools[gp];
        // Urgent slots also see patients whose own doctor is away or elsewhere.
        if (urgent && !online && m_random.chance(0.3))
            pool = &m_context.everyone;
    } else if (online) {
        pool = &m_context.everyoneOnline;
    }

    for (int attempt = 0; attempt < 4; ++attempt) {
        int patient = pool->pick(m_random, day, minDays, maxDays);
        if (patient < 0)
            return -1;
        if (spec.sex != Sex::Unknown && m_context.patients[std::size_t(patient)].sex != spec.sex)
            continue;
        if (profile.olderBias && m_random.chance(0.5)) {
            const int other = pool->pick(m_random, day, minDays, maxDays);
            const auto &patients = m_context.patients;
            if (other >= 0 && patients[std::size_t(other)].birthDay < patients[std::size_t(patient)].birthDay
                && (spec.sex == Sex::Unknown || patients[std::size_t(other)].sex == spec.sex))
                patient = other;
        }
        return patient;
    }
    return -1;
}

std::optional<qint64> AppointmentGenerator::secretary()
{
    const DemoStaff &staff = m_context.staff;
    if (staff.coordinator && m_random.chance(0.03))
        return staff.coordinator;
    if (staff.secretaries.empty())
        return std::nullopt;
    constexpr std::array weights{40, 35, 25, 20, 20};
    const int count = std::min<int>(int(staff.secretaries.size()), int(std::size(weights)));
    return staff.secretaries[std::size_t(m_random.weighted(std::span(weights.data(), std::size_t(count))))];
}

qint64 AppointmentGenerator::createdAtFor(Channel channel, SlotKind kind, qint64 startUtc, const Day &day)
{
    qint64 created = 0;
    if (kind == SlotKind::Urgent) {
        // Given out by phone the same morning, from when the desk opens.
        const qint64 opening = day.toUtc(7 * 60 + 30);
        created = std::max(startUtc - qint64(m_random.between(15, 180)) * 60,
                           std::min(opening, startUtc - 600));
    } else {
        int daysBefore = 0;
        int minute = 0;
        if (channel == Channel::Web) {
            constexpr std::array spans{40, 35, 25};
            const int span = m_random.weighted(spans);
            daysBefore = span == 0   ? m_random.between(0, 2)
                         : span == 1 ? m_random.between(3, 10)
                                     : m_random.between(11, 30);
            // Patients book at any hour, often late at night.
            minute = m_random.chance(0.35) ? m_random.between(22 * 60, 26 * 60)
                                           : m_random.between(7 * 60, 22 * 60);
        } else if (channel == Channel::Practitioner) {
            daysBefore = m_random.between(7, 60); // the follow-up, booked at the previous visit
            minute = m_random.between(8 * 60 + 30, 19 * 60);
        } else {
            constexpr std::array spans{25, 40, 35};
            const int span = m_random.weighted(spans);
            daysBefore = span == 0   ? m_random.between(0, 2)
                         : span == 1 ? m_random.between(3, 14)
                                     : m_random.between(15, 45);
            minute = m_random.between(8 * 60, 19 * 60);
        }
        created = day.localMidnight - qint64(daysBefore) * daySecs + qint64(minute) * 60 - day.offset;
        if (created > startUtc - 1800)
            created = startUtc - qint64(m_random.between(30, 240)) * 60;
    }
    if (created > m_nowSecs)
        created = m_nowSecs - qint64(m_random.between(60, 7 * 86400));
    return created;
}

void AppointmentGenerator::settle(Appointment &appointment, const AgendaPlan &agenda, qint64 startUtc,
                                  qint64 endUtc, qint64 createdAt)
{
    const bool web = appointment.channel == Channel::Web;
    auto cancel = [&](qint64 latest) {
        appointment.status = AppointmentStatus::Cancelled;
        appointment.cancelReason = m_cancelReasons[m_random.below(int(m_cancelReasons.size()))];
        // Most cancellations come in the last days before the appointment.
        const qint64 window = std::max<qint64>(60, latest - createdAt);
        const qint64 lead = 30 + qint64(m_random.unit() * double(std::min<qint64>(window - 30, 4 * daySecs)));
        appointment.updatedAt = utc(latest - lead);
        appointment.updatedBy = web && m_random.chance(0.6) ? std::nullopt : secretary();
        appointment.cancelledAt = appointment.updatedAt;
        // Inside the default 24 h deadline, and the patient's doing (not "by the centre", not a duplicate).
        const bool patients = !appointment.cancelReason.startsWith(u"Annulé par le cabinet"_s)
                              && appointment.cancelReason != u"Doublon";
        appointment.lateCancel = patients && lead < daySecs;
    };

    if (endUtc <= m_nowSecs) {
        const double draw = m_random.unit();
        if (draw < 0.06) {
            cancel(std::min(startUtc, m_nowSecs));
        } else if (draw < 0.095) {
            appointment.status = AppointmentStatus::NoShow;
            // About one in seven called afterwards (an emergency): excused. Drawn from the time, not the
            // random stream, so the rest of the demo stays as it was.
            appointment.noShowExcused = (startUtc / 60) % 7 == 0;
            appointment.updatedAt = utc(std::min(startUtc + 1800, m_nowSecs));
            appointment.updatedBy = secretary();
        } else {
            appointment.status = AppointmentStatus::Done;
            const qint64 arrived = std::max(startUtc - qint64(m_random.between(0, 20)) * 60, createdAt + 120);
            appointment.arrivedAt = utc(std::min(arrived, startUtc + 300));
            appointment.updatedAt = utc(std::min(endUtc + qint64(m_random.between(0, 8)) * 60, m_nowSecs));
            appointment.updatedBy = agenda.staffId ? agenda.staffId : secretary();
        }
        return;
    }
    if (startUtc <= m_nowSecs) {
        appointment.status = AppointmentStatus::InConsultation;
        appointment.arrivedAt
                = utc(std::max(startUtc - qint64(m_random.between(0, 15)) * 60, createdAt + 60));
        appointment.updatedAt = utc(startUtc);
        appointment.updatedBy = agenda.staffId ? agenda.staffId : secretary();
        return;
    }
    if (m_random.chance(0.04) && createdAt < m_nowSecs - 3600) {
        cancel(m_nowSecs);
        return;
    }
    if (startUtc - m_nowSecs <= 1800 && m_random.chance(0.6)) {
        appointment.status = AppointmentStatus::Arrived;
        const qint64 arrived = std::max(m_nowSecs - qint64(m_random.between(0, 20)) * 60, createdAt + 60);
        appointment.arrivedAt = utc(std::min(arrived, m_nowSecs));
        appointment.updatedAt = appointment.arrivedAt;
        appointment.updatedBy = secretary();
    }
}

void AppointmentGenerator::addMeetings(const AgendaPlan &agenda, const Day &day)
{
    // The weekly multi-professional case review (RCP), and a team meeting on the first Thursday.
    const bool review = day.weekday == 2;
    const bool team = day.weekday == 4 && day.date.day() <= 7;
    if ((!review && !team) || agenda.types.size() < 2)
        return;
    const PlannedType &type = agenda.types[review ? 0 : 1];
    const qint64 start = day.toUtc(review ? 12 * 60 + 30 : 13 * 60);
    const qint64 end = start + 3600;
    Appointment meeting;
    meeting.agendaId = agenda.agendaId;
    meeting.typeId = type.id;
    meeting.start = utc(start);
    meeting.end = utc(end);
    meeting.reason = review ? u"Revue des dossiers complexes"_s : u"Réunion d'équipe"_s;
    meeting.channel = Channel::Desk;
    meeting.createdBy = m_context.staff.coordinator;
    const qint64 created = std::min(start - 21 * daySecs, m_nowSecs - daySecs);
    meeting.createdAt = utc(created);
    meeting.status = end <= m_nowSecs ? AppointmentStatus::Done : AppointmentStatus::Booked;
    m_batch.push_back(std::move(meeting));
}

int AppointmentGenerator::spanAt(const std::vector<Slot> &grid, std::size_t index, int minutes)
{
    const int span = (minutes + grid[index].minutes - 1) / grid[index].minutes;
    for (int k = 1; k < span; ++k) {
        const std::size_t next = index + std::size_t(k);
        if (next >= grid.size() || grid[next].start != grid[next - 1].start + grid[next - 1].minutes)
            return 0;
    }
    return span;
}

std::optional<AppointmentGenerator::Booking> AppointmentGenerator::nextSession(SeriesBook &series,
                                                                               int slotKey, qint64 startUtc)
{
    const SeriesBooking *running = series.find(slotKey);
    if (!running)
        return std::nullopt;
    Booking booking;
    booking.fromSeries = true;
    // Sessions of a running prescription were all booked on the first day; a few are missed.
    if (!m_random.chance(0.96))
        return booking; // type -1: the slot stays free this time
    static_cast<SeriesBooking &>(booking) = *running;
    booking.createdAt = std::min(running->createdAt, startUtc - 3600);
    series.consume(slotKey);
    return booking;
}

std::optional<AppointmentGenerator::Booking>
AppointmentGenerator::newBooking(const AgendaPlan &agenda, const Runtime &runtime, const Slot &slot,
                                 const Day &day, qint64 startUtc, bool overbook)
{
    const bool urgent = slot.kind == SlotKind::Urgent || overbook;
    const bool online = !overbook && slot.kind == SlotKind::Internet && day.daysAhead <= m_context.horizonDays
                        && !runtime.online.types.empty() && m_random.chance(0.8);
    const TypeChoice &choice = urgent ? runtime.urgent : (online ? runtime.online : runtime.desk);
    if (choice.types.empty())
        return std::nullopt;
    Booking booking;
    booking.type = choice.pick(m_random);
    const PlannedType &type = agenda.types[std::size_t(booking.type)];
    booking.patient = choosePatient(agenda, type, day.julian, online, urgent);
    booking.channel = online ? Channel::Web : Channel::Desk;
    if (booking.patient < 0 && online) {
        booking.patient = choosePatient(agenda, type, day.julian, false, false);
        booking.channel = Channel::Desk;
    }
    if (booking.patient < 0)
        return std::nullopt;
    // Practitioners book their own follow-ups from the consultation room.
    if (booking.channel == Channel::Desk && !urgent && agenda.staffId && m_random.chance(0.12))
        booking.channel = Channel::Practitioner;
    if (booking.channel == Channel::Desk) {
        booking.createdBy = secretary();
    } else if (booking.channel == Channel::Practitioner) {
        booking.createdBy = agenda.staffId;
    }
    booking.createdAt = createdAtFor(booking.channel, urgent ? SlotKind::Urgent : slot.kind, startUtc, day);
    const double reasonRate = booking.channel == Channel::Web ? 0.85
                              : urgent                        ? 0.8
                                                              : agenda.profile->reasonRate;
    if (!type.reasons.isEmpty() && m_random.chance(reasonRate))
        booking.reason = type.reasons[m_random.below(int(type.reasons.size()))];
    return booking;
}

void AppointmentGenerator::fillAgenda(std::size_t agendaIndex, const Day &day, const PlannedTemplate &plan)
{
    const std::vector<Slot> &grid = plan.days[std::size_t(day.weekday)];
    const AgendaPlan &agenda = m_agendas[agendaIndex];
    Runtime &runtime = m_runtime[agendaIndex];
    // After an appointment the same slot may be taken again: by someone else when it was cancelled,
    // or by an extra patient squeezed into an urgent slot (winter Mondays above all).
    enum class Again {
        No,
        Rebook,
        Overbook
    };
    Again again = Again::No;
    const double overbookRate
            = agenda.gp >= 0 ? 0.08 * (day.season > 1.05 ? 2.5 : 1.0) * (day.weekday == 1 ? 1.5 : 1.0) : 0.0;

    std::size_t i = 0;
    while (i < grid.size()) {
        const Slot &slot = grid[i];
        const qint64 startUtc = day.toUtc(slot.start);
        const bool past = startUtc < m_nowSecs;
        const int seriesKey = SeriesBook::key(day.weekday, i);

        std::optional<Booking> booking;
        if (runtime.runsSeries && again == Again::No)
            booking = nextSession(runtime.series, seriesKey, startUtc);
        if (!booking && (again != Again::No || m_random.chance(fillRate(agenda, slot.kind, day, startUtc))))
            booking = newBooking(agenda, runtime, slot, day, startUtc, again == Again::Overbook);
        const int span = booking && booking->type >= 0
                                 ? spanAt(grid, i, agenda.types[std::size_t(booking->type)].spec->minutes)
                                 : 0;
        if (span == 0) {
            again = Again::No;
            ++i; // left free (or no room here for a longer type)
            continue;
        }

        const PlannedType &type = agenda.types[std::size_t(booking->type)];
        const DemoPatient &who = m_context.patients[std::size_t(booking->patient)];
        const qint64 endUtc = startUtc + qint64(type.spec->minutes) * 60;
        Appointment appointment;
        appointment.agendaId = agenda.agendaId;
        appointment.patientId = who.id;
        appointment.typeId = type.id;
        appointment.start = utc(startUtc);
        appointment.end = utc(endUtc);
        appointment.reason = booking->reason;
        if (booking->channel == Channel::Web || m_random.chance(0.9))
            appointment.phone = who.phone;
        if (!who.companion.isEmpty() && m_random.chance(0.5))
            appointment.companion = who.companion;
        appointment.channel = booking->channel;
        appointment.createdBy = booking->createdBy;
        if (booking->channel == Channel::Web) {
            appointment.createdByAccount = who.accountId;
            if (m_random.chance(0.05))
                appointment.onlineReschedules = 1;
        }
        appointment.overbooked = again == Again::Overbook;
        appointment.createdAt = utc(booking->createdAt);
        settle(appointment, agenda, startUtc, endUtc, booking->createdAt);
        const bool cancelled = appointment.status == AppointmentStatus::Cancelled;
        m_batch.push_back(std::move(appointment));

        if (!booking->fromSeries && type.spec->seriesSessions > 1 && !cancelled) {
            // A prescription: twice a week, at about the same time.
            const int partner
                    = type.spec->seriesPerWeek > 1 ? runtime.series.partnerKey(plan, day.weekday, i) : -1;
            runtime.series.start(*booking, type.spec->seriesSessions - 1, seriesKey, partner);
        }

        if (again == Again::No && past) {
            if (cancelled && m_random.chance(0.4)) {
                again = Again::Rebook; // a freed slot is often given to someone else
                continue;
            }
            if (!cancelled && slot.kind == SlotKind::Urgent && m_random.chance(overbookRate)) {
                again = Again::Overbook;
                continue;
            }
        }
        again = Again::No;
        i += std::size_t(span);
    }
}

} // namespace Accueil::Demo
