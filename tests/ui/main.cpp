#include "testmain.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Real widgets under the offscreen platform unless the caller chose another (e.g. xcb on Xvfb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The desk remembers views in the user's settings: tests get their own, thrown away after.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    return Accueil::Test::runCatch(argc, argv);
}
