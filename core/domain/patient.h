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
    int version = 0;
};

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
