#pragma once

#include "domain/schedule.h"

#include <QStringView>

#include <vector>

namespace Accueil::Demo {

// The template week ("maquette") of a demo agenda, as TemplateRange rows without a template id.
// index tells colleagues of the same profile apart (each has their own day off and habits);
// slotMinutes overrides the GP slot length (20 for the template a GP used before switching to 15).
[[nodiscard]] std::vector<TemplateRange> weekPlan(QStringView profile, int index, int slotMinutes = 0);

} // namespace Accueil::Demo
