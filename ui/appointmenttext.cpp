#include "appointmenttext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

QString AppointmentText::patientName(const Patient &patient)
{
    const QString name = QString(patient.lastName.toUpper() + u' ' + patient.firstName).trimmed();
    // A search may find her by her birth name: say it, or the result looks like a wrong match.
    if (patient.birthName.isEmpty() || patient.birthName.compare(patient.lastName, Qt::CaseInsensitive) == 0)
        return name;
    const QString birth = patient.birthName.toUpper();
    switch (patient.sex) {
    case Sex::Female:
        return tr("%1 (née %2)").arg(name, birth);
    case Sex::Male:
        return tr("%1 (né %2)").arg(name, birth);
    case Sex::Unknown:
        break;
    }
    return tr("%1 (birth name %2)").arg(name, birth);
}

QString AppointmentText::age(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today)
        return {};
    int months = (today.year() - birthDate.year()) * 12 + today.month() - birthDate.month();
    if (today.day() < birthDate.day())
        --months;
    // Infants are counted in months until two (the types for them follow months), babies in days.
    // English is the source language with no translation of its own: the singular is spelt out.
    if (months >= 24)
        return tr("%n years", nullptr, months / 12);
    if (months == 1)
        return tr("1 month");
    if (months > 1)
        return tr("%n months", nullptr, months);
    const int days = int(birthDate.daysTo(today));
    return days == 1 ? tr("1 day") : tr("%n days", nullptr, days);
}

QString AppointmentText::birthDate(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid())
        return {};
    const QString date = birthDate.toString(u"dd/MM/yyyy"_s);
    const QString years = age(birthDate, today);
    return years.isEmpty() ? date : tr("%1 (%2)").arg(date, years);
}

QString AppointmentText::phone(const Patient &patient)
{
    return patient.mobilePhone.isEmpty() ? patient.homePhone : patient.mobilePhone;
}

QString AppointmentText::patientLine(const Patient &patient, const QDate &today)
{
    QStringList parts{patientName(patient)};
    if (const QString born = birthDate(patient.birthDate, today); !born.isEmpty())
        parts << born;
    if (const QString number = phone(patient); !number.isEmpty())
        parts << number;
    return parts.join(u" — "_s);
}

QString AppointmentText::longDate(const QDate &date)
{
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString AppointmentText::dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return longDate(local.date()) + u' ' + local.time().toString(u"HH:mm"_s);
}

QString AppointmentText::time(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).time().toString(u"HH:mm"_s);
}

QString AppointmentText::shortDay(const QDate &date)
{
    return QLocale().toString(date, u"dddd dd/MM"_s);
}

QString AppointmentText::capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

QString AppointmentText::typeChoice(const AppointmentType &type)
{
    if (type.seriesSessions > 0) {
        return tr("%1 — %2 min, %n sessions", nullptr, type.seriesSessions)
                .arg(type.label, QString::number(type.durationMinutes));
    }
    return tr("%1 — %2 min").arg(type.label, QString::number(type.durationMinutes));
}

QString AppointmentText::typeShort(const AppointmentType &type)
{
    return tr("%1 (%2 min)").arg(type.label, QString::number(type.durationMinutes));
}

QString AppointmentText::slotKind(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Desk:
        return tr("Desk");
    case SlotKind::Internet:
        return tr("Internet");
    case SlotKind::Urgent:
        return tr("Urgent of the day");
    case SlotKind::Unavailable:
        return tr("Unavailable");
    }
    return {};
}

} // namespace Accueil
