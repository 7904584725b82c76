#include "testmain.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The scheduler's refusals write dates in the default locale: English, whatever the machine's.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return Accueil::Test::runCatch(argc, argv);
}
