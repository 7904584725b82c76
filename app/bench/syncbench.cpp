#include "syncbench.h"

#include "store/store.h"
#include "sync/changewatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds used so far by every "postgres" process of this machine (the server's side).
double postgresCpuSeconds()
{
    const double tick = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0
            || !line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1).startsWith("postgres"))
            continue;
        // Fields after the command: state is field 3; utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12)
            total += (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return total;
}

} // namespace

void syncBenchmarks(
        const DatabaseUrl &url, int runs,
        const std::function<void(const QString &, const std::vector<double> &, const QString &)> &print)
{
    const QString backend = url.backend() == DatabaseUrl::Backend::Postgres ? u"postgresql"_s : u"sqlite"_s;
    const Actor actor = Actor::system(u"bench"_s);
    auto writer = Store::open(url);
    auto reader = Store::open(url);
    ChangeWatcher watcher(*reader);

    // Change to the other desk: from just before the write until the other desk's watcher has it.
    std::vector<double> latencies;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&watcher, &ChangeWatcher::changesArrived, &loop, [&] {
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    // The write saves the centre's card unchanged: a real write (version, audit, feed) that leaves
    // the benchmark store as it was.
    Centre centre = writer->centre().value_or(Centre{});
    for (int i = 0; i < runs; ++i) {
        // Writes land at any moment relative to the SQLite check, as real ones do.
        QTimer::singleShot(37 * (i % 5), &loop, [&] {
            clock.start();
            centre = writer->update(centre, actor, u"touch"_s);
        });
        timeout.start(10000);
        loop.exec();
    }
    print(u"sync_latency_change_to_desk"_s, latencies, u"backend=%1"_s.arg(backend));

    // Ten idle desks, each with its own connection and watcher, for ten seconds.
    std::vector<std::unique_ptr<Store>> stores;
    std::vector<std::unique_ptr<ChangeWatcher>> watchers;
    for (int i = 0; i < 10; ++i) {
        stores.push_back(Store::open(url));
        watchers.push_back(std::make_unique<ChangeWatcher>(*stores.back()));
    }
    const double selfBefore = processCpuSeconds();
    const double serverBefore = postgresCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double selfPercent = (processCpuSeconds() - selfBefore) / seconds * 100 / 10;
    const double serverPercent = (postgresCpuSeconds() - serverBefore) / seconds * 100 / 10;
    std::printf(
            "sync_idle_desk_cpu desk_percent=%.3f database_percent=%.3f desks=10 seconds=%.1f backend=%s\n",
            selfPercent, url.backend() == DatabaseUrl::Backend::Postgres ? serverPercent : 0.0, seconds,
            qPrintable(backend));
    std::fflush(stdout);
}

} // namespace Accueil
