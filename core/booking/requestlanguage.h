#pragma once

#include "portal/portallanguage.h"
#include "textlocale.h"

#include <QLocale>

#include <optional>

namespace Accueil {

class ApiRequest;

// The language of a request: ?lang=fr|en, else the first of French or English in Accept-Language,
// else French.
[[nodiscard]] Language requestLanguage(const ApiRequest &request);

// While a request is handled, the core's sentences (the scheduler's refusals, professions' names)
// come out in the request's language: a translator installed once for the application answers
// in the language of the thread's current request, and nothing outside a request; the weekdays
// and months in those sentences follow through the thread's textLocale().
class LanguageScope
{
public:
    explicit LanguageScope(Language language);
    ~LanguageScope();
    Q_DISABLE_COPY_MOVE(LanguageScope)

    // Loads the French catalogue and installs the translator, once per application (queued to
    // the main thread when called from another one).
    static void installTranslator();

private:
    std::optional<Language> m_previous;
    TextLocaleScope m_locale;
};

} // namespace Accueil
