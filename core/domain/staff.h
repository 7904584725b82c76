#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Accueil {

// Someone who logs into the desk: a secretary, a practitioner, the coordinator or an administrator.
struct StaffUser
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString initials; // shown on every record the user creates or changes
    Role role = Role::Secretary;
    QString passwordHash;                 // libsodium Argon2id string, never the password
    std::optional<qint64> practitionerId; // set when the user is a practitioner
    bool active = true;
    QDateTime createdAt;
    bool doNotDisturb = false; // a practitioner in consultation: only urgent messages notify
    QDateTime webBookingsSeenAt; // when this user last looked at the new web bookings
    int version = 0;
};

} // namespace Accueil
