#pragma once

#include "demorandom.h"
#include "domain/patient.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <vector>

namespace Accueil::Demo {

// The patients of the demo, in households: couples with children sharing a name, an address and a
// home phone; single adults; elderly people, some looked after by a grown-up child's account.
struct PatientSet
{
    struct Member
    {
        int patient;
        QString relation; // "self", "spouse", "child", "parent"
    };
    struct AccountPlan
    {
        QString email;
        int holder = 0;
        std::vector<Member> members;
        QDateTime createdAt;
        bool verified = true;
    };

    std::vector<Patient> patients;
    std::vector<int> gp;               // per patient: index of their médecin traitant among the GPs, or -1
    std::vector<QString> contactPhone; // per patient
    std::vector<QString> companion;    // per patient, children only
    std::vector<AccountPlan> accounts;
};

class PatientGenerator
{
public:
    // today: the centre's date; since: the first day of the demo history (registrations before it).
    PatientGenerator(DemoRandom &random, QDate today, QDate since, QDateTime now, int gpCount);
    ~PatientGenerator();
    Q_DISABLE_COPY_MOVE(PatientGenerator)

    [[nodiscard]] PatientSet generate(int count);

private:
    struct Household;

    void addHousehold(PatientSet &set, int count);
    int addPerson(PatientSet &set, Household &household, Sex sex, int age, const QString &familyName,
                  const QString &birthName);
    void addAccounts(PatientSet &set);
    [[nodiscard]] QDate birthDateForAge(int age);
    [[nodiscard]] QString mobilePhone(int age);
    [[nodiscard]] QString homePhone();
    [[nodiscard]] QString email(const Patient &patient);
    [[nodiscard]] QString lastName();

    DemoRandom &m_random;
    QDate m_today;
    QDate m_since;
    QDateTime m_now;
    int m_gpCount;
    QSet<QString> m_emails;
    std::vector<Household> m_households;
};

} // namespace Accueil::Demo
