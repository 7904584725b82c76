#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Accueil {

// A template week ("maquette"): from validFrom (until validTo, if set) the agenda repeats the
// template's ranges every week.
struct ScheduleTemplate
{
    qint64 id = 0;
    qint64 agendaId = 0;
    QString label;
    QDate validFrom;
    QDate validTo; // null: open-ended
    int version = 0;
};

// One range of a template week: on weekday (1 = Monday), from startMinute to endMinute local time,
// slots of slotMinutes of the given kind.
struct TemplateRange
{
    qint64 id = 0;
    qint64 templateId = 0;
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0;
    int slotMinutes = 15;
    SlotKind kind = SlotKind::Desk;
    int version = 0;
};

// A change to one agenda over a period: a block (absence, training, holidays) or a slot override.
struct ScheduleException
{
    qint64 id = 0;
    qint64 agendaId = 0;
    QString action;  // "block", "set_kind", "split", "merge", "extra"
    QDateTime start; // UTC
    QDateTime end;   // UTC
    SlotKind kind = SlotKind::Unavailable;
    int slotMinutes = 0;
    QString label;
    QDateTime createdAt;
    int version = 0;
};

// A time a desk is booking right now: while the appointment dialog is open on it, other desks show
// "being booked by SV". It lapses by itself if the desk goes away (expiresAt); never deleted.
struct SlotHold
{
    qint64 id = 0;
    qint64 agendaId = 0;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    qint64 staffId = 0;
    QString label; // who holds it: their initials
    QDateTime expiresAt;
    int version = 0;
};

} // namespace Accueil
