#include "admincli.h"
#include "clock.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accueil-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Accueil::AdminCli(out, err, Accueil::Clock::system()).run(QCoreApplication::arguments());
}
