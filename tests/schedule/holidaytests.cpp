#include "catch.h"
#include "schedule/frenchholidays.h"

using namespace Qt::StringLiterals;
using namespace Accueil;

TEST_CASE("Easter Sunday of known years", "[unit][holidays]")
{
    CHECK(easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25));
    // The extremes of the Gregorian computus.
    CHECK(easterSunday(2285) == QDate(2285, 3, 22));
    CHECK(easterSunday(2038).dayOfWeek() == Qt::Sunday);
}

TEST_CASE("The eleven public holidays of 2026 and their names", "[unit][holidays]")
{
    const QList<QDate> expected = {
            QDate(2026, 1, 1),  QDate(2026, 4, 6),   QDate(2026, 5, 1),   QDate(2026, 5, 8),
            QDate(2026, 5, 14), QDate(2026, 5, 25),  QDate(2026, 7, 14),  QDate(2026, 8, 15),
            QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25),
    };
    const QStringList names = {
            u"Jour de l'an"_s,
            u"Lundi de Pâques"_s,
            u"Fête du Travail"_s,
            u"Victoire 1945"_s,
            u"Ascension"_s,
            u"Lundi de Pentecôte"_s,
            u"Fête nationale"_s,
            u"Assomption"_s,
            u"Toussaint"_s,
            u"Armistice 1918"_s,
            u"Noël"_s,
    };
    CHECK(frenchPublicHolidays(2026) == expected);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected[i].toString(Qt::ISODate).toStdString());
        CHECK(frenchPublicHolidayName(expected[i]) == names[i]);
    }

    // Every day of the year agrees: exactly these eleven have a name and are holidays.
    int named = 0;
    for (QDate date(2026, 1, 1); date.year() == 2026; date = date.addDays(1)) {
        INFO(date.toString(Qt::ISODate).toStdString());
        const bool holiday = expected.contains(date);
        CHECK(isFrenchPublicHoliday(date) == holiday);
        CHECK(frenchPublicHolidayName(date).isEmpty() == !holiday);
        named += frenchPublicHolidayName(date).isEmpty() ? 0 : 1;
    }
    CHECK(named == 11);
}

TEST_CASE("Movable holidays follow Easter from year to year", "[unit][holidays]")
{
    // 2027: Easter 28 March.
    CHECK(frenchPublicHolidayName(QDate(2027, 3, 29)) == u"Lundi de Pâques"_s);
    CHECK(frenchPublicHolidayName(QDate(2027, 5, 6)) == u"Ascension"_s);
    CHECK(frenchPublicHolidayName(QDate(2027, 5, 17)) == u"Lundi de Pentecôte"_s);
    // Sundays of Easter and Pentecost are not public holidays of their own.
    CHECK(frenchPublicHolidayName(QDate(2027, 3, 28)).isEmpty());
    CHECK(frenchPublicHolidayName(QDate(2027, 5, 16)).isEmpty());
    CHECK(frenchPublicHolidayName(QDate(2026, 12, 26)).isEmpty());
    CHECK(frenchPublicHolidayName(QDate()).isEmpty());
    CHECK_FALSE(isFrenchPublicHoliday(QDate()));
}
