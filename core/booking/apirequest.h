#pragma once

#include "apireply.h"
#include "domain/patient.h"
#include "portal/portallanguage.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Accueil {

// One request to the API as the handlers see it: what came in, plus what the server worked out
// on the way (path parameters, language, the logged-in account).
class ApiRequest
{
public:
    // trustedProxies: reverse proxies whose X-Forwarded-For names the patient's own address.
    explicit ApiRequest(const QHttpServerRequest &request, const QList<QHostAddress> &trustedProxies = {});

    [[nodiscard]] QHttpServerRequest::Method method() const { return m_request.method(); }
    [[nodiscard]] bool changesState() const;
    // The path as sent (percent-encoded), so that an encoded "/" or ".." never becomes a separator.
    [[nodiscard]] QString path() const;
    [[nodiscard]] std::optional<QString> query(const QString &key) const;
    // Case-insensitive; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] QString cookie(QStringView name) const;
    [[nodiscard]] QByteArray body() const { return m_request.body(); }
    // The patient's address: the peer's, or the last hop of X-Forwarded-For when the peer is a
    // trusted proxy (rate limits count per patient, not per proxy).
    [[nodiscard]] QHostAddress remoteAddress() const { return m_remote; }

    QStringList pathParameters;
    Language language = Language::French;
    std::optional<PatientAccount> account;
    QString sessionToken;

private:
    const QHttpServerRequest &m_request;
    QHostAddress m_remote;
};

// Strict readers of request values; each refuses with 400 (bad_request) and a sentence naming
// the field. Dates are "2026-11-24", instants ISO 8601 with an offset ("…T10:15:00+01:00" or "Z").
class Parse
{
public:
    explicit Parse(Language language) : m_say(language) {}

    [[nodiscard]] qint64 id(const QString &text, const QString &field) const;
    [[nodiscard]] QDate date(const QString &text, const QString &field) const;
    [[nodiscard]] QDateTime instant(const QString &text, const QString &field) const;
    [[nodiscard]] bool boolean(const QString &text, const QString &field) const;
    [[noreturn]] void fail(const QString &field) const;

private:
    Wording m_say;
};

// A JSON object body. Throws ApiError 400 bad_json when the body is not one.
class JsonBody
{
public:
    JsonBody(const QByteArray &body, Language language);

    [[nodiscard]] QString text(const QString &key) const;         // required
    [[nodiscard]] QString optionalText(const QString &key) const; // absent or null: empty
    [[nodiscard]] qint64 id(const QString &key) const;
    [[nodiscard]] std::optional<qint64> optionalId(const QString &key) const;
    [[nodiscard]] QDate date(const QString &key) const;
    [[nodiscard]] QDateTime instant(const QString &key) const;
    [[nodiscard]] bool boolean(const QString &key) const; // required: true or false, not "true"

private:
    [[nodiscard]] bool present(const QString &key) const;

    QJsonObject m_object;
    Parse m_parse;
};

} // namespace Accueil
