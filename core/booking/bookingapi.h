#pragma once

#include "apireply.h"
#include "apirequest.h"
#include "portal/portalsettings.h"
#include "ratelimiter.h"
#include "readcache.h"
#include "router.h"
#include "websecurity.h"

#include <QHttpServerRequest>

#include <memory>

namespace Accueil {

class Catalogue;
class Clock;
class JsonViews;
class Store;
class StoreError;

struct BookingApiOptions
{
    PortalSettings portal;
    HostPolicy hosts;
    bool tls = false;                   // cookies get Secure, responses Strict-Transport-Security
    QList<QHostAddress> trustedProxies; // whose X-Forwarded-For is believed
    bool cacheReads = true;             // keep catalogue answers until the store or the minute moves
};

// The booking page's HTTP API (docs/booking-api.md) over the portal services: every request goes
// through the same checks — Host, Origin, route, size, CSRF, session — then a thin handler that
// parses, calls core/portal and answers JSON. Whatever goes wrong becomes an error answer: a
// StoreError by its kind and code, anything unexpected a 503 with nothing changed.
class BookingApi
{
public:
    static constexpr qsizetype maxBody = 16 * 1024;

    BookingApi(Store &store, const Clock &clock, BookingApiOptions options);
    ~BookingApi();
    Q_DISABLE_COPY_MOVE(BookingApi)

    [[nodiscard]] ApiReply handle(const QHttpServerRequest &request);
    void setOptions(BookingApiOptions options);
    [[nodiscard]] const BookingApiOptions &options() const { return m_options; }

private:
    ApiReply dispatch(ApiRequest &request, QString &routeName);
    void finish(const ApiRequest &request, ApiReply &reply) const;
    [[nodiscard]] ApiReply replyFor(const StoreError &error, Language language);
    [[nodiscard]] static ApiReply unavailable(Language language);
    [[nodiscard]] ApiReply tooMany(qint64 retryAfter, Language language) const;
    [[nodiscard]] JsonViews views();
    void addRoutes();

    // Catalogue (apicatalogue.cpp)
    ApiReply centre(ApiRequest &request);
    ApiReply practitioners(ApiRequest &request);
    ApiReply services(ApiRequest &request);
    ApiReply types(ApiRequest &request);
    ApiReply availability(ApiRequest &request);
    // The catalogue the kept answers are computed from: one that remembers the agendas' structure
    // while the store's revision stays, a fresh one each time when reads are not kept.
    Catalogue &catalogue(Language language);
    // The catalogue reads go through m_reads, keyed by route, parameters and language.
    ApiReply cachedRead(const ApiRequest &request, const QString &key,
                        const std::function<ApiReply()> &compute);
    ApiReply page(ApiRequest &request);
    ApiReply asset(ApiRequest &request);
    // Accounts (apiaccounts.cpp)
    ApiReply signUp(ApiRequest &request);
    ApiReply verifyEmail(ApiRequest &request);
    ApiReply requestPasswordReset(ApiRequest &request);
    ApiReply setPassword(ApiRequest &request);
    ApiReply login(ApiRequest &request);
    ApiReply logout(ApiRequest &request);
    ApiReply me(ApiRequest &request);
    ApiReply addDependant(ApiRequest &request);
    ApiReply setReminders(ApiRequest &request);
    // Bookings and messages (apibookings.cpp)
    ApiReply listBookings(ApiRequest &request);
    ApiReply book(ApiRequest &request);
    ApiReply cancel(ApiRequest &request);
    ApiReply reschedule(ApiRequest &request);
    ApiReply sendMessage(ApiRequest &request);
    // Practitioners' calendar addresses (apicalendar.cpp)
    ApiReply calendarFeed(ApiRequest &request);

    Store &m_store;
    BookingApiOptions m_options;
    Router m_router;
    ReadCache m_reads;
    std::unique_ptr<Catalogue> m_catalogue;
    qint64 m_catalogueRevision = -1;
    RateLimiter m_loginsByEmail;
    RateLimiter m_loginsByAddress;
    RateLimiter m_signUps;
    RateLimiter m_resets;
    RateLimiter m_resetMails;     // per address typed: nobody's inbox gets flooded
    RateLimiter m_calendarMisses; // unknown or revoked calendar addresses, per client
    bool m_reconnect = false;
};

} // namespace Accueil
