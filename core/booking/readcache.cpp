#include "readcache.h"

#include "clock.h"
#include "store/store.h"

namespace Accueil {

ReadCache::ReadCache(Store &store, qsizetype capacity) : m_store(store), m_capacity(capacity) {}

ApiReply ReadCache::answer(const QString &key, const std::function<ApiReply()> &compute)
{
    if (!m_enabled)
        return compute();
    const qint64 revision = m_store.latestContentRevision();
    const qint64 minute = m_store.clock().now().toSecsSinceEpoch() / 60;
    if (revision != m_revision || minute != m_minute || m_replies.size() >= m_capacity) {
        m_replies.clear();
        m_revision = revision;
        m_minute = minute;
    }
    if (const auto kept = m_replies.constFind(key); kept != m_replies.constEnd())
        return *kept;
    ApiReply reply = compute();
    if (reply.status == HttpStatus::Ok)
        m_replies.insert(key, reply);
    return reply;
}

} // namespace Accueil
