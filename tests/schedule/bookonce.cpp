// A separate process that tries to book one slot: the multi-process concurrency test starts
// several at once. Exit code 0: booked; 3: slot taken; anything else: a failure.
#include "clock.h"
#include "schedule/scheduler.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: accueil-book-once URL AGENDA TYPE START_SECS PATIENT GO_SECS\n");
        return 2;
    }
    try {
        auto store = Accueil::Store::open(Accueil::DatabaseUrl::parse(args[1]));
        Accueil::Scheduler scheduler(*store);
        Accueil::BookingRequest request;
        request.agendaId = args[2].toLongLong();
        request.typeId = args[3].toLongLong();
        request.start = QDateTime::fromSecsSinceEpoch(args[4].toLongLong(), Qt::UTC);
        request.patientId = args[5].toLongLong();
        // Everyone connected: go at the same moment.
        const qint64 go = args[6].toLongLong() * 1000;
        while (QDateTime::currentMSecsSinceEpoch() < go)
            QThread::msleep(1);
        scheduler.book(request, Accueil::Actor::system(QStringLiteral("process")));
        std::puts("booked");
        return 0;
    } catch (const Accueil::StoreError &error) {
        std::printf("%s\n", qPrintable(error.message()));
        return error.kind() == Accueil::StoreError::Kind::SlotTaken ? 3 : 1;
    }
}
