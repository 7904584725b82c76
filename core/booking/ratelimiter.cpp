#include "ratelimiter.h"

#include "clock.h"

namespace Accueil {

namespace {

// Past this many keys the limiter drops the ones whose window has passed.
constexpr qsizetype sweepAbove = 10000;

} // namespace

RateLimiter::RateLimiter(const Clock &clock, int limit, qint64 windowSeconds)
    : m_clock(clock)
    , m_limit(limit)
    , m_window(windowSeconds)
{}

void RateLimiter::prune(const QString &key, qint64 now)
{
    const auto it = m_events.find(key);
    if (it == m_events.end())
        return;
    while (!it->empty() && it->front() <= now - m_window)
        it->pop_front();
    if (it->empty())
        m_events.erase(it);
}

void RateLimiter::pruneAll(qint64 now)
{
    if (m_events.size() < sweepAbove || now - m_lastSweep < 60)
        return;
    m_lastSweep = now;
    for (auto it = m_events.begin(); it != m_events.end();) {
        if (it->empty() || it->back() <= now - m_window)
            it = m_events.erase(it);
        else
            ++it;
    }
}

qint64 RateLimiter::retryAfter(const QString &key)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    prune(key, now);
    const auto it = m_events.constFind(key);
    if (it == m_events.constEnd() || qsizetype(it->size()) < m_limit)
        return 0;
    // The oldest event of the window leaves it then.
    return std::max<qint64>(1, (*it)[it->size() - std::size_t(m_limit)] + m_window - now);
}

void RateLimiter::record(const QString &key)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    pruneAll(now);
    std::deque<qint64> &events = m_events[key];
    events.push_back(now);
    // Only the last `limit` events can ever matter.
    while (qsizetype(events.size()) > m_limit)
        events.pop_front();
}

void RateLimiter::forget(const QString &key)
{
    m_events.remove(key);
}

} // namespace Accueil
