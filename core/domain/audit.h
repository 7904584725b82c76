#pragma once

#include "enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Accueil {

// Who is making a change: a staff user at a desk, a patient on the booking page, or the system.
struct Actor
{
    std::optional<qint64> staffId;
    std::optional<qint64> accountId;
    Channel channel = Channel::System;
    QString label;       // initials, "web", "accueil-admin"
    QString workstation; // the desk's computer name, for the audit trail

    [[nodiscard]] static Actor system(const QString &label) { return {{}, {}, Channel::System, label, {}}; }
};

struct AuditEvent
{
    qint64 id = 0;
    qint64 revision = 0;
    QDateTime at;
    std::optional<qint64> actorStaffId;
    std::optional<qint64> actorAccountId;
    QString actorLabel;
    QString actorWorkstation;
    Channel channel = Channel::System;
    QString action; // "create", "update", "import" ...
    QString entity; // table name
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
};

// One row of the change feed: every write gets a monotonic revision that desks use to catch up.
struct Change
{
    qint64 revision = 0;
    QDateTime at;
    QString entity;
    qint64 entityId = 0;
    QString action;
};

} // namespace Accueil
