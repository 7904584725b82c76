#include "demoseeder.h"

#include "auth/passwordhasher.h"
#include "demoappointments.h"
#include "democentre.h"
#include "demopatients.h"
#include "demosetup.h"
#include "schedule/frenchholidays.h"
#include "store/store.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accueil {

using namespace Demo;

namespace {

QString seedLabel()
{
    return u"seed-demo"_s;
}

// About five weeks off a year: three in summer, one around Christmas or in February, one in
// spring or at All Saints'. Returns the Julian days of the Mondays of those weeks.
QSet<qint64> holidayWeeks(DemoRandom &random, int firstYear, int lastYear)
{
    QSet<qint64> mondays;
    auto addWeeks = [&](const QDate &day, int weeks) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        for (int w = 0; w < weeks; ++w)
            mondays.insert(monday.addDays(qint64(7) * w).toJulianDay());
    };
    for (int year = firstYear; year <= lastYear; ++year) {
        if (random.chance(0.7)) {
            addWeeks(QDate(year, 7, 1).addDays(random.below(45)), 3);
        } else {
            addWeeks(QDate(year, 7, 1).addDays(random.below(20)), 2);
            addWeeks(QDate(year, 8, 10).addDays(random.below(14)), 1);
        }
        if (random.chance(0.5)) {
            addWeeks(QDate(year, 12, 22), 1);
        } else {
            addWeeks(QDate(year, 2, 8).addDays(random.below(21)), 1);
        }
        if (random.chance(0.5)) {
            addWeeks(QDate(year, 4, 6).addDays(random.below(28)), 1);
        } else {
            addWeeks(QDate(year, 10, 22), 1);
        }
    }
    return mondays;
}

// One "Congés" block per run of consecutive holiday weeks, on each of the practitioner's agendas.
void addHolidayBlocks(std::vector<ScheduleException> &blocks, const QSet<qint64> &mondays,
                      const std::vector<qint64> &agendaIds, const QTimeZone &zone, const QDateTime &now)
{
    QList<qint64> sorted(mondays.cbegin(), mondays.cend());
    std::sort(sorted.begin(), sorted.end());
    auto localMidnight = [&](qint64 julian) {
        return QDateTime(QDate::fromJulianDay(julian), QTime(0, 0), zone).toUTC();
    };
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i + 1;
        while (j < sorted.size() && sorted[j] == sorted[j - 1] + 7)
            ++j;
        const QDateTime start = localMidnight(sorted[i]);
        const QDateTime end = localMidnight(sorted[j - 1] + 7);
        // Holidays are blocked months ahead.
        const QDateTime created = std::min(start.addDays(-90), now.addDays(-1));
        for (qint64 agendaId : agendaIds) {
            ScheduleException block;
            block.agendaId = agendaId;
            block.action = u"block"_s;
            block.start = start;
            block.end = end;
            block.kind = SlotKind::Unavailable;
            block.label = u"Congés"_s;
            block.createdAt = created;
            blocks.push_back(block);
        }
        i = j;
    }
}

// Imports the patients (receiving their ids), their online accounts and the accounts' members;
// returns the account ids in people.accounts order.
std::vector<qint64> importPatients(Store &store, const Actor &actor, DemoRandom &random, PatientSet &people)
{
    Transaction transaction(store.database());
    store.importAll(people.patients, actor, seedLabel(), true);
    const PasswordHasher hasher(PasswordHasher::Strength::Minimum);
    std::vector<PatientAccount> accounts;
    accounts.reserve(people.accounts.size());
    for (const PatientSet::AccountPlan &plan : people.accounts) {
        PatientAccount account;
        account.email = plan.email;
        account.passwordHash = hasher.hash(u"demo"_s);
        account.holderPatientId = people.patients[std::size_t(plan.holder)].id;
        account.createdAt = plan.createdAt;
        if (plan.verified)
            account.emailVerifiedAt = plan.createdAt.addSecs(random.between(60, 3600));
        accounts.push_back(std::move(account));
    }
    store.importAll(accounts, actor, seedLabel(), true);
    std::vector<qint64> ids;
    std::vector<AccountMember> members;
    for (std::size_t a = 0; a < accounts.size(); ++a) {
        ids.push_back(accounts[a].id);
        for (const PatientSet::Member &member : people.accounts[a].members) {
            members.push_back(
                    {0, accounts[a].id, people.patients[std::size_t(member.patient)].id, member.relation, 0});
        }
    }
    store.importAll(members, actor, seedLabel(), false);
    transaction.commit();
    return ids;
}

// What the appointment generator keeps of each patient, and who comes to whom.
void preparePatients(AppointmentGenerator::Context &context, const PatientSet &people,
                     const std::vector<qint64> &accountIds, const QDate &today, int gpCount)
{
    context.patients.resize(people.patients.size());
    for (std::size_t i = 0; i < people.patients.size(); ++i) {
        const Patient &patient = people.patients[i];
        DemoPatient &demo = context.patients[i];
        demo.id = patient.id;
        demo.birthDay = patient.birthDate.toJulianDay();
        demo.sex = patient.sex;
        demo.phone = people.contactPhone[i];
        demo.companion = people.companion[i];
    }
    for (std::size_t a = 0; a < people.accounts.size(); ++a) {
        for (const PatientSet::Member &member : people.accounts[a].members) {
            DemoPatient &demo = context.patients[std::size_t(member.patient)];
            if (!demo.accountId)
                demo.accountId = accountIds[a];
        }
    }

    context.gpPools.resize(std::size_t(gpCount));
    context.gpWebPools.resize(std::size_t(gpCount));
    const qint64 elderly = today.addYears(-70).toJulianDay();
    for (std::size_t i = 0; i < context.patients.size(); ++i) {
        const DemoPatient &demo = context.patients[i];
        const int index = int(i);
        context.everyone.add(index, demo.birthDay);
        if (demo.accountId)
            context.everyoneOnline.add(index, demo.birthDay);
        const int gp = people.gp[i];
        if (gp < 0)
            continue;
        // The elderly see their doctor about twice as often.
        const int weight = demo.birthDay < elderly ? 2 : 1;
        for (int w = 0; w < weight; ++w) {
            context.gpPools[std::size_t(gp)].add(index, demo.birthDay);
            if (demo.accountId)
                context.gpWebPools[std::size_t(gp)].add(index, demo.birthDay);
        }
    }
    context.everyone.finish();
    context.everyoneOnline.finish();
    for (std::size_t gp = 0; gp < std::size_t(gpCount); ++gp) {
        context.gpPools[gp].finish();
        context.gpWebPools[gp].finish();
    }
}

} // namespace

DemoSeeder::DemoSeeder(Store &store, DemoOptions options) : m_store(store), m_options(options) {}

void DemoSeeder::run(const Progress &progress)
{
    auto report = [&](const QString &stage, int percent) {
        if (progress)
            progress(stage, percent);
    };
    if (m_store.count<Practitioner>() > 0 || m_store.count<Patient>() > 0) {
        throw StoreError(StoreError::Kind::AlreadyInitialised,
                         u"This database already has practitioners or patients: demo data only goes into an "
                         "empty centre."_s);
    }

    const Actor actor = Actor::system(seedLabel());
    const QTimeZone zone("Europe/Paris");
    const QDateTime now = m_store.clock().now().toUTC();
    const QDate today = now.toTimeZone(zone).date();
    const QDate history = today.addYears(-std::max(0, m_options.years));
    const QDate last = today.addMonths(std::max(0, m_options.futureMonths));
    DemoRandom random(m_options.seed);

    report(u"Praticiens"_s, 0);
    CentreSetup setup;
    {
        Transaction transaction(m_store.database());
        setup = CentreBuilder(m_store, actor, history, today).build();
        transaction.commit();
    }

    report(u"Patients"_s, 3);
    PatientSet people = PatientGenerator(random, today, history, now, setup.gpCount)
                                .generate(std::max(0, m_options.patients));
    const std::vector<qint64> accountIds = importPatients(m_store, actor, random, people);

    AppointmentGenerator::Context context{.store = m_store, .random = random, .zone = zone, .now = now};
    context.staff = setup.staff;
    if (const std::optional<Centre> centre = m_store.centre())
        context.horizonDays = centre->rules.horizonDays;
    preparePatients(context, people, accountIds, today, setup.gpCount);

    report(u"Congés"_s, 10);
    const auto specs = practitionerSpecs();
    context.holidays.resize(specs.size());
    std::vector<ScheduleException> blocks;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (!specs[i].supervisor.isEmpty())
            continue; // interns follow their semester
        context.holidays[i] = holidayWeeks(random, history.year(), last.year());
        addHolidayBlocks(blocks, context.holidays[i], setup.agendasOf[i], zone, now);
    }
    m_store.importAll(blocks, actor, seedLabel(), false);

    AppointmentGenerator generator(std::move(context), std::move(setup.agendas));
    generator.run(history, last, progress, 11, 97);

    report(u"Statistiques"_s, 98);
    // Fresh planner statistics after a bulk load keep the desk's first queries fast.
    m_store.database().execute(u"ANALYZE"_s);
    report(u"Terminé"_s, 100);
}

QList<DemoLogin> DemoSeeder::logins()
{
    QList<DemoLogin> result;
    for (const OfficeStaffSpec &spec : officeStaffSpecs())
        result.append({spec.login.toString(), u"demo"_s, toKey(spec.role), spec.displayName.toString()});
    // A few practitioners: a GP with an intern, a GP doing gynaecology, the physiotherapist with two agendas.
    for (const PractitionerSpec &spec : practitionerSpecs()) {
        if (spec.lastName == u"Martin" || spec.lastName == u"Lefèvre" || spec.lastName == u"Lefort") {
            const QString name = (spec.title.isEmpty() ? QString() : spec.title + u' ') + spec.firstName
                                 + u' ' + spec.lastName;
            result.append({practitionerLogin(spec), u"demo"_s, toKey(Role::Practitioner), name});
        }
    }
    return result;
}

} // namespace Accueil
