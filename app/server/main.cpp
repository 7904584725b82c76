#include "bookingserver.h"
#include "clock.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"accueil-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));
    // Patients read French unless they ask for English (each request says which).
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Accueil's booking page and API for patients."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"database"_s, u"The centre's database URL (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
    parser.addOption({u"listen"_s, u"Address and port to serve on (default 127.0.0.1:8080)."_s,
                      u"ADDRESS:PORT"_s, u"127.0.0.1:8080"_s});
    parser.addOption({u"host"_s,
                      u"A name the server answers to, as patients type it (repeatable; default: the listen "
                      "address, localhost and 127.0.0.1 with the port)."_s,
                      u"NAME"_s});
    parser.addOption(
            {u"public-url"_s,
             u"The booking page's address for the links in e-mails (default: the first host name)."_s,
             u"URL"_s});
    parser.addOption({u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (chain)."_s, u"FILE"_s});
    parser.addOption({u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"FILE"_s});
    parser.process(app);

    QHostAddress address;
    quint16 port = 0;
    if (!Accueil::parseListenAddress(parser.value(u"listen"_s), address, port)) {
        std::fprintf(stderr, "accueil-server: --listen takes ADDRESS:PORT, for example 127.0.0.1:8080\n");
        return 2;
    }
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s)) {
        std::fprintf(stderr, "accueil-server: --tls-cert and --tls-key go together\n");
        return 2;
    }
    Accueil::BookingServerOptions options;
    options.hostNames = parser.values(u"host"_s);
    options.siteUrl = parser.value(u"public-url"_s);
    options.certificateFile = parser.value(u"tls-cert"_s);
    options.privateKeyFile = parser.value(u"tls-key"_s);
    const QString databaseText = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                             : qEnvironmentVariable("ACCUEIL_DATABASE");
    try {
        Accueil::BookingServer server(Accueil::DatabaseUrl::parse(databaseText), Accueil::Clock::system(),
                                      options);
        const quint16 bound = server.listen(address, port);
        if (bound == 0) {
            std::fprintf(stderr, "accueil-server: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        std::fprintf(stderr, "accueil-server: serving %s on %s:%u\n", qPrintable(server.siteUrl()),
                     qPrintable(address.toString()), bound);
        return QCoreApplication::exec();
    } catch (const Accueil::StoreError &error) {
        std::fprintf(stderr, "accueil-server: error: %s\n", qPrintable(error.message()));
        return 1;
    }
}
