#pragma once

#include "domain/appointment.h"
#include "domain/patient.h"
#include "portallanguage.h"
#include "portalsettings.h"
#include "schedule/bookingrules.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// An appointment as the booking page shows it, with what the patient may still do online.
struct PortalBooking
{
    Appointment appointment;
    Patient patient;
    QString practitioner; // "Dr Claire Fabre" (the agenda's name when it is not a practitioner's)
    QString typeLabel;
    QString address; // the centre's
    QDateTime cancelUntil;
    std::optional<Refusal> cancelRefusal;     // none: it can be cancelled online now
    std::optional<Refusal> rescheduleRefusal; // none: it can be moved online now
};

struct WebBooking
{
    qint64 agendaId = 0;
    qint64 typeId = 0;
    QDateTime start;
    qint64 patientId = 0;
    QString reason; // at most 200 characters: why the patient comes, not a message
};

// The appointments of an account's holder and dependants, and booking, cancelling and moving them
// online through the scheduler (Channel::Web: the online rules apply). Each change queues its
// e-mail in the same transaction. Refusals are StoreErrors: SlotTaken, RuleRefused (code() names
// the rule), Invalid / forbidden for someone else's appointment, NotFound.
class PatientBookings
{
public:
    PatientBookings(Store &store, PortalSettings settings, Language language = Language::French);

    static constexpr int maxReason = 200;

    // past: the ones that started before now, newest first (at most 200); else the coming ones
    // not cancelled, soonest first.
    [[nodiscard]] std::vector<PortalBooking> list(const PatientAccount &account, bool past);
    [[nodiscard]] PortalBooking get(const PatientAccount &account, qint64 appointmentId);
    PortalBooking book(const PatientAccount &account, const WebBooking &request);
    PortalBooking cancel(const PatientAccount &account, qint64 appointmentId);
    // To another time, in the same agenda or another agenda of the same practitioner.
    PortalBooking reschedule(const PatientAccount &account, qint64 appointmentId, const QDateTime &start,
                             std::optional<qint64> agendaId = {});

private:
    [[nodiscard]] Appointment owned(const PatientAccount &account, qint64 appointmentId);
    struct Views; // what the views of several appointments share, read once
    [[nodiscard]] PortalBooking view(const Appointment &appointment, Views &views);
    [[nodiscard]] std::optional<Refusal> statusRefusal(const Appointment &appointment) const;

    Store &m_store;
    PortalSettings m_settings;
    Language m_language;
};

} // namespace Accueil
