#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>
#include <utility>

namespace Accueil {

// How the centre's SMS leave: an HTTP gateway, as French SMS providers offer them. A request is
// made from templates in which {to} (international form, "+33612345678"), {to_digits}
// ("33612345678"), {text} and {sender} are replaced — URL-encoded in the URL and a form body,
// JSON-escaped in a JSON body — and {user}, {password} and {token} in headers.
struct SmsSettings
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::SmsSettings)

public:
    enum class Method {
        Get,
        Post
    };
    enum class Format {
        None,
        Form,
        Json
    };

    QString url; // "https://api.example.fr/send?to={to}" (http:// for a gateway on the LAN)
    Method method = Method::Post;
    Format format = Format::Json;
    QString body; // the body template (Form: "to={to}&message={text}", Json: {"to":"{to}", ...})
    QList<std::pair<QString, QString>> headers; // extra headers, templates too
    QString user; // HTTP basic authentication when set (and {user} in templates)
    QString password;
    QString token;        // {token}: an API key, usually sent as "Authorization: Bearer {token}"
    QString sender;       // the name shown to patients (11 letters at most for most gateways)
    QString successMatch; // the answer must also contain this text to count as sent (empty: any 2xx)
    int timeoutSeconds = 20;

    // Reads sms_gateway (generic, smsfactor, octopush), sms_url, sms_method (get, post), sms_format
    // (none, form, json), sms_body, sms_header ("Name: value" pairs separated by commas), sms_user,
    // sms_password, sms_token, sms_sender, sms_success and sms_timeout. A named gateway fills the
    // URL, method, body and headers of that provider's API; the keys given win. Nothing when no
    // sms_url nor sms_gateway is set (error stays empty) or when a value is wrong (error says which).
    [[nodiscard]] static std::optional<SmsSettings> parse(const QHash<QString, QString> &values,
                                                          QString *error);
    // The keys parse() reads, for the server's settings file.
    [[nodiscard]] static const QStringList &keys();
};

// Sends one SMS through the gateway with libcurl, blocking (run it on a worker thread).
class SmsSender
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::SmsSender)

public:
    explicit SmsSender(SmsSettings settings);

    [[nodiscard]] const SmsSettings &settings() const { return m_settings; }
    // Once *flag is true, a request under way is aborted. The flag must outlive the sender.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    // Nothing when the gateway took the message, else a sentence saying why not (never the text
    // nor the credentials).
    [[nodiscard]] std::optional<QString> send(const QString &internationalNumber, const QString &text);

    // The request send() makes, for tests and the settings check: the URL, the headers and the body.
    struct Request
    {
        QByteArray url;
        QList<QByteArray> headers;
        QByteArray body;
    };
    [[nodiscard]] Request request(const QString &internationalNumber, const QString &text) const;

private:
    SmsSettings m_settings;
    const std::atomic_bool *m_cancel = nullptr;
};

// "06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678" → "+33612345678"; a number already in
// international form keeps its digits. Nothing when it is not a number a text message can reach (a
// French landline, too few digits).
[[nodiscard]] std::optional<QString> mobileNumber(const QString &typed);

} // namespace Accueil
