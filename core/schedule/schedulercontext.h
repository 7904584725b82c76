#pragma once

// Private to the scheduler's implementation files.
#include "domain/practitioner.h"
#include "scheduler.h"

namespace Accueil {

// Staff see and book desk, internet and urgent slots; patients on the web follow the online rules.
inline bool isStaffChannel(Channel channel)
{
    return channel != Channel::Web;
}

struct Scheduler::Context
{
    Agenda agenda;
    AppointmentType type;
    std::optional<Practitioner> practitioner;
    RuleBook rules;
};

} // namespace Accueil
