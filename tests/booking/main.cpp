#include "testmain.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Outside requests the process speaks English; each request's language comes from the request.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // One line per request is for servers, not for test output.
    QLoggingCategory::setFilterRules(QStringLiteral("accueil.booking.info=false"));
    return Accueil::Test::runCatch(argc, argv);
}
