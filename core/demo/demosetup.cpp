#include "demosetup.h"

#include "auth/passwordhasher.h"
#include "democentre.h"
#include "demonames.h"
#include "demoschedules.h"
#include "store/store.h"

#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Accueil::Demo {

namespace {

// Dr Bonnet (the fifth GP) moved from 20- to 15-minute slots a year ago.
constexpr int gpWhoShortenedSlots = 4;

// Distinct agenda colours, one per column of the desk.
constexpr auto palette = std::to_array<QStringView>({
        u"#1f77b4", u"#ff7f0e", u"#2ca02c", u"#d62728", u"#9467bd", u"#8c564b", u"#e377c2", u"#7f7f7f",
        u"#bcbd22", u"#17becf", u"#aec7e8", u"#ffbb78", u"#98df8a", u"#ff9896", u"#c5b0d5", u"#c49c94",
        u"#f7b6d2", u"#c7c7c7", u"#dbdb8d", u"#9edae5", u"#e53935", u"#d81b60", u"#8e24aa", u"#5e35b1",
        u"#3949ab", u"#1e88e5", u"#039be5", u"#00acc1", u"#00897b", u"#43a047", u"#7cb342", u"#c0ca33",
        u"#fdd835", u"#ffb300", u"#fb8c00", u"#f4511e", u"#6d4c41", u"#546e7a", u"#ad1457", u"#283593",
});

// Desk columns are grouped by profession in this order.
int professionOrder(QStringView profile)
{
    constexpr auto order = std::to_array<QStringView>(
            {u"gp", u"intern", u"dentist", u"nurse", u"physiotherapist", u"osteopathy", u"dietician",
             u"psychomotor_therapist", u"psychologist", u"orthoptist", u"podiatrist"});
    for (std::size_t i = 0; i < std::size(order); ++i) {
        if (order[i] == profile)
            return int(i + 1) * 100;
    }
    return 2000;
}

bool offersService(int practitioner, QStringView label)
{
    const QStringView lastName = practitionerSpecs()[std::size_t(practitioner)].lastName;
    for (const ServiceSpec &service : serviceSpecs()) {
        if (service.label != label)
            continue;
        for (QStringView name : service.practitioners.split(u',')) {
            if (name == lastName)
                return true;
        }
    }
    return false;
}

QString profileOf(const PractitionerSpec &spec)
{
    if (!spec.supervisor.isEmpty())
        return u"intern"_s;
    if (spec.profession == u"osteopath")
        return u"osteopathy"_s;
    return spec.profession.toString();
}

QString fullName(const PractitionerSpec &spec)
{
    const QString name = spec.firstName + u' ' + spec.lastName;
    return spec.title.isEmpty() ? name : spec.title + u' ' + name;
}

std::vector<Slot> slotsOf(const std::vector<TemplateRange> &ranges, int weekday)
{
    std::vector<Slot> grid;
    for (const TemplateRange &range : ranges) {
        if (range.weekday != weekday)
            continue;
        for (int start = range.startMinute; start + range.slotMinutes <= range.endMinute;
             start += range.slotMinutes) {
            grid.push_back({start, range.slotMinutes, range.kind});
        }
    }
    std::sort(grid.begin(), grid.end(), [](const Slot &a, const Slot &b) { return a.start < b.start; });
    return grid;
}

// The interns' current semester: May to October or November to April.
std::pair<QDate, QDate> semesterAround(const QDate &today)
{
    QDate start;
    if (today.month() >= 11) {
        start = QDate(today.year(), 11, 1);
    } else if (today.month() >= 5) {
        start = QDate(today.year(), 5, 1);
    } else {
        start = QDate(today.year() - 1, 11, 1);
    }
    return {start, start.addMonths(6).addDays(-1)};
}

} // namespace

CentreBuilder::CentreBuilder(Store &store, Actor actor, QDate history, QDate today)
    : m_store(store)
    , m_actor(std::move(actor))
    , m_history(history)
    , m_today(today)
{}

CentreSetup CentreBuilder::build()
{
    CentreSetup setup;
    configureCentre();
    addPractitioners(setup);
    addServices(setup);
    addAgendas(setup);
    addStaff(setup);
    return setup;
}

void CentreBuilder::configureCentre()
{
    const CentreSpec spec = centreSpec();
    Centre centre = m_store.centre().value_or(Centre{});
    centre.name = spec.name.toString();
    centre.address = spec.address.toString();
    centre.phone = spec.phone.toString();
    centre.email = spec.email.toString();
    centre.timeZone = u"Europe/Paris"_s;
    centre.publicHolidayRegion = u"FR"_s;
    if (centre.id == 0) {
        m_store.insert(centre, m_actor);
    } else {
        m_store.update(centre, m_actor);
    }
    // The reminders most centres choose: an e-mail two days before, a text message two hours before.
    if (m_store.count<ReminderRule>() == 0) {
        for (const auto &[medium, minutes] : {std::pair{u"email"_s, 48 * 60}, std::pair{u"sms"_s, 120}}) {
            ReminderRule rule;
            rule.medium = medium;
            rule.minutesBefore = minutes;
            m_store.insert(rule, m_actor);
        }
    }
}

void CentreBuilder::addPractitioners(CentreSetup &setup)
{
    const auto specs = practitionerSpecs();
    setup.gpIndex.assign(specs.size(), -1);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const PractitionerSpec &spec = specs[i];
        Practitioner practitioner;
        practitioner.title = spec.title.toString();
        practitioner.firstName = spec.firstName.toString();
        practitioner.lastName = spec.lastName.toString();
        practitioner.profession = spec.profession.toString();
        practitioner.description = spec.description.toString();
        practitioner.acceptsNewPatients = spec.acceptsNewPatients;
        if (!spec.supervisor.isEmpty()) {
            practitioner.intern = true;
            for (std::size_t s = 0; s < i; ++s) {
                if (specs[s].lastName == spec.supervisor) {
                    practitioner.supervisorId = setup.practitionerIds[s];
                    setup.gpIndex[i] = setup.gpIndex[s];
                }
            }
        } else if (spec.profession == u"gp") {
            setup.gpIndex[i] = setup.gpCount++;
        }
        setup.practitionerIds.push_back(m_store.insert(practitioner, m_actor).id);
    }
}

void CentreBuilder::addServices(const CentreSetup &setup)
{
    const auto specs = practitionerSpecs();
    for (const ServiceSpec &spec : serviceSpecs()) {
        Service service;
        service.label = spec.label.toString();
        service.keywords = spec.keywords.toString();
        const qint64 serviceId = m_store.insert(service, m_actor).id;
        for (QStringView name : spec.practitioners.split(u',')) {
            for (std::size_t i = 0; i < specs.size(); ++i) {
                if (specs[i].lastName == name)
                    m_store.insert(PractitionerService{0, setup.practitionerIds[i], serviceId, 0}, m_actor);
            }
        }
    }
}

PlannedTemplate CentreBuilder::addTemplate(qint64 agendaId, const QString &label, const QDate &from,
                                           const QDate &to, std::vector<TemplateRange> ranges)
{
    const ScheduleTemplate stored
            = m_store.insert(ScheduleTemplate{0, agendaId, label, from, to, 0}, m_actor);
    PlannedTemplate plan;
    plan.from = from;
    plan.to = to;
    for (int weekday = 1; weekday <= 7; ++weekday)
        plan.days[std::size_t(weekday)] = slotsOf(ranges, weekday);
    for (TemplateRange &range : ranges)
        range.templateId = stored.id;
    m_store.importAll(ranges, m_actor, u"seed-demo"_s, false);
    return plan;
}

void CentreBuilder::addAgenda(CentreSetup &setup, AgendaPlan plan, const QString &name, int sortOrder,
                              int index)
{
    Agenda agenda;
    agenda.kind = AgendaKind::Practitioner;
    if (plan.practitioner >= 0) {
        agenda.practitionerId = setup.practitionerIds[std::size_t(plan.practitioner)];
    } else {
        agenda.kind = plan.profile->key == u"ultrasound" ? AgendaKind::Equipment : AgendaKind::Room;
    }
    agenda.name = name;
    agenda.colour = palette[std::size_t(m_colour++) % std::size(palette)].toString();
    agenda.sortOrder = sortOrder;
    plan.agendaId = m_store.insert(agenda, m_actor).id;
    if (plan.practitioner >= 0)
        setup.agendasOf[std::size_t(plan.practitioner)].push_back(plan.agendaId);

    for (const TypeSpec &spec : plan.profile->types) {
        AppointmentType type;
        type.agendaId = plan.agendaId;
        type.label = spec.label.toString();
        type.durationMinutes = spec.minutes;
        type.colour = spec.colour.toString();
        type.onlineBookable = spec.online;
        type.allowedSlotKinds = spec.allowedKinds.toString();
        type.seriesSessions = spec.seriesSessions;
        type.seriesPerWeek = spec.seriesPerWeek;
        if (spec.minAgeMonths >= 0)
            type.minAgeMonths = spec.minAgeMonths;
        if (spec.maxAgeMonths >= 0)
            type.maxAgeMonths = spec.maxAgeMonths;
        PlannedType planned;
        planned.id = m_store.insert(type, m_actor).id;
        planned.spec = &spec;
        planned.weight = spec.weight;
        if (!spec.service.isEmpty()) {
            // Patients find the practitioner who offers the service ("who does what").
            const bool offers = plan.practitioner >= 0 && offersService(plan.practitioner, spec.service);
            planned.weight = offers ? spec.weight * 2 : (spec.exclusive ? 0 : std::max(1, spec.weight / 3));
        }
        if (!spec.reasons.isEmpty()) {
            for (QStringView reason : spec.reasons.split(u'|'))
                planned.reasons << reason.toString();
        }
        plan.types.push_back(std::move(planned));
    }

    const QString profile = plan.profile->key.toString();
    const QDate from(m_history.year(), m_history.month(), 1);
    if (profile == u"intern") {
        const auto [start, end] = semesterAround(m_today);
        const QString label = start.month() == 11
                                      ? u"Semestre d'hiver %1-%2"_s.arg(start.year()).arg(start.year() + 1)
                                      : u"Semestre d'été %1"_s.arg(start.year());
        plan.templates.push_back(addTemplate(plan.agendaId, label, start, end, weekPlan(profile, index)));
    } else if (profile == u"gp" && index == gpWhoShortenedSlots && m_today.addYears(-1) > from) {
        // This GP moved from 20- to 15-minute consultations a year ago: two successive templates.
        const QDate change = m_today.addYears(-1);
        plan.templates.push_back(addTemplate(plan.agendaId, u"Semaine type (créneaux de 20 min)"_s, from,
                                             change.addDays(-1), weekPlan(profile, index, 20)));
        plan.templates.push_back(
                addTemplate(plan.agendaId, u"Semaine type"_s, change, {}, weekPlan(profile, index, 15)));
    } else {
        plan.templates.push_back(
                addTemplate(plan.agendaId, u"Semaine type"_s, from, {}, weekPlan(profile, index)));
    }
    setup.agendas.push_back(std::move(plan));
}

void CentreBuilder::addAgendas(CentreSetup &setup)
{
    const auto specs = practitionerSpecs();
    setup.agendasOf.resize(specs.size());
    QHash<QString, int> perProfile;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const PractitionerSpec &spec = specs[i];
        const QString profile = profileOf(spec);
        AgendaPlan plan;
        plan.profile = &agendaProfile(profile);
        plan.practitioner = int(i);
        plan.gp = setup.gpIndex[i];
        const int index = perProfile[profile]++;
        const int sortOrder = professionOrder(profile) + 2 * index; // room for a second agenda next to it
        addAgenda(setup, plan, fullName(spec), sortOrder, index);
        if (!spec.secondAgenda.isEmpty()) {
            AgendaPlan second;
            second.profile = &agendaProfile(u"osteopathy");
            second.practitioner = int(i);
            const int secondIndex = perProfile[u"osteopathy"_s]++;
            addAgenda(setup, second, spec.secondAgenda + u" — "_s + spec.firstName + u' ' + spec.lastName,
                      sortOrder + 1, secondIndex);
        }
    }
    struct Resource
    {
        QStringView profile;
        QStringView name;
    };
    constexpr auto resources = std::to_array<Resource>({{u"surgery_room", u"Salle de petite chirurgie"},
                                                        {u"meeting_room", u"Salle de réunion"},
                                                        {u"ultrasound", u"Échographe"}});
    int order = 5000;
    for (const Resource &resource : resources) {
        AgendaPlan plan;
        plan.profile = &agendaProfile(resource.profile);
        addAgenda(setup, plan, resource.name.toString(), order++, 0);
    }
}

void CentreBuilder::addStaff(CentreSetup &setup)
{
    const PasswordHasher hasher(PasswordHasher::Strength::Minimum);
    const QDateTime created(m_history.addDays(-30), QTime(9, 0), Qt::UTC);
    QSet<QString> initials;
    for (const OfficeStaffSpec &spec : officeStaffSpecs()) {
        StaffUser user;
        user.login = spec.login.toString();
        user.displayName = spec.displayName.toString();
        user.initials = spec.initials.toString();
        user.role = spec.role;
        user.passwordHash = hasher.hash(u"demo"_s);
        user.createdAt = created;
        initials.insert(user.initials);
        const qint64 id = m_store.insert(user, m_actor).id;
        if (spec.role == Role::Secretary) {
            setup.staff.secretaries.push_back(id);
        } else if (spec.role == Role::Coordinator) {
            setup.staff.coordinator = id;
        }
    }

    const auto specs = practitionerSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const PractitionerSpec &spec = specs[i];
        StaffUser user;
        user.login = practitionerLogin(spec);
        user.displayName = fullName(spec);
        user.role = Role::Practitioner;
        user.practitionerId = setup.practitionerIds[i];
        user.passwordHash = hasher.hash(u"demo"_s);
        user.createdAt = created;
        // Initials must tell everyone apart: Nicolas Roux is "NR", so Nathalie Robin becomes "NRO".
        const QString first = asciiFold(spec.firstName.left(1)).toUpper();
        const QString last = spec.lastName.toString().remove(u' ').toUpper();
        QString candidate = first + last.left(1);
        for (int extra = 1; initials.contains(candidate) && extra < last.size(); ++extra)
            candidate = first + last.left(1) + last.mid(extra, 1);
        initials.insert(candidate);
        user.initials = candidate;
        const qint64 id = m_store.insert(user, m_actor).id;
        for (AgendaPlan &plan : setup.agendas) {
            if (plan.practitioner == int(i))
                plan.staffId = id;
        }
    }
}

} // namespace Accueil::Demo
