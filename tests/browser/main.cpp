#include "testmain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the server, the DevTools socket and the timers need it
    return Accueil::Test::runCatch(argc, argv);
}
