#include "testmain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the watcher's timers and notifications need its event loop
    return Accueil::Test::runCatch(argc, argv);
}
