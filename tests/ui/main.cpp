#include "testmain.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Real widgets under the offscreen platform unless the caller chose another (e.g. xcb on Xvfb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Accueil::Test::runCatch(argc, argv);
}
