#include "desksession.h"

#include "auth/staffauth.h"
#include "store/store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

DeskSession::DeskSession(Store &store, StaffUser user, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_user(std::move(user))
    , m_centre(store.centre().value_or(Centre{}))
    , m_zone(m_centre.timeZone.toUtf8())
    , m_scheduler(store)
    , m_directory(store)
    , m_patients(store)
    , m_callbacks(store)
    , m_messaging(store)
    , m_holds(store)
    , m_webBookings(store)
    , m_watcher(new ChangeWatcher(store, this))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone("Europe/Paris");
    // What the other desks and the booking page did shows here at once.
    connect(m_watcher, &ChangeWatcher::changesArrived, this, [this](const std::vector<Change> &changes) {
        static const QStringList directoryTables{u"agenda"_s,  u"appointment_type"_s,     u"practitioner"_s,
                                                 u"service"_s, u"practitioner_service"_s, u"staff_user"_s};
        // A patient logging in at night must not make thirty desks read their day again.
        if (std::any_of(changes.begin(), changes.end(),
                        [](const Change &c) { return directoryTables.contains(c.entity); }))
            m_directory.reload();
        if (std::all_of(changes.begin(), changes.end(),
                        [](const Change &c) { return Store::isBookkeeping(c.entity); }))
            return;
        notifyChanged();
    });
    connect(m_watcher, &ChangeWatcher::connectionLost, this, [this](const QString &reason) {
        m_online = false;
        Q_EMIT onlineChanged(false, reason);
    });
    connect(m_watcher, &ChangeWatcher::connectionRestored, this, [this] {
        m_online = true;
        Q_EMIT onlineChanged(true, {});
        notifyChanged();
    });
}

DeskSession::~DeskSession() = default;

Actor DeskSession::actor() const
{
    return StaffAuth::actorFor(m_user);
}

const Clock &DeskSession::clock() const
{
    return m_store.clock();
}

QDateTime DeskSession::now() const
{
    return m_store.clock().now();
}

QDate DeskSession::today() const
{
    return now().toTimeZone(m_zone).date();
}

QDateTime DeskSession::utcOf(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, m_zone).toUTC();
}

void DeskSession::notifyChanged()
{
    Q_EMIT changed();
}

void DeskSession::reportError(const QString &message)
{
    Q_EMIT errorReported(message);
}

void DeskSession::reportConflict(const QString &message, const std::function<void()> &applyAnyway)
{
    Q_EMIT conflictReported(message, applyAnyway);
}

} // namespace Accueil
