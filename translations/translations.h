#pragma once

#include <QString>

class QCoreApplication;

namespace Accueil {

// Installs Accueil's and Qt's translations. language: "fr", "en", or empty for the default:
// French, unless the system asks for another language explicitly.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace Accueil
