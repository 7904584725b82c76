#include "remindertexts.h"

using namespace Qt::StringLiterals;

namespace Accueil {

QList<std::pair<QString, QString>> ReminderTexts::placeholders(Language language)
{
    const Wording say(language);
    return {{u"{patient}"_s, say(u"the patient's name"_s, u"le nom du patient"_s)},
            {u"{date}"_s, say(u"the day, with its weekday"_s, u"le jour, avec le jour de la semaine"_s)},
            {u"{time}"_s, say(u"the time"_s, u"l'heure"_s)},
            {u"{practitioner}"_s, say(u"the practitioner"_s, u"le praticien"_s)},
            {u"{type}"_s, say(u"the type of appointment"_s, u"le type de rendez-vous"_s)},
            {u"{centre}"_s, say(u"the centre's name"_s, u"le nom du centre"_s)},
            {u"{address}"_s, say(u"the centre's address"_s, u"l'adresse du centre"_s)},
            {u"{phone}"_s, say(u"the centre's phone"_s, u"le téléphone du centre"_s)}};
}

ReminderTemplate ReminderTexts::defaults(const QString &medium, Language language)
{
    const Wording say(language);
    ReminderTemplate text;
    text.medium = medium;
    text.language = toKey(language);
    if (medium == u"sms") {
        // Short: one text message in most cases.
        text.body
                = say(u"{centre}: appointment on {date} at {time} with {practitioner}. If you cannot come, "
                      "please call {phone}."_s,
                      // Only characters of the GSM alphabet (no no-break space, no "ê"): one SMS holds
                      // 160 of them, against 70 in Unicode.
                      // Short too: with a usual centre name it fits in one SMS.
                      u"{centre} : RDV le {date} à {time} avec {practitioner}. Si vous ne pouvez pas venir, "
                      "appelez le {phone}."_s);
        return text;
    }
    text.subject = say(u"Reminder: your appointment on {date} at {time}"_s,
                       u"Rappel\u00a0: votre rendez-vous le {date} à {time}"_s);
    text.body = say(u"Hello {patient},\n\nThis is a reminder of your appointment:\n\n"
                    "  {date} at {time}\n  with {practitioner} ({type})\n  {centre}, {address}\n\n"
                    "If you cannot come, please tell us as early as possible on {phone} or cancel it on the "
                    "booking page: another patient will be glad of the time.\n\n{centre}\n"_s,
                    u"Bonjour {patient},\n\nNous vous rappelons votre rendez-vous\u00a0:\n\n"
                    "  le {date} à {time}\n  avec {practitioner} ({type})\n  {centre}, {address}\n\n"
                    "En cas d'empêchement, merci de nous prévenir au plus tôt au {phone} ou d'annuler sur "
                    "le site de rendez-vous\u00a0: un autre patient sera heureux de prendre ce créneau.\n\n"
                    "{centre}\n"_s);
    return text;
}

QString ReminderTexts::render(const QString &pattern, const ReminderValues &values)
{
    const QList<std::pair<QStringView, const QString *>> known{
            {u"{patient}", &values.patient}, {u"{date}", &values.date},
            {u"{time}", &values.time},       {u"{practitioner}", &values.practitioner},
            {u"{type}", &values.type},       {u"{centre}", &values.centre},
            {u"{address}", &values.address}, {u"{phone}", &values.phone}};
    // One pass from left to right: a value holding braces is never read as a placeholder.
    QString result;
    result.reserve(pattern.size() + 64);
    qsizetype from = 0;
    while (from < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', from);
        if (open < 0)
            break;
        result += QStringView(pattern).mid(from, open - from);
        from = open + 1;
        result += u'{';
        for (const auto &[name, value] : known) {
            if (QStringView(pattern).mid(open).startsWith(name)) {
                result.chop(1);
                result += *value;
                from = open + name.size();
                break;
            }
        }
    }
    result += QStringView(pattern).mid(from);
    return result;
}

} // namespace Accueil
