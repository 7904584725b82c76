#include "patientdirectory.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// 1–31 / 1–12 / 2 or 4 digits, separated by / - or . ; or eight digits ddMMyyyy; or ISO.
QDate readDate(const QString &token, const QDate &today)
{
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    int day = 0;
    int month = 0;
    int year = 0;
    if (const auto m = iso.match(token); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto d = dmy.match(token); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(2).toInt();
        year = d.captured(3).toInt();
        if (d.captured(3).size() == 2) {
            year += 2000;
            if (year > today.year())
                year -= 100;
        }
    } else if (token.size() == 8 && allDigits(token)) {
        day = token.left(2).toInt();
        month = token.mid(2, 2).toInt();
        year = token.mid(4).toInt();
        if (year < 1890 || year > today.year())
            return {};
    } else {
        return {};
    }
    return QDate(year, month, day);
}

bool looksLikeDate(const QString &token)
{
    static const QRegularExpression shape(u"^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}$"_s);
    return shape.match(token).hasMatch();
}

} // namespace

PatientQuery PatientQuery::parse(const QString &text, const QDate &today)
{
    PatientQuery query;
    const QString trimmed = text.trimmed();
    // "06 12 34 56 78" or "06.12.34": a phone number typed in groups is one number.
    QString compact = trimmed;
    compact.remove(QRegularExpression(u"[\\s.]"_s));
    if (compact.size() >= 3 && allDigits(compact) && !readDate(compact, today).isValid()
        && trimmed.contains(QRegularExpression(u"[\\s.]"_s))) {
        query.phones << compact;
        return query;
    }
    for (const QString &token : trimmed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (const QDate date = readDate(token, today); date.isValid()) {
            query.birthDate = date;
            continue;
        }
        if (looksLikeDate(token)) {
            query.impossible = true;
            continue;
        }
        QString digitsOnly = token;
        digitsOnly.remove(QRegularExpression(u"[+()-]"_s));
        if (allDigits(digitsOnly)) {
            if (digitsOnly.startsWith(u"33"_s) && digitsOnly.size() == 11 && token.startsWith(u'+'))
                digitsOnly = u'0' + digitsOnly.mid(2);
            if (digitsOnly.size() >= 3)
                query.phones << digitsOnly;
            continue;
        }
        for (const QString &word : foldForSearch(token).split(u' ', Qt::SkipEmptyParts))
            query.words << word;
    }
    return query;
}

PatientDirectory::PatientDirectory(Store &store) : m_store(store) {}

std::vector<Patient> PatientDirectory::search(const QString &text, int limit)
{
    const QTimeZone zone(m_store.centre().value_or(Centre{}).timeZone.toUtf8());
    const PatientQuery query = PatientQuery::parse(text, m_store.clock().now().toTimeZone(zone).date());
    if (query.isEmpty() || query.impossible || limit <= 0)
        return {};
    QStringList conditions;
    QVariantList values;
    for (const QString &word : query.words) {
        conditions << u"search_text LIKE ?"_s;
        values << QString(u"% "_s + word + u'%');
    }
    for (const QString &phone : query.phones) {
        conditions << u"search_text LIKE ?"_s;
        values << QString(u'%' + phone + u'%');
    }
    if (query.birthDate.isValid()) {
        conditions << u"birth_date = ?"_s;
        values << query.birthDate.toString(Qt::ISODate);
    }
    return m_store.select<Patient>(conditions.join(u" AND "_s), values,
                                   u"last_name, first_name, birth_date, id LIMIT "_s
                                           + QString::number(limit));
}

void PatientDirectory::validate(Patient &patient) const
{
    patient.lastName = patient.lastName.simplified();
    patient.firstName = patient.firstName.simplified();
    patient.birthName = patient.birthName.simplified();
    patient.mobilePhone = patient.mobilePhone.simplified();
    patient.homePhone = patient.homePhone.simplified();
    patient.email = patient.email.trimmed();
    if (patient.lastName.isEmpty() || patient.firstName.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("A patient needs a last name and a first name."),
                         u"name_required"_s);
    const QDate today = m_store.clock().now().date();
    if (patient.birthDate.isValid() && (patient.birthDate > today || patient.birthDate.year() < 1890))
        throw StoreError(StoreError::Kind::Invalid, tr("The birth date is not plausible."), u"birth_date"_s);
    if (!patient.email.isEmpty() && !patient.email.contains(u'@'))
        throw StoreError(StoreError::Kind::Invalid, tr("The e-mail address is not valid."), u"email"_s);
}

Patient PatientDirectory::create(Patient patient, const Actor &actor)
{
    validate(patient);
    patient.id = 0;
    return m_store.insert(patient, actor);
}

Patient PatientDirectory::update(Patient patient, const Actor &actor)
{
    validate(patient);
    return m_store.update(patient, actor);
}

} // namespace Accueil
