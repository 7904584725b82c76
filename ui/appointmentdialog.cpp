#include "appointmentdialog.h"

#include "appointmentpatientpicker.h"
#include "appointmentslotfinder.h"
#include "appointmenttext.h"
#include "desk/noshows.h"
#include "desksession.h"
#include "plainlabel.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int reasonMaxLength = 120; // a reason for the visit, not a letter

QShortcut *shortcut(const QKeySequence &keys, QWidget *parent)
{
    auto *result = new QShortcut(keys, parent);
    result->setContext(Qt::WindowShortcut);
    return result;
}

// "Dr Claire Fabre — General practitioner": the profession is said, to avoid the wrong one.
QString agendaLabel(const AgendaEntry &entry)
{
    return AppointmentDialog::tr("%1 — %2").arg(entry.title(), entry.subtitle());
}

} // namespace

AppointmentDialog::AppointmentDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_picker(new AppointmentPatientPicker(session, this))
    , m_attendance(plainTextLabel(this, u"attendanceLabel"_s))
    , m_agenda(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_moreButton(new QPushButton(tr("&More: phone, accompanied by"), this))
    , m_more(new QWidget(this))
    , m_phone(new QLineEdit(m_more))
    , m_companion(new QLineEdit(m_more))
    , m_finder(new AppointmentSlotFinder(session, this))
    , m_summary(plainTextLabel(this, u"summaryLabel"_s))
    , m_error(plainTextLabel(this, u"errorLabel"_s))
    , m_notPlacedLabel(plainTextLabel(this, u"notPlacedLabel"_s))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_book(new QPushButton(tr("Book"), this))
{
    setWindowTitle(tr("New appointment"));
    setMinimumWidth(680);
    m_agenda->setObjectName(u"agendaCombo"_s);
    m_type->setObjectName(u"typeCombo"_s);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_moreButton->setObjectName(u"moreButton"_s);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_companion->setObjectName(u"companionEdit"_s);
    m_book->setObjectName(u"bookButton"_s);

    m_reason->setMaxLength(reasonMaxLength);
    m_reason->setPlaceholderText(tr("Reason for the visit (not a message for the practitioner)"));
    m_phone->setPlaceholderText(tr("A number to reach the patient about this appointment"));
    m_companion->setPlaceholderText(tr("Who comes with the patient"));
    m_moreButton->setCheckable(true);
    // Shown as the default, but QDialog never presses it on a Return typed elsewhere: see
    // keyPressEvent. Any other button pressed by Return is the one that has the focus.
    m_book->setDefault(true);

    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    m_error->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_error->hide();
    m_notPlacedLabel->hide();

    auto *moreLayout = new QFormLayout(m_more);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    moreLayout->addRow(tr("Ph&one for this appointment:"), m_phone);
    moreLayout->addRow(tr("&Accompanied by:"), m_companion);
    m_more->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Patient:"), m_picker);
    form->addRow(QString(), m_attendance);
    m_attendance->setStyleSheet(u"color: #9a5b00;"_s);
    m_attendance->hide();
    form->addRow(tr("&Practitioner:"), m_agenda);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_moreButton);
    form->addRow(QString(), m_more);
    form->addRow(tr("Time:"), m_finder);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_book);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_notPlacedLabel);
    layout->addLayout(buttons);

    setTabOrder(m_agenda, m_type);
    setTabOrder(m_type, m_reason);
    setTabOrder(m_reason, m_moreButton);
    setTabOrder(m_moreButton, m_phone);
    setTabOrder(m_phone, m_companion);

    connect(m_picker, &AppointmentPatientPicker::patientChosen, this, &AppointmentDialog::patientChosen);
    connect(m_picker, &AppointmentPatientPicker::patientCleared, this, [this] {
        m_attendance->hide();
        updateSummary();
    });
    connect(m_agenda, &QComboBox::currentIndexChanged, this, &AppointmentDialog::agendaChosen);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AppointmentDialog::typeChosen);
    connect(m_moreButton, &QPushButton::toggled, m_more, &QWidget::setVisible);
    connect(m_finder, &AppointmentSlotFinder::slotChosen, this, &AppointmentDialog::slotChosen);
    connect(m_cancel, &QPushButton::clicked, this, &AppointmentDialog::reject);
    m_holdRenewal.setInterval(SlotHolds::lifetimeSeconds * 1000 / 3);
    connect(&m_holdRenewal, &QTimer::timeout, this, [this] { updateHold(HoldUpdate::Renew); });
    connect(m_book, &QPushButton::clicked, this, &AppointmentDialog::book);
    connect(shortcut(QKeySequence(Qt::Key_F3), this), &QShortcut::activated, this,
            &AppointmentDialog::findFreeSlot);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(shortcut(keys, this), &QShortcut::activated, this, &AppointmentDialog::book);

    QList<qint64> all;
    for (const AgendaEntry &entry : session.directory().agendas())
        all << entry.agenda.id;
    setAgendas(all);
    m_picker->setFocus();
}

AppointmentDialog::~AppointmentDialog() = default;

void AppointmentDialog::setAgendas(const QList<qint64> &agendaIds)
{
    fillAgendas(agendaIds);
    m_finder->setShownAgendas(agendaIds);
}

void AppointmentDialog::setStart(qint64 agendaId, const QDateTime &startUtc)
{
    m_start = Start{agendaId, startUtc.toUTC()};
    selectAgenda(agendaId);
    updateSummary();
}

void AppointmentDialog::setPatient(qint64 patientId)
{
    try {
        m_picker->setPatient(m_session.store().get<Patient>(patientId));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void AppointmentDialog::fillAgendas(const QList<qint64> &agendaIds)
{
    // A time already chosen keeps its agenda, whatever the order the setters were called in.
    const qint64 current = m_start ? m_start->agendaId : currentAgendaId();
    {
        const QSignalBlocker blocker(m_agenda);
        m_agenda->clear();
        for (const qint64 id : agendaIds) {
            if (const AgendaEntry *entry = m_session.directory().agenda(id))
                m_agenda->addItem(agendaLabel(*entry), id);
        }
        if (m_start && m_agenda->findData(current) < 0) {
            if (const AgendaEntry *entry = m_session.directory().agenda(current))
                m_agenda->addItem(agendaLabel(*entry), current);
        }
        const int index = m_agenda->findData(current);
        m_agenda->setCurrentIndex(index >= 0 ? index : 0);
    }
    agendaChosen();
}

void AppointmentDialog::selectAgenda(qint64 agendaId)
{
    int index = m_agenda->findData(agendaId);
    if (index < 0) {
        // A time found in another agenda (same profession, a service) brings its agenda along.
        const AgendaEntry *entry = m_session.directory().agenda(agendaId);
        if (!entry)
            return;
        const QSignalBlocker blocker(m_agenda);
        m_agenda->addItem(agendaLabel(*entry), agendaId);
        index = m_agenda->count() - 1;
    }
    if (index != m_agenda->currentIndex())
        m_agenda->setCurrentIndex(index); // agendaChosen() follows
}

void AppointmentDialog::fillTypes(const QString &preferredLabel)
{
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    const AgendaEntry *entry = m_session.directory().agenda(currentAgendaId());
    if (!entry)
        return;
    // Shortest first, as the directory gives them: the usual consultation is the first one.
    for (const AppointmentType &type : entry->types)
        m_type->addItem(AppointmentText::typeChoice(type), type.id);
    int index = 0;
    for (int i = 0; i < int(entry->types.size()); ++i) {
        if (entry->types[std::size_t(i)].label == preferredLabel)
            index = i;
    }
    m_type->setCurrentIndex(entry->types.empty() ? -1 : index);
}

void AppointmentDialog::selectType(qint64 typeId)
{
    if (const int index = m_type->findData(typeId); index >= 0)
        m_type->setCurrentIndex(index);
}

qint64 AppointmentDialog::currentAgendaId() const
{
    return m_agenda->currentIndex() < 0 ? 0 : m_agenda->currentData().toLongLong();
}

const AppointmentType *AppointmentDialog::currentType() const
{
    const AgendaEntry *entry = m_session.directory().agenda(currentAgendaId());
    return entry && m_type->currentIndex() >= 0 ? entry->type(m_type->currentData().toLongLong()) : nullptr;
}

void AppointmentDialog::agendaChosen()
{
    // The same kind of visit with the other practitioner: an infant stays an infant.
    fillTypes(m_typeLabel);
    if (m_start && m_start->agendaId != currentAgendaId())
        m_start.reset();
    typeChosen();
}

void AppointmentDialog::typeChosen()
{
    const AppointmentType *type = currentType();
    m_typeLabel = type ? type->label : QString();
    m_finder->setTarget(currentAgendaId(), type ? type->id : 0);
    // Times found for another choice would not fit this one; a time just chosen in the list
    // brings its own agenda and type, and the list stays to choose another.
    if (!m_choosingSlot)
        m_finder->clearResults();
    updateSummary();
}

void AppointmentDialog::slotChosen(const FreeSlot &slot)
{
    m_choosingSlot = true;
    selectAgenda(slot.agendaId);
    selectType(slot.typeId);
    m_choosingSlot = false;
    m_start = Start{slot.agendaId, slot.start};
    m_error->hide();
    updateSummary();
    // Without a patient yet, the search is what is left to do.
    QWidget *next = m_book->isEnabled() ? static_cast<QWidget *>(m_book) : m_picker;
    next->setFocus();
}

void AppointmentDialog::patientChosen()
{
    m_error->hide();
    QString attendance;
    if (const std::optional<Patient> &patient = m_picker->patient(); patient && patient->id != 0) {
        try {
            attendance
                    = NoShows::summary(NoShows(m_session.store()).forPatient(patient->id, m_session.zone()));
        } catch (const StoreError &error) {
            showError(error.message());
        }
    }
    m_attendance->setText(attendance);
    m_attendance->setVisible(!attendance.isEmpty());
    updateSummary();
    m_type->setFocus();
}

void AppointmentDialog::findFreeSlot()
{
    if (m_done)
        return;
    m_finder->find();
}

void AppointmentDialog::updateHold(HoldUpdate how)
{
    // While a time is chosen here, the other desks see it as being booked (a courtesy: a failure
    // to hold never stops the booking, so it is not reported). Every write wakes every desk, so
    // the hold is written only when the time changes and, now and then, to keep it alive.
    const AppointmentType *type = currentType();
    try {
        if (m_start && type && !m_done && !m_closing) {
            const QDateTime end = m_start->start.addSecs(qint64(type->durationMinutes) * 60);
            const HeldTime wanted{m_start->agendaId, m_start->start, end};
            if (m_holdId && how == HoldUpdate::IfChanged && m_held == wanted)
                return;
            m_holdId = m_session.holds()
                               .hold(m_holdId, wanted.agendaId, wanted.start, wanted.end, m_session.actor())
                               .id;
            m_held = wanted;
            m_holdRenewal.start();
        } else if (m_holdId) {
            m_holdRenewal.stop();
            m_held = {};
            m_session.holds().release(*std::exchange(m_holdId, std::nullopt), m_session.actor());
        }
    } catch (const StoreError &) {
        m_holdId.reset();
        m_held = {};
    }
}

void AppointmentDialog::done(int result)
{
    m_closing = true;
    updateHold();
    QDialog::done(result);
}

void AppointmentDialog::updateSummary()
{
    updateHold();
    if (m_done)
        return;
    const AppointmentType *type = currentType();
    const auto &patient = m_picker->patient();
    const AgendaEntry *entry = m_session.directory().agenda(currentAgendaId());
    if (!m_start || !type || !entry) {
        m_summary->setText(tr("Choose a time: F3 finds the next free slot."));
        m_book->setText(tr("Book"));
        m_book->setEnabled(false);
        return;
    }
    const QDateTime local = m_start->start.toTimeZone(m_session.zone());
    const QString time = local.time().toString(u"HH:mm"_s);
    QString summary
            = tr("%1 at %2 — %3 — %4 — %5")
                      .arg(AppointmentText::capitalised(AppointmentText::longDate(local.date())), time,
                           entry->title(), AppointmentText::typeShort(*type),
                           patient ? AppointmentText::patientName(*patient) : tr("no patient chosen yet"));
    if (type->seriesSessions > 0)
        summary = tr("%1 — first of %n sessions", nullptr, type->seriesSessions).arg(summary);
    m_summary->setText(summary);
    // The button repeats the day so the secretary confirms the date by reading it.
    const QString day = AppointmentText::shortDay(local.date());
    m_book->setText(
            type->seriesSessions > 0
                    ? tr("Book %n sessions from %1 at %2", nullptr, type->seriesSessions).arg(day, time)
                    : tr("Book %1 at %2").arg(day, time));
    m_book->setEnabled(patient.has_value());
}

void AppointmentDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AppointmentDialog::book()
{
    if (m_done) {
        accept();
        return;
    }
    const AppointmentType *type = currentType();
    const auto &patient = m_picker->patient();
    if (!m_start || !type || !patient || !m_book->isEnabled())
        return;
    BookingRequest request;
    request.agendaId = m_start->agendaId;
    request.typeId = type->id;
    request.start = m_start->start;
    request.patientId = patient->id;
    request.reason = m_reason->text().simplified();
    request.phone = m_phone->text().simplified();
    request.companion = m_companion->text().simplified();
    request.channel = m_session.actor().channel;
    if (type->seriesSessions > 0) {
        bookSeries(request);
        return;
    }
    try {
        m_booked = m_session.scheduler().book(request, m_session.actor());
    } catch (const StoreError &error) {
        refuse(error.message());
        return;
    }
    m_session.notifyChanged();
    accept();
}

void AppointmentDialog::refuse(const QString &message)
{
    // Someone was faster, or a rule said no: say it here, keep what was typed, offer the times
    // that are free now.
    showError(message);
    m_start.reset();
    updateSummary();
    m_finder->find();
}

void AppointmentDialog::bookSeries(const BookingRequest &request)
{
    SeriesResult result;
    try {
        result = m_session.scheduler().bookSeries(request, m_session.actor());
    } catch (const StoreError &error) {
        refuse(error.message());
        return;
    }
    if (result.booked.empty()) {
        refuse(tr("No session of the series could be placed: choose another start."));
        return;
    }
    m_booked = result.booked.front();
    m_notPlaced = result.notPlaced;
    m_session.notifyChanged();
    if (m_notPlaced.empty()) {
        accept();
        return;
    }
    // The secretary must see which sessions are missing before the dialog goes away.
    QStringList days;
    for (const QDate &day : m_notPlaced)
        days << AppointmentText::capitalised(AppointmentText::longDate(day));
    const QString first = AppointmentText::dateTime(m_booked->start, m_session.zone());
    m_summary->setText(result.booked.size() == 1 ? tr("1 session booked, on %1.").arg(first)
                                                 : tr("%n sessions booked, the first on %1.", nullptr,
                                                      int(result.booked.size()))
                                                           .arg(first));
    m_notPlacedLabel->setText(
            tr("Not placed (nothing free that day), to book by hand:\n%1").arg(days.join(u'\n')));
    m_notPlacedLabel->show();
    setDone();
}

void AppointmentDialog::setDone()
{
    m_done = true;
    for (QWidget *input : std::initializer_list<QWidget *>{m_picker, m_agenda, m_type, m_reason, m_moreButton,
                                                           m_more, m_finder, m_cancel})
        input->setEnabled(false);
    m_error->hide();
    m_book->setText(tr("Close"));
    m_book->setEnabled(true);
    m_book->setFocus();
}

void AppointmentDialog::reject()
{
    // Once a series is booked, closing in any way reports it as booked.
    if (m_done) {
        accept();
        return;
    }
    QDialog::reject();
}

void AppointmentDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog would press its default button on Return from any field and book too early: Return
    // moves the secretary along instead, and only the booking button (or Ctrl+Return) books.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier)
            returnPressed(focusWidget());
        return;
    }
    QDialog::keyPressEvent(event);
}

void AppointmentDialog::returnPressed(QWidget *focus)
{
    if (focus == m_agenda) {
        m_type->setFocus();
    } else if (focus == m_type) {
        m_reason->setFocus();
    } else if (focus == m_reason || focus == m_phone || focus == m_companion) {
        if (m_book->isEnabled()) {
            m_book->setFocus();
        } else if (!m_start) {
            findFreeSlot();
        } else {
            m_picker->setFocus(); // a time is chosen, the patient is not
        }
    } else if (focus && m_finder->isAncestorOf(focus)) {
        findFreeSlot();
    }
}

} // namespace Accueil
