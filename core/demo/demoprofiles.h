#pragma once

#include "domain/enums.h"

#include <QStringView>

#include <span>

namespace Accueil::Demo {

// An appointment type of the demo, with what the generator needs to book it realistically.
struct TypeSpec
{
    QStringView label;
    int minutes = 15;
    QStringView colour;
    bool online = true;
    QStringView allowedKinds; // "urgent": only in urgent-of-the-day slots
    int seriesSessions = 0;
    int seriesPerWeek = 0;
    int minAgeMonths = -1; // -1: no rule
    int maxAgeMonths = -1;
    // Generator only:
    int weight = 10;       // relative frequency among the types a slot allows
    int pickMinYears = -1; // age of the patients who come for it (-1: the profile's range)
    int pickMaxYears = -1;
    Sex sex = Sex::Unknown; // Unknown: anyone
    QStringView reasons;    // '|'-separated motifs
    QStringView service;    // practitioners offering this "who does what" service get more of it ...
    bool exclusive = false; // ... or all of it

    // Builders, so the tables below read as sentences.
    [[nodiscard]] constexpr TypeSpec offline() const
    {
        TypeSpec copy = *this;
        copy.online = false;
        return copy;
    }
    [[nodiscard]] constexpr TypeSpec urgentOnly() const
    {
        TypeSpec copy = offline();
        copy.allowedKinds = u"urgent";
        return copy;
    }
    [[nodiscard]] constexpr TypeSpec series(int sessions, int perWeek) const
    {
        TypeSpec copy = *this;
        copy.seriesSessions = sessions;
        copy.seriesPerWeek = perWeek;
        return copy;
    }
    [[nodiscard]] constexpr TypeSpec ageMonths(int minimum, int maximum) const
    {
        TypeSpec copy = *this;
        copy.minAgeMonths = minimum;
        copy.maxAgeMonths = maximum;
        return copy;
    }
    [[nodiscard]] constexpr TypeSpec forService(QStringView label, bool only = false) const
    {
        TypeSpec copy = *this;
        copy.service = label;
        copy.exclusive = only;
        return copy;
    }
    [[nodiscard]] constexpr TypeSpec patients(int minYears, int maxYears, Sex only = Sex::Unknown) const
    {
        TypeSpec copy = *this;
        copy.pickMinYears = minYears;
        copy.pickMaxYears = maxYears;
        copy.sex = only;
        return copy;
    }
};

[[nodiscard]] constexpr TypeSpec typeSpec(QStringView label, int minutes, QStringView colour, int weight,
                                          QStringView reasons = {})
{
    TypeSpec spec;
    spec.label = label;
    spec.minutes = minutes;
    spec.colour = colour;
    spec.weight = weight;
    spec.reasons = reasons;
    return spec;
}

// What kind of agenda it is: the types it offers, how full it runs and who comes.
struct AgendaProfile
{
    QStringView key;
    std::span<const TypeSpec> types;
    double fill;  // share of slots booked in the past
    int minYears; // age range of its patients
    int maxYears;
    bool olderBias;    // elderly patients come more often
    double reasonRate; // share of desk bookings with a motif typed in
};

// Profiles: "gp", "intern", "dentist", "nurse", "physiotherapist", "osteopathy", "dietician",
// "psychomotor_therapist", "psychologist", "orthoptist", "podiatrist", "surgery_room", "meeting_room",
// "ultrasound".
[[nodiscard]] const AgendaProfile &agendaProfile(QStringView key);

} // namespace Accueil::Demo
