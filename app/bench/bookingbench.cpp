#include "bookingbench.h"

#include "bookingserver.h"
#include "clock.h"
#include "desk/directory.h"

#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

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

} // namespace

bool bookingApiBenchmark(Store &store, int seconds)
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "accueil-bench: booking_api needs wrk (apt install wrk)\n");
        return false;
    }
    // The first GP agenda with a type bookable online, over the coming week.
    Directory directory(store);
    directory.reload();
    qint64 agendaId = 0;
    qint64 typeId = 0;
    for (const AgendaEntry &entry : directory.agendas()) {
        if (entry.profession() != u"gp" || agendaId != 0)
            continue;
        for (const AppointmentType &type : entry.types) {
            if (type.onlineBookable) {
                agendaId = entry.agenda.id;
                typeId = type.id;
                break;
            }
        }
    }
    if (agendaId == 0) {
        std::fprintf(stderr, "accueil-bench: booking_api: no GP agenda bookable online in this store\n");
        return false;
    }
    BookingServer server(store.database().url(), Clock::system());
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        std::fprintf(stderr, "accueil-bench: %s\n", qPrintable(server.errorString()));
        return false;
    }
    const QDate from = QDate::currentDate();
    const QString url
            = u"http://127.0.0.1:%1/api/v1/agendas/%2/availability?type=%3&from=%4&to=%5"_s.arg(port)
                      .arg(agendaId)
                      .arg(typeId)
                      .arg(from.toString(Qt::ISODate), from.addDays(6).toString(Qt::ISODate));
    QProcess process;
    process.start(wrk, {u"-t2"_s, u"-c32"_s, u"-d%1s"_s.arg(seconds), u"--latency"_s, url});
    QEventLoop loop; // the server answers from this thread's event loop while wrk runs
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
    const QString non2xx = capture(u"Non-2xx or 3xx responses:\\s+([0-9]+)"_s);
    std::printf(
            "booking_api_availability requests_per_s=%s p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f connections=32 "
            "seconds=%d errors=%s\n",
            qPrintable(rps), milliseconds(capture(u"50%\\s+(\\S+)"_s)),
            milliseconds(capture(u"90%\\s+(\\S+)"_s)), milliseconds(capture(u"99%\\s+(\\S+)"_s)), seconds,
            qPrintable(non2xx.isEmpty() ? u"0"_s : non2xx));
    std::fflush(stdout);
    return true;
}

} // namespace Accueil
