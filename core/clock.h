#pragma once

#include <QDateTime>

namespace Accueil {

// Every rule that depends on "now" asks a Clock, so tests can put the centre on any date,
// including both daylight-saving changes of the year.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0; // UTC

    [[nodiscard]] static const Clock &system();
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(std::move(now).toUTC()) {}

    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Accueil
