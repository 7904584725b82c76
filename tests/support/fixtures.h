#pragma once

#include "domain/agenda.h"
#include "domain/appointment.h"
#include "domain/audit.h"
#include "domain/patient.h"
#include "domain/practitioner.h"
#include "domain/schedule.h"
#include "domain/staff.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

#include <optional>
#include <utility>

namespace Accueil::Test {

// --- Time -------------------------------------------------------------------------------------

// "Now" for store tests: Monday 15 June 2026, 10:00 in Paris.
[[nodiscard]] QDateTime testNow();
[[nodiscard]] QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0);
[[nodiscard]] QTimeZone paris();
// A wall-clock time in Paris (not for the repeated hour of the autumn change: build those from UTC).
[[nodiscard]] QDateTime parisTime(int year, int month, int day, int hour, int minute);

// --- Errors and raw SQL -----------------------------------------------------------------------

// Runs f and returns the StoreError it threw, or nothing when it threw none.
template<typename F>
[[nodiscard]] std::optional<StoreError> storeErrorFrom(F &&f)
{
    try {
        std::forward<F>(f)();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

// The first column of the first row of a raw query (a null QVariant when there is no row).
[[nodiscard]] QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {});
[[nodiscard]] qint64 rowCount(Database &db, const QString &table);

// What a failed write must leave alone: row counts of the tables it touches and the revision.
struct WriteTrace
{
    qint64 rows = 0;
    qint64 auditEvents = 0;
    qint64 changes = 0;
    qint64 revision = 0;

    [[nodiscard]] static WriteTrace of(Store &store, const QString &table);
    friend bool operator==(const WriteTrace &, const WriteTrace &) = default;
};

// --- Actors and entities ----------------------------------------------------------------------

// Who sets up test data.
[[nodiscard]] Actor setupActor();
// A staff user working at the desk: the audit label is their initials.
[[nodiscard]] Actor deskActor(const StaffUser &user);
// A patient acting from the booking page.
[[nodiscard]] Actor webActor(qint64 accountId);

// An Argon2id hash made with the cheapest limits (computed once).
[[nodiscard]] const QString &testPasswordHash();

StaffUser addStaff(Store &store, const QString &login, const QString &initials, Role role = Role::Secretary,
                   std::optional<qint64> practitionerId = {});
Practitioner addPractitioner(Store &store, const QString &firstName, const QString &lastName,
                             const QString &profession = QStringLiteral("gp"));
Agenda addAgenda(Store &store, const Practitioner &practitioner, const QString &name, int sortOrder = 0);
AppointmentType addType(Store &store, const Agenda &agenda, const QString &label, int minutes = 20);
// One range of a template week: on weekday (1 = Monday), [fromMinute, toMinute) local time.
[[nodiscard]] TemplateRange templateRange(int weekday, int fromMinute, int toMinute, SlotKind kind,
                                          int slotMinutes = 15);
Patient addPatient(Store &store, const QString &lastName, const QString &firstName,
                   const QDate &birthDate = QDate(1980, 5, 17));
Appointment addAppointment(Store &store, const Agenda &agenda, const QDateTime &start, int minutes,
                           const Actor &actor, std::optional<qint64> patientId = {},
                           std::optional<qint64> typeId = {});

// A small centre: one practitioner with an agenda and a type, a patient and a secretary.
struct BasicSetup
{
    Practitioner practitioner;
    Agenda agenda;
    AppointmentType type;
    Patient patient;
    StaffUser staff;
    Actor actor; // the secretary at the desk
};
[[nodiscard]] BasicSetup addBasicSetup(Store &store);

} // namespace Accueil::Test
