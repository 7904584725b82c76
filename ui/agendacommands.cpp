#include "agendacommands.h"

#include "agenda/agendapalette.h"
#include "desksession.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {} // namespace

AppointmentCommand::AppointmentCommand(DeskSession &session, const Appointment &current)
    : m_session(session)
    , m_id(current.id)
{
    // The first application starts from what this desk shows.
    m_session.setWrittenVersion(m_id, current.version);
}

bool AppointmentCommand::push(QUndoStack &stack, std::unique_ptr<AppointmentCommand> command,
                              const std::function<void()> &applyAnyway)
{
    DeskSession &session = command->m_session;
    if (!session.isOnline()) {
        session.reportError(tr("%1 — the connection to the database is lost: nothing was changed. "
                               "Try again once it is back.")
                                    .arg(command->text()));
        return false;
    }
    if (const std::optional<StoreError> refusal = command->run(true)) {
        // Name what was refused: "Move MARTIN Louise to … — This time is already taken."
        const QString message = tr("%1 — %2").arg(command->text(), refusal->message());
        if (refusal->kind() == StoreError::Kind::VersionConflict && applyAnyway)
            session.reportConflict(message, applyAnyway);
        else
            session.reportError(message);
        return false;
    }
    command->m_applied = true;
    stack.push(command.release()); // its first redo() does nothing: it has just been applied
    return true;
}

std::optional<StoreError> AppointmentCommand::run(bool forward)
{
    std::optional<StoreError> refusal;
    try {
        m_session.setWrittenVersion(m_id, change(forward, m_session.writtenVersion(m_id)).version);
    } catch (const StoreError &error) {
        refusal = error;
    }
    m_session.notifyChanged(); // after a refusal too: show what is really there now
    return refusal;
}

void AppointmentCommand::undo()
{
    if (const auto refusal = run(false)) {
        m_session.reportError(tr("Cannot undo or redo “%1” — %2").arg(text(), refusal->message()));
        setObsolete(true); // QUndoStack drops it
    }
}

void AppointmentCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (const auto refusal = run(true)) {
        m_session.reportError(tr("Cannot undo or redo “%1” — %2").arg(text(), refusal->message()));
        setObsolete(true);
    }
}

MoveAppointmentCommand::MoveAppointmentCommand(DeskSession &session, const Appointment &current,
                                               const Place &to, const QString &patientName)
    : AppointmentCommand(session, current)
    , m_from{current.agendaId, current.start, current.durationMinutes()}
    , m_to(to)
{
    const QDateTime local = session.local(to.start);
    const QString who = patientName.isEmpty() ? tr("appointment") : patientName;
    if (to.agendaId == m_from.agendaId && to.start == m_from.start) {
        setText(to.minutes > m_from.minutes ? tr("Lengthen %1 to %2 min").arg(who).arg(to.minutes)
                                            : tr("Shorten %1 to %2 min").arg(who).arg(to.minutes));
    } else {
        const AgendaEntry *agenda = session.directory().agenda(to.agendaId);
        setText(tr("Move %1 to %2, %3")
                        .arg(who, agenda ? agenda->shortTitle() : QString(),
                             QLocale().toString(local, u"dddd d MMMM HH:mm"_s)));
    }
}

Appointment MoveAppointmentCommand::change(bool forward, int version)
{
    const Place &place = forward ? m_to : m_from;
    return session().scheduler().move(appointmentId(), version, place.agendaId, place.start, place.minutes,
                                      session().actor());
}

StatusCommand::StatusCommand(DeskSession &session, const Appointment &current, AppointmentStatus to,
                             const QString &patientName)
    : AppointmentCommand(session, current)
    , m_from(current.status)
    , m_to(to)
{
    setText(tr("%1: %2").arg(patientName.isEmpty() ? tr("Appointment") : patientName, statusName(to)));
}

Appointment StatusCommand::change(bool forward, int version)
{
    return session().scheduler().setStatus(appointmentId(), version, forward ? m_to : m_from,
                                           session().actor());
}

} // namespace Accueil
