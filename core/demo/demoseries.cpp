#include "demoseries.h"

#include <array>

namespace Accueil::Demo {

const SeriesBooking *SeriesBook::find(int slotKey) const
{
    const auto found = m_bySlot.constFind(slotKey);
    return found == m_bySlot.cend() ? nullptr : &m_series[std::size_t(*found)].booking;
}

void SeriesBook::consume(int slotKey)
{
    const auto found = m_bySlot.constFind(slotKey);
    if (found == m_bySlot.cend())
        return;
    Series &series = m_series[std::size_t(*found)];
    if (--series.remaining > 0)
        return;
    for (int key : series.keys)
        m_bySlot.remove(key);
}

void SeriesBook::start(const SeriesBooking &booking, int sessionsLeft, int slotKey, int partnerKey)
{
    if (sessionsLeft <= 0 || m_bySlot.contains(slotKey))
        return; // the slot already belongs to another prescription
    Series series;
    series.booking = booking;
    series.remaining = sessionsLeft;
    series.keys = {slotKey, partnerKey >= 0 && !m_bySlot.contains(partnerKey) ? partnerKey : -1};
    // Reuse a finished prescription's place so the list stays small.
    std::size_t place = 0;
    while (place < m_series.size() && m_series[place].remaining > 0)
        ++place;
    if (place == m_series.size()) {
        m_series.push_back(std::move(series));
    } else {
        m_series[place] = std::move(series);
    }
    for (int key : m_series[place].keys) {
        if (key >= 0)
            m_bySlot.insert(key, int(place));
    }
}

int SeriesBook::partnerKey(const PlannedTemplate &plan, int weekday, std::size_t index) const
{
    const int preferred = weekday + 3 <= 5 ? weekday + 3 : weekday - 2;
    const std::array days{preferred,   weekday + 2, weekday - 2, weekday + 4,
                          weekday - 3, weekday + 1, weekday - 1};
    constexpr std::array offsets{0, 1, -1, 2, -2};
    for (int other : days) {
        if (other < 1 || other > 6 || other == weekday)
            continue;
        const std::vector<Slot> &grid = plan.days[std::size_t(other)];
        for (int offset : offsets) {
            const qint64 candidate = qint64(index) + offset;
            if (candidate < 0 || candidate >= qint64(grid.size()))
                continue;
            const int slotKey = key(other, std::size_t(candidate));
            if (!m_bySlot.contains(slotKey))
                return slotKey;
        }
    }
    return -1;
}

} // namespace Accueil::Demo
