#pragma once

#include <QString>

#include <optional>

namespace Accueil {

struct Practitioner
{
    qint64 id = 0;
    QString title; // "Dr", "" ...
    QString firstName;
    QString lastName;
    QString profession;  // key such as "gp", "dentist", "physiotherapist" (see professions.h)
    QString description; // shown to patients: what they do, how they work
    bool acceptsNewPatients = true;
    bool intern = false;
    std::optional<qint64> supervisorId; // the senior practitioner supervising an intern
    bool active = true;
    int version = 0;

    [[nodiscard]] QString fullName() const
    {
        const QString name = firstName + u' ' + lastName;
        return title.isEmpty() ? name : title + u' ' + name;
    }
};

// A service in "who does what": "Pose d'implant contraceptif (Nexplanon)", "Suivi du nourrisson" ...
struct Service
{
    qint64 id = 0;
    QString label;
    QString keywords; // extra words a patient may type when searching
    int version = 0;
};

// Links a practitioner to a service they offer.
struct PractitionerService
{
    qint64 id = 0;
    qint64 practitionerId = 0;
    qint64 serviceId = 0;
    int version = 0;
};

} // namespace Accueil
