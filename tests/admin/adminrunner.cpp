#include "adminrunner.h"

#include "catch.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

AdminRun runAdmin(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ACCUEIL_DATABASE"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACCUEIL_ADMIN_EXE), arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(600000));
    AdminRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString urlText(const DatabaseUrl &url)
{
    return url.displayString();
}

} // namespace Accueil::Test
