#include "calendarfeeds.h"

#include "domain/practitioner.h"
#include "portal/portalsecrets.h"
#include "store/store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int tokenBytes = 32;
constexpr qsizetype tokenLength = 43; // 32 bytes in unpadded base64url
constexpr QStringView suffix = u".ics";

bool isTokenCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
           || c == u'_';
}

bool isToken(QStringView text)
{
    return text.size() == tokenLength && std::all_of(text.begin(), text.end(), isTokenCharacter);
}

} // namespace

CalendarFeeds::CalendarFeeds(Store &store) : m_store(store) {}

IssuedCalendarFeed CalendarFeeds::create(qint64 practitionerId, bool showPatients, const Actor &actor)
{
    const QDateTime now = m_store.clock().now();
    Transaction transaction(m_store.database());
    // Two desks making an address at once must not leave two live ones: on PostgreSQL the
    // practitioner's row keeps them apart (SQLite writers already queue up at BEGIN IMMEDIATE).
    if (m_store.database().isPostgres())
        m_store.database().run(u"SELECT id FROM practitioner WHERE id = ? FOR UPDATE"_s, {practitionerId});
    std::ignore = m_store.get<Practitioner>(practitionerId); // NotFound for an unknown practitioner
    checkAllowed(practitionerId, actor);
    for (CalendarFeed old :
         m_store.select<CalendarFeed>(u"practitioner_id = ? AND revoked_at IS NULL"_s, {practitionerId})) {
        old.revokedAt = now;
        m_store.update(old, actor, u"revoke"_s);
    }
    IssuedCalendarFeed issued;
    issued.token = Secrets::randomToken(tokenBytes);
    CalendarFeed &feed = issued.feed;
    feed.practitionerId = practitionerId;
    feed.tokenHash = Secrets::sha256Hex(issued.token);
    feed.showPatients = showPatients;
    feed.createdBy = actor.staffId;
    feed.createdAt = now;
    feed = m_store.insert(feed, actor);
    transaction.commit();
    return issued;
}

CalendarFeed CalendarFeeds::revoke(qint64 feedId, const Actor &actor)
{
    Transaction transaction(m_store.database());
    CalendarFeed feed = m_store.get<CalendarFeed>(feedId);
    checkAllowed(feed.practitionerId, actor);
    if (!feed.revokedAt.isValid()) {
        feed.revokedAt = m_store.clock().now();
        feed = m_store.update(feed, actor, u"revoke"_s);
    }
    transaction.commit();
    return feed;
}

CalendarFeed CalendarFeeds::setShowPatients(qint64 feedId, int expectedVersion, bool showPatients,
                                            const Actor &actor)
{
    Transaction transaction(m_store.database());
    CalendarFeed feed = m_store.get<CalendarFeed>(feedId);
    checkAllowed(feed.practitionerId, actor);
    if (feed.revokedAt.isValid()) {
        throw StoreError(StoreError::Kind::Invalid,
                         tr("This calendar address has been revoked; make a new one."), u"revoked"_s);
    }
    feed.version = expectedVersion; // a stale copy fails with VersionConflict
    feed.showPatients = showPatients;
    feed = m_store.update(feed, actor, showPatients ? u"show_patients"_s : u"hide_patients"_s);
    transaction.commit();
    return feed;
}

std::optional<CalendarFeed> CalendarFeeds::activeFor(qint64 practitionerId)
{
    const std::vector<CalendarFeed> feeds = m_store.select<CalendarFeed>(
            u"practitioner_id = ? AND revoked_at IS NULL"_s, {practitionerId}, u"created_at DESC, id DESC"_s);
    if (feeds.empty())
        return std::nullopt;
    return feeds.front();
}

std::optional<CalendarFeed> CalendarFeeds::byToken(QStringView token)
{
    // What cannot be a token never reaches the database.
    if (!isToken(token))
        return std::nullopt;
    const std::vector<CalendarFeed> feeds = m_store.select<CalendarFeed>(
            u"token_hash = ? AND revoked_at IS NULL"_s, {Secrets::sha256Hex(token.toString())});
    if (feeds.empty())
        return std::nullopt;
    return feeds.front();
}

bool CalendarFeeds::mayManage(const StaffUser &user, qint64 practitionerId)
{
    if (!user.active)
        return false;
    if (user.role == Role::Admin || user.role == Role::Coordinator)
        return true;
    return user.practitionerId && *user.practitionerId == practitionerId;
}

QString CalendarFeeds::path(const QString &token)
{
    return u"/calendar/"_s + token + suffix;
}

std::optional<QString> CalendarFeeds::tokenOfFileName(QStringView fileName)
{
    if (!fileName.endsWith(suffix))
        return std::nullopt;
    const QStringView token = fileName.chopped(suffix.size());
    if (!isToken(token))
        return std::nullopt;
    return token.toString();
}

void CalendarFeeds::checkAllowed(qint64 practitionerId, const Actor &actor)
{
    if (!actor.staffId && actor.channel == Channel::System && !actor.accountId)
        return; // accueil-admin
    const std::optional<StaffUser> user
            = actor.staffId ? m_store.find<StaffUser>(*actor.staffId) : std::optional<StaffUser>();
    if (!user || !mayManage(*user, practitionerId)) {
        throw StoreError(StoreError::Kind::RuleRefused,
                         tr("Only the practitioner, the coordinator or an administrator can change this "
                            "calendar address."),
                         u"forbidden"_s);
    }
}

} // namespace Accueil
