#pragma once

#include "apireply.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Accueil {

class Store;

// Answers to the public catalogue reads (practitioners, services, types, free times), kept while
// nothing changes: every request first reads the store's latest revision — the newest row of the
// change feed that is not bookkeeping (Store::isBookkeeping: logins and e-mails sent change no
// answer) — and the clock's minute, and everything kept is dropped as soon as either moved. A desk's booking,
// a closed afternoon or a new template is therefore seen by the very next request, and rules that depend on
// the time (minimum notice, urgent slots' release, the horizon) are decided again each minute, their
// thresholds all being whole minutes. Only successful answers are kept.
class ReadCache
{
public:
    explicit ReadCache(Store &store, qsizetype capacity = 4096);

    // Off: every read is computed (the benchmark's cold figure).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    // The kept answer for key, or compute()'s, kept when it is a 200.
    [[nodiscard]] ApiReply answer(const QString &key, const std::function<ApiReply()> &compute);

    // The store's content revision read by the latest answer() (-1 before the first).
    [[nodiscard]] qint64 revision() const { return m_revision; }

private:
    Store &m_store;
    qsizetype m_capacity;
    bool m_enabled = true;
    qint64 m_revision = -1;
    qint64 m_minute = -1;
    QHash<QString, ApiReply> m_replies;
};

} // namespace Accueil
