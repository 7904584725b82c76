#pragma once

#include "figures/centrefigures.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>

namespace Accueil {

// "42.5%" in the default locale ("42,5 %" in French), "—" when there is no rate.
[[nodiscard]] QString figuresPercent(const std::optional<double> &rate);

// The figures of a period, one row per practitioner and the total last (in bold). Counts and rates
// show as text in the locale; RateRole and CountRole give the numbers themselves.
class FiguresTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresTableModel)

public:
    enum Column {
        Name, // the practitioner, or "Total"
        Appointments,
        Desk, // booked at the desk
        Web,  // booked online
        ByPractitioner,
        BySystem,
        OnlineShare,
        InternetFill,
        UrgentUsed,
        NoShows,
        NoShowRate,
        LateCancellations,
        LateCancelRate,
        ColumnCount
    };
    enum Role {
        RateRole = Qt::UserRole, // double in [0, 1] for rate columns, invalid when there is none
        CountRole,               // qint64 for count columns
        PractitionerIdRole,      // qint64, 0 on the total row
    };

    explicit FiguresTableModel(QObject *parent = nullptr);

    void setReport(const FiguresReport &report);
    [[nodiscard]] const FiguresReport &report() const { return m_report; }
    // The practitioners' rows then the total.
    [[nodiscard]] const FiguresRow &row(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    FiguresReport m_report;
};

// The whole selection's no-shows and late cancellations per booking channel.
class ChannelFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelFiguresModel)

public:
    enum Column {
        ChannelColumn,
        Appointments,
        Passed,
        NoShows,
        Excused,
        NoShowRate,
        Cancellations,
        LateCancellations,
        LateCancelRate,
        ColumnCount
    };

    explicit ChannelFiguresModel(QObject *parent = nullptr);

    void setFigures(const FiguresByChannel &figures);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    FiguresByChannel m_figures{};
};

} // namespace Accueil
