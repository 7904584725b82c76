#pragma once

#include "fixtures.h"
#include "schedule/scheduler.h"
#include "testdatabase.h"

#include <QDate>
#include <QDateTime>

namespace Accueil::Test {

// A GP's agenda on a real store: Monday to Friday 08:00–12:00 and 14:00–18:00 in 15-minute slots;
// 08:00–08:30 urgent, 08:30–10:00 internet, the rest desk only. The clock starts on Monday
// 15 June 2026, 10:00 in Paris.
struct SchedulerFixture
{
    SchedulerFixture();

    // Local Paris time to UTC.
    [[nodiscard]] static QDateTime at(const QDate &date, int hour, int minute);
    [[nodiscard]] BookingRequest request(const QDateTime &start, Channel channel = Channel::Desk) const;
    [[nodiscard]] std::vector<QDateTime> starts(const QDate &day, Channel channel, qint64 typeId = 0);
    Patient newPatient(const QString &first, const QDate &birth = QDate(1990, 1, 1));
    void setTime(const QDate &date, int hour, int minute, int second = 0);

    ManualClock clock;
    TestDatabase database;
    std::unique_ptr<Store> store;
    Practitioner gp;
    Agenda agenda;
    AppointmentType consultation; // 15 min, online
    AppointmentType infant;       // 30 min, online, up to 24 months
    AppointmentType urgent;       // 15 min, urgent slots only, online
    AppointmentType desk30;       // 30 min, desk only
    Patient patient;
    StaffUser secretary;
    Actor desk;
    Actor web;
    qint64 accountId = 0;
    std::unique_ptr<Scheduler> scheduler;
};

} // namespace Accueil::Test
