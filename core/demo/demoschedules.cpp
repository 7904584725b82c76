#include "demoschedules.h"

#include <array>

namespace Accueil::Demo {

namespace {

constexpr int h(int hours, int minutes = 0)
{
    return hours * 60 + minutes;
}

class WeekBuilder
{
public:
    explicit WeekBuilder(int slotMinutes) : m_slot(slotMinutes) {}

    void add(int weekday, int start, int end, SlotKind kind)
    {
        if (end > start)
            m_ranges.push_back({0, 0, weekday, start, end, m_slot, kind, 0});
    }

    [[nodiscard]] std::vector<TemplateRange> take() { return std::move(m_ranges); }

private:
    int m_slot;
    std::vector<TemplateRange> m_ranges;
};

constexpr SlotKind D = SlotKind::Desk;
constexpr SlotKind I = SlotKind::Internet;
constexpr SlotKind U = SlotKind::Urgent;

// How each GP runs their agenda (DOMAIN.md: one opens everything, one keeps most slots for urgent
// calls, one never uses online booking).
enum class GpStyle {
    Open,
    Balanced,
    NoWeb,
    UrgentHeavy
};

std::vector<TemplateRange> gpWeek(int index, int slot)
{
    constexpr std::array dayOff{3, 4, 1, 3, 5, 2, 4};
    constexpr std::array saturday{true, false, true, false, true, false, true};
    constexpr std::array styles{GpStyle::Open,     GpStyle::Balanced, GpStyle::NoWeb,      GpStyle::Open,
                                GpStyle::Balanced, GpStyle::Balanced, GpStyle::UrgentHeavy};
    const auto i = std::size_t(index) % dayOff.size();
    const GpStyle style = styles[i];
    // Range bounds fall on the slot grid for both 15- and 20-minute slots.
    const int urgentEnd = slot == 20 ? h(8, 40) : h(8, 30);
    const int lateUrgent = slot == 20 ? h(11, 20) : h(11, 30);
    const SlotKind x = style == GpStyle::UrgentHeavy ? U : D;
    const SlotKind y = style == GpStyle::NoWeb ? D : I;
    const SlotKind z = style == GpStyle::Open ? I : D;
    const SlotKind w = style == GpStyle::UrgentHeavy ? I : D;
    const SlotKind last = style == GpStyle::Open ? I : (style == GpStyle::UrgentHeavy ? U : D);

    WeekBuilder week(slot);
    for (int day = 1; day <= 5; ++day) {
        if (day == dayOff[i])
            continue;
        week.add(day, h(8), urgentEnd, U);
        week.add(day, urgentEnd, h(10), x);
        week.add(day, h(10), lateUrgent, y);
        week.add(day, lateUrgent, h(12), U);
        week.add(day, h(14), h(16), z);
        week.add(day, h(16), h(18), w);
        week.add(day, h(18), h(19), last);
    }
    if (saturday[i]) {
        const int start = slot == 20 ? h(8, 40) : h(8, 30);
        week.add(6, start, start + 2 * slot, U);
        week.add(6, start + 2 * slot, h(12), style == GpStyle::Open ? I : D);
    }
    return week.take();
}

std::vector<TemplateRange> internWeek(int index)
{
    const int faculty = index % 2 == 0 ? 2 : 4; // a day a week at the faculty
    WeekBuilder week(30);
    for (int day = 1; day <= 5; ++day) {
        if (day == faculty)
            continue;
        week.add(day, h(9), h(10), U);
        week.add(day, h(10), h(11), D);
        week.add(day, h(11), h(12), I);
        week.add(day, h(14), h(18), D);
    }
    return week.take();
}

std::vector<TemplateRange> dentistWeek(int index)
{
    constexpr std::array dayOff{3, 5, 1};
    WeekBuilder week(30);
    for (int day = 1; day <= 5; ++day) {
        if (day == dayOff[std::size_t(index) % dayOff.size()])
            continue;
        week.add(day, h(8, 30), h(9), U);
        week.add(day, h(9), h(11), D);
        week.add(day, h(11), h(12, 30), I);
        week.add(day, h(14), h(16), D);
        week.add(day, h(16), h(18, 30), index == 1 ? I : D);
    }
    if (index == 2)
        week.add(6, h(9), h(12), D);
    return week.take();
}

std::vector<TemplateRange> nurseWeek(int index)
{
    constexpr std::array dayOff{1, 2, 3, 4, 5, 3};
    WeekBuilder week(15);
    for (int day = 1; day <= 5; ++day) {
        if (day == dayOff[std::size_t(index) % dayOff.size()])
            continue;
        // Fasting blood tests first thing, then dressings and injections.
        week.add(day, h(7, 30), h(8, 30), D);
        week.add(day, h(8, 30), h(9, 30), I);
        week.add(day, h(9, 30), h(12), D);
        const bool evening = index % 2 == 0 ? (day == 1 || day == 4) : (day == 2 || day == 5);
        if (evening)
            week.add(day, h(17), h(19), D);
    }
    if (index == 0 || index == 3)
        week.add(6, h(7, 30), h(10), D);
    return week.take();
}

std::vector<TemplateRange> physioWeek(int index)
{
    constexpr std::array dayOff{3, 5, 3, 1, 4};
    WeekBuilder week(30);
    for (int day = 1; day <= 5; ++day) {
        if (day == dayOff[std::size_t(index) % dayOff.size()])
            continue;
        week.add(day, h(8), h(12, 30), D);
        week.add(day, h(13, 30), h(18), D);
        week.add(day, h(18), h(19, 30), index == 0 || index == 3 ? I : D);
    }
    if (index == 1 || index == 4)
        week.add(6, h(8), h(12), D);
    return week.take();
}

// Both the osteopath and the physiotherapist's second agenda.
std::vector<TemplateRange> osteopathyWeek(int index)
{
    WeekBuilder week(45);
    if (index == 0) { // the physiotherapist's Wednesday and Saturday morning
        week.add(3, h(9), h(12), I);
        week.add(3, h(14), h(18, 30), D);
        week.add(6, h(9), h(12), I);
        return week.take();
    }
    for (int day = 1; day <= 5; ++day) {
        if (day == 4)
            continue;
        week.add(day, h(8, 30), h(12, 15), D);
        week.add(day, h(13, 30), h(16, 30), D);
        week.add(day, h(16, 30), h(19, 30), I);
    }
    week.add(6, h(9), h(12), D);
    return week.take();
}

std::vector<TemplateRange> dieticianWeek(int index)
{
    // Part-time: three days for one, two for the other.
    const std::vector<int> days = index == 0 ? std::vector<int>{1, 2, 4} : std::vector<int>{3, 5};
    WeekBuilder week(15);
    for (int day : days) {
        week.add(day, h(9), h(11), D);
        week.add(day, h(11), h(12, 30), I);
        week.add(day, h(14), h(18), D);
    }
    return week.take();
}

std::vector<TemplateRange> psychomotorWeek(int index)
{
    const std::array days = index == 0 ? std::array{1, 3, 4} : std::array{2, 3, 5};
    WeekBuilder week(45);
    for (int day : days) {
        week.add(day, h(9), h(12), day == 3 ? I : D);
        week.add(day, h(13, 30), h(18), D);
    }
    return week.take();
}

std::vector<TemplateRange> psychologistWeek(int index)
{
    const std::array days = index == 0 ? std::array{1, 2, 4, 5} : std::array{2, 3, 5, 6};
    WeekBuilder week(45);
    for (int day : days) {
        week.add(day, h(9), h(12), D);
        if (day == 6)
            continue;
        week.add(day, h(14), h(17), D);
        week.add(day, h(17), h(20), I);
    }
    return week.take();
}

std::vector<TemplateRange> orthoptistWeek()
{
    WeekBuilder week(30);
    for (int day : {1, 2, 4, 5}) {
        week.add(day, h(9), h(11), D);
        week.add(day, h(11), h(12, 30), I);
        week.add(day, h(14), h(18, 30), D);
    }
    return week.take();
}

std::vector<TemplateRange> podiatristWeek()
{
    WeekBuilder week(15);
    for (int day : {1, 2, 4, 5}) {
        week.add(day, h(9), h(12), D);
        week.add(day, h(14), h(17), D);
        week.add(day, h(17), h(19), I);
    }
    return week.take();
}

std::vector<TemplateRange> roomWeek(int start, int end, int slot, std::initializer_list<int> days)
{
    WeekBuilder week(slot);
    for (int day : days)
        week.add(day, start, end, D);
    return week.take();
}

} // namespace

std::vector<TemplateRange> weekPlan(QStringView profile, int index, int slotMinutes)
{
    if (profile == u"gp")
        return gpWeek(index, slotMinutes > 0 ? slotMinutes : 15);
    if (profile == u"intern")
        return internWeek(index);
    if (profile == u"dentist")
        return dentistWeek(index);
    if (profile == u"nurse")
        return nurseWeek(index);
    if (profile == u"physiotherapist")
        return physioWeek(index);
    if (profile == u"osteopathy")
        return osteopathyWeek(index);
    if (profile == u"dietician")
        return dieticianWeek(index);
    if (profile == u"psychomotor_therapist")
        return psychomotorWeek(index);
    if (profile == u"psychologist")
        return psychologistWeek(index);
    if (profile == u"orthoptist")
        return orthoptistWeek();
    if (profile == u"podiatrist")
        return podiatristWeek();
    if (profile == u"surgery_room")
        return roomWeek(h(8), h(19), 30, {1, 2, 3, 4, 5});
    if (profile == u"meeting_room")
        return roomWeek(h(8), h(20), 30, {1, 2, 3, 4, 5});
    if (profile == u"ultrasound")
        return roomWeek(h(9), h(12), 30, {2, 4});
    return {};
}

} // namespace Accueil::Demo
