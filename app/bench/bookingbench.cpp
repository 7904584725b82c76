#include "bookingbench.h"

#include "bookingserver.h"
#include "clock.h"
#include "desk/directory.h"

#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// wrk prints latencies as "12.34ms", "850.00us" or "1.02s".
double milliseconds(const QString &text)
{
    const QRegularExpressionMatch m = QRegularExpression(u"([0-9.]+)(us|ms|s)"_s).match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    if (m.captured(2) == u"us")
        return value / 1000;
    return m.captured(2) == u"s" ? value * 1000 : value;
}

struct OnlineType
{
    qint64 agendaId = 0;
    qint64 typeId = 0;
    QString profession;
};

// Every agenda's first type bookable online, in the directory's order.
std::vector<OnlineType> onlineTypes(Store &store)
{
    Directory directory(store);
    directory.reload();
    std::vector<OnlineType> result;
    for (const AgendaEntry &entry : directory.agendas()) {
        for (const AppointmentType &type : entry.types) {
            if (type.onlineBookable) {
                result.push_back({entry.agenda.id, type.id, entry.profession()});
                break;
            }
        }
    }
    return result;
}

QString availabilityPath(const OnlineType &type, const QDate &from)
{
    return u"/api/v1/agendas/%1/availability?type=%2&from=%3&to=%4"_s.arg(type.agendaId)
            .arg(type.typeId)
            .arg(from.toString(Qt::ISODate), from.addDays(6).toString(Qt::ISODate));
}

// One wrk run against a server on this thread (whose event loop turns while wrk runs); prints a
// line of figures named `name`.
bool load(const QString &name, const QStringList &arguments, int seconds)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"wrk"_s),
                  QStringList{u"-t2"_s, u"-c32"_s, u"-d%1s"_s.arg(seconds), u"--latency"_s} + arguments);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    loop.exec();
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const auto capture
            = [&](const QString &pattern) { return QRegularExpression(pattern).match(output).captured(1); };
    const QString rps = capture(u"Requests/sec:\\s+([0-9.]+)"_s);
    if (process.exitCode() != 0 || rps.isEmpty()) {
        std::fprintf(stderr, "accueil-bench: wrk failed:\n%s\n%s\n", qPrintable(output),
                     process.readAllStandardError().constData());
        return false;
    }
    // "     99%   11.70ms" in the latency distribution (not "81.99%" at the end of another line).
    const auto percentile = [&](int p) {
        return QRegularExpression(u"^\\s+%1%\\s+(\\S+)"_s.arg(p), QRegularExpression::MultilineOption)
                .match(output)
                .captured(1);
    };
    if (qEnvironmentVariableIsSet("ACCUEIL_BENCH_VERBOSE"))
        std::fprintf(stderr, "%s\n", qPrintable(output));
    const QString non2xx = capture(u"Non-2xx or 3xx responses:\\s+([0-9]+)"_s);
    std::printf(
            "%s requests_per_s=%s p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f connections=32 seconds=%d errors=%s\n",
            qPrintable(name), qPrintable(rps), milliseconds(percentile(50)), milliseconds(percentile(90)),
            milliseconds(percentile(99)), seconds, qPrintable(non2xx.isEmpty() ? u"0"_s : non2xx));
    std::fflush(stdout);
    return true;
}

} // namespace

bool bookingApiBenchmark(Store &store, int seconds)
{
    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        std::fprintf(stderr, "accueil-bench: booking_api needs wrk (apt install wrk)\n");
        return false;
    }
    const std::vector<OnlineType> types = onlineTypes(store);
    const auto gp = std::find_if(types.begin(), types.end(),
                                 [](const OnlineType &type) { return type.profession == u"gp"; });
    if (gp == types.end()) {
        std::fprintf(stderr, "accueil-bench: booking_api: no GP agenda bookable online in this store\n");
        return false;
    }
    const QDate today = QDate::currentDate();
    const auto serve = [&](bool cacheReads, const std::function<bool(quint16)> &run) {
        BookingServerOptions options;
        options.cacheReads = cacheReads;
        BookingServer server(store.database().url(), Clock::system(), options);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        if (port == 0) {
            std::fprintf(stderr, "accueil-bench: %s\n", qPrintable(server.errorString()));
            return false;
        }
        return run(port);
    };
    const auto base = [](quint16 port) { return u"http://127.0.0.1:%1"_s.arg(port); };

    // 1. Everyone looks at the first GP's coming week: the page's busiest question.
    const bool hot = serve(true, [&](quint16 port) {
        return load(u"booking_api_availability"_s, {base(port) + availabilityPath(*gp, today)}, seconds);
    });
    // 2. Patients spread over every agenda bookable online and the next eight weeks, in turn.
    QTemporaryFile script(u"accueil-bench-XXXXXX.lua"_s);
    if (!script.open())
        return false;
    QByteArray lua = "paths = {\n";
    int paths = 0;
    for (const OnlineType &type : types) {
        for (int week = 0; week < 8; ++week, ++paths)
            lua += "  \"" + availabilityPath(type, today.addDays(7 * week)).toLatin1() + "\",\n";
    }
    lua += "}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
           "  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n";
    script.write(lua);
    script.flush();
    std::printf("booking_api_availability_mixed: %d agendas x 8 weeks = %d distinct questions\n",
                int(types.size()), paths);
    const bool mixed = serve(true, [&](quint16 port) {
        return load(u"booking_api_availability_mixed"_s, {u"-s"_s, script.fileName(), base(port)}, seconds);
    });
    // 3. Every answer computed from the store (the cache off): the cost of one question.
    const bool cold = serve(false, [&](quint16 port) {
        return load(u"booking_api_availability_uncached"_s, {base(port) + availabilityPath(*gp, today)},
                    seconds);
    });
    return hot && mixed && cold;
}

} // namespace Accueil
