#pragma once

#include "store/databaseurl.h"

#include <QString>
#include <QStringList>

namespace Accueil::Test {

// One run of the real accueil-admin executable.
struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs accueil-admin with arguments (and optional standard input), waiting for it to finish.
AdminRun runAdmin(const QStringList &arguments, const QByteArray &input = {});

// The URL as accueil-admin takes it on its command line (test databases have no password).
[[nodiscard]] QString urlText(const DatabaseUrl &url);

} // namespace Accueil::Test
