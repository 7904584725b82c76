#pragma once

#include <functional>

class QString;

namespace Accueil {

class Store;

// The desk's figures on a seeded store: opening the day view of every agenda, moving to the next
// day (both including the paint), and painting a full day view.
void deskBenchmarks(Store &store,
                    const std::function<void(const QString &name, const std::function<void(int)> &body,
                                             const QString &extra)> &measureAndPrint);

} // namespace Accueil
