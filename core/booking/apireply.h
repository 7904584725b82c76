#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Accueil {

using HttpStatus = QHttpServerResponder::StatusCode;

// What the booking server answers: a status, a body with its type and extra headers (cookies,
// Retry-After). Built by the handlers, written once by the server.
struct ApiReply
{
    HttpStatus status = HttpStatus::Ok;
    QByteArray mimeType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] static ApiReply json(const QJsonValue &value, HttpStatus status = HttpStatus::Ok);
    // {"error": code, "message": message}
    [[nodiscard]] static ApiReply error(HttpStatus status, const QString &code, const QString &message);
    [[nodiscard]] static ApiReply noContent();

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    // Writes status, headers and body to the connection.
    void write(QHttpServerResponder &&responder) const;
};

// A refusal thrown by request parsing or a handler, answered as ApiReply::error.
struct ApiError
{
    HttpStatus status;
    QString code;
    QString message;
};

} // namespace Accueil
