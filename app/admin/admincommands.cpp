// The commands of accueil-admin (the dispatcher is in admincli.cpp).
#include "admincli.h"
#include "auth/passwordhasher.h"
#include "clock.h"
#include "demo/demoseeder.h"
#include "store/schema.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Accueil {

std::optional<QString> readPasswordLine(bool fromStdin, QTextStream &err); // admincli.cpp

namespace {

// Parses one command's options; returns an exit code when the command must stop here (help, error).
std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &args,
                                const QString &description, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description);
    parser.addOption({u"database"_s, u"The centre's database URL (default: $ACCUEIL_DATABASE)."_s, u"URL"_s});
    parser.addOption({{u"h"_s, u"help"_s}, u"Show this help."_s});
    if (!parser.parse(args)) {
        err << "accueil-admin: " << parser.errorText() << " (see " << args.value(0) << " --help)\n"
            << Qt::flush;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        // The usage line names the command too: "Usage: accueil-admin init [options]".
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(u" [options]"_s);
        if (help.startsWith(u"Usage: "_s) && end > 0)
            help.replace(7, end - 7, args.value(0));
        out << help << Qt::flush;
        return 0;
    }
    return std::nullopt;
}

std::optional<int> parsePositiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int AdminCli::init(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"name"_s, u"The centre's name."_s, u"NAME"_s, u"Centre de santé"_s});
    parser.addOption({u"time-zone"_s, u"The centre's IANA time zone."_s, u"ZONE"_s, u"Europe/Paris"_s});
    if (auto code
        = parseOptions(parser, args, u"Create the schema and the centre in a new database."_s, m_out, m_err))
        return *code;
    const QString zone = parser.value(u"time-zone"_s);
    if (!QTimeZone(zone.toUtf8()).isValid())
        return usageError(u"unknown time zone \""_s + zone + u"\" (for example Europe/Paris)"_s);
    if (parser.value(u"name"_s).trimmed().isEmpty())
        return usageError(u"the centre's name is empty"_s);

    QString createdFile;
    try {
        const DatabaseUrl url = DatabaseUrl::parse(databaseText(parser));
        if (url.backend() == DatabaseUrl::Backend::Sqlite && !QFileInfo::exists(url.path()))
            createdFile = url.path();
        auto db = Database::open(url, Database::Create::Yes);
        const int current = Schema::currentVersion(*db);
        if (current > 0) {
            return failure(u"the database "_s + url.displayString() + u" is already initialised (schema "_s
                           + QString::number(current) + u"); use \"accueil-admin migrate\" to upgrade it"_s);
        }
        // Schema and centre in one transaction: a failure leaves nothing behind.
        Transaction transaction(*db);
        Schema::migrate(*db, [this](int done, int total) { progress(u"migration"_s, done * 100 / total); });
        Store store(std::move(db), m_clock);
        Centre centre;
        centre.name = parser.value(u"name"_s).trimmed();
        centre.timeZone = zone;
        store.insert(centre, Actor::system(programName()));
        transaction.commit();
        m_out << "Initialised " << url.displayString() << " (schema " << Schema::latestVersion() << ") for \""
              << centre.name << "\".\n"
              << Qt::flush;
        return 0;
    } catch (const StoreError &error) {
        if (!createdFile.isEmpty())
            removeSqliteFiles(createdFile);
        return failure(error.message());
    }
}

int AdminCli::migrate(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto code
        = parseOptions(parser, args, u"Bring the schema up to this version of Accueil."_s, m_out, m_err))
        return *code;
    try {
        const DatabaseUrl url = DatabaseUrl::parse(databaseText(parser));
        auto db = Database::open(url);
        if (Schema::currentVersion(*db) == 0)
            return failure(u"the database "_s + url.displayString()
                           + u" has no Accueil schema; run \"accueil-admin init\""_s);
        const int applied = Schema::migrate(
                *db, [this](int done, int total) { progress(u"migration"_s, done * 100 / total); });
        m_out << (applied == 0
                          ? u"The schema is up to date (version %1).\n"_s.arg(Schema::latestVersion())
                          : u"Applied %1 migration(s); the schema is at version %2.\n"_s.arg(applied).arg(
                                  Schema::latestVersion()))
              << Qt::flush;
        return 0;
    } catch (const StoreError &error) {
        return failure(error.message());
    }
}

int AdminCli::seedDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"years"_s, u"Years of past appointments (default 2)."_s, u"N"_s, u"2"_s});
    parser.addOption(
            {u"seed"_s, u"Random seed: the same seed gives the same centre (default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"patients"_s, u"Number of patients (default 10000)."_s, u"N"_s, u"10000"_s});
    if (auto code
        = parseOptions(parser, args, u"Fill an empty database with the demo centre."_s, m_out, m_err))
        return *code;
    const auto years = parsePositiveInt(parser.value(u"years"_s));
    if (!years || *years > 30)
        return usageError(u"--years takes a whole number from 0 to 30"_s);
    const auto patients = parsePositiveInt(parser.value(u"patients"_s));
    if (!patients || *patients < 100 || *patients > 1000000)
        return usageError(u"--patients takes a whole number from 100 to 1000000"_s);
    bool seedOk = false;
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(u"--seed takes a whole non-negative number"_s);

    try {
        auto store = Store::open(DatabaseUrl::parse(databaseText(parser)), m_clock);
        DemoOptions options;
        options.years = *years;
        options.seed = seed;
        options.patients = *patients;
        // One transaction for the whole demo: interrupted or failed, it leaves the database as it was.
        Transaction transaction(store->database());
        DemoSeeder(*store, options).run([this](const QString &stage, int percent) {
            progress(stage, percent);
        });
        transaction.commit();
        m_out << "The demo centre is ready.\n" << Qt::flush;
        printDemoLogins();
        return 0;
    } catch (const StoreError &error) {
        return failure(error.message());
    }
}

int AdminCli::demoLogins(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto code = parseOptions(parser, args, u"Print the demo centre's staff logins."_s, m_out, m_err))
        return *code;
    printDemoLogins();
    return 0;
}

void AdminCli::printDemoLogins()
{
    m_out << "Demo logins (password for all: demo):\n";
    for (const DemoLogin &login : DemoSeeder::logins())
        m_out << "  " << login.login.leftJustified(16) << login.role.leftJustified(14) << login.name << "\n";
    m_out << Qt::flush;
}

int AdminCli::user(const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args;
    if (!action.startsWith(u'-') && !action.isEmpty())
        rest.removeAt(1);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"add, list or passwd LOGIN"_s);
    parser.addOption({u"login"_s, u"Login (add)."_s, u"LOGIN"_s});
    parser.addOption({u"name"_s, u"Display name (add)."_s, u"NAME"_s});
    parser.addOption({u"initials"_s, u"Initials recorded on every change the user makes (add)."_s, u"XX"_s});
    parser.addOption({u"role"_s, u"secretary, practitioner, coordinator or admin (add)."_s, u"ROLE"_s});
    parser.addOption(
            {u"practitioner-id"_s, u"The practitioner this user is (role practitioner)."_s, u"ID"_s});
    parser.addOption({u"password-stdin"_s, u"Read the password from standard input."_s});
    if (auto code
        = parseOptions(parser, rest, u"Manage staff accounts: user add | user list | user passwd LOGIN."_s,
                       m_out, m_err))
        return *code;
    if (action != u"add" && action != u"list" && action != u"passwd")
        return usageError(u"user takes add, list or passwd (see accueil-admin user --help)"_s);

    try {
        auto store = Store::open(DatabaseUrl::parse(databaseText(parser)), m_clock);
        if (action == u"list") {
            for (const StaffUser &staff : store->select<StaffUser>({}, {}, u"login"_s)) {
                m_out << staff.login.leftJustified(18) << staff.initials.leftJustified(5)
                      << toKey(staff.role).leftJustified(14) << (staff.active ? u""_s : u"(inactive) "_s)
                      << staff.displayName << "\n";
            }
            m_out << Qt::flush;
            return 0;
        }

        const bool adding = action == u"add";
        StaffUser staff;
        if (adding) {
            for (const QString &required : {u"login"_s, u"name"_s, u"initials"_s, u"role"_s}) {
                if (parser.value(required).trimmed().isEmpty())
                    return usageError(u"user add needs --"_s + required);
            }
            const auto role = fromKey<Role>(parser.value(u"role"_s));
            if (!role)
                return usageError(u"unknown role \""_s + parser.value(u"role"_s)
                                  + u"\" (secretary, practitioner, coordinator or admin)"_s);
            staff.login = parser.value(u"login"_s).trimmed();
            staff.displayName = parser.value(u"name"_s).trimmed();
            staff.initials = parser.value(u"initials"_s).trimmed().toUpper();
            staff.role = *role;
            if (parser.isSet(u"practitioner-id"_s)) {
                bool ok = false;
                staff.practitionerId = parser.value(u"practitioner-id"_s).toLongLong(&ok);
                if (!ok)
                    return usageError(u"--practitioner-id takes a number"_s);
            }
            if (store->staffByLogin(staff.login))
                return failure(u"a staff user with the login \""_s + staff.login + u"\" already exists"_s);
        } else {
            const QStringList positional = parser.positionalArguments();
            if (positional.isEmpty())
                return usageError(u"user passwd needs the LOGIN"_s);
            const auto found = store->staffByLogin(positional.first());
            if (!found)
                return failure(u"no staff user has the login \""_s + positional.first() + u"\""_s);
            staff = *found;
        }

        const auto password = readPasswordLine(parser.isSet(u"password-stdin"_s), m_err);
        if (!password)
            return usageError(u"give the password on standard input with --password-stdin"_s);
        if (password->size() < 8)
            return failure(u"the password must have at least 8 characters"_s);
        staff.passwordHash = PasswordHasher().hash(*password);
        const Actor actor = Actor::system(programName());
        if (adding) {
            staff = store->insert(staff, actor);
            m_out << "Added " << toKey(staff.role) << " " << staff.login << " (" << staff.initials << ").\n";
        } else {
            store->update(staff, actor, u"password"_s);
            m_out << "Changed the password of " << staff.login << ".\n";
        }
        m_out << Qt::flush;
        return 0;
    } catch (const StoreError &error) {
        return failure(error.message());
    }
}

int AdminCli::backup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"to"_s, u"The backup file to write (must not exist)."_s, u"FILE"_s});
    if (auto code
        = parseOptions(parser, args, u"Back up the centre's database while it is in use."_s, m_out, m_err))
        return *code;
    const QString target = parser.value(u"to"_s);
    if (target.isEmpty())
        return usageError(u"backup needs --to FILE"_s);
    try {
        const DatabaseUrl url = DatabaseUrl::parse(databaseText(parser));
        if (url.backend() == DatabaseUrl::Backend::Postgres) {
            return failure(u"backup copies SQLite files; for PostgreSQL use pg_dump, for example:\n"
                           "  pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=%4 %5\n"
                           "and restore with pg_restore --dbname=... %4"_s.arg(url.host())
                                   .arg(url.port())
                                   .arg(url.user().isEmpty() ? u"postgres"_s : url.user(), target,
                                        url.databaseName()));
        }
        if (QFileInfo::exists(target))
            return failure(u"the file "_s + target + u" already exists; choose a new name"_s);
        if (!QFileInfo(target).absoluteDir().exists())
            return failure(u"the folder of "_s + target + u" does not exist"_s);
        auto db = Database::open(url);
        const QVariant handle = db->handle().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return failure(u"the SQLite driver does not expose its handle"_s);
        sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());

        sqlite3 *destination = nullptr;
        const QByteArray targetPath = QFile::encodeName(target);
        if (sqlite3_open_v2(targetPath.constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
            sqlite3_close(destination);
            QFile::remove(target);
            return failure(u"cannot create "_s + target + u": "_s + why);
        }
        // The online backup API copies pages while desks keep working; it restarts by itself if
        // someone writes meanwhile.
        sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source, "main");
        int rc = copy ? SQLITE_OK : sqlite3_errcode(destination);
        while (copy && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)) {
            rc = sqlite3_backup_step(copy, 2048);
            const int total = sqlite3_backup_pagecount(copy);
            if (total > 0)
                progress(u"backup"_s, (total - sqlite3_backup_remaining(copy)) * 100 / total);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        }
        if (copy)
            sqlite3_backup_finish(copy);
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(destination);
        if (rc != SQLITE_DONE) {
            QFile::remove(target);
            return failure(u"the backup failed: "_s + why);
        }
        m_out << "Backed up " << url.displayString() << " to " << target << ".\n" << Qt::flush;
        return 0;
    } catch (const StoreError &error) {
        return failure(error.message());
    }
}

QString AdminCli::databaseText(const QCommandLineParser &parser) const
{
    if (parser.isSet(u"database"_s))
        return parser.value(u"database"_s);
    if (!m_databaseText.isEmpty())
        return m_databaseText;
    return qEnvironmentVariable("ACCUEIL_DATABASE");
}

} // namespace Accueil
