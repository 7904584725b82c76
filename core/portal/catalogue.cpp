#include "catalogue.h"

#include "domain/patient.h"
#include "domain/professions.h"
#include "portalerrors.h"
#include "store/store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// Every word of the query is somewhere in the text (both folded).
bool matches(const QString &foldedText, const QStringList &words)
{
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &word) { return foldedText.contains(word); });
}

QStringList queryWords(const QString &query)
{
    return foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

Catalogue::Catalogue(Store &store, Language language, Memory memory)
    : m_store(store)
    , m_language(language)
    , m_scheduler(store)
    , m_remember(memory == Memory::RememberStructure)
{
    if (m_remember)
        m_scheduler.rememberStructure();
}

Centre Catalogue::centre()
{
    if (m_centre)
        return *m_centre;
    std::optional<Centre> centre = m_store.centre();
    if (m_remember)
        m_centre = centre;
    if (!centre) {
        const Wording say(m_language);
        refuse(StoreError::Kind::NotFound, PortalCode::notFound,
               say(u"This database has no centre."_s, u"Cette base de données n'a pas de centre."_s));
    }
    return *centre;
}

std::vector<Agenda> Catalogue::onlineAgendas()
{
    if (m_onlineAgendas)
        return *m_onlineAgendas;
    std::vector<Agenda> agendas = m_store.select<Agenda>(
            u"active = ? AND id IN (SELECT agenda_id FROM appointment_type WHERE active = ? AND "
            "online_bookable = ?)"_s,
            {true, true, true}, u"sort_order, id"_s);
    if (m_remember)
        m_onlineAgendas = agendas;
    return agendas;
}

Agenda Catalogue::onlineAgenda(qint64 agendaId)
{
    for (const Agenda &agenda : onlineAgendas()) {
        if (agenda.id == agendaId)
            return agenda;
    }
    const Wording say(m_language);
    refuse(StoreError::Kind::NotFound, PortalCode::notFound,
           say(u"This agenda does not exist or cannot be booked online."_s,
               u"Cet agenda n'existe pas ou ne se réserve pas en ligne."_s));
}

std::vector<CataloguePractitioner> Catalogue::practitioners(const QString &profession, const QString &query)
{
    const std::vector<Agenda> agendas = onlineAgendas();
    const std::vector<Practitioner> everyone = m_store.select<Practitioner>({}, {}, u"id"_s);
    const std::vector<Service> services = m_store.select<Service>({}, {}, u"label, id"_s);
    const std::vector<PractitionerService> links = m_store.select<PractitionerService>();
    const QStringList words = queryWords(query);

    std::vector<CataloguePractitioner> result;
    for (const Practitioner &practitioner : everyone) {
        if (!practitioner.active || (!profession.isEmpty() && practitioner.profession != profession))
            continue;
        CataloguePractitioner entry;
        entry.practitioner = practitioner;
        std::copy_if(agendas.begin(), agendas.end(), std::back_inserter(entry.agendas),
                     [&](const Agenda &a) { return a.practitionerId == practitioner.id; });
        if (entry.agendas.empty())
            continue;
        QString text = practitioner.fullName() + u' ' + professionName(practitioner.profession);
        for (const Service &service : services) {
            const bool offers = std::any_of(links.begin(), links.end(), [&](const PractitionerService &l) {
                return l.practitionerId == practitioner.id && l.serviceId == service.id;
            });
            if (offers) {
                entry.services.push_back(service);
                text += u' ' + service.label + u' ' + service.keywords;
            }
        }
        if (!matches(foldForSearch(text), words))
            continue;
        if (practitioner.supervisorId) {
            const auto supervisor
                    = std::find_if(everyone.begin(), everyone.end(),
                                   [&](const Practitioner &p) { return p.id == *practitioner.supervisorId; });
            if (supervisor != everyone.end())
                entry.supervisor = *supervisor;
        }
        result.push_back(std::move(entry));
    }
    std::stable_sort(
            result.begin(), result.end(), [](const CataloguePractitioner &a, const CataloguePractitioner &b) {
                const int rankA = professionRank(a.practitioner.profession);
                const int rankB = professionRank(b.practitioner.profession);
                if (rankA != rankB)
                    return rankA < rankB;
                return foldForSearch(QString(a.practitioner.lastName + u' ' + a.practitioner.firstName))
                       < foldForSearch(QString(b.practitioner.lastName + u' ' + b.practitioner.firstName));
            });
    return result;
}

std::vector<CatalogueService> Catalogue::services(const QString &query)
{
    const std::vector<Agenda> agendas = onlineAgendas();
    const std::vector<Practitioner> practitioners
            = m_store.select<Practitioner>(u"active = ?"_s, {true}, u"last_name, first_name, id"_s);
    const std::vector<PractitionerService> links = m_store.select<PractitionerService>();
    const QStringList words = queryWords(query);

    std::vector<CatalogueService> result;
    for (const Service &service : m_store.select<Service>({}, {}, u"label, id"_s)) {
        if (!matches(foldForSearch(QString(service.label + u' ' + service.keywords)), words))
            continue;
        CatalogueService entry;
        entry.service = service;
        for (const Practitioner &practitioner : practitioners) {
            const bool offers = std::any_of(links.begin(), links.end(), [&](const PractitionerService &l) {
                return l.practitionerId == practitioner.id && l.serviceId == service.id;
            });
            if (!offers)
                continue;
            CatalogueService::Offer offer{practitioner, {}};
            for (const Agenda &agenda : agendas) {
                if (agenda.practitionerId == practitioner.id)
                    offer.agendaIds << agenda.id;
            }
            entry.offers.push_back(std::move(offer));
        }
        result.push_back(std::move(entry));
    }
    return result;
}

std::vector<AppointmentType> Catalogue::types(qint64 agendaId)
{
    const Agenda agenda = onlineAgenda(agendaId);
    if (const auto kept = m_types.find(agenda.id); kept != m_types.end())
        return kept->second;
    std::vector<AppointmentType> types
            = m_store.select<AppointmentType>(u"agenda_id = ? AND active = ? AND online_bookable = ?"_s,
                                              {agenda.id, true, true}, u"duration_minutes, label, id"_s);
    if (m_remember)
        m_types.emplace(agenda.id, types);
    return types;
}

WebAvailability Catalogue::availability(qint64 agendaId, qint64 typeId, std::optional<QDate> from,
                                        std::optional<QDate> to)
{
    const Wording say(m_language);
    const Agenda agenda = onlineAgenda(agendaId);
    const std::vector<AppointmentType> online = types(agenda.id);
    if (std::none_of(online.begin(), online.end(),
                     [&](const AppointmentType &t) { return t.id == typeId; })) {
        refuse(StoreError::Kind::NotFound, PortalCode::notFound,
               say(u"This type of appointment cannot be booked online in this agenda."_s,
                   u"Ce type de rendez-vous ne se réserve pas en ligne dans cet agenda."_s));
    }
    Scheduler &scheduler = m_scheduler;
    const QDateTime now = m_store.clock().now();
    const QDate today = now.toTimeZone(scheduler.zone()).date();
    WebAvailability result;
    result.agendaId = agenda.id;
    result.typeId = typeId;
    result.from = from.value_or(today);
    result.to = to.value_or(result.from.addDays(defaultDays - 1));
    if (!result.from.isValid() || !result.to.isValid() || result.to < result.from) {
        refuse(StoreError::Kind::Invalid, PortalCode::badRequest,
               say(u"The period must end on or after its first day."_s,
                   u"La période doit finir le jour où elle commence ou après."_s));
    }
    if (result.from.daysTo(result.to) >= maxDays) {
        refuse(StoreError::Kind::Invalid, PortalCode::badRequest,
               say(u"Ask for at most %1 days at a time."_s, u"Demandez au plus %1 jours à la fois."_s)
                       .arg(maxDays));
    }
    const RuleBook rules = scheduler.rulesFor(agenda.id);
    result.rules = rules.rules();
    result.horizonEnd = rules.lastOnlineDate(now);
    result.to = std::max(result.from, std::min(result.to, result.horizonEnd));
    if (result.from <= result.horizonEnd)
        result.slots = scheduler.availability(agenda.id, typeId, result.from, result.to, Channel::Web);
    if (result.to < result.horizonEnd) {
        const QDateTime after = QDateTime(result.to.addDays(1), QTime(0, 0), scheduler.zone()).toUTC();
        const std::vector<FreeSlot> next = scheduler.nextFree({{agenda.id, typeId}}, after, Channel::Web,
                                                              int(result.to.daysTo(result.horizonEnd)));
        if (!next.empty())
            result.nextFree = next.front();
    }
    return result;
}

} // namespace Accueil
