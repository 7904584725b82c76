#include "bookingserver.h"

#include "store/store.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString &code,
                              const QString &message)
{
    return QHttpServerResponse(QJsonObject{{u"error"_s, code}, {u"message"_s, message}}, status);
}

QString centrePage(const Centre &centre)
{
    // Every stored string is escaped: nothing a user typed is ever interpreted as HTML.
    return u"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>"_s
           + centre.name.toHtmlEscaped()
           + u"</title><style>body{font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;"
             "line-height:1.5}h1{font-size:1.5rem}</style></head><body><h1>"_s
           + centre.name.toHtmlEscaped() + u"</h1><p>"_s + centre.address.toHtmlEscaped()
           + u"</p><p>Téléphone : "_s + centre.phone.toHtmlEscaped()
           + u"</p><p>La prise de rendez-vous en ligne ouvre bientôt ici. En attendant, le secrétariat "
             "vous répond par téléphone.</p></body></html>"_s;
}

} // namespace

BookingServer::BookingServer(const DatabaseUrl &url, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(Store::open(url, clock))
    , m_http(new QHttpServer(this))
{
    setUpRoutes();
}

BookingServer::~BookingServer() = default;

void BookingServer::setUpRoutes()
{
    m_http->route(u"/"_s, QHttpServerRequest::Method::Get, [this] {
        try {
            const Centre centre = m_store->centre().value_or(Centre{});
            return QHttpServerResponse("text/html; charset=utf-8", centrePage(centre).toUtf8());
        } catch (const StoreError &) {
            return jsonError(QHttpServerResponse::StatusCode::ServiceUnavailable, u"unavailable"_s,
                             u"The centre's data cannot be read right now."_s);
        }
    });
    m_http->route(u"/api/v1/centre"_s, QHttpServerRequest::Method::Get, [this] {
        try {
            const std::optional<Centre> centre = m_store->centre();
            if (!centre)
                return jsonError(QHttpServerResponse::StatusCode::NotFound, u"not_found"_s,
                                 u"This database has no centre."_s);
            return QHttpServerResponse(QJsonObject{{u"name"_s, centre->name},
                                                   {u"address"_s, centre->address},
                                                   {u"phone"_s, centre->phone},
                                                   {u"email"_s, centre->email},
                                                   {u"timeZone"_s, centre->timeZone}});
        } catch (const StoreError &) {
            return jsonError(QHttpServerResponse::StatusCode::ServiceUnavailable, u"unavailable"_s,
                             u"The centre's data cannot be read right now."_s);
        }
    });
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QJsonDocument(QJsonObject{{u"error"_s, u"not_found"_s},
                                                  {u"message"_s, u"There is nothing at this address."_s}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 BookingServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        m_error = u"cannot listen on %1:%2 (is the port already in use?)"_s.arg(address.toString()).arg(port);
    return bound;
}

bool parseListenAddress(const QString &text, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = u"127.0.0.1"_s;
    if (!address.setAddress(host))
        return false;
    port = quint16(value);
    return true;
}

} // namespace Accueil
