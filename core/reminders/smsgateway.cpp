#include "smsgateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// What the named gateways' APIs expect (their documentation, 2026).
void applyGateway(const QString &name, SmsSettings &settings)
{
    if (name == u"smsfactor") {
        // SMSFactor: GET /send with the recipient's digits, an API token as a bearer.
        settings.url = u"https://api.smsfactor.com/send?to={to_digits}&text={text}&sender={sender}"_s;
        settings.method = SmsSettings::Method::Get;
        settings.format = SmsSettings::Format::None;
        settings.headers = {{u"Authorization"_s, u"Bearer {token}"_s}, {u"Accept"_s, u"application/json"_s}};
        settings.successMatch = u"\"status\":1"_s;
    } else if (name == u"octopush") {
        // Octopush: POST JSON, the account's login and API key as headers.
        settings.url = u"https://api.octopush.com/v1/public/sms-campaign/send"_s;
        settings.method = SmsSettings::Method::Post;
        settings.format = SmsSettings::Format::Json;
        settings.body
                = uR"({"recipients":[{"phone_number":"{to}"}],"text":"{text}","type":"sms_premium","purpose":"alert","sender":"{sender}"})"_s;
        settings.headers = {{u"api-login"_s, u"{user}"_s}, {u"api-key"_s, u"{password}"_s}};
    }
}

QString jsonEscaped(const QString &text)
{
    // A JSON string's inside: the document's own escaping, without the quotes around it.
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

QString urlEscaped(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

size_t collect(char *data, size_t size, size_t count, void *userData)
{
    auto *answer = static_cast<QByteArray *>(userData);
    if (answer->size() < 64 * 1024) // an answer is a few lines; more is not read
        answer->append(data, qsizetype(size * count));
    return size * count;
}

int checkCancel(void *flag, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(flag);
    return cancel && cancel->load() ? 1 : 0;
}

} // namespace

const QStringList &SmsSettings::keys()
{
    static const QStringList keys{u"sms_gateway"_s, u"sms_url"_s,    u"sms_method"_s,  u"sms_format"_s,
                                  u"sms_body"_s,    u"sms_header"_s, u"sms_user"_s,    u"sms_password"_s,
                                  u"sms_token"_s,   u"sms_sender"_s, u"sms_success"_s, u"sms_timeout"_s};
    return keys;
}

std::optional<SmsSettings> SmsSettings::parse(const QHash<QString, QString> &values, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (error)
        error->clear();
    const QString gateway = values.value(u"sms_gateway"_s).trimmed().toLower();
    if (gateway.isEmpty() && values.value(u"sms_url"_s).trimmed().isEmpty())
        return std::nullopt;
    SmsSettings settings;
    if (!gateway.isEmpty()) {
        if (gateway != u"generic" && gateway != u"smsfactor" && gateway != u"octopush")
            return fail(tr("sms_gateway: \"%1\" is not one of generic, smsfactor, octopush.").arg(gateway));
        applyGateway(gateway, settings);
    }
    if (const QString url = values.value(u"sms_url"_s).trimmed(); !url.isEmpty())
        settings.url = url;
    const QUrl parsed(QString(settings.url).replace(u'{', u'x').replace(u'}', u'x'));
    if (settings.url.isEmpty() || !parsed.isValid()
        || (parsed.scheme() != u"https" && parsed.scheme() != u"http") || parsed.host().isEmpty())
        return fail(tr("sms_url: \"%1\" is not an http:// or https:// address.").arg(settings.url));
    if (const QString method = values.value(u"sms_method"_s).trimmed().toLower(); !method.isEmpty()) {
        if (method == u"get")
            settings.method = Method::Get;
        else if (method == u"post")
            settings.method = Method::Post;
        else
            return fail(tr("sms_method: \"%1\" is neither get nor post.").arg(method));
    }
    if (const QString format = values.value(u"sms_format"_s).trimmed().toLower(); !format.isEmpty()) {
        if (format == u"none")
            settings.format = Format::None;
        else if (format == u"form")
            settings.format = Format::Form;
        else if (format == u"json")
            settings.format = Format::Json;
        else
            return fail(tr("sms_format: \"%1\" is not one of none, form, json.").arg(format));
    }
    if (values.contains(u"sms_body"_s))
        settings.body = values.value(u"sms_body"_s).trimmed();
    if (settings.method == Method::Post && settings.format != Format::None && settings.body.isEmpty())
        return fail(tr("sms_body: a POST gateway needs the body's template, for example "
                       "to={to}&message={text}."));
    if (settings.method == Method::Get)
        settings.format = Format::None;
    for (const QString &header : values.value(u"sms_header"_s).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return fail(tr("sms_header: \"%1\" is not \"Name: value\".").arg(header.trimmed()));
        settings.headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    settings.user = values.value(u"sms_user"_s, settings.user);
    settings.password = values.value(u"sms_password"_s, settings.password);
    settings.token = values.value(u"sms_token"_s, settings.token);
    settings.sender = values.value(u"sms_sender"_s, settings.sender).trimmed();
    if (values.contains(u"sms_success"_s))
        settings.successMatch = values.value(u"sms_success"_s);
    if (const QString timeout = values.value(u"sms_timeout"_s).trimmed(); !timeout.isEmpty()) {
        bool ok = false;
        settings.timeoutSeconds = timeout.toInt(&ok);
        if (!ok || settings.timeoutSeconds < 1 || settings.timeoutSeconds > 300)
            return fail(tr("sms_timeout: \"%1\" is not a number of seconds from 1 to 300.").arg(timeout));
    }
    return settings;
}

SmsSender::SmsSender(SmsSettings settings) : m_settings(std::move(settings)) {}

SmsSender::Request SmsSender::request(const QString &internationalNumber, const QString &text) const
{
    QString digits = internationalNumber;
    digits.remove(u'+');
    const auto fill = [&](const QString &pattern, QString (*escape)(const QString &)) -> QString {
        const QList<std::pair<QString, QString>> values{{u"{to}"_s, internationalNumber},
                                                        {u"{to_digits}"_s, digits},
                                                        {u"{text}"_s, text},
                                                        {u"{sender}"_s, m_settings.sender},
                                                        {u"{user}"_s, m_settings.user},
                                                        {u"{password}"_s, m_settings.password},
                                                        {u"{token}"_s, m_settings.token}};
        // One pass from left to right, so a replaced value is never read again as a placeholder.
        QString result;
        qsizetype from = 0;
        while (from < pattern.size()) {
            const qsizetype open = pattern.indexOf(u'{', from);
            if (open < 0)
                break;
            bool replaced = false;
            for (const auto &[name, value] : values) {
                if (QStringView(pattern).mid(open).startsWith(name)) {
                    result += pattern.mid(from, open - from) + (escape ? escape(value) : value);
                    from = open + name.size();
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                result += pattern.mid(from, open - from + 1);
                from = open + 1;
            }
        }
        return result + pattern.mid(from);
    };
    Request request;
    request.url = fill(m_settings.url, &urlEscaped).toUtf8();
    for (const auto &[name, value] : m_settings.headers)
        request.headers << (name + u": "_s + fill(value, nullptr)).toUtf8();
    if (m_settings.method == SmsSettings::Method::Post) {
        switch (m_settings.format) {
        case SmsSettings::Format::Json:
            request.body = fill(m_settings.body, &jsonEscaped).toUtf8();
            request.headers << "Content-Type: application/json";
            break;
        case SmsSettings::Format::Form:
            request.body = fill(m_settings.body, &urlEscaped).toUtf8();
            request.headers << "Content-Type: application/x-www-form-urlencoded";
            break;
        case SmsSettings::Format::None:
            break;
        }
    }
    return request;
}

std::optional<QString> SmsSender::send(const QString &internationalNumber, const QString &text)
{
    const Request built = request(internationalNumber, text);
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return tr("The SMS gateway could not be reached: libcurl did not start.");
    std::unique_ptr<curl_slist, ListDeleter> headers;
    for (const QByteArray &header : built.headers)
        headers.reset(curl_slist_append(headers.release(), header.constData()));
    QByteArray answer;
    QByteArray errorBuffer(CURL_ERROR_SIZE + 1, '\0');
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer.data());
    curl_easy_setopt(handle, CURLOPT_URL, built.url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    // Basic authentication unless the templates carry the credentials themselves (an API key header).
    const auto carriesCredentials = [](const QString &pattern) {
        return pattern.contains(u"{user}"_s) || pattern.contains(u"{password}"_s);
    };
    bool inTemplates = carriesCredentials(m_settings.url) || carriesCredentials(m_settings.body);
    for (const auto &header : m_settings.headers)
        inTemplates = inTemplates || carriesCredentials(header.second);
    if (!m_settings.user.isEmpty() && !inTemplates) {
        curl_easy_setopt(handle, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(handle, CURLOPT_USERNAME, m_settings.user.toUtf8().constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, m_settings.password.toUtf8().constData());
    }
    if (m_settings.method == SmsSettings::Method::Post) {
        curl_easy_setopt(handle, CURLOPT_POST, 1L);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE, long(built.body.size()));
        curl_easy_setopt(handle, CURLOPT_COPYPOSTFIELDS, built.body.constData());
    }
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &checkCancel);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, m_cancel);
    const CURLcode code = curl_easy_perform(handle);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, nullptr);
    if (code != CURLE_OK) {
        const QString detail = QString::fromUtf8(errorBuffer.constData()).trimmed();
        return tr("The SMS gateway could not be reached: %1")
                .arg(detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail);
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    const QString shortAnswer = QString::fromUtf8(answer.left(200)).simplified();
    if (status < 200 || status > 299)
        return tr("The SMS gateway refused the message: HTTP %1 %2").arg(status).arg(shortAnswer);
    if (!m_settings.successMatch.isEmpty() && !answer.contains(m_settings.successMatch.toUtf8()))
        return tr("The SMS gateway did not accept the message: %1").arg(shortAnswer);
    return std::nullopt;
}

std::optional<QString> mobileNumber(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits += c;
    }
    const QString trimmed = typed.trimmed();
    if (trimmed.startsWith(u'+') || digits.startsWith(u"00"_s)) {
        if (digits.startsWith(u"00"_s))
            digits.remove(0, 2);
        if (digits.size() < 8 || digits.size() > 15)
            return std::nullopt;
        // French numbers: mobiles only (+336, +337).
        if (digits.startsWith(u"33"_s) && !(digits.startsWith(u"336"_s) || digits.startsWith(u"337"_s)))
            return std::nullopt;
        return u'+' + digits;
    }
    if (digits.size() == 10 && (digits.startsWith(u"06"_s) || digits.startsWith(u"07"_s)))
        return u"+33"_s + digits.mid(1);
    return std::nullopt;
}

} // namespace Accueil
