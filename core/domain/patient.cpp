#include "patient.h"

using namespace Qt::StringLiterals;

namespace Accueil {

QString foldForSearch(QStringView text)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped; ligatures ("œ")
    // have no decomposition and are spelt out.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (c == u'œ' || c == u'Œ')
                folded += u"oe"_s;
            else if (c == u'æ' || c == u'Æ')
                folded += u"ae"_s;
            else if (c == u'ß')
                folded += u"ss"_s;
            else
                folded += c.toLower();
            space = false;
        } else if (!space) {
            folded += u' ';
            space = true;
        }
    }
    if (folded.endsWith(u' '))
        folded.chop(1);
    return folded;
}

namespace {

QString digits(const QString &phone)
{
    QString result;
    for (const QChar c : phone) {
        if (c.isDigit())
            result += c;
    }
    // +33 6 12 34 56 78 is found by 0612345678 as well.
    if (result.startsWith(u"33"_s) && result.size() == 11 && phone.trimmed().startsWith(u'+'))
        result = u'0' + result.mid(2);
    return result;
}

} // namespace

QString patientSearchText(const Patient &patient)
{
    QString text = u" "_s + foldForSearch(patient.lastName);
    if (!patient.birthName.isEmpty())
        text += u' ' + foldForSearch(patient.birthName);
    text += u' ' + foldForSearch(patient.firstName);
    for (const QString &phone : {patient.mobilePhone, patient.homePhone}) {
        const QString number = digits(phone);
        if (!number.isEmpty())
            text += u' ' + number;
    }
    return text + u' ';
}

} // namespace Accueil
