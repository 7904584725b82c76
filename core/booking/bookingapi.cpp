#include "bookingapi.h"

#include "jsonviews.h"
#include "portal/catalogue.h"
#include "portal/portalerrors.h"
#include "portal/portalsecrets.h"
#include "portal/websessions.h"
#include "requestlanguage.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(accueilBooking, "accueil.booking", QtInfoMsg)

namespace Accueil {

namespace {

using Method = QHttpServerRequest::Method;

const char *methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Put:
        return "PUT";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

const char *kindName(StoreError::Kind kind)
{
    using Kind = StoreError::Kind;
    switch (kind) {
    case Kind::Connection:
        return "connection";
    case Kind::Busy:
        return "busy";
    case Kind::Query:
        return "query";
    case Kind::SchemaTooNew:
    case Kind::SchemaOutdated:
    case Kind::NoDatabase:
        return "schema";
    default:
        return "other";
    }
}

} // namespace

BookingApi::BookingApi(Store &store, const Clock &clock, BookingApiOptions options)
    : m_store(store)
    , m_options(std::move(options))
    , m_reads(store)
    , m_loginsByEmail(clock, 5, 15 * 60)
    , m_loginsByAddress(clock, 20, 15 * 60)
    , m_signUps(clock, 10, 3600)
    , m_resets(clock, 10, 3600)
    , m_resetMails(clock, 3, 3600)
    , m_calendarMisses(clock, 20, 15 * 60)
{
    m_reads.setEnabled(m_options.cacheReads);
    addRoutes();
}

BookingApi::~BookingApi() = default;

void BookingApi::setOptions(BookingApiOptions options)
{
    m_options = std::move(options);
    m_reads.setEnabled(m_options.cacheReads);
}

void BookingApi::addRoutes()
{
    using Access = Router::Access;
    const auto add = [this](Method method, const QString &pattern, Access access,
                            ApiReply (BookingApi::*handler)(ApiRequest &)) {
        m_router.add(method, pattern, access,
                     [this, handler](ApiRequest &request) { return (this->*handler)(request); });
    };
    add(Method::Get, u"/"_s, Access::Public, &BookingApi::page);
    add(Method::Get, u"/assets/{name}"_s, Access::Public, &BookingApi::asset);
    add(Method::Get, u"/api/v1/centre"_s, Access::Public, &BookingApi::centre);
    add(Method::Get, u"/api/v1/practitioners"_s, Access::Public, &BookingApi::practitioners);
    add(Method::Get, u"/api/v1/services"_s, Access::Public, &BookingApi::services);
    add(Method::Get, u"/api/v1/agendas/{id}/types"_s, Access::Public, &BookingApi::types);
    add(Method::Get, u"/api/v1/agendas/{id}/availability"_s, Access::Public, &BookingApi::availability);
    add(Method::Post, u"/api/v1/accounts"_s, Access::Public, &BookingApi::signUp);
    add(Method::Post, u"/api/v1/accounts/verify"_s, Access::Public, &BookingApi::verifyEmail);
    add(Method::Post, u"/api/v1/accounts/password-reset"_s, Access::Public,
        &BookingApi::requestPasswordReset);
    add(Method::Post, u"/api/v1/accounts/password"_s, Access::Public, &BookingApi::setPassword);
    add(Method::Post, u"/api/v1/session"_s, Access::Public, &BookingApi::login);
    add(Method::Delete, u"/api/v1/session"_s, Access::Public, &BookingApi::logout);
    add(Method::Get, u"/api/v1/me"_s, Access::Session, &BookingApi::me);
    add(Method::Post, u"/api/v1/me/dependants"_s, Access::Session, &BookingApi::addDependant);
    add(Method::Patch, u"/api/v1/me/patients/{id}"_s, Access::Session, &BookingApi::setReminders);
    add(Method::Get, u"/api/v1/bookings"_s, Access::Session, &BookingApi::listBookings);
    add(Method::Post, u"/api/v1/bookings"_s, Access::Session, &BookingApi::book);
    add(Method::Delete, u"/api/v1/bookings/{id}"_s, Access::Session, &BookingApi::cancel);
    add(Method::Patch, u"/api/v1/bookings/{id}"_s, Access::Session, &BookingApi::reschedule);
    add(Method::Post, u"/api/v1/messages"_s, Access::Session, &BookingApi::sendMessage);
    add(Method::Get, u"/calendar/{name}"_s, Access::Public, &BookingApi::calendarFeed);
}

JsonViews BookingApi::views()
{
    return JsonViews(QTimeZone(m_store.centre().value_or(Centre{}).timeZone.toUtf8()));
}

ApiReply BookingApi::handle(const QHttpServerRequest &raw)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest request(raw, m_options.trustedProxies);
    request.language = requestLanguage(request);
    const LanguageScope scope(request.language);
    QString routeName = u"(none)"_s;
    ApiReply reply;
    try {
        reply = dispatch(request, routeName);
    } catch (const ApiError &error) {
        reply = ApiReply::error(error.status, error.code, error.message);
    } catch (const StoreError &error) {
        reply = replyFor(error, request.language);
    } catch (const std::exception &error) {
        qCWarning(accueilBooking) << "unexpected failure:" << error.what();
        reply = unavailable(request.language);
    } catch (...) {
        qCWarning(accueilBooking) << "unexpected failure";
        reply = unavailable(request.language);
    }
    finish(request, reply);
    // The route's pattern and the status only: no path, query, body or cookie reaches the logs.
    qCInfo(accueilBooking).noquote() << methodName(request.method()) << routeName << int(reply.status)
                                     << timer.elapsed() << "ms";
    return reply;
}

ApiReply BookingApi::dispatch(ApiRequest &request, QString &routeName)
{
    const Wording say(request.language);
    if (!m_options.hosts.allowsHost(request.header("Host"))) {
        return ApiReply::error(
                HttpStatus::Forbidden, u"bad_host"_s,
                say(u"This server does not answer to that name."_s, u"Ce serveur ne répond pas à ce nom."_s));
    }
    const QByteArray origin = request.header("Origin");
    const auto csrfRefusal = [&] {
        return ApiReply::error(
                HttpStatus::Forbidden, u"csrf"_s,
                say(u"This request did not come from the booking page; please reload the page."_s,
                    u"Cette requête ne vient pas de la page de rendez-vous\u00a0; veuillez recharger la "
                    "page."_s));
    };
    if (!origin.isEmpty() && !m_options.hosts.allowsOrigin(origin))
        return csrfRefusal();
    const Router::Route *route = m_router.match(request);
    if (!route) {
        return ApiReply::error(
                HttpStatus::NotFound, u"not_found"_s,
                say(u"There is nothing at this address."_s, u"Il n'y a rien à cette adresse."_s));
    }
    routeName = route->pattern;
    if (request.body().size() > maxBody) {
        return ApiReply::error(HttpStatus::PayloadTooLarge, u"too_large"_s,
                               say(u"The request is too large (16 KiB at most)."_s,
                                   u"La requête est trop volumineuse (16 Kio au plus)."_s));
    }
    if (request.changesState()) {
        const QByteArray cookie = request.cookie(Cookies::csrf).toLatin1();
        if (cookie.isEmpty() || !sameSecret(cookie, request.header("X-CSRF-Token")))
            return csrfRefusal();
    }
    if (m_reconnect) {
        m_store.database().reconnect(); // throws Connection while the database is still away
        m_reconnect = false;
    }
    request.sessionToken = request.cookie(Cookies::session); // logout ends it, whoever it is
    if (route->access != Router::Access::Session)
        return route->handler(request); // the catalogue and the page never look at who asks
    if (!request.sessionToken.isEmpty())
        request.account
                = WebSessions(m_store, m_options.portal, request.language).accountFor(request.sessionToken);
    if (!request.account) {
        return ApiReply::error(HttpStatus::Unauthorized, u"not_logged_in"_s,
                               say(u"Please log in."_s, u"Veuillez vous connecter."_s));
    }
    return route->handler(request);
}

void BookingApi::finish(const ApiRequest &request, ApiReply &reply) const
{
    if (request.cookie(Cookies::csrf).isEmpty())
        reply.addHeader("Set-Cookie", Cookies::csrfCookie(Secrets::randomToken(), m_options.tls));
    reply.addHeader("X-Content-Type-Options", "nosniff");
    reply.addHeader("Referrer-Policy", "no-referrer");
    reply.addHeader("X-Frame-Options", "DENY");
    if (m_options.tls)
        reply.addHeader("Strict-Transport-Security", "max-age=31536000");
    if (reply.mimeType.startsWith("text/html")) {
        reply.addHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src "
                "'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    }
    if (!reply.hasHeader("Cache-Control"))
        reply.addHeader("Cache-Control", "no-store");
}

ApiReply BookingApi::unavailable(Language language)
{
    const Wording say(language);
    return ApiReply::error(
            HttpStatus::ServiceUnavailable, u"unavailable"_s,
            say(u"The booking service cannot be reached right now; nothing was changed. Please try again in "
                u"a "
                "moment or phone the centre."_s,
                u"Le service de rendez-vous est momentanément indisponible\u00a0; rien n'a été modifié. "
                "Veuillez réessayer dans un instant ou appeler le centre."_s));
}

ApiReply BookingApi::tooMany(qint64 retryAfter, Language language) const
{
    const Wording say(language);
    const qint64 minutes = (retryAfter + 59) / 60;
    const QString wait = minutes == 1 ? u"1 minute"_s : u"%1 minutes"_s.arg(minutes); // the same in both
    ApiReply reply = ApiReply::error(HttpStatus::TooManyRequests, u"rate_limited"_s,
                                     say(u"Too many attempts; please try again in %1."_s,
                                         u"Trop de tentatives\u00a0; veuillez réessayer dans %1."_s)
                                             .arg(wait));
    reply.addHeader("Retry-After", QByteArray::number(retryAfter));
    return reply;
}

ApiReply BookingApi::replyFor(const StoreError &error, Language language)
{
    using Kind = StoreError::Kind;
    const QString &code = error.code();
    if (code == PortalCode::badCredentials)
        return ApiReply::error(HttpStatus::Unauthorized, code, error.message());
    if (code == PortalCode::emailNotVerified || code == PortalCode::forbidden)
        return ApiReply::error(HttpStatus::Forbidden, code, error.message());
    if (code == PortalCode::emailTaken)
        return ApiReply::error(HttpStatus::Conflict, code, error.message());
    if (code == PortalCode::badCode)
        return ApiReply::error(HttpStatus::UnprocessableEntity, code, error.message());
    if (code == PortalCode::badRequest)
        return ApiReply::error(HttpStatus::BadRequest, code, error.message());
    const Wording say(language);
    switch (error.kind()) {
    case Kind::SlotTaken:
        return ApiReply::error(
                HttpStatus::Conflict, u"slot_taken"_s,
                say(u"This time was just taken by someone else; please choose another one."_s,
                    u"Ce créneau vient d'être pris par quelqu'un d'autre\u00a0; veuillez en choisir un "
                    "autre."_s));
    case Kind::VersionConflict:
        return ApiReply::error(
                HttpStatus::Conflict, u"slot_taken"_s,
                say(u"This appointment was changed meanwhile; please look at it again."_s,
                    u"Ce rendez-vous a été modifié entre-temps\u00a0; veuillez le consulter à nouveau."_s));
    case Kind::RuleRefused:
        return ApiReply::error(HttpStatus::UnprocessableEntity, u"rule"_s, error.message());
    case Kind::Invalid:
        return ApiReply::error(HttpStatus::UnprocessableEntity, u"invalid"_s, error.message());
    case Kind::NotFound:
        return ApiReply::error(HttpStatus::NotFound, u"not_found"_s,
                               code == PortalCode::notFound ? error.message()
                                                            : say(u"There is nothing at this address."_s,
                                                                  u"Il n'y a rien à cette adresse."_s));
    case Kind::UniqueViolation:
    case Kind::ForeignKeyViolation:
    case Kind::ConstraintViolation:
        return ApiReply::error(
                HttpStatus::UnprocessableEntity, u"invalid"_s,
                say(u"This cannot be saved as it is; please check what you typed."_s,
                    u"Impossible d'enregistrer cela tel quel\u00a0; veuillez vérifier votre saisie."_s));
    default:
        // Connection, Busy, Query, schema: the database is not answering as it should. The
        // message may hold SQL; the logs get the kind only.
        qCWarning(accueilBooking) << "database failure:" << kindName(error.kind());
        if (error.kind() == Kind::Connection)
            m_reconnect = true;
        return unavailable(language);
    }
}

} // namespace Accueil
