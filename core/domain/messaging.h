#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Accueil {

// An internal message between staff ("like a little e-mail, but internal"), or a patient's message
// to the secretariat from the booking page.
struct Message
{
    qint64 id = 0;
    std::optional<qint64> senderStaffId;
    std::optional<qint64> senderAccountId;
    std::optional<qint64> recipientStaffId;
    QString recipientGroup; // "secretariat", "gp" ... when not addressed to one person
    QString subject;
    QString body;
    bool urgent = false;
    std::optional<qint64> patientId;
    std::optional<qint64> appointmentId;
    QDateTime createdAt;
    QString category; // a patient's message: "absence", "invoice", "care_form", "question"
    int version = 0;
};

struct MessageRead
{
    qint64 id = 0;
    qint64 messageId = 0;
    qint64 staffId = 0;
    QDateTime readAt;
    int version = 0;
};

// A ready-made answer the secretariat keeps ("Les résultats sont arrivés, le Dr vous rappelle").
struct CannedReply
{
    qint64 id = 0;
    QString label;
    QString body;
    int version = 0;
};

// "Call the patient back": created from the telephone icon.
struct CallbackTask
{
    qint64 id = 0;
    std::optional<qint64> patientId;
    std::optional<qint64> appointmentId;
    QString phone;
    QString note;
    std::optional<qint64> assigneeId;
    QDateTime dueAt;
    QDateTime doneAt;
    std::optional<qint64> doneBy;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    int version = 0;
};

} // namespace Accueil
