#include "figurescharts.h"

#include "agenda/agendapalette.h"
#include "figurestablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <array>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// Online first: its part of each bar starts at 0 and can be read against the goal line.
constexpr std::array barChannels{Channel::Web, Channel::Desk, Channel::Practitioner, Channel::System};

QColor channelColour(Channel channel)
{
    switch (channel) {
    case Channel::Web:
        return QColor(0x2e, 0x7d, 0x32);
    case Channel::Desk:
        return QColor(0x15, 0x65, 0xc0);
    case Channel::Practitioner:
        return QColor(0xf9, 0xa8, 0x25);
    case Channel::System:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QPen goalPen()
{
    QPen pen(QColor(0xb0, 0x00, 0x20));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    return pen;
}

QValueAxis *percentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(5);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(title);
    return axis;
}

QString goalName()
{
    return FiguresCharts::tr("Goal: %1 online").arg(figuresPercent(CentreFigures::onlineGoal));
}

} // namespace

void FiguresCharts::clear(QChart &chart)
{
    chart.removeAllSeries();
    const QList<QAbstractAxis *> axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        chart.removeAxis(axis);
        delete axis;
    }
}

void FiguresCharts::showChannels(QChart &chart, const FiguresReport &report)
{
    clear(chart);
    chart.setTitle(tr("Appointments by booking channel"));
    // Categories run from the bottom up: the total at the bottom, the first practitioner on top.
    std::vector<const FiguresRow *> rows{&report.total};
    for (auto it = report.practitioners.rbegin(); it != report.practitioners.rend(); ++it)
        rows.push_back(&*it);

    auto *series = new QHorizontalPercentBarSeries;
    series->setObjectName(u"channels"_s);
    QStringList names;
    for (const FiguresRow *row : rows)
        names << row->name;
    for (const Channel channel : barChannels) {
        auto *set = new QBarSet(channelName(channel));
        set->setColor(channelColour(channel));
        set->setBorderColor(channelColour(channel));
        for (const FiguresRow *row : rows)
            set->append(qreal(row->channel(channel).appointments));
        // The numbers behind a bar, under the pointer.
        QObject::connect(set, &QBarSet::hovered, set, [series, set, names](bool entered, int index) {
            if (!entered) {
                QToolTip::hideText();
                return;
            }
            qreal all = 0;
            for (const QBarSet *other : series->barSets())
                all += other->at(index);
            const std::optional<double> share = all > 0 ? std::optional(set->at(index) / all) : std::nullopt;
            const QString count = QLocale().toString(qint64(set->at(index)));
            QToolTip::showText(QCursor::pos(),
                               tr("%1 — %2: %3 appointments, %4")
                                       .arg(names.value(index), set->label(), count, figuresPercent(share)));
        });
        series->append(set);
    }
    chart.addSeries(series);

    auto *goal = new QLineSeries;
    goal->setObjectName(u"goal"_s);
    goal->setName(goalName());
    goal->setPen(goalPen());
    goal->append(CentreFigures::onlineGoal * 100, 0);
    goal->append(CentreFigures::onlineGoal * 100, 1);
    chart.addSeries(goal);

    auto *shares = percentAxis(tr("Share of the appointments, %"));
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    // The goal line spans the whole height on an axis of its own, never shown.
    auto *height = new QValueAxis;
    height->setRange(0, 1);
    height->setVisible(false);
    chart.addAxis(shares, Qt::AlignBottom);
    chart.addAxis(categories, Qt::AlignLeft);
    chart.addAxis(height, Qt::AlignRight);
    series->attachAxis(shares);
    series->attachAxis(categories);
    goal->attachAxis(shares);
    goal->attachAxis(height);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

void FiguresCharts::showOnlineShare(QChart &chart, const std::vector<FiguresPoint> &months)
{
    clear(chart);
    chart.setTitle(tr("Share of appointments booked online, by month"));
    auto *share = new QLineSeries;
    share->setObjectName(u"onlineShare"_s);
    share->setName(channelName(Channel::Web));
    share->setColor(channelColour(Channel::Web));
    share->setPointsVisible(true);
    auto *goal = new QLineSeries;
    goal->setObjectName(u"goal"_s);
    goal->setName(goalName());
    goal->setPen(goalPen());
    QStringList labels;
    for (std::size_t i = 0; i < months.size(); ++i) {
        // The year on the first month and on January only: twelve labels must fit under the chart
        // (and category labels must differ, hence the year everywhere past a year).
        const bool withYear = i == 0 || months[i].from.month() == 1 || months.size() > 12;
        labels << QLocale().toString(months[i].from, withYear ? u"MMM yyyy"_s : u"MMM"_s);
        if (const std::optional<double> rate = months[i].onlineShare())
            share->append(qreal(i), *rate * 100);
        goal->append(qreal(i), CentreFigures::onlineGoal * 100);
    }
    chart.addSeries(share);
    chart.addSeries(goal);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    auto *axisY = percentAxis(tr("Booked online, %"));
    chart.addAxis(axisX, Qt::AlignBottom);
    chart.addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *series : {share, goal}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart.legend()->setAlignment(Qt::AlignBottom);
}

} // namespace Accueil
