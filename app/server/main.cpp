#include "bookingserver.h"
#include "clock.h"
#include "mail/maildispatcher.h"
#include "mail/smtpsettings.h"
#include "reminders/reminderdispatcher.h"
#include "reminders/smsgateway.h"
#include "serversettings.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"accueil-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));
    // Patients read French unless they ask for English (each request says which).
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Accueil's booking page and API for patients, and the sender of the e-mails queued in the store."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"config"_s,
                      u"Settings file (key = value; see docs/deployment.md). Command-line options win."_s,
                      u"FILE"_s});
    parser.addOption({u"database"_s, u"The centre's database URL (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
    parser.addOption(
            {u"listen"_s, u"Address and port to serve on (default 127.0.0.1:8080)."_s, u"ADDRESS:PORT"_s});
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
    parser.addOption({u"trusted-proxy"_s,
                      u"A reverse proxy in front whose X-Forwarded-For is believed (repeatable)."_s,
                      u"ADDRESS"_s});
    parser.process(app);

    QHash<QString, QString> config;
    if (parser.isSet(u"config"_s)) {
        QString error;
        if (!Accueil::ServerSettings::read(parser.value(u"config"_s), config, error)) {
            std::fprintf(stderr, "accueil-server: %s\n", qPrintable(error));
            return 2;
        }
    }
    // Command-line options win over the file's keys.
    for (const auto &[option, key] : {std::pair{u"listen"_s, u"listen"_s},
                                      {u"database"_s, u"database"_s},
                                      {u"host"_s, u"host"_s},
                                      {u"public-url"_s, u"public_url"_s},
                                      {u"tls-cert"_s, u"tls_cert"_s},
                                      {u"tls-key"_s, u"tls_key"_s},
                                      {u"trusted-proxy"_s, u"trusted_proxy"_s}}) {
        if (parser.isSet(option))
            config.insert(key, parser.values(option).join(u", "_s));
    }

    QHostAddress address;
    quint16 port = 0;
    if (!Accueil::parseListenAddress(config.value(u"listen"_s, u"127.0.0.1:8080"_s), address, port)) {
        std::fprintf(stderr, "accueil-server: listen takes ADDRESS:PORT, for example 127.0.0.1:8080\n");
        return 2;
    }
    Accueil::BookingServerOptions options;
    // E-mail: without an SMTP server, mails wait in the store's outbox (nothing is lost).
    std::optional<Accueil::SmtpSettings> smtp;
    if (QString error; !Accueil::ServerSettings::bookingOptions(config, options, error)
                       || !Accueil::ServerSettings::smtp(config, smtp, error)
                       || !Accueil::ServerSettings::checkMigrateOnUpgrade(config, error)) {
        std::fprintf(stderr, "accueil-server: %s\n", qPrintable(error));
        return 2;
    }
    const QString databaseText = config.value(u"database"_s, qEnvironmentVariable("ACCUEIL_DATABASE"));
    try {
        const Accueil::DatabaseUrl database = Accueil::DatabaseUrl::parse(databaseText);
        Accueil::BookingServer server(database, Accueil::Clock::system(), options);
        const quint16 bound = server.listen(address, port);
        if (bound == 0) {
            std::fprintf(stderr, "accueil-server: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        std::unique_ptr<Accueil::MailDispatcher> mailer;
        if (smtp) {
            mailer = std::make_unique<Accueil::MailDispatcher>(database, *smtp, Accueil::Clock::system());
            std::fprintf(stderr, "accueil-server: sending e-mails through %s\n", qPrintable(smtp->url));
        } else {
            std::fprintf(stderr,
                         "accueil-server: no smtp_url in the settings: e-mails stay queued in the store\n");
        }
        // Reminders: e-mails through the outbox above, SMS through the gateway when one is set.
        std::optional<Accueil::SmsSettings> sms;
        {
            QString error;
            sms = Accueil::SmsSettings::parse(config, &error);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "accueil-server: %s\n", qPrintable(error));
                return 2;
            }
        }
        Accueil::ReminderDispatcher reminders(database, sms, Accueil::Clock::system(),
                                              Accueil::ReminderDispatcher::Options{});
        if (mailer) {
            QObject::connect(&reminders, &Accueil::ReminderDispatcher::emailsQueued, mailer.get(),
                             &Accueil::MailDispatcher::wake);
        }
        if (sms) {
            std::fprintf(stderr, "accueil-server: sending SMS reminders through %s\n",
                         qPrintable(QUrl(sms->url).host()));
        } else {
            std::fprintf(stderr, "accueil-server: no sms_url in the settings: SMS reminders stay queued\n");
        }
        std::fprintf(stderr, "accueil-server: serving %s on %s:%u\n", qPrintable(server.siteUrl()),
                     qPrintable(address.toString()), bound);
        return QCoreApplication::exec();
    } catch (const Accueil::StoreError &error) {
        std::fprintf(stderr, "accueil-server: error: %s\n", qPrintable(error.message()));
        return 1;
    }
}
