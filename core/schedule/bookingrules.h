#pragma once

#include "domain/agenda.h"
#include "domain/appointment.h"
#include "domain/centre.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace Accueil {

// Why a booking rule said no: a stable key and a sentence for the person (naming the rule and,
// where there is one, the moment it will say yes).
struct Refusal
{
    QString rule; // "horizon", "minimum_notice", "urgent_not_released", "cancellation_deadline",
                  // "max_reschedules", "new_patients", "max_per_day", "not_online", "age", "past"
    QString message;
};

// The rules of one agenda (the centre's defaults with the agenda's own settings over them),
// evaluated at a given moment in the centre's time zone. Pure: "now" is always passed in.
class RuleBook
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::RuleBook)

public:
    RuleBook(const BookingRules &rules, QTimeZone zone);
    [[nodiscard]] static BookingRules effective(const BookingRules &centre,
                                                const std::optional<AgendaRules> &agenda);

    [[nodiscard]] const BookingRules &rules() const { return m_rules; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }

    // When the urgent slots of the local date `day` go online.
    [[nodiscard]] QDateTime urgentReleaseAt(const QDate &day) const;
    // The last local date that can be booked online at `now` (today + horizon).
    [[nodiscard]] QDate lastOnlineDate(const QDateTime &now) const;
    // The first local date a slot on `day` can be booked online (day - horizon).
    [[nodiscard]] QDate onlineOpeningDate(const QDate &day) const;
    // The earliest start that can still be booked online at `now` (now + minimum notice).
    [[nodiscard]] QDateTime earliestOnlineStart(const QDateTime &now) const;

    // The time rules of an online booking of a slot starting at `start` of kind `kind`.
    [[nodiscard]] std::optional<Refusal> checkOnlineTiming(const QDateTime &start, SlotKind kind,
                                                           const QDateTime &now) const;
    // Until when a patient may cancel or move an appointment online.
    [[nodiscard]] QDateTime cancellationDeadline(const Appointment &appointment) const;
    [[nodiscard]] std::optional<Refusal> checkOnlineCancellation(const Appointment &appointment,
                                                                 const QDateTime &now) const;
    [[nodiscard]] std::optional<Refusal> checkOnlineReschedule(const Appointment &appointment,
                                                               const QDateTime &now) const;
    // onlineToday: the patient's active web bookings already on that local day.
    [[nodiscard]] std::optional<Refusal> checkDailyLimit(int onlineThatDay) const;
    [[nodiscard]] std::optional<Refusal> checkNewPatient(bool isNewPatient, bool practitionerAccepts) const;

    // "lundi 14 février 2027": every date shown to a person carries its weekday.
    [[nodiscard]] static QString longDate(const QDate &date);
    [[nodiscard]] QString longDateTime(const QDateTime &instant) const;

private:
    BookingRules m_rules;
    QTimeZone m_zone;
};

} // namespace Accueil
