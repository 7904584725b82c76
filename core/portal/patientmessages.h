#pragma once

#include "domain/messaging.h"
#include "domain/patient.h"
#include "portallanguage.h"
#include "portalsettings.h"

#include <QStringList>

#include <optional>

namespace Accueil {

class Store;

struct PatientMessage
{
    QString category;                // "absence", "invoice", "care_form", "question"
    QString text;                    // 1–2000 characters
    std::optional<qint64> patientId; // the account's own; the holder when not given
    std::optional<qint64> bookingId; // the account's own
};

// A patient's message from the booking page, to the secretariat's inbox at the desk (apart from
// appointment reasons, which are never a message channel).
class PatientMessages
{
public:
    PatientMessages(Store &store, PortalSettings settings, Language language = Language::French);

    static inline const QStringList categories{QStringLiteral("absence"), QStringLiteral("invoice"),
                                               QStringLiteral("care_form"), QStringLiteral("question")};
    static constexpr int maxText = 2000;

    Message send(const PatientAccount &account, const PatientMessage &message);

private:
    Store &m_store;
    PortalSettings m_settings;
    Language m_language;
};

} // namespace Accueil
