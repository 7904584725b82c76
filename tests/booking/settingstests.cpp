// The booking server's settings file, and accueil-server refusing a bad one with a sentence.
#include "catch.h"
#include "serversettings.h"
#include "testdatabase.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Accueil;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(u"server.conf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("The settings file: key = value, comments, unknown keys refused by name", "[settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QHash<QString, QString> values;
    QString error;
    CHECK(ServerSettings::read(writeFile(dir,
                                         "# Tilleuls\n\nlisten = 127.0.0.1:8181\n"
                                         "host = rdv.example.org, rdv2.example.org\n"
                                         "; mail\nsmtp_url = smtp://127.0.0.1:2525\nsmtp_tls = none\n"
                                         "mail_from = rdv@example.org\nmail_from_name = Maison de santé\n"),
                               values, error));
    CHECK(values.value(u"listen"_s) == u"127.0.0.1:8181"_s);
    CHECK(ServerSettings::list(values.value(u"host"_s))
          == QStringList{u"rdv.example.org"_s, u"rdv2.example.org"_s});
    std::optional<SmtpSettings> smtp;
    REQUIRE(ServerSettings::smtp(values, smtp, error));
    REQUIRE(smtp);
    CHECK(smtp->fromName == u"Maison de santé"_s);
    CHECK(smtp->tls == SmtpSettings::Tls::None);

    values.clear();
    CHECK_FALSE(ServerSettings::read(writeFile(dir, "listen = 127.0.0.1:8181\nsmpt_url = smtp://x:25\n"),
                                     values, error));
    CHECK(error.contains(u"line 2: unknown setting \"smpt_url\""_s));

    // No smtp_url: no sender, and that is not an error (mails wait in the outbox).
    REQUIRE(ServerSettings::smtp({{u"listen"_s, u"127.0.0.1:8080"_s}}, smtp, error));
    CHECK_FALSE(smtp);
    CHECK_FALSE(ServerSettings::smtp({{u"smtp_url"_s, u"smtp://127.0.0.1:25"_s},
                                      {u"smtp_tls"_s, u"maybe"_s},
                                      {u"mail_from"_s, u"rdv@example.org"_s}},
                                     smtp, error));
    CHECK(error.contains(u"smtp_tls"_s));
}

TEST_CASE("The packages' default settings files are read without error", "[settings]")
{
    // /etc/accueil/server.conf and desk.conf as the packages install them: a key renamed in the
    // code without the file (or the reverse) would stop the service at its first start.
    QHash<QString, QString> values;
    QString error;
    REQUIRE(ServerSettings::read(QStringLiteral(ACCUEIL_SOURCE_DIR "/packaging/server.conf"), values, error));
    CHECK(error.isEmpty());
    CHECK(values.value(u"database"_s) == u"sqlite:/var/lib/accueil/centre.sqlite"_s);
    CHECK(values.value(u"listen"_s) == u"127.0.0.1:8080"_s);
    CHECK(ServerSettings::checkMigrateOnUpgrade(values, error));
    BookingServerOptions options;
    CHECK(ServerSettings::bookingOptions(values, options, error));
    std::optional<SmtpSettings> smtp;
    CHECK(ServerSettings::smtp(values, smtp, error));
    CHECK_FALSE(smtp);

    values.clear();
    REQUIRE(ServerSettings::read(QStringLiteral(ACCUEIL_SOURCE_DIR "/packaging/desk.conf"),
                                 ServerSettings::deskKeys(), values, error));
    CHECK(values.isEmpty()); // everything is commented out until the installer chooses
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK_FALSE(ServerSettings::read(writeFile(dir, "database = sqlite:x\nlisten = 127.0.0.1:1\n"),
                                     ServerSettings::deskKeys(), values, error));
    CHECK(error.contains(u"line 2: unknown setting \"listen\" (known: database, serve, serve_config)"_s));

    CHECK_FALSE(ServerSettings::checkMigrateOnUpgrade({{u"migrate_on_upgrade"_s, u"oui"_s}}, error));
    CHECK(error == u"migrate_on_upgrade is \"oui\": say yes or no"_s);
}

TEST_CASE("accueil-server says what is wrong with its settings and exits non-zero", "[settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto run = [](const QStringList &arguments) {
        QProcess server;
        server.start(QStringLiteral(ACCUEIL_SERVER_EXE), arguments);
        REQUIRE(server.waitForFinished(20000));
        return std::pair{server.exitCode(), QString::fromUtf8(server.readAllStandardError())};
    };
    auto [code, text] = run({u"--config"_s, writeFile(dir, "lisen = 127.0.0.1:8080\n")});
    CHECK(code == 2);
    CHECK(text.contains(u"unknown setting \"lisen\""_s));
    std::tie(code, text) = run({u"--config"_s, dir.filePath(u"missing.conf"_s)});
    CHECK(code == 2);
    CHECK(text.contains(u"cannot read"_s));
    std::tie(code, text) = run({u"--config"_s, writeFile(dir, "migrate_on_upgrade = maybe\n")});
    CHECK(code == 2);
    CHECK(text.contains(u"migrate_on_upgrade is \"maybe\""_s));
    std::tie(code, text) = run({u"--config"_s, writeFile(dir, "migrate_on_upgrade = maybe\n")});
    CHECK(code == 2);
    CHECK(text.contains(u"migrate_on_upgrade is \"maybe\""_s));
    // A port another program holds: said with the system's reason, not a guess.
    const Test::StoreFixture fixture;
    QTcpServer holder;
    REQUIRE(holder.listen(QHostAddress::LocalHost, 0));
    std::tie(code, text) = run({u"--database"_s, fixture.database.url().displayString(), u"--listen"_s,
                                u"127.0.0.1:%1"_s.arg(holder.serverPort())});
    CHECK(code == 1);
    CHECK(text.contains(u"cannot listen on 127.0.0.1:%1: The bound address is already in use"_s.arg(
            holder.serverPort())));
    std::tie(code, text) = run({u"--listen"_s, u"everywhere"_s});
    CHECK(code == 2);
    CHECK(text.contains(u"ADDRESS:PORT"_s));
}
