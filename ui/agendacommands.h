#pragma once

#include "domain/appointment.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace Accueil {

class DeskSession;

// Undoable edits of the agenda, each through the core services (which keep the rules, the
// versions and the audit trail). A command is applied once before it goes on the undo stack: if
// the core refuses, the reason is reported and nothing is pushed. An undo or redo that no longer
// applies (someone else changed the appointment meanwhile, the old time was taken) reports why and
// leaves the stack: nothing is overwritten unseen.
class AppointmentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::AgendaCommands)

public:
    // Applies the command; on success pushes it onto the stack and returns true. When someone else
    // changed the appointment since this desk read it, the user is told what changed and by whom
    // and, with applyAnyway, offered to apply the change on top of theirs.
    static bool push(QUndoStack &stack, std::unique_ptr<AppointmentCommand> command,
                     const std::function<void()> &applyAnyway = {});

    [[nodiscard]] qint64 appointmentId() const { return m_id; }

    void undo() final;
    void redo() final;

protected:
    AppointmentCommand(DeskSession &session, const Appointment &current);

    // Changes the appointment, from the version given (as this desk last wrote or read it), to the
    // state before (forward = false) or after (true) the command; returns the appointment as saved.
    // Throws StoreError.
    virtual Appointment change(bool forward, int version) = 0;

    [[nodiscard]] DeskSession &session() const { return m_session; }

private:
    // The refusal, if the core refused.
    std::optional<StoreError> run(bool forward);

    DeskSession &m_session;
    qint64 m_id;
    bool m_applied = false;
};

// A move to another time or agenda, or a resize ("+" / "−"): where and how long, before and after.
class MoveAppointmentCommand final : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::AgendaCommands)

public:
    struct Place
    {
        qint64 agendaId = 0;
        QDateTime start; // UTC
        int minutes = 0;
    };

    MoveAppointmentCommand(DeskSession &session, const Appointment &current, const Place &to,
                           const QString &patientName);

private:
    Appointment change(bool forward, int version) override;

    Place m_from;
    Place m_to;
};

// One click of the presence icon or a status button.
class StatusCommand final : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::AgendaCommands)

public:
    StatusCommand(DeskSession &session, const Appointment &current, AppointmentStatus to,
                  const QString &patientName);

private:
    Appointment change(bool forward, int version) override;

    AppointmentStatus m_from;
    AppointmentStatus m_to;
};

} // namespace Accueil
