#pragma once

#include "domain/agenda.h"
#include "domain/centre.h"
#include "domain/practitioner.h"
#include "portallanguage.h"
#include "schedule/scheduler.h"

#include <QDate>
#include <QList>

#include <map>
#include <optional>
#include <vector>

namespace Accueil {

class Store;

// A practitioner as the booking page lists them: only the agendas with a type bookable online.
struct CataloguePractitioner
{
    Practitioner practitioner;
    std::optional<Practitioner> supervisor; // an intern's
    std::vector<Service> services;
    std::vector<Agenda> agendas;
};

// "Who does what": a service and who offers it.
struct CatalogueService
{
    struct Offer
    {
        Practitioner practitioner;
        QList<qint64> agendaIds; // their agendas bookable online
    };
    Service service;
    std::vector<Offer> offers;
};

// Free internet slots of a type over some days, within the horizon.
struct WebAvailability
{
    qint64 agendaId = 0;
    qint64 typeId = 0;
    QDate from;
    QDate to; // cut at the horizon
    std::vector<FreeSlot> slots;
    QDate horizonEnd;
    std::optional<FreeSlot> nextFree; // the first one after `to`, within the horizon
    BookingRules rules;               // the agenda's (urgent slots' release)
};

// What anyone may read on the booking page without an account: the centre, its practitioners and
// services, the types bookable online and their free times. Unknown or inactive agendas and types
// are NotFound; a bad period is Invalid / bad_request.
class Catalogue
{
public:
    enum class Memory {
        ReadEachTime,
        // Remember the centre, the agendas and types bookable online and the agendas' structure
        // (Scheduler::rememberStructure): for a catalogue kept only while the store's revision
        // does not move (the booking server's, see ReadCache).
        RememberStructure
    };

    explicit Catalogue(Store &store, Language language = Language::French,
                       Memory memory = Memory::ReadEachTime);

    // The language of the refusals from now on.
    void setLanguage(Language language) { m_language = language; }

    static constexpr int maxDays = 31;
    static constexpr int defaultDays = 7;

    [[nodiscard]] Centre centre();
    // Active practitioners with an agenda bookable online; profession: a key ("gp") or empty;
    // query: words to find in their name, profession or services (accents and case ignored).
    [[nodiscard]] std::vector<CataloguePractitioner> practitioners(const QString &profession,
                                                                   const QString &query);
    [[nodiscard]] std::vector<CatalogueService> services(const QString &query);
    // The types bookable online in the agenda, shortest first.
    [[nodiscard]] std::vector<AppointmentType> types(qint64 agendaId);
    // from defaults to today, to to a week from `from`; at most maxDays days.
    [[nodiscard]] WebAvailability availability(qint64 agendaId, qint64 typeId, std::optional<QDate> from,
                                               std::optional<QDate> to);

private:
    [[nodiscard]] Agenda onlineAgenda(qint64 agendaId);
    // Active agendas with an active type bookable online.
    [[nodiscard]] std::vector<Agenda> onlineAgendas();

    Store &m_store;
    Language m_language;
    Scheduler m_scheduler;
    bool m_remember = false;
    std::optional<Centre> m_centre;
    std::optional<std::vector<Agenda>> m_onlineAgendas;
    std::map<qint64, std::vector<AppointmentType>> m_types; // by agenda
};

} // namespace Accueil
