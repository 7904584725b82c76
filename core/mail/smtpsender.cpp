#include "smtpsender.h"

#include "mailmessage.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// curl_global_init is thread-safe only in recent libcurl builds: a function-local static runs it
// once whatever thread sends first. Never cleaned up; the process's exit does.
CURLcode initialiseCurl()
{
    static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
    return result;
}

struct Upload
{
    const QByteArray &data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const auto length = std::min(qsizetype(size * count), upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(length));
    upload->offset += length;
    return size_t(length);
}

// libcurl calls this about once a second (more often while data moves); non-zero aborts.
int checkCancel(void *flag, curl_off_t /*downloadTotal*/, curl_off_t /*downloaded*/,
                curl_off_t /*uploadTotal*/, curl_off_t /*uploaded*/)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(flag);
    return cancel && cancel->load() ? 1 : 0;
}

long useSsl(const SmtpSettings &settings)
{
    if (settings.isSmtps())
        return CURLUSESSL_ALL;
    switch (settings.tls) {
    case SmtpSettings::Tls::None:
        return CURLUSESSL_NONE;
    case SmtpSettings::Tls::StartTlsIfOffered:
        return CURLUSESSL_TRY;
    case SmtpSettings::Tls::StartTlsRequired:
        return CURLUSESSL_ALL;
    }
    return CURLUSESSL_ALL;
}

QByteArray angleAddress(const QString &address)
{
    return '<' + address.toLatin1() + '>';
}

} // namespace

struct SmtpSender::Handle
{
    CURL *curl = nullptr;

    Handle() : curl(curl_easy_init()) {}
    ~Handle()
    {
        if (curl)
            curl_easy_cleanup(curl); // QUIT on a connection still open
    }
    Q_DISABLE_COPY_MOVE(Handle)
};

SmtpSender::SmtpSender(SmtpSettings settings) : m_settings(std::move(settings)) {}

SmtpSender::~SmtpSender() = default;

std::optional<QString> SmtpSender::send(const OutgoingMail &mail)
{
    return send(mail.toAddress, MailMessage::build(mail, m_settings.fromAddress, m_settings.fromName));
}

std::optional<QString> SmtpSender::send(const QString &recipient, const QByteArray &message)
{
    if (m_cancel && m_cancel->load())
        return tr("Sending was interrupted.");
    // Angle brackets and line breaks in an address would change the SMTP commands themselves.
    if (!MailMessage::isValidAddress(recipient))
        return tr("The recipient's address is not a plain e-mail address.");
    if (!MailMessage::isValidAddress(m_settings.fromAddress))
        return tr("The sender's address (mail_from) is not a plain e-mail address.");
    if (const CURLcode init = initialiseCurl(); init != CURLE_OK)
        return tr("The mail library could not start: %1").arg(QString::fromUtf8(curl_easy_strerror(init)));
    if (!m_handle)
        m_handle = std::make_unique<Handle>();
    CURL *curl = m_handle->curl;
    if (!curl)
        return tr("The mail library could not start.");
    curl_easy_reset(curl); // options only: the open connection stays for the next message

    std::array<char, CURL_ERROR_SIZE> errorBuffer{};
    Upload upload{message};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = angleAddress(m_settings.fromAddress);
    const QByteArray to = angleAddress(recipient);
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
            curl_slist_append(nullptr, to.constData()), &curl_slist_free_all);
    const long timeout = std::max(1, m_settings.timeoutSeconds);

    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer.data());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_USE_SSL, useSsl(m_settings));
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_settings.user.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_settings.password.toUtf8().constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // timeouts without SIGALRM: we are one thread of many
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &checkCancel);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, m_cancel);

    const CURLcode result = curl_easy_perform(curl);
    // The buffer lives on this stack: the kept handle must not write there later (QUIT at cleanup).
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (result == CURLE_OK)
        return std::nullopt;
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    // libcurl's sentences name the host, the port and the SMTP reply code, never the credentials.
    QString detail = QString::fromUtf8(errorBuffer.data()).trimmed();
    // A connection left in the middle of a refused transaction would answer the next MAIL FROM with
    // an error of its own: the next message starts afresh.
    m_handle.reset();
    if (result == CURLE_ABORTED_BY_CALLBACK)
        return tr("Sending was interrupted.");
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(result));
    if (reply >= 400)
        return tr("The mail server refused the message (SMTP %1): %2").arg(reply).arg(detail);
    return tr("The message could not be handed to the mail server: %1").arg(detail);
}

} // namespace Accueil
