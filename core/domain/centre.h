#pragma once

#include <QString>
#include <QTime>

namespace Accueil {

// Booking rules that apply to every agenda of the centre unless an agenda overrides them.
struct BookingRules
{
    int horizonDays = 92;            // online booking opens this far ahead (3 months)
    int minimumNoticeMinutes = 120;  // no online booking closer than this to the start
    QTime urgentReleaseTime{19, 0};  // urgent slots go online at this local time ...
    int urgentReleaseDayOffset = -1; // ... on this day relative to the slot (-1: the evening before)
    int cancellationDeadlineHours = 24;
    int maxOnlineReschedules = 2;
    bool newPatientsOnline = true;
    int maxOnlineBookingsPerDay = 2;
};

struct Centre
{
    qint64 id = 0;
    QString name;
    QString address;
    QString phone;
    QString email;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString publicHolidayRegion = QStringLiteral("FR"); // which holidays block agendas by default
    BookingRules rules;
    int version = 0;
};

} // namespace Accueil
