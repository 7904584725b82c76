#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace Accueil {

class Clock;

// At most `limit` events per key in a sliding window, in memory (a restart forgets them). Keys
// are client addresses or e-mail addresses; they never leave this object.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int limit, qint64 windowSeconds);

    // Seconds until the key may have one more event; 0 when it may now.
    [[nodiscard]] qint64 retryAfter(const QString &key);
    void record(const QString &key);
    void forget(const QString &key);

private:
    void prune(const QString &key, qint64 now);
    void pruneAll(qint64 now);

    const Clock &m_clock;
    int m_limit;
    qint64 m_window;
    QHash<QString, std::deque<qint64>> m_events;
    qint64 m_lastSweep = 0;
};

} // namespace Accueil
