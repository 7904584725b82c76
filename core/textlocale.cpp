#include "textlocale.h"

namespace Accueil {

namespace {

thread_local std::optional<QLocale> threadLocale;

} // namespace

QLocale textLocale()
{
    return threadLocale.value_or(QLocale());
}

TextLocaleScope::TextLocaleScope(const QLocale &locale) : m_previous(threadLocale)
{
    threadLocale = locale;
}

TextLocaleScope::~TextLocaleScope()
{
    threadLocale = m_previous;
}

} // namespace Accueil
