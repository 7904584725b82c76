#pragma once

#include "domain/enums.h"
#include "domain/practitioner.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Accueil {

class Store;

// The booking channels in the order the figures list them (the order of the enum).
inline constexpr std::array figuresChannels{Channel::Desk, Channel::Web, Channel::Practitioner,
                                            Channel::System};

// The appointments of a period booked through one channel (or all of them). A period is a range
// of local dates in the centre's zone; an appointment belongs to the day it starts.
struct ChannelFigures
{
    qint64 appointments = 0;      // not cancelled, whatever their status
    qint64 passed = 0;            // of those, started before now (the store's clock)
    qint64 noShows = 0;           // of those, no-shows the patient did not excuse
    qint64 excusedNoShows = 0;    // no-shows excused: neither counted as no-shows nor left out of `passed`
    qint64 cancellations = 0;     // cancelled, by anyone, whenever
    qint64 lateCancellations = 0; // of those, cancelled for the patient inside the deadline

    // noShows / passed; none when nothing has passed yet.
    [[nodiscard]] std::optional<double> noShowRate() const;
    // lateCancellations / (appointments + cancellations); none when there were neither.
    [[nodiscard]] std::optional<double> lateCancelRate() const;

    ChannelFigures &operator+=(const ChannelFigures &other);
    friend bool operator==(const ChannelFigures &, const ChannelFigures &) = default;
};

using FiguresByChannel = std::array<ChannelFigures, figuresChannels.size()>;

// One practitioner's figures over a period (all their agendas together), or the total of the
// practitioners shown. Rates are fractions (0.25 is 25 %), none when their denominator is zero.
struct FiguresRow
{
    std::optional<qint64> practitionerId; // none: the total row
    QString name;                         // "Dr Claire Fabre", "Total"
    FiguresByChannel byChannel{};
    // Slots of the period, past and future alike (for a month under way, the coming days count
    // with what is booked so far). Blocked slots (absences, public holidays) are not offered and
    // not counted.
    qint64 internetMinutes = 0;       // minutes of internet-kind slots
    qint64 internetFilledMinutes = 0; // of those, minutes covered by a non-cancelled appointment
    qint64 urgentSlots = 0;           // urgent-of-the-day slots
    qint64 urgentSlotsUsed = 0;       // of those, slots overlapped by a non-cancelled appointment

    [[nodiscard]] const ChannelFigures &channel(Channel channel) const { return byChannel[int(channel)]; }
    [[nodiscard]] ChannelFigures all() const;
    // Booked online / all appointments (the centre's goal is onlineGoal).
    [[nodiscard]] std::optional<double> onlineShare() const;
    [[nodiscard]] std::optional<double> internetFillRate() const;
    [[nodiscard]] std::optional<double> urgentUseRate() const;
    [[nodiscard]] std::optional<double> noShowRate() const { return all().noShowRate(); }
    [[nodiscard]] std::optional<double> lateCancelRate() const { return all().lateCancelRate(); }
    [[nodiscard]] bool isEmpty() const;

    FiguresRow &operator+=(const FiguresRow &other); // adds the counts; keeps id and name
};

// The figures of a period: one row per practitioner (by name), their total, and the no-shows per
// channel (the total's byChannel).
struct FiguresReport
{
    QDate from; // local dates, both included
    QDate to;
    QDateTime computedAt; // "now" for the no-shows (UTC)
    std::vector<FiguresRow> practitioners;
    FiguresRow total;
};

// One point of a chart's series: the appointments of the local dates [from, to].
struct FiguresPoint
{
    QDate from;
    QDate to;
    FiguresByChannel byChannel{};

    [[nodiscard]] ChannelFigures all() const;
    [[nodiscard]] std::optional<double> onlineShare() const;
};

// The centre's figures for the desk (issue 7): per practitioner and period, the appointments by
// booking channel and the share booked online, the fill rate of internet slots, the urgent slots
// used, the no-show and late-cancellation rates. Only the practitioners' agendas count (rooms and
// equipment are booked alongside a practitioner's appointment). Counting is done by the database
// (GROUP BY, both backends); the slots come from the scheduler's grid, so absences, exceptions and
// public holidays are taken into account as the desk shows them. Errors are StoreError.
class CentreFigures
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::CentreFigures)

public:
    static constexpr double onlineGoal = 0.5; // half of the appointments booked online
    static constexpr int maxPoints = 400;     // a series longer than this asks for a longer step

    enum class Step {
        Day,
        Week, // Monday to Sunday
        Month
    };

    explicit CentreFigures(Store &store);

    [[nodiscard]] QTimeZone zone() const { return m_scheduler.zone(); }

    // The figures of the local dates [from, to] for the given practitioners (all when empty).
    // Practitioners no longer active are listed only when they have figures in the period.
    [[nodiscard]] FiguresReport report(const QDate &from, const QDate &to,
                                       const QList<qint64> &practitionerIds = {});
    // The appointments by channel per day, week or month from the step that holds `from` to the
    // one that holds `to` (e.g. the last 12 months for the online share chart).
    [[nodiscard]] std::vector<FiguresPoint> series(const QDate &from, const QDate &to, Step step,
                                                   const QList<qint64> &practitionerIds = {});
    // The practitioners who have an agenda, by name (for the desk's filter), active ones only
    // unless told otherwise.
    [[nodiscard]] std::vector<Practitioner> practitioners(bool includeInactive = false);

private:
    [[nodiscard]] qint64 localMidnight(const QDate &date) const;
    // "g.kind = 'practitioner' …" with the practitioner filter; appends its values.
    [[nodiscard]] static QString agendaFilter(const QList<qint64> &practitionerIds, QVariantList &values);
    void countAppointments(std::vector<FiguresRow> &rows, qint64 fromSecs, qint64 toSecs, qint64 nowSecs,
                           const QList<qint64> &practitionerIds);
    void countSlots(std::vector<FiguresRow> &rows, const QDate &from, const QDate &to,
                    const QList<qint64> &practitionerIds);

    Store &m_store;
    Scheduler m_scheduler;
};

} // namespace Accueil
