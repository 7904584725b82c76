#include "apirequest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Accueil {

ApiRequest::ApiRequest(const QHttpServerRequest &request, const QList<QHostAddress> &trustedProxies)
    : m_request(request)
    , m_remote(request.remoteAddress())
{
    const auto trusted = [&](const QHostAddress &peer) {
        return std::any_of(trustedProxies.begin(), trustedProxies.end(), [&](const QHostAddress &proxy) {
            return proxy.isEqual(peer, QHostAddress::TolerantConversion);
        });
    };
    if (!trusted(m_remote))
        return;
    // The proxy appends the address it saw: the last entry is the one it vouches for.
    const QByteArray forwarded = header("X-Forwarded-For");
    const QHostAddress patient(QString::fromLatin1(forwarded.split(',').last().trimmed()));
    if (!forwarded.isEmpty() && !patient.isNull())
        m_remote = patient;
}

bool ApiRequest::changesState() const
{
    using Method = QHttpServerRequest::Method;
    return method() != Method::Get && method() != Method::Head && method() != Method::Options;
}

QString ApiRequest::path() const
{
    return m_request.url().path(QUrl::FullyEncoded);
}

std::optional<QString> ApiRequest::query(const QString &key) const
{
    const QUrlQuery query = m_request.query();
    if (!query.hasQueryItem(key))
        return std::nullopt;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &header : m_request.headers()) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString ApiRequest::cookie(QStringView name) const
{
    for (const auto &header : m_request.headers()) {
        if (QByteArrayView(header.first).compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QString line = QString::fromLatin1(header.second);
        for (const QStringView pair : QStringView(line).split(u';')) {
            const QStringView trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf(u'=');
            if (equals > 0 && trimmed.left(equals).trimmed() == name)
                return trimmed.mid(equals + 1).trimmed().toString();
        }
    }
    return {};
}

void Parse::fail(const QString &field) const
{
    throw ApiError{HttpStatus::BadRequest, u"bad_request"_s,
                   m_say(u"The field \"%1\" is missing or not right."_s,
                         u"Le champ «\u00a0%1\u00a0» manque ou est incorrect."_s)
                           .arg(field)};
}

qint64 Parse::id(const QString &text, const QString &field) const
{
    static const QRegularExpression digits(u"^[0-9]{1,15}$"_s);
    if (!digits.match(text).hasMatch())
        fail(field);
    return text.toLongLong();
}

QDate Parse::date(const QString &text, const QString &field) const
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        fail(field);
    return date;
}

QDateTime Parse::instant(const QString &text, const QString &field) const
{
    // An instant names its offset: a bare local time would be read in the server's zone.
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
                                          "(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:[0-9]{2})$"_s);
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!shape.match(text).hasMatch() || !instant.isValid())
        fail(field);
    return instant.toUTC();
}

bool Parse::boolean(const QString &text, const QString &field) const
{
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0" || text.isEmpty())
        return false;
    fail(field);
}

JsonBody::JsonBody(const QByteArray &body, Language language) : m_parse(language)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const Wording say(language);
        throw ApiError{HttpStatus::BadRequest, u"bad_json"_s,
                       say(u"The request is not a JSON object."_s, u"La requête n'est pas un objet JSON."_s)};
    }
    m_object = document.object();
}

bool JsonBody::present(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString JsonBody::text(const QString &key) const
{
    if (!m_object.value(key).isString())
        m_parse.fail(key);
    return m_object.value(key).toString();
}

QString JsonBody::optionalText(const QString &key) const
{
    return present(key) ? text(key) : QString();
}

qint64 JsonBody::id(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble(-1);
    // Integral, positive and exact in a double.
    if (!value.isDouble() || number < 1 || number > 9007199254740991.0 || std::floor(number) != number)
        m_parse.fail(key);
    return qint64(number);
}

std::optional<qint64> JsonBody::optionalId(const QString &key) const
{
    if (!present(key))
        return std::nullopt;
    return id(key);
}

QDate JsonBody::date(const QString &key) const
{
    return m_parse.date(text(key), key);
}

QDateTime JsonBody::instant(const QString &key) const
{
    return m_parse.instant(text(key), key);
}

bool JsonBody::boolean(const QString &key) const
{
    if (!m_object.value(key).isBool())
        m_parse.fail(key);
    return m_object.value(key).toBool();
}

} // namespace Accueil
