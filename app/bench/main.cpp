// accueil-bench: prints one line per benchmark, "NAME median_ms=… p95_ms=… runs=…".
#include "bookingbench.h"
#include "clock.h"
#include "demo/demoseeder.h"
#include "desk/patientdirectory.h"
#include "deskbench.h"
#include "figuresbench.h"
#include "historybench.h"
#include "schedule/scheduler.h"
#include "store/schema.h"
#include "store/store.h"
#include "syncbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using namespace Accueil;

struct Figures
{
    double median = 0;
    double p95 = 0;
    int runs = 0;
};

Figures measure(int runs, int warmup, const std::function<void(int)> &body)
{
    for (int i = 0; i < warmup; ++i)
        body(i);
    std::vector<double> times;
    times.reserve(std::size_t(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        body(warmup + i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times[std::min(times.size() - 1, std::size_t(q * double(times.size())))];
    };
    return {at(0.5), at(0.95), runs};
}

void print(const QString &name, const Figures &f, const QString &extra = {})
{
    std::printf("%s median_ms=%.2f p95_ms=%.2f runs=%d%s\n", qPrintable(name), f.median, f.p95, f.runs,
                qPrintable(extra.isEmpty() ? QString() : u" "_s + extra));
    std::fflush(stdout);
}

QString backendName(Store &store)
{
    return store.database().isPostgres() ? u"postgresql"_s : u"sqlite"_s;
}

// One week (Monday to Monday, local time) of every practitioner agenda, as the desk opens it.
void weekRead(Store &store, int runs)
{
    const Centre centre = store.centre().value_or(Centre{});
    const QTimeZone zone(centre.timeZone.toUtf8());
    QList<qint64> agendas;
    for (const Agenda &agenda : store.select<Agenda>(u"kind = 'practitioner'"_s))
        agendas << agenda.id;
    const QDate today = store.clock().now().toTimeZone(zone).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    std::size_t rows = 0;
    // Each run reads another week going back in time, so no run is served by the previous one's cache.
    const Figures f = measure(runs, 3, [&](int i) {
        const QDate start = monday.addDays(-7 * (i % 200));
        rows = store.appointmentsBetween(agendas, QDateTime(start, QTime(0, 0), zone),
                                         QDateTime(start.addDays(7), QTime(0, 0), zone))
                       .size();
    });
    print(u"week_read_all_agendas"_s, f,
          u"agendas=%1 rows_last_week=%2 backend=%3"_s.arg(agendas.size()).arg(rows).arg(backendName(store)));
}

// Free times of one GP agenda over the 3-month horizon, as the booking page and the desk ask.
void availability(Store &store, int runs)
{
    Scheduler scheduler(store);
    const std::vector<Candidate> gps = scheduler.candidatesForProfession(u"gp"_s, u"Consultation"_s);
    if (gps.empty())
        throw StoreError(StoreError::Kind::NotFound,
                         u"No GP agenda with a \"Consultation\" type: seed the demo."_s);
    const QDate today = store.clock().now().toTimeZone(scheduler.zone()).date();
    for (const Channel channel : {Channel::Web, Channel::Desk}) {
        std::size_t found = 0;
        const Figures f = measure(runs, 3, [&](int i) {
            const Candidate &gp = gps[std::size_t(i) % gps.size()];
            found = scheduler.availability(gp.agendaId, gp.typeId, today, today.addDays(92), channel).size();
        });
        print(u"availability_3months_"_s + toKey(channel), f,
              u"free_starts_last=%1 backend=%2"_s.arg(found).arg(backendName(store)));
    }
}

// "Next free slot" for a consultation across every GP.
void nextFree(Store &store, int runs)
{
    Scheduler scheduler(store);
    const std::vector<Candidate> gps = scheduler.candidatesForProfession(u"gp"_s, u"Consultation"_s);
    for (const Channel channel : {Channel::Desk, Channel::Web}) {
        QDateTime first;
        const Figures f = measure(runs, 3, [&](int i) {
            // From now and from a few hours later, so runs differ.
            const QDateTime after = store.clock().now().addSecs(3600 * (i % 8));
            const std::vector<FreeSlot> next = scheduler.nextFree(gps, after, channel);
            first = next.empty() ? QDateTime() : next.front().start;
        });
        print(u"next_free_all_gps_"_s + toKey(channel), f,
              u"agendas=%1 first=%2 backend=%3"_s.arg(gps.size())
                      .arg(first.toString(Qt::ISODate), backendName(store)));
    }
}

// The desk's search as you type over the demo's 10 000 patients: one query per keystroke.
void patientSearch(Store &store, int runs)
{
    PatientDirectory patients(store);
    const QStringList typed{u"m"_s,        u"ma"_s,   u"mar"_s,     u"mart"_s,       u"marti"_s, u"martin"_s,
                            u"martin m"_s, u"06 1"_s, u"06 12 3"_s, u"17/05/1980"_s, u"lef"_s,   u"lefev"_s};
    std::size_t found = 0;
    const Figures f = measure(runs * int(typed.size()), 3,
                              [&](int i) { found = patients.search(typed[i % typed.size()]).size(); });
    print(u"patient_search_keystroke"_s, f,
          u"patients=%1 backend=%2"_s.arg(store.count<Patient>()).arg(backendName(store)));
    static_cast<void>(found);
}

// seed-demo into a new SQLite file (target, or a temporary one): what a centre waits for its demo.
void seedDemo(int years, const QString &target)
{
    QTemporaryDir dir;
    const DatabaseUrl url
            = DatabaseUrl::parse(target.isEmpty() ? u"sqlite:"_s + dir.filePath(u"seed.sqlite"_s) : target);
    if (url.backend() != DatabaseUrl::Backend::Sqlite || QFileInfo::exists(url.path()))
        throw StoreError(StoreError::Kind::AlreadyInitialised,
                         u"seed_demo needs the path of a new SQLite file."_s);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(url, Database::Create::Yes);
    Schema::migrate(*db);
    Store store(std::move(db), Clock::system());
    DemoOptions options;
    options.years = years;
    Transaction transaction(store.database());
    DemoSeeder(store, options).run();
    transaction.commit();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 appointments = store.count<Appointment>();
    print(u"seed_demo_%1y_sqlite"_s.arg(years), {ms, ms, 1}, u"appointments=%1"_s.arg(appointments));
}

} // namespace

int main(int argc, char *argv[])
{
    // The desk's benchmarks paint real widgets; without a display they paint off screen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Accueil's benchmarks. Names: week_read, availability, next_free, patient_search, desk, figures, history, sync, booking_api, seed_demo."_s);
    parser.addHelpOption();
    parser.addOption(
            {u"database"_s, u"A store seeded with seed-demo (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
    parser.addOption({u"runs"_s, u"Measured runs per benchmark (default 50)."_s, u"N"_s, u"50"_s});
    parser.addOption({u"seconds"_s, u"Duration of booking_api's load (default 15)."_s, u"N"_s, u"15"_s});
    parser.addOption({u"years"_s, u"Years for seed_demo (default 10)."_s, u"N"_s, u"10"_s});
    parser.addPositionalArgument(u"names"_s, u"Benchmarks to run (default: all that need a database)."_s);
    parser.process(app);

    QStringList names = parser.positionalArguments();
    if (names.isEmpty())
        names = {u"week_read"_s, u"availability"_s, u"next_free"_s, u"patient_search"_s,
                 u"desk"_s,      u"figures"_s,      u"sync"_s};
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    try {
        std::unique_ptr<Store> store;
        const auto openStore = [&]() -> Store & {
            if (!store) {
                const QString text = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                                 : qEnvironmentVariable("ACCUEIL_DATABASE");
                store = Store::open(DatabaseUrl::parse(text));
            }
            return *store;
        };
        for (const QString &name : names) {
            if (name == u"week_read")
                weekRead(openStore(), runs);
            else if (name == u"availability")
                availability(openStore(), runs);
            else if (name == u"next_free")
                nextFree(openStore(), runs);
            else if (name == u"patient_search")
                patientSearch(openStore(), runs);
            else if (name == u"sync")
                syncBenchmarks(openStore().database().url(), runs,
                               [](const QString &bench, std::vector<double> times, const QString &extra) {
                                   std::sort(times.begin(), times.end());
                                   const auto at = [&](double q) {
                                       return times[std::min(times.size() - 1,
                                                             std::size_t(q * double(times.size())))];
                                   };
                                   print(bench, {at(0.5), at(0.95), int(times.size())}, extra);
                               });
            else if (name == u"figures")
                figuresBenchmarks(
                        openStore(),
                        [runs](const QString &bench, const std::function<void(int)> &body,
                               const QString &extra) { print(bench, measure(runs, 3, body), extra); });
            else if (name == u"history")
                historyBenchmarks(
                        openStore(),
                        [runs](const QString &bench, const std::function<void(int)> &body,
                               const QString &extra) { print(bench, measure(runs, 3, body), extra); });
            else if (name == u"desk")
                deskBenchmarks(openStore(),
                               [runs](const QString &bench, const std::function<void(int)> &body,
                                      const QString &extra) { print(bench, measure(runs, 3, body), extra); });
            else if (name == u"booking_api") {
                if (!bookingApiBenchmark(openStore(), parser.value(u"seconds"_s).toInt()))
                    return 1;
            } else if (name == u"seed_demo")
                seedDemo(parser.value(u"years"_s).toInt(), parser.value(u"database"_s));
            else {
                std::fprintf(stderr, "accueil-bench: unknown benchmark %s\n", qPrintable(name));
                return 2;
            }
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "accueil-bench: error: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
