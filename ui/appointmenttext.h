#pragma once

#include "domain/agenda.h"
#include "domain/enums.h"
#include "domain/patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Accueil {

// The words of the appointment dialog, all plain text. Dates always carry the weekday and the full
// date: bookings made for the wrong day are the desk's most frequent mistake.
class AppointmentText
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentText)

public:
    // "MARTIN Louise".
    [[nodiscard]] static QString patientName(const Patient &patient);
    // "46 years", "4 months", "12 days" on `today`.
    [[nodiscard]] static QString age(const QDate &birthDate, const QDate &today);
    // "17/05/1980 (46 years)", or empty when the birth date is unknown.
    [[nodiscard]] static QString birthDate(const QDate &birthDate, const QDate &today);
    // The mobile phone, else the home phone.
    [[nodiscard]] static QString phone(const Patient &patient);
    // "MARTIN Louise — 17/05/1980 (46 years) — 06 12 34 56 78", leaving out what is unknown.
    [[nodiscard]] static QString patientLine(const Patient &patient, const QDate &today);

    // "Tuesday 16 June 2026" in the default locale (French in the application: "mardi 16 juin 2026").
    [[nodiscard]] static QString longDate(const QDate &date);
    // "Tuesday 16 June 2026 10:15" in the centre's zone.
    [[nodiscard]] static QString dateTime(const QDateTime &utc, const QTimeZone &zone);
    // "10:15".
    [[nodiscard]] static QString time(const QDateTime &utc, const QTimeZone &zone);
    // "Tuesday 16/06": the short form the OK button repeats, weekday included.
    [[nodiscard]] static QString shortDay(const QDate &date);
    // "mardi …" → "Mardi …" at the start of a sentence.
    [[nodiscard]] static QString capitalised(const QString &text);

    // "Consultation nourrisson — 30 min", "Rééducation — 30 min, 10 sessions".
    [[nodiscard]] static QString typeChoice(const AppointmentType &type);
    // "Consultation (15 min)".
    [[nodiscard]] static QString typeShort(const AppointmentType &type);
    [[nodiscard]] static QString slotKind(SlotKind kind);
};

} // namespace Accueil
