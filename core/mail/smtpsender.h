#pragma once

#include "domain/portal.h"
#include "smtpsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Accueil {

// Hands messages to the centre's SMTP server through libcurl, one at a time, blocking (run it on a
// worker thread). One sender keeps its connection open between messages and says goodbye (QUIT)
// when destroyed, so a batch costs one connection. Not for use from two threads at once.
// Nothing here logs; errors never hold the password, the message or the recipient's address.
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::SmtpSender)

public:
    explicit SmtpSender(SmtpSettings settings);
    ~SmtpSender();
    Q_DISABLE_COPY_MOVE(SmtpSender)

    [[nodiscard]] const SmtpSettings &settings() const { return m_settings; }

    // Once *flag is true, a transfer under way is aborted (within about a second) and no other
    // starts: a worker shutting down. The flag must outlive the sender.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    // Sends message (RFC 5322 bytes, CRLF, not dot-stuffed) from the settings' address to
    // recipient. Nothing when the server accepted it for delivery, else a sentence saying why not.
    [[nodiscard]] std::optional<QString> send(const QString &recipient, const QByteArray &message);
    // Builds mail's message (MailMessage::build) and sends it to mail.toAddress.
    [[nodiscard]] std::optional<QString> send(const OutgoingMail &mail);

private:
    struct Handle;

    SmtpSettings m_settings;
    std::unique_ptr<Handle> m_handle; // created on first use
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Accueil
