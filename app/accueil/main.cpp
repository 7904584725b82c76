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
#include <QMessageBox>

using namespace Qt::StringLiterals;

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
    parser.addOption({u"database"_s, u"The centre's database URL (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
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

    const QString databaseText = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                             : qEnvironmentVariable("ACCUEIL_DATABASE");
    std::unique_ptr<Accueil::Store> store;
    std::unique_ptr<Accueil::BookingServer> booking;
    std::unique_ptr<Accueil::MailDispatcher> mailer;
    std::unique_ptr<Accueil::ReminderDispatcher> reminders;
    try {
        const Accueil::DatabaseUrl url = Accueil::DatabaseUrl::parse(databaseText);
        store = Accueil::Store::open(url);
        if (parser.isSet(u"serve"_s)) {
            QHostAddress address;
            quint16 port = 0;
            if (!Accueil::parseListenAddress(parser.value(u"serve"_s), address, port))
                throw std::runtime_error("--serve takes ADDRESS:PORT, for example 127.0.0.1:8080");
            QHash<QString, QString> settings;
            std::optional<Accueil::SmtpSettings> smtp;
            QString error;
            Accueil::BookingServerOptions options;
            if (parser.isSet(u"serve-config"_s)
                && (!Accueil::ServerSettings::read(parser.value(u"serve-config"_s), settings, error)
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
        QMessageBox::critical(nullptr, QApplication::translate("main", "Accueil cannot start"),
                              error.message());
        return 1;
    } catch (const std::exception &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Accueil cannot start"),
                              QString::fromUtf8(error.what()));
        return 1;
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
