#pragma once

#include "demoprofiles.h"
#include "demorandom.h"
#include "domain/enums.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <vector>

namespace Accueil::Demo {

// What the appointment generator keeps of a patient: cheap to copy, strings shared.
struct DemoPatient
{
    qint64 id = 0;
    qint64 birthDay = 0; // Julian day
    Sex sex = Sex::Unknown;
    std::optional<qint64> accountId;
    QString phone;     // to reach them about an appointment (a parent's mobile for a child)
    QString companion; // who comes with a child
};

// Patients sorted by birth date, so "aged between a and b on day d" is a contiguous range found by
// binary search, whatever the day of the ten years being generated.
class PatientPool
{
public:
    void add(int patient, qint64 birthDay) { m_entries.push_back({birthDay, patient}); }
    void finish() { std::sort(m_entries.begin(), m_entries.end()); }
    [[nodiscard]] bool empty() const { return m_entries.empty(); }

    // A patient aged [minDays, maxDays] on day, or -1.
    [[nodiscard]] int pick(DemoRandom &random, qint64 day, qint64 minDays, qint64 maxDays) const
    {
        const auto lo = std::lower_bound(m_entries.begin(), m_entries.end(), Entry{day - maxDays, -1});
        const auto hi = std::upper_bound(m_entries.begin(), m_entries.end(), Entry{day - minDays, INT_MAX});
        if (hi <= lo)
            return -1;
        return (lo + random.below(int(hi - lo)))->patient;
    }

private:
    struct Entry
    {
        qint64 birthDay;
        int patient;
        bool operator<(const Entry &other) const
        {
            return birthDay != other.birthDay ? birthDay < other.birthDay : patient < other.patient;
        }
    };
    std::vector<Entry> m_entries;
};

struct Slot
{
    int start; // minute of the local day
    int minutes;
    SlotKind kind;
};

struct PlannedTemplate
{
    QDate from;
    QDate to;                              // null: open-ended
    std::array<std::vector<Slot>, 8> days; // by weekday, 1 = Monday
};

struct PlannedType
{
    qint64 id = 0;
    const TypeSpec *spec = nullptr;
    int weight = 0; // how often the generator books it on this agenda
    QStringList reasons;
};

// One agenda as the appointment generator sees it.
struct AgendaPlan
{
    qint64 agendaId = 0;
    const AgendaProfile *profile = nullptr;
    int practitioner = -1;         // index in practitionerSpecs(); -1 for rooms and equipment
    std::optional<qint64> staffId; // the practitioner's desk login
    int gp = -1;                   // GP (or supervising GP) whose registered patients come here
    std::vector<PlannedType> types;
    std::vector<PlannedTemplate> templates;
    QDate activeFrom; // interns: their semester
    QDate activeTo;

    [[nodiscard]] const PlannedTemplate *templateOn(const QDate &date) const
    {
        for (const PlannedTemplate &plan : templates) {
            if (date >= plan.from && (plan.to.isNull() || date <= plan.to))
                return &plan;
        }
        return nullptr;
    }
};

// Who the generator books as: staff ids by role.
struct DemoStaff
{
    std::vector<qint64> secretaries;
    std::optional<qint64> coordinator;
};

} // namespace Accueil::Demo
