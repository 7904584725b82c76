#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringView>

#include <span>

namespace Accueil::Demo {

// French names and places for the demo patients. First names follow the birth year, so a
// grandmother is "Monique" or "Yvette" and her granddaughter "Zoé" or "Jade".

struct Town
{
    QStringView postcode;
    QStringView name;
    int weight; // share of the centre's patients living there
};

struct WeightedText
{
    QStringView text;
    int weight;
};

[[nodiscard]] std::span<const QStringView> lastNames();
[[nodiscard]] std::span<const QStringView> firstNames(Sex sex, int birthYear);
[[nodiscard]] std::span<const QStringView> streets();
[[nodiscard]] std::span<const Town> towns();
[[nodiscard]] std::span<const WeightedText> emailDomains();
[[nodiscard]] std::span<const QStringView> deskNotes();

// Lower-case ASCII for logins and e-mail addresses: "Lefèvre" -> "lefevre", "Le Gall" -> "legall".
[[nodiscard]] QString asciiFold(QStringView text);

} // namespace Accueil::Demo
