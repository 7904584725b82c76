#include "apiclient.h"

#include "catch.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QList<QNetworkCookie> ApiResponse::setCookies() const
{
    return QNetworkCookie::parseCookies(header("Set-Cookie"));
}

QByteArray ApiResponse::setCookieLine(const QByteArray &name) const
{
    for (const QByteArray &line : header("Set-Cookie").split('\n')) {
        if (line.trimmed().startsWith(QByteArray(name + '=')))
            return line.trimmed();
    }
    return {};
}

QJsonObject ApiResponse::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiResponse::array() const
{
    return QJsonDocument::fromJson(body).array();
}

ApiClient::ApiClient(quint16 port, QString scheme)
    : m_base(scheme + u"://127.0.0.1:"_s + QString::number(port))
{
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

QUrl ApiClient::url(const QString &path) const
{
    return QUrl(m_base + path);
}

QByteArray ApiClient::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::vector<ApiResponse> ApiClient::collect(const std::vector<QNetworkReply *> &replies)
{
    QEventLoop loop;
    std::size_t pending = replies.size();
    for (QNetworkReply *reply : replies) {
        if (reply->isFinished())
            --pending;
        else
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (--pending == 0)
                    loop.quit();
            });
    }
    // A guard against a hung server, not a measure: the test fails if it ever fires.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(120000);
    if (pending > 0)
        loop.exec();
    REQUIRE(guard.isActive());

    std::vector<ApiResponse> responses;
    for (QNetworkReply *reply : replies) {
        ApiResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        if (response.status == 0)
            response.networkError = reply->errorString();
        reply->deleteLater();
        responses.push_back(std::move(response));
    }
    return responses;
}

ApiResponse ApiClient::get(const QString &path, const Options &options)
{
    return send("GET", path, {}, options);
}

ApiResponse ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const Options &options)
{
    QNetworkRequest request(url(path));
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", options.contentType);
    // Like the booking page in French; QNetworkAccessManager would send the test machine's language.
    request.setRawHeader("Accept-Language", "fr");
    if (options.csrfHeader && method != "GET")
        request.setRawHeader("X-CSRF-Token", cookie(u"accueil_csrf"_s).toLatin1());
    for (const auto &header : options.headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    return collect({reply}).front();
}

void ApiClient::login(const QString &email, const QString &password)
{
    if (cookie(u"accueil_csrf"_s).isEmpty())
        get(u"/api/v1/centre"_s);
    const ApiResponse response
            = post(u"/api/v1/session"_s, QJsonObject{{u"email"_s, email}, {u"password"_s, password}});
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
}

QString ApiClient::cookie(const QString &name) const
{
    for (const QNetworkCookie &cookie : m_network.cookieJar()->cookiesForUrl(url(u"/"_s))) {
        if (cookie.name() == name.toLatin1())
            return QString::fromLatin1(cookie.value());
    }
    return {};
}

void ApiClient::setCookie(const QString &name, const QString &value)
{
    QNetworkCookie cookie(name.toLatin1(), value.toLatin1());
    cookie.setPath(u"/"_s);
    m_network.cookieJar()->setCookiesFromUrl({cookie}, url(u"/"_s));
}

void ApiClient::clearCookies()
{
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

} // namespace Accueil::Test
