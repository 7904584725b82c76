#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Accueil {

struct Appointment
{
    qint64 id = 0;
    qint64 agendaId = 0;
    std::optional<qint64> patientId;
    std::optional<qint64> typeId;
    QDateTime start;   // UTC
    QDateTime end;     // UTC
    QString reason;    // motif: why the patient comes, never a message channel
    QString phone;     // number to reach the patient about this appointment
    QString companion; // accompanied patient / who comes with them
    AppointmentStatus status = AppointmentStatus::Booked;
    QString cancelReason;
    QDateTime cancelledAt;
    bool lateCancel = false;    // cancelled for the patient inside the agenda's cancellation deadline
    bool noShowExcused = false; // a no-show the patient excused (not counted against them)
    Channel channel = Channel::Desk;
    bool overbooked = false;        // deliberately placed over another appointment by staff
    std::optional<qint64> seriesId; // first appointment of the series it belongs to
    QDateTime arrivedAt;
    int onlineReschedules = 0;
    std::optional<qint64> createdBy;        // staff user
    std::optional<qint64> createdByAccount; // patient account (web)
    QDateTime createdAt;
    std::optional<qint64> updatedBy;
    QDateTime updatedAt;
    // Derived, for the history search: the reason folded (foldForSearch), refreshed by the store on
    // every write.
    QString reasonSearch;
    int version = 0;

    [[nodiscard]] int durationMinutes() const { return int(start.secsTo(end) / 60); }
};

} // namespace Accueil
