#include "bookingserver.h"
#include "clock.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"accueil-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Accueil's booking page and API for patients."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"database"_s, u"The centre's database URL (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
    parser.addOption({u"listen"_s, u"Address and port to serve on (default 127.0.0.1:8080)."_s,
                      u"ADDRESS:PORT"_s, u"127.0.0.1:8080"_s});
    parser.process(app);

    QHostAddress address;
    quint16 port = 0;
    if (!Accueil::parseListenAddress(parser.value(u"listen"_s), address, port)) {
        std::fprintf(stderr, "accueil-server: --listen takes ADDRESS:PORT, for example 127.0.0.1:8080\n");
        return 2;
    }
    const QString databaseText = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                             : qEnvironmentVariable("ACCUEIL_DATABASE");
    try {
        Accueil::BookingServer server(Accueil::DatabaseUrl::parse(databaseText), Accueil::Clock::system());
        const quint16 bound = server.listen(address, port);
        if (bound == 0) {
            std::fprintf(stderr, "accueil-server: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        std::fprintf(stderr, "accueil-server: serving on http://%s:%u/\n", qPrintable(address.toString()),
                     bound);
        return QCoreApplication::exec();
    } catch (const Accueil::StoreError &error) {
        std::fprintf(stderr, "accueil-server: error: %s\n", qPrintable(error.message()));
        return 1;
    }
}
