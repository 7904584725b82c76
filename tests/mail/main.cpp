#include "testmain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Accueil::Test::runCatch(argc, argv);
}
