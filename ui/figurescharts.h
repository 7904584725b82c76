#pragma once

#include "figures/centrefigures.h"

#include <QCoreApplication>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Accueil {

// The figures' charts, drawn again from the numbers on each reload. Series carry object names
// ("channels", "onlineShare", "goal") so they can be found whatever the language.
class FiguresCharts
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::FiguresCharts)

public:
    // Per practitioner (top down, the total last), the appointments by booking channel as bars of
    // 100 %, online first from the left, with the centre's goal as a vertical line at 50 %: a bar
    // whose online part reaches the line meets the goal.
    static void showChannels(QChart &chart, const FiguresReport &report);
    // The share of appointments booked online, month by month, with the goal (months without any
    // appointment have no point).
    static void showOnlineShare(QChart &chart, const std::vector<FiguresPoint> &months);

private:
    static void clear(QChart &chart);
};

} // namespace Accueil
