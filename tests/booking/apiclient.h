#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QPair>
#include <QString>

#include <vector>

namespace Accueil::Test {

// An answer as the test reads it.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty unless the request itself failed

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QList<QNetworkCookie> setCookies() const;
    [[nodiscard]] QByteArray setCookieLine(const QByteArray &name) const; // the raw Set-Cookie for it
    [[nodiscard]] QJsonObject object() const;
    [[nodiscard]] QJsonArray array() const;
    [[nodiscard]] QString error() const { return object().value(QStringLiteral("error")).toString(); }
    [[nodiscard]] QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

// A browser-like client over real HTTP (QNetworkAccessManager): it keeps the cookies it is given
// and, like the booking page, asks for French (Accept-Language: fr) and sends the CSRF cookie back
// as X-CSRF-Token on every POST, PATCH and DELETE (unless told not to).
class ApiClient
{
public:
    explicit ApiClient(quint16 port, QString scheme = QStringLiteral("http"));

    struct Options
    {
        bool csrfHeader = true;
        QList<QPair<QByteArray, QByteArray>> headers; // extra or overriding (Host, Origin …)
        QByteArray contentType = QByteArrayLiteral("application/json");
    };

    ApiResponse get(const QString &path, const Options &options);
    ApiResponse get(const QString &path) { return get(path, Options{}); }
    ApiResponse post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, json(body), {});
    }
    ApiResponse patch(const QString &path, const QJsonObject &body)
    {
        return send("PATCH", path, json(body), {});
    }
    ApiResponse del(const QString &path) { return send("DELETE", path, {}, {}); }
    ApiResponse send(const QByteArray &method, const QString &path, const QByteArray &body,
                     const Options &options);

    // Logs in through the API; REQUIREs a 200.
    void login(const QString &email, const QString &password);
    [[nodiscard]] QString cookie(const QString &name) const;
    void setCookie(const QString &name, const QString &value);
    void clearCookies();
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    [[nodiscard]] QUrl url(const QString &path) const;

    [[nodiscard]] static QByteArray json(const QJsonObject &object);
    // Waits for each reply (QNetworkReply::finished), then reads them; several may run at once.
    [[nodiscard]] static std::vector<ApiResponse> collect(const std::vector<QNetworkReply *> &replies);

private:
    QNetworkAccessManager m_network;
    QString m_base;
};

} // namespace Accueil::Test
