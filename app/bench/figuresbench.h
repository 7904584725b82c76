#pragma once

#include <functional>

class QString;

namespace Accueil {

class Store;

// The centre's figures on a seeded store: the whole centre's table of one month (figures_month,
// target < 500 ms), and that table with the year of monthly online shares the figures window
// draws beside it (figures_month_with_year_chart).
void figuresBenchmarks(Store &store,
                       const std::function<void(const QString &name, const std::function<void(int)> &body,
                                                const QString &extra)> &measureAndPrint);

} // namespace Accueil
