// Another desk, in another process: records one patient and prints its id, so the live-sync tests
// see a write that did not come through their own connection.
#include "clock.h"
#include "desk/patientdirectory.h"
#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: accueil-sync-writer URL LAST_NAME\n");
        return 2;
    }
    try {
        auto store = Accueil::Store::open(Accueil::DatabaseUrl::parse(args[1]));
        Accueil::Patient patient;
        patient.lastName = args[2];
        patient.firstName = QStringLiteral("Process");
        patient = Accueil::PatientDirectory(*store).create(patient,
                                                           Accueil::Actor::system(QStringLiteral("writer")));
        std::printf("%lld\n", patient.id);
        return 0;
    } catch (const Accueil::StoreError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
}
