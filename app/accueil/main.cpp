#include "bookingserver.h"
#include "clock.h"
#include "desksession.h"
#include "logindialog.h"
#include "mail/maildispatcher.h"
#include "mainwindow.h"
#include "reminders/reminderdispatcher.h"
#include "serversettings.h"
#include "store/store.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Written by the installer of a reception PC (package accueil), read by every user's desk.
const QString defaultDeskConfig = u"/etc/accueil/desk.conf"_s;

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"accueil"_s);
    QApplication::setApplicationDisplayName(u"Accueil"_s);
    QApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Accueil: the front desk of a multi-professional medical centre."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"database"_s,
                      u"The centre's database URL (default: $ACCUEIL_DATABASE, else the settings file's)."_s,
                      u"URL"_s});
    parser.addOption(
            {u"config"_s,
             u"The desk's settings file: database, serve, serve_config (default: %1 when it exists)."_s.arg(
                     defaultDeskConfig),
             u"FILE"_s});
    parser.addOption({u"serve"_s, u"Also serve the booking page on ADDRESS:PORT (single-PC practice)."_s,
                      u"ADDRESS:PORT"_s});
    parser.addOption({u"serve-config"_s,
                      u"With --serve: the booking server's settings file (host names, e-mail; see "
                      "docs/deployment.md), so that the practice's e-mails go out from this PC."_s,
                      u"FILE"_s});
    parser.addOption({u"user"_s, u"Fill the login field with LOGIN."_s, u"LOGIN"_s});
    parser.addOption(
            {u"lang"_s,
             u"Interface language: fr or en (default: French unless the system is in another language)."_s,
             u"LANG"_s});
    parser.process(app);
    Accueil::installTranslations(app, parser.value(u"lang"_s));

    // Said on the terminal too (a desk started by hand or by a script), then in a window.
    const auto cannotStart = [](const QString &message) {
        std::fprintf(stderr, "accueil: cannot start: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Accueil cannot start"), message);
        return 1;
    };
    // The command line wins, then the environment, then the settings file.
    const QString deskConfig = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : defaultDeskConfig;
    QHash<QString, QString> deskSettings;
    if (QString error; (parser.isSet(u"config"_s) || QFileInfo::exists(deskConfig))
                       && !Accueil::ServerSettings::read(deskConfig, Accueil::ServerSettings::deskKeys(),
                                                         deskSettings, error)) {
        return cannotStart(error);
    }
    const auto setting = [&](const QString &option, const QString &key) {
        return parser.isSet(option) ? parser.value(option) : deskSettings.value(key);
    };
    QString databaseText = parser.value(u"database"_s);
    if (databaseText.isEmpty())
        databaseText = qEnvironmentVariable("ACCUEIL_DATABASE");
    if (databaseText.isEmpty())
        databaseText = deskSettings.value(u"database"_s);
    if (databaseText.isEmpty()) {
        return cannotStart(QApplication::translate(
                                   "main", "No database is set for this computer.\n\nWrite the centre's "
                                           "database in %1, for example\n  database = "
                                           "postgresql://accueil:PASSWORD@server/accueil\nor start Accueil "
                                           "with --database.")
                                   .arg(deskConfig));
    }
    const QString serve = setting(u"serve"_s, u"serve"_s);
    const QString serveConfig = setting(u"serve-config"_s, u"serve_config"_s);
    std::unique_ptr<Accueil::Store> store;
    std::unique_ptr<Accueil::BookingServer> booking;
    std::unique_ptr<Accueil::MailDispatcher> mailer;
    std::unique_ptr<Accueil::ReminderDispatcher> reminders;
    try {
        const Accueil::DatabaseUrl url = Accueil::DatabaseUrl::parse(databaseText);
        store = Accueil::Store::open(url);
        if (!serve.isEmpty()) {
            QHostAddress address;
            quint16 port = 0;
            if (!Accueil::parseListenAddress(serve, address, port))
                throw std::runtime_error("--serve takes ADDRESS:PORT, for example 127.0.0.1:8080");
            QHash<QString, QString> settings;
            std::optional<Accueil::SmtpSettings> smtp;
            QString error;
            Accueil::BookingServerOptions options;
            if (!serveConfig.isEmpty()
                && (!Accueil::ServerSettings::read(serveConfig, settings, error)
                    || !Accueil::ServerSettings::bookingOptions(settings, options, error)
                    || !Accueil::ServerSettings::smtp(settings, smtp, error)))
                throw std::runtime_error(error.toStdString());
            booking = std::make_unique<Accueil::BookingServer>(url, Accueil::Clock::system(), options);
            if (booking->listen(address, port) == 0)
                throw std::runtime_error(booking->errorString().toStdString());
            // Without e-mail settings the mails wait in the store's outbox, nothing is lost.
            if (smtp)
                mailer = std::make_unique<Accueil::MailDispatcher>(url, *smtp, Accueil::Clock::system());
            // The single-PC practice sends its reminders too (SMS wait queued without a gateway).
            const std::optional<Accueil::SmsSettings> sms = Accueil::SmsSettings::parse(settings, &error);
            if (!error.isEmpty())
                throw std::runtime_error(error.toStdString());
            reminders = std::make_unique<Accueil::ReminderDispatcher>(url, sms, Accueil::Clock::system(),
                                                                      Accueil::ReminderDispatcher::Options{});
            if (mailer) {
                QObject::connect(reminders.get(), &Accueil::ReminderDispatcher::emailsQueued, mailer.get(),
                                 &Accueil::MailDispatcher::wake);
            }
        }
    } catch (const Accueil::StoreError &error) {
        return cannotStart(error.message());
    } catch (const std::exception &error) {
        return cannotStart(QString::fromUtf8(error.what()));
    }

    Accueil::LoginDialog login(*store);
    login.setLogin(parser.value(u"user"_s));
    if (login.exec() != QDialog::Accepted || !login.user())
        return 0;
    Accueil::DeskSession session(*store, *login.user());
    Accueil::MainWindow window(session);
    window.showMaximized(); // the agenda wants every pixel of the desk's screen
    return QApplication::exec();
}
