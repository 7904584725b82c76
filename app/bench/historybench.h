#pragma once

#include <functional>

class QString;

namespace Accueil {

class Store;

// The history's figures on a seeded store: a patient's whole record (the patients with the most
// appointments), and searches by a word of the reason over every year.
void historyBenchmarks(Store &store,
                       const std::function<void(const QString &name, const std::function<void(int)> &body,
                                                const QString &extra)> &measureAndPrint);

} // namespace Accueil
