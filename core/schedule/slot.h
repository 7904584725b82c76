#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QString>

namespace Accueil {

// One slot of an agenda's grid on a given day, after the template, the day overrides, the blocks
// and the public holidays have been applied.
struct Slot
{
    QDateTime start; // UTC
    QDateTime end;   // UTC
    SlotKind kind = SlotKind::Desk;
    bool blocked = false; // inside a blocked period or a public holiday: nobody books it
    QString label;        // why it is blocked ("Congés", "Lundi de Pâques") or what the extra slot is

    [[nodiscard]] int minutes() const { return int(start.secsTo(end) / 60); }
    // Somebody can book it through some channel (kind and blocks only; appointments not considered).
    [[nodiscard]] bool bookable() const { return !blocked && kind != SlotKind::Unavailable; }
    friend bool operator==(const Slot &, const Slot &) = default;
};

} // namespace Accueil
