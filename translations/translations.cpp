#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Accueil {

void installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen = language.toLower();
    if (chosen.isEmpty()) {
        const QLocale system = QLocale::system();
        // The users are French: an unset (C/POSIX) locale means French too.
        chosen = (system.language() == QLocale::C || system.language() == QLocale::French) ? u"fr"_s
                                                                                           : u"en"_s;
    }
    const QLocale locale(chosen == u"fr" ? QLocale::French : QLocale::English,
                         chosen == u"fr" ? QLocale::France : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (chosen != u"fr")
        return; // English is the source language

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"accueil"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace Accueil
