#pragma once

#include "enums.h"

#include <QString>
#include <QTime>

#include <optional>

namespace Accueil {

// A column in the desk: a practitioner's agenda (a practitioner may have several, e.g. osteopathy
// and physiotherapy), or a room or piece of equipment that can be booked.
struct Agenda
{
    qint64 id = 0;
    AgendaKind kind = AgendaKind::Practitioner;
    std::optional<qint64> practitionerId;
    QString name;
    QString colour; // "#rrggbb"
    int sortOrder = 0;
    bool active = true;
    int version = 0;
};

// What a patient comes for; the duration follows the type.
struct AppointmentType
{
    qint64 id = 0;
    qint64 agendaId = 0;
    QString label;
    int durationMinutes = 15;
    QString colour;
    bool onlineBookable = false;
    QString allowedSlotKinds; // comma-separated slot kind keys; empty means any bookable kind
    int seriesSessions = 0;   // > 0: booked as a series of this many sessions
    int seriesPerWeek = 0;    // sessions per week in a series
    std::optional<int> minAgeMonths;
    std::optional<int> maxAgeMonths;
    bool active = true;
    int version = 0;
};

// An agenda's own booking rules; an unset field follows the centre's default (Centre::rules).
struct AgendaRules
{
    qint64 id = 0;
    qint64 agendaId = 0;
    std::optional<int> horizonDays;
    std::optional<int> minimumNoticeMinutes;
    std::optional<QTime> urgentReleaseTime;
    std::optional<int> urgentReleaseDayOffset;
    std::optional<int> cancellationDeadlineHours;
    std::optional<int> maxOnlineReschedules;
    std::optional<bool> newPatientsOnline;
    std::optional<int> maxOnlineBookingsPerDay;
    int version = 0;
};

} // namespace Accueil
