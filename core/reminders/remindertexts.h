#pragma once

#include "domain/reminders.h"
#include "portal/portallanguage.h"

#include <QList>
#include <QString>

#include <utility>

namespace Accueil {

// What a reminder's placeholders stand for, for one appointment.
struct ReminderValues
{
    QString patient;      // "Marie DUPONT"
    QString date;         // "mardi 24 novembre 2026" (always with the weekday)
    QString time;         // "10 h 15" / "10:15"
    QString practitioner; // "Dr Jeanne Fournier"
    QString type;         // "Consultation"
    QString centre;
    QString address;
    QString phone; // the centre's
};

// The reminders' texts: the centre's own (reminder_template rows, edited at the desk) or these
// defaults, in French and English, with placeholders in braces.
class ReminderTexts
{
public:
    // The placeholders and what each stands for, in the language (for the settings window).
    [[nodiscard]] static QList<std::pair<QString, QString>> placeholders(Language language);
    [[nodiscard]] static ReminderTemplate defaults(const QString &medium, Language language);
    // The pattern with every known placeholder replaced; unknown braces are left as typed.
    [[nodiscard]] static QString render(const QString &pattern, const ReminderValues &values);
};

} // namespace Accueil
