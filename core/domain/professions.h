#pragma once

#include <QString>
#include <QStringList>

namespace Accueil {

// Practitioners store their profession as a stable key ("gp", "physiotherapist" ...); people read
// its name in their language.
[[nodiscard]] QString professionName(const QString &key);
// The known keys in the order the desk groups its columns (GPs first).
[[nodiscard]] const QStringList &professionKeys();
// Where a profession goes in that order; unknown keys go last.
[[nodiscard]] int professionRank(const QString &key);

} // namespace Accueil
