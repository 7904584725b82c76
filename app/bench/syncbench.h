#pragma once

#include "store/databaseurl.h"

#include <functional>

class QString;

namespace Accueil {

// Live sync between desks on one store: how long a write takes to reach another desk's watcher,
// and what idle desks cost (themselves, and PostgreSQL's server processes).
void syncBenchmarks(const DatabaseUrl &url, int runs,
                    const std::function<void(const QString &name, const std::vector<double> &times,
                                             const QString &extra)> &print);

} // namespace Accueil
