#include "figurestablemodel.h"

#include "agenda/agendapalette.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QVariant rateValue(const std::optional<double> &rate)
{
    return rate ? QVariant(*rate) : QVariant();
}

constexpr Qt::Alignment numberAlignment = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QString figuresPercent(const std::optional<double> &rate)
{
    if (!rate)
        return FiguresTableModel::tr("—", "no rate: nothing to count");
    const QString value = QLocale().toString(*rate * 100.0, 'f', 1);
    return FiguresTableModel::tr("%1%", "a percentage; French: %1 %").arg(value);
}

FiguresTableModel::FiguresTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FiguresTableModel::setReport(const FiguresReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const FiguresRow &FiguresTableModel::row(int row) const
{
    return row < int(m_report.practitioners.size()) ? m_report.practitioners[std::size_t(row)]
                                                    : m_report.total;
}

int FiguresTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.practitioners.size()) + 1;
}

int FiguresTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FiguresRow &figures = row(index.row());
    const ChannelFigures all = figures.all();
    const auto count = [&]() -> std::optional<qint64> {
        switch (index.column()) {
        case Appointments:
            return all.appointments;
        case Desk:
            return figures.channel(Channel::Desk).appointments;
        case Web:
            return figures.channel(Channel::Web).appointments;
        case ByPractitioner:
            return figures.channel(Channel::Practitioner).appointments;
        case BySystem:
            return figures.channel(Channel::System).appointments;
        case NoShows:
            return all.noShows;
        case LateCancellations:
            return all.lateCancellations;
        default:
            return std::nullopt;
        }
    };
    const auto rate = [&]() -> std::optional<std::optional<double>> {
        switch (index.column()) {
        case OnlineShare:
            return figures.onlineShare();
        case InternetFill:
            return figures.internetFillRate();
        case UrgentUsed:
            return figures.urgentUseRate();
        case NoShowRate:
            return all.noShowRate();
        case LateCancelRate:
            return all.lateCancelRate();
        default:
            return std::nullopt;
        }
    };

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return figures.name;
        if (const auto value = count())
            return number(*value);
        if (const auto value = rate())
            return figuresPercent(*value);
        return {};
    case Qt::ToolTipRole: {
        switch (index.column()) {
        case OnlineShare: {
            const QString goal = figuresPercent(CentreFigures::onlineGoal);
            return tr("%1 of %2 appointments booked online; the centre's goal is %3.")
                    .arg(number(figures.channel(Channel::Web).appointments), number(all.appointments), goal);
        }
        case InternetFill:
            return tr("%1 of %2 minutes of internet slots booked, over the whole period.")
                    .arg(number(figures.internetFilledMinutes), number(figures.internetMinutes));
        case UrgentUsed:
            return tr("%1 of %2 urgent slots used, over the whole period.")
                    .arg(number(figures.urgentSlotsUsed), number(figures.urgentSlots));
        case NoShows:
        case NoShowRate:
            return tr("%1 no-shows out of %2 appointments already started; %3 excused no-shows are not "
                      "counted.")
                    .arg(number(all.noShows), number(all.passed), number(all.excusedNoShows));
        case LateCancellations:
        case LateCancelRate: {
            const qint64 booked = all.appointments + all.cancellations;
            return tr("%1 cancelled late by the patient, out of %2 appointments and cancellations.")
                    .arg(number(all.lateCancellations), number(booked));
        }
        default:
            return {};
        }
    }
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(numberAlignment);
    case Qt::FontRole:
        if (!figures.practitionerId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RateRole:
        if (const auto value = rate())
            return rateValue(*value);
        return {};
    case CountRole:
        if (const auto value = count())
            return *value;
        return {};
    case PractitionerIdRole:
        return figures.practitionerId.value_or(0);
    default:
        return {};
    }
}

QVariant FiguresTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Appointments:
            return tr("Appointments not cancelled that start in the period, whatever their status.");
        case Desk:
            return tr("Booked by the secretariat at the desk or on the phone.");
        case Web:
            return tr("Booked by patients on the booking page.");
        case ByPractitioner:
            return tr("Booked by the practitioners themselves.");
        case BySystem:
            return tr("Imported or created by the system.");
        case OnlineShare:
            return tr("Appointments booked online out of all appointments; the goal is half of them.");
        case InternetFill:
            return tr("Minutes of internet slots covered by an appointment, out of all minutes of internet "
                      "slots in the period. Blocked slots are not counted.");
        case UrgentUsed:
            return tr("Urgent slots holding an appointment, out of all urgent slots in the period.");
        case NoShows:
        case NoShowRate:
            return tr("Patients who did not come and did not excuse themselves, out of the appointments "
                      "already started.");
        case LateCancellations:
        case LateCancelRate:
            return tr("Cancelled for the patient inside the cancellation deadline, out of all appointments "
                      "and cancellations of the period.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Practitioner");
    case Appointments:
        return tr("Appointments");
    case Desk:
        return channelName(Channel::Desk);
    case Web:
        return channelName(Channel::Web);
    case ByPractitioner:
        return tr("By practitioner", "booked by the practitioner from the consultation room");
    case BySystem:
        return channelName(Channel::System);
    case OnlineShare:
        return tr("Online share");
    case InternetFill:
        return tr("Internet slots filled");
    case UrgentUsed:
        return tr("Urgent slots used");
    case NoShows:
        return tr("No-shows");
    case NoShowRate:
        return tr("No-show rate");
    case LateCancellations:
        return tr("Late cancellations");
    case LateCancelRate:
        return tr("Late-cancel rate");
    default:
        return {};
    }
}

ChannelFiguresModel::ChannelFiguresModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChannelFiguresModel::setFigures(const FiguresByChannel &figures)
{
    m_figures = figures;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChannelFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(figuresChannels.size());
}

int ChannelFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Channel channel = figuresChannels[std::size_t(index.row())];
    const ChannelFigures &figures = m_figures[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == ChannelColumn ? QVariant() : QVariant(numberAlignment);
    if (role == FiguresTableModel::RateRole) {
        if (index.column() == NoShowRate)
            return rateValue(figures.noShowRate());
        if (index.column() == LateCancelRate)
            return rateValue(figures.lateCancelRate());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ChannelColumn:
        return channelName(channel);
    case Appointments:
        return number(figures.appointments);
    case Passed:
        return number(figures.passed);
    case NoShows:
        return number(figures.noShows);
    case Excused:
        return number(figures.excusedNoShows);
    case NoShowRate:
        return figuresPercent(figures.noShowRate());
    case Cancellations:
        return number(figures.cancellations);
    case LateCancellations:
        return number(figures.lateCancellations);
    case LateCancelRate:
        return figuresPercent(figures.lateCancelRate());
    default:
        return {};
    }
}

QVariant ChannelFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Booked through");
    case Appointments:
        return tr("Appointments");
    case Passed:
        return tr("Already started");
    case NoShows:
        return tr("No-shows");
    case Excused:
        return tr("Excused no-shows");
    case NoShowRate:
        return tr("No-show rate");
    case Cancellations:
        return tr("Cancellations");
    case LateCancellations:
        return tr("Late cancellations");
    case LateCancelRate:
        return tr("Late-cancel rate");
    default:
        return {};
    }
}

} // namespace Accueil
