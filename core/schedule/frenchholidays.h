#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Accueil {

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm): the movable holidays
// hang off it.
[[nodiscard]] QDate easterSunday(int year);

// The 11 public holidays of metropolitan France, in date order: 1 January, Easter Monday, 1 May,
// 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December.
[[nodiscard]] QList<QDate> frenchPublicHolidays(int year);
[[nodiscard]] bool isFrenchPublicHoliday(const QDate &date);
// The French name of the public holiday on date ("Lundi de Pâques", "Fête nationale" ...), or an
// empty string on any other day. Labels blocked slots, so it is French whatever the UI language.
[[nodiscard]] QString frenchPublicHolidayName(const QDate &date);

} // namespace Accueil
