#include "figuresbench.h"

#include "figures/centrefigures.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace Accueil {

void figuresBenchmarks(Store &store,
                       const std::function<void(const QString &, const std::function<void(int)> &,
                                                const QString &)> &measureAndPrint)
{
    const QDate today = store.clock().now().toTimeZone(CentreFigures(store).zone()).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto lastDay = [](const QDate &first) { return first.addMonths(1).addDays(-1); };
    // Each run counts another month going back in time (five years of them), so no run is served
    // by the pages the previous one read.
    const auto month = [&](int i) { return thisMonth.addMonths(-(i % 60)); };
    const FiguresReport current = CentreFigures(store).report(thisMonth, lastDay(thisMonth));
    const QString extra = u"practitioners=%1 appointments_this_month=%2 online_share=%3 backend=%4"_s
                                  .arg(current.practitioners.size())
                                  .arg(current.total.all().appointments)
                                  .arg(current.total.onlineShare().value_or(0), 0, 'f', 3)
                                  .arg(store.database().isPostgres() ? u"postgresql"_s : u"sqlite"_s);

    measureAndPrint(
            u"figures_month"_s,
            [&](int i) {
                // A new object each run, as the figures window makes one per reload.
                CentreFigures figures(store);
                const QDate first = month(i);
                static_cast<void>(figures.report(first, lastDay(first)));
            },
            extra);
    measureAndPrint(
            u"figures_month_with_year_chart"_s,
            [&](int i) {
                CentreFigures figures(store);
                const QDate first = month(i);
                static_cast<void>(figures.report(first, lastDay(first)));
                static_cast<void>(
                        figures.series(first.addMonths(-11), lastDay(first), CentreFigures::Step::Month));
            },
            extra);
}

} // namespace Accueil
