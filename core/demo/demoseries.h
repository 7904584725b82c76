#pragma once

#include "demomodel.h"

#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace Accueil::Demo {

// How the first session of a prescription was booked; every later session repeats it.
struct SeriesBooking
{
    int patient = -1;
    int type = -1; // index in the agenda's types
    Channel channel = Channel::Desk;
    std::optional<qint64> createdBy;
    qint64 createdAt = 0; // UTC seconds: all sessions are booked on the first day
    QString reason;
};

// The running physiotherapy prescriptions of one agenda: ten sessions, twice a week at about the
// same time. Each holds up to two slots of the template week, keyed by weekday and slot index.
class SeriesBook
{
public:
    [[nodiscard]] static int key(int weekday, std::size_t index) { return weekday * 1000 + int(index); }

    // The prescription holding this slot, or nullptr.
    [[nodiscard]] const SeriesBooking *find(int slotKey) const;
    // One session of the prescription holding this slot took place; the last one frees its slots.
    void consume(int slotKey);
    // Holds slotKey (and partnerKey, if >= 0 and free) for the sessions left.
    void start(const SeriesBooking &booking, int sessionsLeft, int slotKey, int partnerKey);
    // A free slot for the second weekly session: three days later if possible, near the same time.
    [[nodiscard]] int partnerKey(const PlannedTemplate &plan, int weekday, std::size_t index) const;

private:
    struct Series
    {
        SeriesBooking booking;
        int remaining = 0;
        std::array<int, 2> keys{-1, -1};
    };

    QHash<int, int> m_bySlot; // slot key -> index in m_series
    std::vector<Series> m_series;
};

} // namespace Accueil::Demo
