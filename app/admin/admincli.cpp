#include "admincli.h"

#include <QCommandLineParser>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

struct Command
{
    QString name;
    QString summary;
};

const QList<Command> commands{
        {u"init"_s,
         u"Create the database schema and the centre (SQLite file or an empty PostgreSQL database)."_s},
        {u"migrate"_s, u"Bring the database schema up to this version of Accueil."_s},
        {u"seed-demo"_s,
         u"Fill an empty database with the demo centre (practitioners, patients, years of appointments)."_s},
        {u"demo-logins"_s, u"Print the demo centre's staff logins."_s},
        {u"user"_s, u"Manage staff accounts: user add | user list | user passwd LOGIN."_s},
        {u"backup"_s,
         u"Copy a live SQLite database into a backup file (for PostgreSQL, explains pg_dump)."_s},
};

QString generalHelp()
{
    QString text = u"Usage: accueil-admin [--database URL] COMMAND [options]\n\n"
                   "The database is given by --database or the ACCUEIL_DATABASE environment variable:\n"
                   "  sqlite:PATH  or  postgresql://user[:password]@host[:port]/dbname\n\nCommands:\n"_s;
    for (const Command &command : commands)
        text += u"  "_s + command.name.leftJustified(13) + command.summary + u'\n';
    text += u"\nRun \"accueil-admin COMMAND --help\" for the options of one command.\n"_s;
    return text;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({u"database"_s, u"The centre's database URL (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
}

} // namespace

// Reads a password without echo from a terminal, or one line from a pipe.
std::optional<QString> readPasswordLine(bool fromStdin, QTextStream &err)
{
    if (!fromStdin && isatty(STDIN_FILENO) == 0)
        return std::nullopt;
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) != 0;
    if (tty) {
        err << "Password: " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << "\n" << Qt::flush;
    }
    if (!ok)
        return std::nullopt;
    return QString::fromStdString(line);
}

AdminCli::AdminCli(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

int AdminCli::usageError(const QString &message)
{
    m_err << programName() << ": " << message << "\n" << Qt::flush;
    return 2;
}

int AdminCli::failure(const QString &message)
{
    m_err << programName() << ": error: " << message << "\n" << Qt::flush;
    return 1;
}

void AdminCli::progress(const QString &stage, int percent)
{
    const QString line = stage + u" "_s + QString::number(percent) + u" %"_s;
    if (line == m_lastProgress)
        return;
    m_lastProgress = line;
    m_err << programName() << ": " << line << "\n" << Qt::flush;
}

int AdminCli::run(const QStringList &arguments)
{
    // Split "accueil-admin [global options] COMMAND [command options]" at the command word.
    QStringList globals{arguments.value(0, programName())};
    QString command;
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!command.isEmpty()) {
            rest << arg;
        } else if (arg == u"--database" && i + 1 < arguments.size()) {
            globals << arg << arguments.at(++i);
        } else if (arg.startsWith(u'-')) {
            globals << arg;
        } else {
            command = arg;
        }
    }

    QCommandLineParser global;
    addDatabaseOption(global);
    global.addOption({{u"h"_s, u"help"_s}, u"Show this help."_s});
    global.addOption({u"version"_s, u"Show the version."_s});
    if (!global.parse(globals))
        return usageError(global.errorText() + u" (see --help)"_s);
    if (global.isSet(u"version"_s)) {
        m_out << "accueil-admin " << ACCUEIL_VERSION << "\n" << Qt::flush;
        return 0;
    }
    if (command.isEmpty()) {
        if (global.isSet(u"help"_s)) {
            m_out << generalHelp() << Qt::flush;
            return 0;
        }
        return usageError(u"no command given (see --help)"_s);
    }
    m_databaseText = global.value(u"database"_s);
    if (global.isSet(u"help"_s))
        rest.prepend(u"--help"_s);
    rest.prepend(programName() + u' ' + command);

    if (command == u"init")
        return init(rest);
    if (command == u"migrate")
        return migrate(rest);
    if (command == u"seed-demo")
        return seedDemo(rest);
    if (command == u"demo-logins")
        return demoLogins(rest);
    if (command == u"user")
        return user(rest);
    if (command == u"backup")
        return backup(rest);
    return usageError(u"unknown command \""_s + command + u"\" (see --help)"_s);
}

} // namespace Accueil
