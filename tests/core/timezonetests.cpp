// Times are stored as exact UTC seconds, so the two daylight-saving changes of Europe/Paris
// (29 March 2026 02:00 -> 03:00, 25 October 2026 03:00 -> 02:00) lose or duplicate nothing.
#include "catch.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <QSqlQuery>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    QDateTime start;     // as given to the store
    qint64 rawStart = 0; // the column value, computed independently (date -u -d ... +%s)
    QTime localTime;     // wall time in Paris
    int offsetSeconds = 0;
};

// The raw start_utc / end_utc columns of an appointment.
std::pair<qint64, qint64> rawTimes(Store &store, qint64 id)
{
    QSqlQuery query
            = store.database().run(u"SELECT start_utc, end_utc FROM appointment WHERE id = ?"_s, {id});
    REQUIRE(query.next());
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

// The local day [00:00, next 00:00) in Paris.
std::pair<QDateTime, QDateTime> parisDay(QDate day)
{
    return {QDateTime(day, QTime(0, 0), paris()), QDateTime(day.addDays(1), QTime(0, 0), paris())};
}

QList<qint64> ids(const std::vector<AppointmentRow> &rows)
{
    QList<qint64> result;
    for (const AppointmentRow &row : rows)
        result << row.appointment.id;
    return result;
}

} // namespace

TEST_CASE("Appointments around both DST changes are stored as exact UTC seconds", "[time][dst]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    REQUIRE(paris().isValid());

    const QList<Expected> cases{
            // Spring: 01:30 is still winter time (UTC+1), 03:30 already summer time (UTC+2).
            {parisTime(2026, 3, 29, 1, 30), 1774744200, QTime(1, 30), 3600},
            {parisTime(2026, 3, 29, 3, 30), 1774747800, QTime(3, 30), 7200},
            // Autumn: 02:30 happens twice, first in summer time, then an hour later in winter time.
            {utc(2026, 10, 25, 0, 30), 1792888200, QTime(2, 30), 7200},
            {utc(2026, 10, 25, 1, 30), 1792891800, QTime(2, 30), 3600},
    };

    for (const Expected &expected : cases) {
        INFO("start " << expected.start.toString(Qt::ISODate).toStdString());
        const Appointment saved = addAppointment(store, s.agenda, expected.start, 30, s.actor, s.patient.id);

        const auto [rawStart, rawEnd] = rawTimes(store, saved.id);
        CHECK(rawStart == expected.rawStart);
        CHECK(rawEnd == expected.rawStart + 30 * 60);

        const Appointment read = store.get<Appointment>(saved.id);
        CHECK(read.start == expected.start);
        CHECK(read.start.timeSpec() == Qt::UTC);
        const QDateTime local = read.start.toTimeZone(paris());
        CHECK(local.date() == expected.start.toTimeZone(paris()).date());
        CHECK(local.time() == expected.localTime);
        CHECK(local.offsetFromUtc() == expected.offsetSeconds);
        CHECK(read.durationMinutes() == 30);
    }

    SECTION("an hour-long appointment across the spring gap ends at 03:30 local time")
    {
        // Another agenda: the one above already holds 01:30 that night.
        const Agenda room = addAgenda(store, s.practitioner, u"Salle de soins"_s, 5);
        const Appointment across = addAppointment(store, room, parisTime(2026, 3, 29, 1, 30), 60, s.actor);
        const Appointment read = store.get<Appointment>(across.id);
        CHECK(read.end.toTimeZone(paris()).time() == QTime(3, 30));
        CHECK(rawTimes(store, across.id).second - rawTimes(store, across.id).first == 3600);
    }
}

TEST_CASE("A DST day's agenda holds exactly that day's appointments (23 h and 25 h days)", "[time][dst]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);
    auto add = [&](const QDateTime &start, int minutes = 20) {
        return addAppointment(store, s.agenda, start, minutes, s.actor, s.patient.id).id;
    };

    SECTION("29 March 2026: 23 hours")
    {
        const auto [from, to] = parisDay(QDate(2026, 3, 29));
        CHECK(from == utc(2026, 3, 28, 23, 0));
        CHECK(to == utc(2026, 3, 29, 22, 0));
        CHECK(from.secsTo(to) == 23 * 3600);

        add(parisTime(2026, 3, 28, 23, 30)); // the evening before: not that day
        const qint64 midnight = add(parisTime(2026, 3, 29, 0, 0));
        const qint64 early = add(parisTime(2026, 3, 29, 1, 30));
        const qint64 afterGap = add(parisTime(2026, 3, 29, 3, 30));
        const qint64 late = add(parisTime(2026, 3, 29, 23, 30), 30); // ends exactly at midnight
        add(parisTime(2026, 3, 30, 0, 0));                           // the next day

        CHECK(ids(store.appointmentsBetween({s.agenda.id}, from, to))
              == QList<qint64>{midnight, early, afterGap, late});
    }
    SECTION("25 October 2026: 25 hours")
    {
        const auto [from, to] = parisDay(QDate(2026, 10, 25));
        CHECK(from == utc(2026, 10, 24, 22, 0));
        CHECK(to == utc(2026, 10, 25, 23, 0));
        CHECK(from.secsTo(to) == 25 * 3600);

        add(parisTime(2026, 10, 24, 23, 40)); // the evening before
        const qint64 midnight = add(parisTime(2026, 10, 25, 0, 0));
        const qint64 firstHalfPastTwo = add(utc(2026, 10, 25, 0, 30));
        const qint64 secondHalfPastTwo = add(utc(2026, 10, 25, 1, 30));
        const qint64 late = add(parisTime(2026, 10, 25, 23, 30));
        add(parisTime(2026, 10, 26, 0, 0)); // the next day

        const std::vector<AppointmentRow> rows = store.appointmentsBetween({s.agenda.id}, from, to);
        CHECK(ids(rows) == QList<qint64>{midnight, firstHalfPastTwo, secondHalfPastTwo, late});
        REQUIRE(rows.size() == 4);
        CHECK(rows[1].appointment.start.toTimeZone(paris()).time() == QTime(2, 30));
        CHECK(rows[2].appointment.start.toTimeZone(paris()).time() == QTime(2, 30));
        CHECK(rows[1].appointment.start.secsTo(rows[2].appointment.start) == 3600);
    }
}
