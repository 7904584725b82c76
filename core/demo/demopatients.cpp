#include "demopatients.h"

#include "demonames.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Accueil::Demo {

namespace {

template<typename T>
QString pickText(DemoRandom &random, std::span<const T> items)
{
    return random.pick(items).toString();
}

// An item drawn according to its weight member.
template<typename T>
const T &pickWeighted(DemoRandom &random, std::span<const T> items)
{
    int total = 0;
    for (const T &item : items)
        total += item.weight;
    int draw = random.below(total);
    for (const T &item : items) {
        draw -= item.weight;
        if (draw < 0)
            return item;
    }
    return items.back();
}

QString twoDigits(DemoRandom &random)
{
    return QString::number(random.below(100)).rightJustified(2, u'0');
}

QString phoneTail(DemoRandom &random)
{
    return twoDigits(random) + u' ' + twoDigits(random) + u' ' + twoDigits(random) + u' ' + twoDigits(random);
}

} // namespace

struct PatientGenerator::Household
{
    QString address;
    QString homePhone;
    int gp = -1;
    std::vector<int> adults;
    std::vector<int> children;
    int parentHousehold = -1; // an elderly parent living elsewhere, on this family's account
};

PatientGenerator::PatientGenerator(DemoRandom &random, QDate today, QDate since, QDateTime now, int gpCount)
    : m_random(random)
    , m_today(today)
    , m_since(since)
    , m_now(std::move(now))
    , m_gpCount(gpCount)
{}

PatientGenerator::~PatientGenerator() = default;

PatientSet PatientGenerator::generate(int count)
{
    PatientSet set;
    set.patients.reserve(std::size_t(count) + 8);
    while (int(set.patients.size()) < count)
        addHousehold(set, count);
    addAccounts(set);
    return set;
}

QDate PatientGenerator::birthDateForAge(int age)
{
    return m_today.addYears(-age).addDays(-m_random.below(365));
}

QString PatientGenerator::lastName()
{
    return pickText(m_random, lastNames());
}

QString PatientGenerator::mobilePhone(int age)
{
    const double rate = age < 13 ? 0.0 : age < 18 ? 0.6 : age < 75 ? 0.93 : age < 85 ? 0.6 : 0.35;
    if (!m_random.chance(rate))
        return {};
    const bool seven = m_random.chance(age < 40 ? 0.45 : 0.12);
    return (seven ? u"07 "_s : u"06 "_s) + phoneTail(m_random);
}

QString PatientGenerator::homePhone()
{
    const int kind = m_random.below(100);
    if (kind < 60)
        return u"02 40 "_s + twoDigits(m_random) + u' ' + twoDigits(m_random) + u' ' + twoDigits(m_random);
    if (kind < 75)
        return u"02 28 "_s + twoDigits(m_random) + u' ' + twoDigits(m_random) + u' ' + twoDigits(m_random);
    return u"09 "_s + phoneTail(m_random);
}

QString PatientGenerator::email(const Patient &patient)
{
    const QString first = asciiFold(patient.firstName);
    const QString last = asciiFold(patient.lastName);
    QString local;
    switch (m_random.below(5)) {
    case 0:
        local = first + u'.' + last;
        break;
    case 1:
        local = first + last;
        break;
    case 2:
        local = first.left(1) + u'.' + last;
        break;
    case 3:
        local = first + u'_' + last;
        break;
    default:
        local = first + u'.' + last + QString::number(patient.birthDate.year() % 100);
        break;
    }
    const QString domain = pickWeighted(m_random, emailDomains()).text.toString();
    QString address = local + u'@' + domain;
    for (int n = 2; m_emails.contains(address); ++n)
        address = local + QString::number(n) + u'@' + domain;
    m_emails.insert(address);
    return address;
}

int PatientGenerator::addPerson(PatientSet &set, Household &household, Sex sex, int age,
                                const QString &familyName, const QString &birthName)
{
    Patient patient;
    patient.lastName = familyName;
    patient.birthName = birthName;
    patient.sex = sex;
    patient.birthDate = birthDateForAge(age);
    patient.firstName = pickText(m_random, firstNames(sex, patient.birthDate.year()));
    patient.mobilePhone = mobilePhone(age);
    patient.homePhone = household.homePhone;
    patient.address = household.address;
    const double emailRate = age < 18 ? 0.0 : age < 70 ? 0.85 : age < 80 ? 0.45 : 0.15;
    if (m_random.chance(emailRate))
        patient.email = email(patient);
    if (m_random.chance(0.02))
        patient.notes = pickText(m_random, deskNotes());
    patient.remindersOptOut = m_random.chance(0.03);
    // Registered before the history starts, or a few days after birth for the youngest.
    const QDate registered = patient.birthDate > m_since ? patient.birthDate.addDays(m_random.between(3, 40))
                                                         : m_since.addDays(-m_random.below(3650));
    patient.createdAt = std::min(QDateTime(std::max(registered, patient.birthDate),
                                           QTime(m_random.between(7, 17), m_random.below(60)), Qt::UTC),
                                 m_now);

    const int index = int(set.patients.size());
    set.patients.push_back(std::move(patient));
    set.gp.push_back(household.gp);
    set.contactPhone.emplace_back();
    set.companion.emplace_back();
    (age < 18 ? household.children : household.adults).push_back(index);
    return index;
}

void PatientGenerator::addHousehold(PatientSet &set, int count)
{
    Household household;
    const Town &town = pickWeighted(m_random, towns());
    household.address = QString::number(m_random.between(1, 120)) + u' ' + pickText(m_random, streets())
                        + u", " + town.postcode + u' ' + town.name;
    household.gp = m_random.chance(0.92) ? m_random.below(m_gpCount) : -1;

    enum Kind {
        Family,
        SingleParent,
        Couple,
        Single,
        Elderly
    };
    constexpr std::array kindWeights{26, 7, 30, 24, 9};
    const auto kind = Kind(m_random.weighted(kindWeights));
    household.homePhone = m_random.chance(kind == Elderly ? 0.8 : 0.45) ? homePhone() : QString();

    const QString family = lastName();
    auto room = [&] { return int(set.patients.size()) < count; };
    switch (kind) {
    case Family:
    case Couple: {
        const bool withChildren = kind == Family;
        const int age
                = withChildren ? m_random.between(25, 55)
                               : (m_random.chance(0.3) ? m_random.between(25, 45) : m_random.between(50, 90));
        const int partnerAge = std::clamp(age + m_random.between(-5, 3), 20, 97);
        const bool sharedName = m_random.chance(0.75);
        addPerson(set, household, Sex::Male, age, family, {});
        if (room()) {
            addPerson(set, household, Sex::Female, partnerAge, sharedName ? family : lastName(),
                      sharedName ? lastName() : QString());
        }
        if (withChildren) {
            constexpr std::array childWeights{38, 40, 16, 6};
            const int children = 1 + m_random.weighted(childWeights);
            // Children born when their mother was 20 to 42.
            const int oldest = std::max(0, std::min(partnerAge - 20, 24));
            const int youngest = std::min(oldest, std::max(0, partnerAge - 42));
            for (int c = 0; c < children && room(); ++c) {
                const int childAge = m_random.between(youngest, oldest);
                addPerson(set, household, m_random.chance(0.5) ? Sex::Female : Sex::Male, childAge, family,
                          {});
            }
        }
        break;
    }
    case SingleParent: {
        const bool mother = m_random.chance(0.85);
        const int age = m_random.between(22, 50);
        addPerson(set, household, mother ? Sex::Female : Sex::Male, age, family, {});
        const QString childName = m_random.chance(0.6) ? family : lastName();
        const int children = m_random.between(1, 3);
        for (int c = 0; c < children && room(); ++c) {
            addPerson(set, household, m_random.chance(0.5) ? Sex::Female : Sex::Male,
                      m_random.between(std::max(0, age - 42), std::min(age - 19, 18)), childName, {});
        }
        break;
    }
    case Single:
        addPerson(set, household, m_random.chance(0.52) ? Sex::Female : Sex::Male, m_random.between(18, 92),
                  family, {});
        break;
    case Elderly:
        addPerson(set, household, m_random.chance(0.7) ? Sex::Female : Sex::Male, m_random.between(72, 97),
                  family, {});
        break;
    }

    // Children are reached through a parent, who often comes with them.
    const int firstAdult = household.adults.empty() ? -1 : household.adults.front();
    for (int member : household.adults) {
        const Patient &p = set.patients[std::size_t(member)];
        set.contactPhone[std::size_t(member)] = p.mobilePhone.isEmpty() ? p.homePhone : p.mobilePhone;
    }
    for (int child : household.children) {
        const Patient &p = set.patients[std::size_t(child)];
        int parent = firstAdult;
        if (household.adults.size() > 1 && m_random.chance(0.6))
            parent = household.adults[1]; // more often the mother
        if (parent < 0) {
            set.contactPhone[std::size_t(child)] = p.homePhone;
            continue;
        }
        const Patient &adult = set.patients[std::size_t(parent)];
        set.contactPhone[std::size_t(child)]
                = adult.mobilePhone.isEmpty() ? adult.homePhone : adult.mobilePhone;
        set.companion[std::size_t(child)] = adult.firstName + u' ' + adult.lastName
                                            + (adult.sex == Sex::Female ? u" (mère)"_s : u" (père)"_s);
    }

    const int index = int(m_households.size());
    m_households.push_back(std::move(household));

    // Some families look after an elderly parent living on their own nearby.
    if (kind == Family && room() && m_random.chance(0.12)) {
        const int parentIndex = int(m_households.size());
        Household parent;
        parent.gp = m_households[std::size_t(index)].gp;
        parent.address = QString::number(m_random.between(1, 80)) + u' ' + pickText(m_random, streets())
                         + u", 44800 Saint-Herblain"_s;
        parent.homePhone = homePhone();
        const bool widow = m_random.chance(0.7);
        const int member = addPerson(set, parent, widow ? Sex::Female : Sex::Male, m_random.between(72, 96),
                                     family, widow ? lastName() : QString());
        const Patient &p = set.patients[std::size_t(member)];
        set.contactPhone[std::size_t(member)] = p.mobilePhone.isEmpty() ? p.homePhone : p.mobilePhone;
        m_households.push_back(std::move(parent));
        m_households[std::size_t(index)].parentHousehold = parentIndex;
    }
}

void PatientGenerator::addAccounts(PatientSet &set)
{
    const QDateTime historyStart(m_since, QTime(12, 0), Qt::UTC);
    for (const Household &household : m_households) {
        int holder = -1;
        for (int adult : household.adults) {
            if (!set.patients[std::size_t(adult)].email.isEmpty()) {
                holder = adult;
                break;
            }
        }
        // About 15 % of all households; only those with an e-mail address can have one.
        if (holder < 0 || !m_random.chance(0.19))
            continue;
        PatientSet::AccountPlan account;
        account.email = set.patients[std::size_t(holder)].email.toLower();
        account.holder = holder;
        account.members.push_back({holder, u"self"_s});
        for (int adult : household.adults) {
            if (adult != holder)
                account.members.push_back({adult, u"spouse"_s});
        }
        for (int child : household.children)
            account.members.push_back({child, u"child"_s});
        if (household.parentHousehold >= 0) {
            for (int parent : m_households[std::size_t(household.parentHousehold)].adults)
                account.members.push_back({parent, u"parent"_s});
        }
        account.createdAt = historyStart.addSecs(-qint64(m_random.below(400 * 86400)));
        account.verified = m_random.chance(0.93);
        set.accounts.push_back(std::move(account));
    }
}

} // namespace Accueil::Demo
