#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringView>

#include <span>

namespace Accueil::Demo {

// The people of the demo centre: fixed, so that the printed logins never depend on the seed.

struct PractitionerSpec
{
    QStringView title;
    QStringView firstName;
    QStringView lastName;
    QStringView profession;  // profession key
    QStringView description; // patient-facing, French
    Sex sex;
    bool acceptsNewPatients;
    QStringView supervisor;   // interns: last name of the supervising GP
    QStringView secondAgenda; // name of an extra agenda, e.g. "Ostéopathie"
};

struct ServiceSpec
{
    QStringView label;
    QStringView keywords;
    QStringView practitioners; // comma-separated last names
};

struct OfficeStaffSpec
{
    QStringView login;
    QStringView displayName;
    QStringView initials;
    Role role;
};

// The 30 practitioners, then the 2 interns, in the order of the desk's columns.
[[nodiscard]] std::span<const PractitionerSpec> practitionerSpecs();
[[nodiscard]] std::span<const ServiceSpec> serviceSpecs();
// Secretaries first, then the coordinator and the administrator.
[[nodiscard]] std::span<const OfficeStaffSpec> officeStaffSpecs();

// "dr.lefevre" for doctors, "isabelle.perrin" for the others.
[[nodiscard]] QString practitionerLogin(const PractitionerSpec &spec);

struct CentreSpec
{
    QStringView name;
    QStringView address;
    QStringView phone;
    QStringView email;
};
[[nodiscard]] CentreSpec centreSpec();

} // namespace Accueil::Demo
