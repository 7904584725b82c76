#include "frenchholidays.h"

using namespace Qt::StringLiterals;

namespace Accueil {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return {year, n / 31, n % 31 + 1};
}

QList<QDate> frenchPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    // clang-format off
    return {
        QDate(year, 1, 1),
        easter.addDays(1),  // lundi de Pâques
        QDate(year, 5, 1),
        QDate(year, 5, 8),
        easter.addDays(39), // Ascension
        easter.addDays(50), // lundi de Pentecôte
        QDate(year, 7, 14),
        QDate(year, 8, 15),
        QDate(year, 11, 1),
        QDate(year, 11, 11),
        QDate(year, 12, 25),
    };
    // clang-format on
}

bool isFrenchPublicHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    const int month = date.month();
    const int day = date.day();
    // The fixed dates first: no Easter computation for most days.
    if ((month == 1 && day == 1) || (month == 5 && (day == 1 || day == 8)) || (month == 7 && day == 14)
        || (month == 8 && day == 15) || (month == 11 && (day == 1 || day == 11))
        || (month == 12 && day == 25))
        return true;
    // Movable feasts fall between 23 March (Easter Monday) and 14 June (latest Whit Monday).
    if (month < 3 || month > 6)
        return false;
    const qint64 offset = easterSunday(date.year()).daysTo(date);
    return offset == 1 || offset == 39 || offset == 50;
}

QString frenchPublicHolidayName(const QDate &date)
{
    if (!date.isValid())
        return {};
    switch (date.month() * 100 + date.day()) {
    case 101:
        return u"Jour de l'an"_s;
    case 501:
        return u"Fête du Travail"_s;
    case 508:
        return u"Victoire 1945"_s;
    case 714:
        return u"Fête nationale"_s;
    case 815:
        return u"Assomption"_s;
    case 1101:
        return u"Toussaint"_s;
    case 1111:
        return u"Armistice 1918"_s;
    case 1225:
        return u"Noël"_s;
    default:
        break;
    }
    if (date.month() < 3 || date.month() > 6)
        return {};
    switch (easterSunday(date.year()).daysTo(date)) {
    case 1:
        return u"Lundi de Pâques"_s;
    case 39:
        return u"Ascension"_s;
    case 50:
        return u"Lundi de Pentecôte"_s;
    default:
        return {};
    }
}

} // namespace Accueil
