// Practitioners' private calendar addresses: GET /calendar/<token>.ics.
#include "bookingapi.h"
#include "desk/calendarfeeds.h"
#include "domain/practitioner.h"
#include "icalfeed.h"
#include "store/store.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Accueil {

ApiReply BookingApi::calendarFeed(ApiRequest &request)
{
    // Tokens are 256 random bits, so guessing is hopeless; the limit keeps a guesser from
    // keeping the database busy. A phone still polling a revoked address stays far below it.
    const QString address = request.remoteAddress().toString();
    if (const qint64 wait = m_calendarMisses.retryAfter(address))
        return tooMany(wait, request.language);
    const std::optional<QString> token = CalendarFeeds::tokenOfFileName(request.pathParameters.front());
    const std::optional<CalendarFeed> feed = token ? CalendarFeeds(m_store).byToken(*token) : std::nullopt;
    const std::optional<Practitioner> practitioner
            = feed ? m_store.find<Practitioner>(feed->practitionerId) : std::nullopt;
    if (!practitioner || !practitioner->active) {
        m_calendarMisses.record(address);
        const Wording say(request.language);
        return ApiReply::error(
                HttpStatus::NotFound, u"not_found"_s,
                say(u"There is nothing at this address."_s, u"Il n'y a rien à cette adresse."_s));
    }
    ApiReply reply;
    reply.mimeType = QByteArrayLiteral("text/calendar; charset=utf-8");
    reply.body = ICalFeed(m_store, QUrl(m_options.portal.siteUrl).host(), request.language).render(*feed);
    // Patients' names may be in it: no shared cache keeps a copy.
    reply.addHeader("Cache-Control", "private, no-store");
    return reply;
}

} // namespace Accueil
