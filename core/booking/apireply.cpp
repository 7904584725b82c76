#include "apireply.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accueil {

ApiReply ApiReply::json(const QJsonValue &value, HttpStatus status)
{
    ApiReply reply;
    reply.status = status;
    reply.mimeType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::error(HttpStatus status, const QString &code, const QString &message)
{
    return json(QJsonObject{{u"error"_s, code}, {u"message"_s, message}}, status);
}

ApiReply ApiReply::noContent()
{
    ApiReply reply;
    reply.status = HttpStatus::NoContent;
    reply.mimeType.clear();
    return reply;
}

bool ApiReply::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void ApiReply::write(QHttpServerResponder &&responder) const
{
    QHttpServerResponse response
            = mimeType.isEmpty() ? QHttpServerResponse(status) : QHttpServerResponse(mimeType, body, status);
    for (const auto &header : headers)
        response.addHeader(header.first, header.second);
    response.write(std::move(responder));
}

} // namespace Accueil
