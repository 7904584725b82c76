#include "portallanguage.h"

using namespace Qt::StringLiterals;

namespace Accueil {

Language languageFromKey(QStringView key)
{
    return key.trimmed().left(2).compare(u"en", Qt::CaseInsensitive) == 0 ? Language::English
                                                                          : Language::French;
}

QString toKey(Language language)
{
    return language == Language::English ? u"en"_s : u"fr"_s;
}

QLocale Wording::locale() const
{
    return m_language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::French, QLocale::France);
}

QString Wording::date(const QDate &value) const
{
    return locale().toString(value, u"dddd d MMMM yyyy"_s);
}

QString Wording::time(const QTime &value) const
{
    // French typography writes hours as "10 h 15".
    return m_language == Language::English ? value.toString(u"HH:mm"_s) : value.toString(u"H 'h' mm"_s);
}

QString Wording::dateTime(const QDateTime &instant, const QTimeZone &zone) const
{
    const QDateTime local = instant.toTimeZone(zone);
    return (*this)(u"%1 at %2"_s, u"%1 à %2"_s).arg(date(local.date()), time(local.time()));
}

} // namespace Accueil
