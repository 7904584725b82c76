#pragma once

#include "domain/audit.h"
#include "domain/patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace Accueil {

class Store;

// What a secretary typed in the patient search, understood.
struct PatientQuery
{
    QStringList words;       // folded name beginnings, all must match
    QStringList phones;      // digit runs found in a phone number
    QDate birthDate;         // when a date was typed
    bool impossible = false; // a date that does not exist was typed: nobody matches

    [[nodiscard]] bool isEmpty() const { return words.isEmpty() && phones.isEmpty() && !birthDate.isValid(); }
    // "dupont 17/05/1980", "06 12 34", "Lefèvre Hél" ... Two-digit years are read as the most
    // recent past year (24/11/52 is 1952). A date that does not exist (31/02/1980) matches
    // nobody: it is never read as a phone number.
    [[nodiscard]] static PatientQuery parse(const QString &text, const QDate &today);
};

// Finding and recording patients at the desk.
class PatientDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::PatientDirectory)

public:
    explicit PatientDirectory(Store &store);

    // Patients matching the text, by name (any order, beginnings of words, case and accents
    // ignored), phone number (any part of at least three digits) and birth date. Ordered by name,
    // at most `limit`. An empty text finds nobody.
    [[nodiscard]] std::vector<Patient> search(const QString &text, int limit = 50);

    // A new patient typed at the desk: names trimmed and required, a birth date in the past.
    Patient create(Patient patient, const Actor &actor);
    Patient update(Patient patient, const Actor &actor);

private:
    void validate(Patient &patient) const;

    Store &m_store;
};

} // namespace Accueil
