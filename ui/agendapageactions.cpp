// What the agenda page does when asked: edits of appointments (through undoable commands) and of
// slots, and the menus that offer them.
#include "agenda/agendapalette.h"
#include "agenda/agendaview.h"
#include "agendacommands.h"
#include "agendapage.h"
#include "appointmentdialog.h"
#include "appointmenthistorydialog.h"
#include "blockperioddialog.h"
#include "callbackdialog.h"
#include "desk/noshows.h"
#include "desksession.h"
#include "invitationdialog.h"
#include "messagebar.h"
#include "printing/printcommands.h"
#include "schedule/frenchholidays.h"
#include "store/store.h"
#include "templateweekdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// The grid's step at the end of an appointment: the slot it would grow into ("+"), or the last
// slot it covers ("−"); five minutes where the agenda has no slots.
int resizeStep(const GridColumn &column, const Appointment &appointment, int steps)
{
    for (const Slot &slot : column.slots) {
        if (steps > 0 && slot.start == appointment.end)
            return slot.minutes();
        if (steps < 0 && slot.start < appointment.end && slot.end >= appointment.end)
            return slot.minutes();
    }
    for (const Slot &slot : column.slots) {
        if (slot.start <= appointment.start && appointment.start < slot.end)
            return slot.minutes();
    }
    return 5;
}

} // namespace

std::optional<AppointmentRow> AgendaPage::currentRow(qint64 appointmentId)
{
    // What the agenda shows, else (not on screen, or after someone else's change) what is stored.
    try {
        const Appointment stored = m_session.store().get<Appointment>(appointmentId);
        std::optional<AppointmentRow> row = rowOf(appointmentId);
        if (!row)
            row = AppointmentRow{stored, {}, {}, {}, {}, {}};
        row->appointment = stored;
        return row;
    } catch (const StoreError &error) {
        m_messages->showError(error.message());
        return std::nullopt;
    }
}

void AgendaPage::placeAppointment(qint64 appointmentId, qint64 agendaId, const QDateTime &startUtc,
                                  int minutes, const AppointmentRow &row)
{
    const MoveAppointmentCommand::Place to{agendaId, startUtc.toUTC(),
                                           minutes > 0 ? minutes : row.appointment.durationMinutes()};
    // On a conflict, "apply anyway" starts again from what is stored now.
    const auto anyway = [this, appointmentId, agendaId, startUtc, minutes] {
        if (const auto fresh = currentRow(appointmentId))
            placeAppointment(appointmentId, agendaId, startUtc, minutes, *fresh);
    };
    if (AppointmentCommand::push(
                m_undoStack,
                std::make_unique<MoveAppointmentCommand>(m_session, row.appointment, to, row.patientName),
                anyway))
        m_view->setSelectedAppointment(appointmentId);
}

void AgendaPage::moveAppointment(qint64 appointmentId, qint64 agendaId, const QDateTime &startUtc)
{
    if (const auto row = rowOf(appointmentId))
        placeAppointment(appointmentId, agendaId, startUtc, 0, *row);
}

void AgendaPage::resizeAppointment(qint64 appointmentId, int steps)
{
    const auto row = rowOf(appointmentId);
    const GridColumn *column = columnOf(appointmentId);
    if (!row || !column || steps == 0)
        return;
    const Appointment &appointment = row->appointment;
    const int step = resizeStep(*column, appointment, steps);
    const int minutes = appointment.durationMinutes() + steps * step;
    if (minutes < 5 || (steps < 0 && appointment.durationMinutes() <= step)) {
        m_messages->showError(
                tr("%1 cannot be shorter than one slot (%2 min).")
                        .arg(row->patientName.isEmpty() ? tr("The appointment") : row->patientName)
                        .arg(appointment.durationMinutes()));
        return;
    }
    placeAppointment(appointmentId, appointment.agendaId, appointment.start, minutes, *row);
}

void AgendaPage::setStatus(qint64 appointmentId, AppointmentStatus status)
{
    std::optional<AppointmentRow> row = rowOf(appointmentId);
    if (!row)
        row = currentRow(appointmentId); // from the waiting room: maybe in an agenda not on screen
    if (!row || row->appointment.status == status)
        return;
    const auto anyway = [this, appointmentId, status] {
        if (const auto fresh = currentRow(appointmentId); fresh && fresh->appointment.status != status)
            applyStatus(*fresh, status, {});
    };
    applyStatus(*row, status, anyway);
}

void AgendaPage::applyStatus(const AppointmentRow &row, AppointmentStatus status,
                             const std::function<void()> &applyAnyway)
{
    if (!AppointmentCommand::push(
                m_undoStack,
                std::make_unique<StatusCommand>(m_session, row.appointment, status, row.patientName),
                applyAnyway))
        return;
    if (status != AppointmentStatus::Arrived)
        return;
    // The practitioner's desk hears of it without anyone knocking on the door.
    try {
        m_session.messaging().notifyArrival(row.appointment, m_session.actor());
        m_session.notifyChanged();
    } catch (const StoreError &error) {
        m_messages->showError(
                tr("The practitioner could not be told of the arrival: %1").arg(error.message()));
    }
}

void AgendaPage::togglePresence(qint64 appointmentId)
{
    const auto row = rowOf(appointmentId);
    if (!row)
        return;
    switch (row->appointment.status) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::NoShow: // late, but here
        setStatus(appointmentId, AppointmentStatus::Arrived);
        break;
    case AppointmentStatus::Arrived: // a wrong click
        setStatus(appointmentId, AppointmentStatus::Booked);
        break;
    case AppointmentStatus::InConsultation:
    case AppointmentStatus::Done:
    case AppointmentStatus::Cancelled:
        m_messages->showInfo(
                tr("%1 is already %2.").arg(row->patientName, statusName(row->appointment.status).toLower()));
        break;
    }
}

void AgendaPage::callBack(qint64 appointmentId)
{
    const auto row = rowOf(appointmentId);
    if (!row)
        return;
    auto *dialog = new CallbackDialog(m_session, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgendaPage::showHistory(qint64 appointmentId)
{
    auto *dialog = new AppointmentHistoryDialog(m_session, appointmentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgendaPage::cancelAppointment(qint64 appointmentId)
{
    const auto row = rowOf(appointmentId);
    if (!row)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"cancelDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Cancel the appointment"));
    const QString when
            = QLocale().toString(m_session.local(row->appointment.start), u"dddd d MMMM yyyy HH:mm"_s);
    auto *what = new QLabel(tr("Cancel the appointment of %1 on %2?").arg(row->patientName, when), dialog);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    auto *reason = new QComboBox(dialog);
    reason->setObjectName(u"reason"_s);
    reason->setEditable(true);
    reason->addItems(
            {tr("Cancelled by the patient"), tr("Cancelled by the practitioner"), tr("Booked by mistake")});
    // A cancellation inside the deadline counts against the patient only when it is theirs.
    auto *byCentre = new QCheckBox(
            tr("The centre cancels it (not counted as the patient's late cancellation)"), dialog);
    byCentre->setObjectName(u"byCentre"_s);
    connect(reason, &QComboBox::currentIndexChanged, byCentre,
            [byCentre](int index) { byCentre->setChecked(index == 1 || index == 2); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel the appointment"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep it"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(what);
    layout->addWidget(reason);
    layout->addWidget(byCentre);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, byCentre, appointmentId] {
        try {
            m_session.scheduler().cancel(appointmentId, reason->currentText().trimmed(), m_session.actor(),
                                         byCentre->isChecked() ? Scheduler::CancelledBy::Centre
                                                               : Scheduler::CancelledBy::Patient);
        } catch (const StoreError &error) {
            m_messages->showError(error.message());
        }
        dialog->accept();
        m_session.notifyChanged();
    });
    dialog->open();
}

void AgendaPage::newAppointment(qint64 agendaId, const QDateTime &startUtc, qint64 patientId)
{
    auto *dialog = new AppointmentDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<qint64> agendas = shownAgendas();
    if (agendas.isEmpty()) {
        for (const AgendaEntry &entry : m_session.directory().agendas())
            agendas << entry.agenda.id;
    }
    dialog->setAgendas(agendas);
    if (agendaId != 0 && startUtc.isValid())
        dialog->setStart(agendaId, startUtc);
    if (patientId != 0)
        dialog->setPatient(patientId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto booked = dialog->bookedAppointment())
            showAppointment(booked->id);
    });
    dialog->open();
}

void AgendaPage::setSlotKind(qint64 agendaId, const Slot &slot, SlotKind kind)
{
    try {
        m_session.scheduler().setSlotKind(agendaId, slot.start, slot.end, kind, m_session.actor());
    } catch (const StoreError &error) {
        m_messages->showError(error.message());
    }
    m_session.notifyChanged();
}

void AgendaPage::splitSlot(qint64 agendaId, const Slot &slot)
{
    try {
        m_session.scheduler().splitSlot(agendaId, slot.start, slot.end, 0, m_session.actor());
    } catch (const StoreError &error) {
        m_messages->showError(error.message());
    }
    m_session.notifyChanged();
}

void AgendaPage::mergeWithNext(qint64 agendaId, const Slot &slot)
{
    for (const GridColumn &column : m_view->columns()) {
        if (column.agendaId != agendaId)
            continue;
        const auto next = std::find_if(column.slots.begin(), column.slots.end(),
                                       [&](const Slot &s) { return s.start == slot.end; });
        if (next == column.slots.end())
            continue;
        try {
            m_session.scheduler().mergeSlots(agendaId, slot.start, next->end, m_session.actor());
        } catch (const StoreError &error) {
            m_messages->showError(error.message());
        }
        m_session.notifyChanged();
        return;
    }
    m_messages->showError(tr("There is no slot right after this one to merge with."));
}

void AgendaPage::blockPeriod(qint64 agendaId, const QDateTime &startUtc)
{
    auto *dialog = new BlockPeriodDialog(m_session, agendaId, startUtc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto result = dialog->result();
        if (!result || result->affected.empty())
            return;
        QStringList lines;
        for (const Appointment &a : result->affected) {
            QString who;
            if (a.patientId) {
                if (const auto patient = m_session.store().find<Patient>(*a.patientId))
                    who = patient->lastName.toUpper() + u' ' + patient->firstName;
            }
            lines << QLocale().toString(m_session.local(a.start), u"dddd d MMMM HH:mm"_s) + u' ' + who;
        }
        m_messages->showInfo(
                tr("%n appointment(s) stay inside the blocked period; call the patients to move them: %1",
                   nullptr, int(lines.size()))
                        .arg(lines.join(u"; "_s)));
    });
    dialog->open();
}

void AgendaPage::editTemplateWeek(qint64 agendaId)
{
    auto *dialog = new TemplateWeekDialog(m_session, agendaId, std::max(m_date, m_session.today()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto result = dialog->result();
        if (!result || result->noLongerFitting.empty())
            return;
        QStringList lines;
        for (const Appointment &a : result->noLongerFitting)
            lines << QLocale().toString(m_session.local(a.start), u"dddd d MMMM HH:mm"_s);
        m_messages->showInfo(
                tr("%n appointment(s) no longer fit the new week; they were kept where they are: %1", nullptr,
                   int(lines.size()))
                        .arg(lines.join(u"; "_s)));
    });
    dialog->open();
}

QMenu *AgendaPage::slotMenu(qint64 agendaId, const QDate &date, const Slot &slot)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString when = QLocale().toString(m_session.local(slot.start), u"dddd d MMMM HH:mm"_s);
    menu->addSection(when);
    if (slot.bookable()) {
        menu->addAction(tr("New appointment here…"), this,
                        [this, agendaId, start = slot.start] { newAppointment(agendaId, start); });
    }
    QMenu *kinds = menu->addMenu(tr("Slot kind"));
    for (const SlotKind kind :
         {SlotKind::Desk, SlotKind::Internet, SlotKind::Urgent, SlotKind::Unavailable}) {
        QAction *action = kinds->addAction(slotKindName(kind), this, [this, agendaId, slot, kind] {
            setSlotKind(agendaId, slot, kind);
        });
        action->setCheckable(true);
        action->setChecked(slot.kind == kind);
        action->setData(int(kind));
    }
    menu->addAction(tr("Split the slot in two"), this, [this, agendaId, slot] { splitSlot(agendaId, slot); });
    menu->addAction(tr("Merge with the next slot"), this,
                    [this, agendaId, slot] { mergeWithNext(agendaId, slot); });
    menu->addSeparator();
    menu->addAction(tr("Block a period…"), this,
                    [this, agendaId, start = slot.start] { blockPeriod(agendaId, start); });
    if (slot.blocked && !frenchPublicHolidayName(date).isEmpty()) {
        menu->addAction(tr("Open this public holiday"), this, [this, agendaId, date] {
            try {
                m_session.scheduler().openHoliday(agendaId, date, m_session.actor());
            } catch (const StoreError &error) {
                m_messages->showError(error.message());
            }
            m_session.notifyChanged();
        });
    }
    menu->addAction(tr("Template week…"), this, [this, agendaId] { editTemplateWeek(agendaId); });
    return menu;
}

QMenu *AgendaPage::appointmentMenu(qint64 appointmentId)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto row = rowOf(appointmentId);
    if (!row)
        return menu;
    menu->addSection(row->patientName);
    const AppointmentStatus current = row->appointment.status;
    for (const AppointmentStatus status :
         {AppointmentStatus::Booked, AppointmentStatus::Arrived, AppointmentStatus::InConsultation,
          AppointmentStatus::Done, AppointmentStatus::NoShow}) {
        QAction *action = menu->addAction(statusName(status), this, [this, appointmentId, status] {
            setStatus(appointmentId, status);
        });
        action->setCheckable(true);
        action->setChecked(current == status);
    }
    if (current == AppointmentStatus::NoShow) {
        QAction *excused = menu->addAction(tr("No-show excused"), this, [this, appointmentId](bool checked) {
            try {
                NoShows(m_session.store()).setExcused(appointmentId, checked, m_session.actor());
            } catch (const StoreError &error) {
                m_messages->showError(error.message());
            }
            m_session.notifyChanged();
        });
        excused->setCheckable(true);
        excused->setChecked(row->appointment.noShowExcused);
    }
    menu->addSeparator();
    menu->addAction(tr("Call back…"), this, [this, appointmentId] { callBack(appointmentId); });
    menu->addAction(tr("History…"), this, [this, appointmentId] { showHistory(appointmentId); });
    if (const std::optional<qint64> patientId = row->appointment.patientId) {
        menu->addAction(tr("Patient record…"), this,
                        [this, id = *patientId] { Q_EMIT patientRecordRequested(id); });
        menu->addAction(tr("Invitation code for the booking page…"), this, [this, id = *patientId] {
            auto *dialog = new InvitationDialog(m_session, id, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    menu->addAction(tr("Lengthen (+)"), this, [this, appointmentId] { resizeAppointment(appointmentId, 1); });
    menu->addAction(tr("Shorten (−)"), this, [this, appointmentId] { resizeAppointment(appointmentId, -1); });
    menu->addAction(tr("Print an appointment card…"), this, [this, appointmentId] {
        PrintCommands::printAppointmentCard(m_session, appointmentId, this);
    });
    menu->addSeparator();
    menu->addAction(tr("Cancel the appointment…"), this,
                    [this, appointmentId] { cancelAppointment(appointmentId); });
    return menu;
}

void AgendaPage::showSlotMenu(qint64 agendaId, const QDate &date, const Slot &slot, const QPoint &globalPos)
{
    slotMenu(agendaId, date, slot)->popup(globalPos);
}

void AgendaPage::showAppointmentMenu(qint64 appointmentId, const QPoint &globalPos)
{
    m_view->setSelectedAppointment(appointmentId);
    appointmentMenu(appointmentId)->popup(globalPos);
}

} // namespace Accueil
