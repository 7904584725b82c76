#pragma once

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Accueil {

class Clock;

// accueil-admin: create, migrate, seed and back up a centre's database. Kept out of main() so the
// tests can drive it in-process as well as through the executable.
class AdminCli
{
public:
    AdminCli(QTextStream &out, QTextStream &err, const Clock &clock);

    // arguments as QCoreApplication::arguments() gives them (program name first). Returns the exit
    // code: 0 success, 1 the work failed, 2 the command line is wrong.
    int run(const QStringList &arguments);

    [[nodiscard]] static QString programName() { return QStringLiteral("accueil-admin"); }

private:
    int init(const QStringList &args);
    int migrate(const QStringList &args);
    int seedDemo(const QStringList &args);
    int demoLogins(const QStringList &args);
    int user(const QStringList &args);
    int backup(const QStringList &args);

    int usageError(const QString &message);
    int failure(const QString &message);
    void progress(const QString &stage, int percent);
    void printDemoLogins();
    // --database after the command, else before it, else $ACCUEIL_DATABASE.
    [[nodiscard]] QString databaseText(const QCommandLineParser &parser) const;

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QString m_databaseText;
    QString m_lastProgress;
};

} // namespace Accueil
