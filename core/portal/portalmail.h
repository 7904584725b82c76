#pragma once

#include "domain/audit.h"
#include "domain/centre.h"
#include "domain/portal.h"
#include "portalsettings.h"

namespace Accueil {

class Store;
struct PatientAccount;
struct PortalBooking;

// The booking page's e-mails, in the account's language, queued in the outbox (status "queued",
// due now) for the mail dispatcher to send. Each queue call inserts one OutgoingMail row in the
// caller's transaction, so an e-mail goes out exactly when the change it tells of is committed.
class PortalMail
{
public:
    PortalMail(Store &store, PortalSettings settings);

    OutgoingMail verification(const PatientAccount &account, const QString &token, const Actor &actor);
    OutgoingMail passwordReset(const PatientAccount &account, const QString &token, const Actor &actor);
    // A new appointment, or one moved to another time (moved).
    OutgoingMail confirmation(const PatientAccount &account, const PortalBooking &booking, bool moved,
                              const Actor &actor);
    OutgoingMail cancellation(const PatientAccount &account, const PortalBooking &booking,
                              const Actor &actor);

private:
    OutgoingMail queue(const PatientAccount &account, const QString &kind, const QString &subject,
                       const QString &body, std::optional<qint64> appointmentId, const Actor &actor);
    // "Maison de santé des Tilleuls", its address and phone: how every e-mail ends.
    [[nodiscard]] QString signature() const;
    [[nodiscard]] QString link(const QString &fragment) const;

    Store &m_store;
    PortalSettings m_settings;
    Centre m_centre;
};

} // namespace Accueil
