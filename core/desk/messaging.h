#pragma once

#include "domain/appointment.h"
#include "domain/audit.h"
#include "domain/messaging.h"
#include "domain/practitioner.h"
#include "domain/staff.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// What one staff user sees of the messaging: the messages addressed to them or to their groups,
// and those they sent, newest first, with which ones they have read.
struct Inbox
{
    std::vector<Message> messages;
    QSet<qint64> read;

    [[nodiscard]] bool isRead(qint64 messageId) const { return read.contains(messageId); }
};

// The internal messaging ("like a little e-mail, but internal"): staff write to one colleague or
// to a group — the secretariat, a profession ("all GPs"), everyone — optionally about a patient or
// an appointment, urgent or not. Patients' messages from the booking page land in the
// secretariat's group. Nothing here ever pops up: the desk shows counters and a discreet notice.
class Messaging
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::Messaging)

public:
    explicit Messaging(Store &store);

    static inline const QString everyone = QStringLiteral("all");
    static inline const QString secretariat = QStringLiteral("secretariat");
    static inline const QString practitioners = QStringLiteral("practitioners");

    // The groups a user's messages can come through: everyone; the secretariat for secretaries,
    // the coordinator and administrators; all practitioners and their profession for a practitioner.
    [[nodiscard]] static QStringList groupsOf(const StaffUser &user,
                                              const std::optional<Practitioner> &practitioner);
    // "Secrétariat", "Tout le centre", "Médecin généraliste (tous)" …
    [[nodiscard]] static QString groupName(const QString &group);

    // Needs a body and one recipient (a colleague or a group); the sender is the actor.
    Message send(Message message, const Actor &actor);
    [[nodiscard]] Inbox inbox(const StaffUser &user, int limit = 300);
    [[nodiscard]] int unreadCount(const StaffUser &user);
    void markRead(qint64 messageId, const StaffUser &user, const Actor &actor);

    // "The patient has arrived", to the staff accounts of the appointment's practitioner, linked to
    // the appointment. Returns how many were told (none for a room, or a practitioner without account).
    int notifyArrival(const Appointment &appointment, const Actor &actor);

    // Whether a new message should show a notice now: urgent ones always, others unless the user
    // set "do not disturb".
    [[nodiscard]] static bool interrupts(const StaffUser &user, const Message &message);
    StaffUser setDoNotDisturb(StaffUser user, bool on, const Actor &actor);

    [[nodiscard]] std::vector<CannedReply> cannedReplies();
    CannedReply saveCannedReply(CannedReply reply, const Actor &actor);

private:
    [[nodiscard]] QStringList groupsOf(const StaffUser &user);

    Store &m_store;
};

} // namespace Accueil
