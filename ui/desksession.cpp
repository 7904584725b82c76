#include "desksession.h"

#include "auth/staffauth.h"
#include "store/store.h"

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
{
    if (!m_zone.isValid())
        m_zone = QTimeZone("Europe/Paris");
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

} // namespace Accueil
