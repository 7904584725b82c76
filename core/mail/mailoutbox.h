#pragma once

#include "domain/audit.h"
#include "domain/portal.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// The e-mail outbox over the store's outgoing_mail table. Other code queues an e-mail by inserting
// an OutgoingMail (status "queued", nextAttemptAt now) in its own transaction, so a booking never
// waits for, nor fails with, the mail server. Sending takes three steps, each one audited write
// checked against the row's version:
//   claim()      counts the attempt and moves nextAttemptAt on by the retry delay before sending, so
//                that another dispatcher leaves the mail alone and a crash mid-send only delays it;
//   markSent()   after the server accepted the message;
//   markFailed() otherwise: it stays queued until nextAttemptAt, or is given up after the last
//                attempt.
// Delivery is at-least-once: a crash between the server's acceptance and markSent() sends the mail
// again at the next attempt (with the same Message-ID). Time comes from the store's clock.
class MailOutbox
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::MailOutbox)

public:
    static constexpr int maxAttempts = 8;

    explicit MailOutbox(Store &store);

    // The minutes to wait after the given failed attempt (1-based): 1, 5, 15, 60, then 240.
    [[nodiscard]] static int retryDelayMinutes(int attempt);
    // Who the outbox's writes are audited as.
    [[nodiscard]] static Actor actor();

    // Queued mails whose next attempt is due now, oldest first, at most limit of them.
    [[nodiscard]] std::vector<OutgoingMail> due(int limit);
    // The mail claimed for one sending attempt (attempts + 1, nextAttemptAt later), or nothing when
    // it changed since it was read (another dispatcher has it, or it is no longer queued). A mail
    // already at maxAttempts (a crash during its last attempt) is given up instead.
    [[nodiscard]] std::optional<OutgoingMail> claim(const OutgoingMail &mail);
    // The claimed mail was accepted by the server.
    OutgoingMail markSent(OutgoingMail mail);
    // The claimed mail's attempt failed with error: retried at nextAttemptAt, or given up (status
    // "failed") when that was the last attempt.
    OutgoingMail markFailed(OutgoingMail mail, const QString &error);
    // No attempt can succeed (an address that is not one): status "failed" now.
    OutgoingMail giveUp(OutgoingMail mail, const QString &error);
    // Why the mail must no longer go, if so: a reminder whose appointment was cancelled, missed or
    // moved since it was queued (the mail server was down meanwhile).
    [[nodiscard]] std::optional<QString> obsolete(const OutgoingMail &mail);

    // How many mails wait to be sent.
    [[nodiscard]] qint64 queued();
    // How many were given up.
    [[nodiscard]] qint64 failed();

private:
    Store &m_store;
};

} // namespace Accueil
