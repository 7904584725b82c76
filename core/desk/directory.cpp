#include "directory.h"

#include "domain/professions.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

template<typename T>
const T *byId(const std::vector<T> &values, qint64 id)
{
    const auto found = std::find_if(values.begin(), values.end(), [id](const T &v) { return v.id == id; });
    return found == values.end() ? nullptr : &*found;
}

} // namespace

QString AgendaEntry::title() const
{
    if (!practitioner)
        return agenda.name;
    const QString name = practitioner->fullName();
    // A practitioner with several agendas (osteopathy and physiotherapy) is told apart by the
    // agenda's own name, which otherwise repeats the practitioner's.
    if (!agenda.name.isEmpty() && !agenda.name.contains(practitioner->lastName))
        return name + u" — "_s + agenda.name;
    return name;
}

QString AgendaEntry::shortTitle() const
{
    if (!practitioner)
        return agenda.name;
    if (!practitioner->title.isEmpty())
        return practitioner->title + u' ' + practitioner->lastName;
    return practitioner->firstName.left(1) + u". "_s + practitioner->lastName;
}

QString AgendaEntry::subtitle() const
{
    if (!practitioner)
        return agenda.kind == AgendaKind::Room ? tr("Room") : tr("Equipment");
    if (practitioner->intern) {
        return supervisor ? tr("Intern — supervised by %1").arg(supervisor->fullName()) : tr("Intern");
    }
    return professionName(practitioner->profession);
}

const AppointmentType *AgendaEntry::type(qint64 typeId) const
{
    return byId(types, typeId);
}

Directory::Directory(Store &store) : m_store(store)
{
    reload();
}

void Directory::reload()
{
    m_practitioners = m_store.select<Practitioner>();
    m_services = m_store.select<Service>({}, {}, u"label"_s);
    m_staff = m_store.select<StaffUser>(u"active = ?"_s, {true}, u"display_name"_s);
    const std::vector<Agenda> agendas = m_store.select<Agenda>(u"active = ?"_s, {true}, u"sort_order, id"_s);
    const std::vector<AppointmentType> types
            = m_store.select<AppointmentType>(u"active = ?"_s, {true}, u"agenda_id, duration_minutes, id"_s);
    const std::vector<PractitionerService> offered = m_store.select<PractitionerService>();

    m_agendas.clear();
    m_agendas.reserve(agendas.size());
    std::unordered_map<qint64, std::size_t> index;
    for (const Agenda &agenda : agendas) {
        AgendaEntry entry{agenda, {}, {}, {}, {}};
        if (agenda.practitionerId) {
            if (const Practitioner *practitioner = byId(m_practitioners, *agenda.practitionerId)) {
                entry.practitioner = *practitioner;
                if (practitioner->supervisorId) {
                    if (const Practitioner *senior = byId(m_practitioners, *practitioner->supervisorId))
                        entry.supervisor = *senior;
                }
                for (const PractitionerService &link : offered) {
                    if (link.practitionerId == practitioner->id)
                        entry.serviceIds.push_back(link.serviceId);
                }
            }
        }
        index[agenda.id] = m_agendas.size();
        m_agendas.push_back(std::move(entry));
    }
    for (const AppointmentType &type : types) {
        if (const auto found = index.find(type.agendaId); found != index.end())
            m_agendas[found->second].types.push_back(type);
    }
    // Practitioners by profession in the desk's order, interns after the GPs; the centre's own
    // order inside a profession; rooms and equipment last.
    std::stable_sort(m_agendas.begin(), m_agendas.end(), [](const AgendaEntry &a, const AgendaEntry &b) {
        const auto rank = [](const AgendaEntry &e) {
            if (!e.practitioner)
                return 1000;
            return professionRank(e.practitioner->profession) * 2 + (e.practitioner->intern ? 1 : 0);
        };
        return rank(a) < rank(b);
    });
}

const AgendaEntry *Directory::agenda(qint64 agendaId) const
{
    const auto found = std::find_if(m_agendas.begin(), m_agendas.end(),
                                    [agendaId](const AgendaEntry &e) { return e.agenda.id == agendaId; });
    return found == m_agendas.end() ? nullptr : &*found;
}

QStringList Directory::professions() const
{
    QStringList result;
    for (const AgendaEntry &entry : m_agendas) {
        if (entry.practitioner && !result.contains(entry.practitioner->profession))
            result << entry.practitioner->profession;
    }
    return result;
}

std::vector<qint64> Directory::agendasOfProfession(const QString &profession) const
{
    std::vector<qint64> ids;
    for (const AgendaEntry &entry : m_agendas) {
        if (entry.profession() == profession)
            ids.push_back(entry.agenda.id);
    }
    return ids;
}

std::vector<qint64> Directory::agendasOfService(qint64 serviceId) const
{
    std::vector<qint64> ids;
    for (const AgendaEntry &entry : m_agendas) {
        if (std::find(entry.serviceIds.begin(), entry.serviceIds.end(), serviceId) != entry.serviceIds.end())
            ids.push_back(entry.agenda.id);
    }
    return ids;
}

const StaffUser *Directory::staffUser(qint64 id) const
{
    return byId(m_staff, id);
}

const Practitioner *Directory::practitioner(qint64 id) const
{
    return byId(m_practitioners, id);
}

} // namespace Accueil
