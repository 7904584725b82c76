#pragma once

#include <QDate>
#include <QList>

namespace Accueil {

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm): the movable holidays
// hang off it.
[[nodiscard]] QDate easterSunday(int year);

// The 11 public holidays of metropolitan France, in date order: 1 January, Easter Monday, 1 May,
// 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December.
[[nodiscard]] QList<QDate> frenchPublicHolidays(int year);
[[nodiscard]] bool isFrenchPublicHoliday(const QDate &date);

} // namespace Accueil
