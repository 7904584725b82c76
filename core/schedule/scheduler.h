#pragma once

#include "bookingrules.h"
#include "domain/agenda.h"
#include "domain/appointment.h"
#include "domain/audit.h"
#include "domain/schedule.h"
#include "slotgrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Accueil {

class Store;

// A free start time for a type in an agenda.
struct FreeSlot
{
    qint64 agendaId = 0;
    qint64 typeId = 0;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    SlotKind kind = SlotKind::Desk;
    friend bool operator==(const FreeSlot &, const FreeSlot &) = default;
};

// An agenda and the type to book in it (types belong to agendas).
struct Candidate
{
    qint64 agendaId = 0;
    qint64 typeId = 0;
};

struct BookingRequest
{
    qint64 agendaId = 0;
    qint64 typeId = 0;
    QDateTime start; // UTC
    std::optional<qint64> patientId;
    QString reason;
    QString phone;
    QString companion;
    Channel channel = Channel::Desk;
    bool overbook = false;           // staff only: place it over whatever is there, shown as overbooked
    std::optional<qint64> accountId; // the patient account booking online
};

struct SeriesResult
{
    std::vector<Appointment> booked;
    std::vector<QDate> notPlaced; // the days a session was wanted but no time was free
};

struct TemplateChange
{
    ScheduleTemplate newTemplate;
    std::vector<Appointment> noLongerFitting; // kept as they are, listed for the desk to look at
};

struct ExceptionResult
{
    ScheduleException exception;
    std::vector<Appointment> affected; // active appointments inside a blocked period
};

// The scheduling engine: slot grids, free times, rules and conflict-free booking, through the
// store. The desk, the booking page and live sync all ask it the same questions. Errors are
// StoreError: SlotTaken (someone was faster), RuleRefused (code() names the rule), Invalid,
// NotFound, VersionConflict.
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::Scheduler)

public:
    explicit Scheduler(Store &store);

    // From now on, remember what was read about agendas — types, rules, practitioners, template
    // weeks — and read only exceptions and appointments again. For a reader that lives only as
    // long as the store's revision does not move (the booking page's catalogue); never for writes.
    void rememberStructure();

    [[nodiscard]] QTimeZone zone() const { return m_zone; }
    [[nodiscard]] RuleBook rulesFor(qint64 agendaId);

    [[nodiscard]] std::vector<Slot> grid(qint64 agendaId, const QDate &from, const QDate &to);
    // The grids of several agendas over the same local dates, in a few queries (the desk's views).
    [[nodiscard]] std::unordered_map<qint64, std::vector<Slot>> grids(const QList<qint64> &agendaIds,
                                                                      const QDate &from, const QDate &to);
    // Free start times for the type over the local dates [from, to], as seen by the channel:
    // staff see desk, internet and urgent slots; the web sees internet slots, urgent slots once
    // released, within the horizon and the minimum notice, and only types bookable online.
    [[nodiscard]] std::vector<FreeSlot> availability(qint64 agendaId, qint64 typeId, const QDate &from,
                                                     const QDate &to, Channel channel);
    // The earliest free time of each candidate after `after`, searching up to searchDays ahead,
    // sorted by time (the first is "the next free slot"; the desk shows the others too).
    [[nodiscard]] std::vector<FreeSlot> nextFree(const std::vector<Candidate> &candidates,
                                                 const QDateTime &after, Channel channel,
                                                 int searchDays = 92);
    // Every active agenda of a profession ("gp") with its type of that label (or its first type).
    [[nodiscard]] std::vector<Candidate> candidatesForProfession(const QString &profession,
                                                                 const QString &typeLabel = {});
    // Who does what: the agendas of the practitioners offering a service, each with its first
    // type bookable online (or first type).
    [[nodiscard]] std::vector<Candidate> candidatesForService(qint64 serviceId);

    Appointment book(const BookingRequest &request, const Actor &actor);
    // A series type (e.g. 10 physiotherapy sessions, twice a week) from request.start: each session
    // at the same time if free, else the closest free time that day, else listed as not placed.
    SeriesResult bookSeries(const BookingRequest &request, const Actor &actor);
    // Moves (or resizes, with a new duration) an appointment; expectedVersion guards against a
    // change made meanwhile by someone else. Online moves follow the reschedule rules.
    Appointment move(qint64 appointmentId, int expectedVersion, qint64 agendaId, const QDateTime &start,
                     int durationMinutes, const Actor &actor);
    // Who asked for the cancellation: the patient (counted as a late cancellation when inside the
    // agenda's cancellation deadline) or the centre (a practitioner away: never held against anyone).
    enum class CancelledBy { Patient, Centre };
    Appointment cancel(qint64 appointmentId, const QString &reason, const Actor &actor,
                       CancelledBy by = CancelledBy::Patient);
    // The patient's way through the centre, one click each at the desk: arrived (the time is
    // recorded), in consultation, done, no-show (once the appointment has started), or back to
    // booked. expectedVersion guards against a change made meanwhile; cancelling goes through
    // cancel(), which asks for a reason.
    Appointment setStatus(qint64 appointmentId, int expectedVersion, AppointmentStatus status,
                          const Actor &actor);

    // The template week that applies on a date (none when the agenda has none then), with its ranges.
    [[nodiscard]] std::optional<std::pair<ScheduleTemplate, std::vector<TemplateRange>>>
    templateAt(qint64 agendaId, const QDate &date);
    // "From validFrom, this template week" in one action: the current template ends the day before,
    // booked appointments stay where they are and the ones that no longer fit the new grid are listed.
    TemplateChange changeTemplate(qint64 agendaId, const QDate &validFrom, std::vector<TemplateRange> ranges,
                                  const QString &label, const Actor &actor);

    ExceptionResult blockPeriod(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                const QString &label, const Actor &actor);
    ScheduleException setSlotKind(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                  SlotKind kind, const Actor &actor);
    ScheduleException splitSlot(qint64 agendaId, const QDateTime &slotStart, const QDateTime &slotEnd,
                                int pieceMinutes, const Actor &actor);
    ScheduleException mergeSlots(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                 const Actor &actor);
    ScheduleException addExtraSlot(qint64 agendaId, const QDateTime &start, const QDateTime &end,
                                   SlotKind kind, const QString &label, const Actor &actor);
    ScheduleException openHoliday(qint64 agendaId, const QDate &day, const Actor &actor);

private:
    struct Busy
    {
        qint64 start;
        qint64 end;
    };
    struct Context; // one agenda and type, loaded once per question
    // The template weeks of several agendas, read once for a question about all of them.
    struct TemplateSet
    {
        std::vector<ScheduleTemplate> templates;
        std::vector<TemplateRange> ranges;
        [[nodiscard]] AgendaSchedule scheduleFor(qint64 agendaId,
                                                 const std::vector<ScheduleException> &exceptions) const;
    };
    TemplateSet loadTemplates(const QVariantList &agendaIds);
    std::vector<ScheduleException> loadExceptions(const QVariantList &agendaIds, qint64 fromSecs,
                                                  qint64 toSecs);

    Context loadContext(qint64 agendaId, qint64 typeId);
    std::vector<Context> loadContexts(const std::vector<Candidate> &candidates);
    AgendaSchedule loadSchedule(qint64 agendaId, qint64 fromSecs, qint64 toSecs);
    std::vector<Busy> loadBusy(qint64 agendaId, qint64 fromSecs, qint64 toSecs, qint64 ignoreId);
    std::unordered_map<qint64, std::vector<Busy>> loadBusy(const QVariantList &agendaIds, qint64 fromSecs,
                                                           qint64 toSecs);
    // The local dates of [from, to] the channel may book in this agenda at all, if any.
    [[nodiscard]] std::optional<std::pair<QDate, QDate>> window(const Context &context, const QDate &from,
                                                                const QDate &to, Channel channel) const;
    // Free times start from now; with earlierToday, staff may also place one earlier today (a
    // walk-in recorded after the visit, a consultation that runs over). The web never may.
    std::vector<FreeSlot> freeStarts(const Context &context, const QDate &from, const QDate &to,
                                     Channel channel, qint64 ignoreId, bool earlierToday = false);
    [[nodiscard]] std::vector<FreeSlot> freeIn(const Context &context, const AgendaSchedule &schedule,
                                               const std::pair<QDate, QDate> &dates,
                                               const std::vector<Busy> &busy, Channel channel,
                                               bool earlierToday = false) const;
    void verifyBookable(const Context &context, const QDateTime &start, int durationMinutes, Channel channel,
                        qint64 ignoreId);
    void checkPatientRules(const Context &context, const BookingRequest &request);
    // On PostgreSQL, writes that place appointments in one agenda wait for each other (a row lock
    // on the agenda, released at commit) instead of deadlocking in the exclusion constraint.
    void takeTurn(qint64 agendaId);
    ScheduleException addException(ScheduleException exception, const Actor &actor);
    [[nodiscard]] QDateTime localMidnight(const QDate &date) const;
    [[nodiscard]] HolidayPolicy holidayPolicy() const;

    struct Memo;

    Store &m_store;
    Centre m_centre;
    QTimeZone m_zone;
    std::shared_ptr<Memo> m_memo; // set by rememberStructure()
};

} // namespace Accueil
