#include "catch.h"
#include "schedule/frenchholidays.h"
#include "schedulerfixture.h"

#include <QProcess>

#include <atomic>
#include <latch>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

TEST_CASE("Many threads booking one slot: exactly one wins, every other gets SlotTaken", "[concurrency]")
{
    SchedulerFixture f;
    const QDateTime slot = f.at(QDate(2026, 6, 16), 10, 0);
    constexpr int threads = 12;
    std::atomic<int> booked = 0;
    std::atomic<int> taken = 0;
    std::atomic<int> other = 0;
    std::latch ready(threads);
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back([&, i] {
            try {
                // One connection per thread, as in the desk and the server.
                auto store = Store::open(f.database.url(), f.clock);
                Scheduler scheduler(*store);
                BookingRequest r = f.request(slot);
                r.reason = u"thread %1"_s.arg(i);
                ready.arrive_and_wait();
                scheduler.book(r, f.desk);
                ++booked;
            } catch (const StoreError &error) {
                ++(error.kind() == StoreError::Kind::SlotTaken ? taken : other);
            } catch (...) {
                ++other;
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    CHECK(booked == 1);
    CHECK(taken == threads - 1);
    CHECK(other == 0);
    CHECK(f.store->count<Appointment>(u"agenda_id = ? AND start_utc = ?"_s,
                                      {f.agenda.id, slot.toSecsSinceEpoch()})
          == 1);
}

TEST_CASE("Several processes booking one slot: exactly one wins", "[concurrency][process]")
{
    SchedulerFixture f;
    // The processes read the real clock: book a working day a month ahead of it.
    QDate day = QDateTime::currentDateTimeUtc().addDays(30).toTimeZone(paris()).date();
    while (day.dayOfWeek() > 5 || isFrenchPublicHoliday(day))
        day = day.addDays(1);
    const QDateTime start = f.at(day, 10, 15);

    constexpr int processes = 6;
    const qint64 go = QDateTime::currentSecsSinceEpoch() + 3;
    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < processes; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(ACCUEIL_BOOK_ONCE_EXE),
                       {f.database.url().displayString(), QString::number(f.agenda.id),
                        QString::number(f.consultation.id), QString::number(start.toSecsSinceEpoch()),
                        QString::number(f.patient.id), QString::number(go)});
        REQUIRE(process->waitForStarted(10000));
        running.push_back(std::move(process));
    }
    int booked = 0;
    int taken = 0;
    for (auto &process : running) {
        REQUIRE(process->waitForFinished(60000));
        INFO(process->readAllStandardOutput().toStdString() << process->readAllStandardError().toStdString());
        if (process->exitCode() == 0)
            ++booked;
        else if (process->exitCode() == 3)
            ++taken;
        else
            FAIL("a booking process failed with exit code " << process->exitCode());
    }
    CHECK(booked == 1);
    CHECK(taken == processes - 1);
    CHECK(f.store->count<Appointment>(u"agenda_id = ? AND start_utc = ?"_s,
                                      {f.agenda.id, start.toSecsSinceEpoch()})
          == 1);
}
