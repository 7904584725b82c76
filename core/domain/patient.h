#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Accueil {

struct Patient
{
    qint64 id = 0;
    QString lastName;
    QString birthName;
    QString firstName;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString mobilePhone;
    QString homePhone;
    QString email;
    QString address;
    QString notes; // desk notes, plain text
    bool remindersOptOut = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Derived, for the desk's search as you type: the names folded (lower case, no accents) and the
    // phone numbers' digits, " dupont martin marie 0612345678 ". The store refreshes it on every
    // write (patientSearchText), so no writer can forget it.
    QString searchText;
    int version = 0;
};

// Lower case, accents and punctuation removed, words separated by one space: "Lefèvre-Hélène" →
// "lefevre helene". What a secretary types and what is stored compare in this form.
[[nodiscard]] QString foldForSearch(QStringView text);
[[nodiscard]] QString patientSearchText(const Patient &patient);

// A login for the booking page. One account holds the patient who owns it and their dependants
// (children, an elderly parent), so a family no longer shares one identity.
struct PatientAccount
{
    qint64 id = 0;
    QString email;
    QString passwordHash;
    qint64 holderPatientId = 0;
    QDateTime emailVerifiedAt;
    QDateTime createdAt;
    bool active = true;
    QString language = QStringLiteral("fr"); // of the e-mails: "fr" or "en"
    int version = 0;
};

struct AccountMember
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 patientId = 0;
    QString relation; // "self", "child", "parent", "spouse", "other"
    int version = 0;
};

} // namespace Accueil
