#include "bookingrules.h"

#include "textlocale.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int minutesPerDay = 24 * 60;

QString durationText(int minutes)
{
    // Counts computed apart: lupdate cannot parse an expression in parentheses among tr()'s
    // arguments (it never returns).
    const int days = minutes / minutesPerDay;
    const int hours = minutes / 60;
    if (minutes % minutesPerDay == 0)
        return RuleBook::tr("%n day(s)", nullptr, days);
    if (minutes % 60 == 0)
        return RuleBook::tr("%n hour(s)", nullptr, hours);
    return RuleBook::tr("%n minute(s)", nullptr, minutes);
}

} // namespace

RuleBook::RuleBook(const BookingRules &rules, QTimeZone zone) : m_rules(rules), m_zone(std::move(zone)) {}

BookingRules RuleBook::effective(const BookingRules &centre, const std::optional<AgendaRules> &agenda)
{
    BookingRules rules = centre;
    if (!agenda)
        return rules;
    rules.horizonDays = agenda->horizonDays.value_or(rules.horizonDays);
    rules.minimumNoticeMinutes = agenda->minimumNoticeMinutes.value_or(rules.minimumNoticeMinutes);
    rules.urgentReleaseTime = agenda->urgentReleaseTime.value_or(rules.urgentReleaseTime);
    rules.urgentReleaseDayOffset = agenda->urgentReleaseDayOffset.value_or(rules.urgentReleaseDayOffset);
    rules.cancellationDeadlineHours
            = agenda->cancellationDeadlineHours.value_or(rules.cancellationDeadlineHours);
    rules.maxOnlineReschedules = agenda->maxOnlineReschedules.value_or(rules.maxOnlineReschedules);
    rules.newPatientsOnline = agenda->newPatientsOnline.value_or(rules.newPatientsOnline);
    rules.maxOnlineBookingsPerDay = agenda->maxOnlineBookingsPerDay.value_or(rules.maxOnlineBookingsPerDay);
    return rules;
}

QDateTime RuleBook::urgentReleaseAt(const QDate &day) const
{
    return QDateTime(day.addDays(m_rules.urgentReleaseDayOffset), m_rules.urgentReleaseTime, m_zone).toUTC();
}

QDate RuleBook::lastOnlineDate(const QDateTime &now) const
{
    return now.toTimeZone(m_zone).date().addDays(m_rules.horizonDays);
}

QDate RuleBook::onlineOpeningDate(const QDate &day) const
{
    return day.addDays(-m_rules.horizonDays);
}

QDateTime RuleBook::earliestOnlineStart(const QDateTime &now) const
{
    return now.addSecs(qint64(m_rules.minimumNoticeMinutes) * 60);
}

std::optional<Refusal> RuleBook::checkOnlineTiming(const QDateTime &start, SlotKind kind,
                                                   const QDateTime &now) const
{
    if (start <= now)
        return Refusal{u"past"_s, tr("This time has already passed.")};
    const QDate day = start.toTimeZone(m_zone).date();
    if (day > lastOnlineDate(now)) {
        return Refusal{u"horizon"_s, tr("Online bookings open %1 ahead: this day can be booked from %2.")
                                             .arg(durationText(m_rules.horizonDays * 24 * 60),
                                                  longDate(onlineOpeningDate(day)))};
    }
    if (start < earliestOnlineStart(now)) {
        return Refusal{u"minimum_notice"_s,
                       tr("Online bookings close %1 before the appointment; please phone the centre.")
                               .arg(durationText(m_rules.minimumNoticeMinutes))};
    }
    if (kind == SlotKind::Urgent && now < urgentReleaseAt(day)) {
        return Refusal{u"urgent_not_released"_s,
                       tr("This slot is kept for same-day needs and opens online on %1.")
                               .arg(longDateTime(urgentReleaseAt(day)))};
    }
    if (kind != SlotKind::Internet && kind != SlotKind::Urgent)
        return Refusal{u"not_online"_s, tr("This slot is not open for online booking.")};
    return std::nullopt;
}

QDateTime RuleBook::cancellationDeadline(const Appointment &appointment) const
{
    return appointment.start.addSecs(-qint64(m_rules.cancellationDeadlineHours) * 3600);
}

std::optional<Refusal> RuleBook::checkOnlineCancellation(const Appointment &appointment,
                                                         const QDateTime &now) const
{
    if (now > cancellationDeadline(appointment)) {
        return Refusal{u"cancellation_deadline"_s,
                       tr("Appointments can be cancelled online until %1 before (here: %2); please phone the "
                          "centre.")
                               .arg(durationText(m_rules.cancellationDeadlineHours * 60),
                                    longDateTime(cancellationDeadline(appointment)))};
    }
    return std::nullopt;
}

std::optional<Refusal> RuleBook::checkOnlineReschedule(const Appointment &appointment,
                                                       const QDateTime &now) const
{
    if (appointment.onlineReschedules >= m_rules.maxOnlineReschedules) {
        return Refusal{
                u"max_reschedules"_s,
                tr("This appointment has already been moved online %n time(s), the most allowed; please "
                   "phone the centre.",
                   nullptr, appointment.onlineReschedules)};
    }
    return checkOnlineCancellation(appointment, now);
}

std::optional<Refusal> RuleBook::checkDailyLimit(int onlineThatDay) const
{
    if (onlineThatDay >= m_rules.maxOnlineBookingsPerDay) {
        return Refusal{u"max_per_day"_s,
                       tr("At most %n online appointment(s) per person and per day; please phone the centre.",
                          nullptr, m_rules.maxOnlineBookingsPerDay)};
    }
    return std::nullopt;
}

std::optional<Refusal> RuleBook::checkNewPatient(bool isNewPatient, bool practitionerAccepts) const
{
    if (isNewPatient && (!m_rules.newPatientsOnline || !practitionerAccepts)) {
        return Refusal{u"new_patients"_s,
                       tr("New patients cannot book this practitioner online; please phone the centre.")};
    }
    return std::nullopt;
}

QString RuleBook::longDate(const QDate &date)
{
    return textLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString RuleBook::longDateTime(const QDateTime &instant) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    return tr("%1 at %2").arg(longDate(local.date()), local.toString(u"HH:mm"_s));
}

} // namespace Accueil
