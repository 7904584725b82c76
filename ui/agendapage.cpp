#include "agendapage.h"

#include "agenda/agendaview.h"
#include "agendaselectiondialog.h"
#include "desksession.h"
#include "domain/professions.h"
#include "messagebar.h"
#include "store/store.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// What an entry of the selection box stands for.
enum SelectionKind {
    ProfessionSelection,
    CentreSelection,
    OwnSelection,
    SavedSelection,
    ChooseSelection
};
constexpr int kindRole = Qt::UserRole + 1;
constexpr int idsRole = Qt::UserRole + 2;
constexpr int keyRole = Qt::UserRole + 3;

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList list;
    for (const qint64 id : ids)
        list << id;
    return list;
}

QList<qint64> fromVariants(const QVariantList &list)
{
    QList<qint64> ids;
    for (const QVariant &value : list)
        ids << value.toLongLong();
    return ids;
}

QSettings settings()
{
    return QSettings(u"Accueil"_s, u"accueil"_s);
}

} // namespace

AgendaPage::AgendaPage(DeskSession &session, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_messages(new MessageBar(this))
    , m_view(new AgendaView(this))
    , m_date(session.today())
{
    m_view->setTimeZone(session.zone());
    buildBar();
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);

    connect(&m_session, &DeskSession::changed, this, &AgendaPage::reload);
    connect(&m_session, &DeskSession::errorReported, m_messages, &MessageBar::showError);
    connect(&m_session, &DeskSession::conflictReported, this,
            [this](const QString &message, const std::function<void()> &applyAnyway) {
                m_messages->showChoice(message, tr("Apply my change anyway"), applyAnyway);
            });
    connect(m_view, &AgendaView::selectionChanged, this, &AgendaPage::selectionChanged);
    connect(m_view, &AgendaView::moveRequested, this, &AgendaPage::moveAppointment);
    // A drop the grid can already see is impossible: say why, nothing changes.
    connect(m_view, &AgendaView::dropRefused, this, [this](qint64 id, const QString &reason) {
        const auto row = rowOf(id);
        m_messages->showError(row && !row->patientName.isEmpty()
                                      ? tr("%1 was not moved: %2").arg(row->patientName, reason)
                                      : tr("The appointment was not moved: %1").arg(reason));
    });
    connect(m_view, &AgendaView::resizeRequested, this, &AgendaPage::resizeAppointment);
    connect(m_view, &AgendaView::presenceClicked, this, &AgendaPage::togglePresence);
    connect(m_view, &AgendaView::callbackClicked, this, &AgendaPage::callBack);
    // Return or a double-click on an appointment offers what can be done with it.
    connect(m_view, &AgendaView::appointmentActivated, this, [this](qint64 id) {
        showAppointmentMenu(id, m_view->viewport()->mapToGlobal(m_view->appointmentRect(id).center()));
    });
    connect(m_view, &AgendaView::slotActivated, this,
            [this](qint64 agendaId, const QDate &, const Slot &slot) {
                newAppointment(agendaId, slot.start);
            });
    connect(m_view, &AgendaView::slotContextMenuRequested, this, &AgendaPage::showSlotMenu);
    connect(m_view, &AgendaView::appointmentContextMenuRequested, this, &AgendaPage::showAppointmentMenu);

    // Where the user left the desk; a practitioner starts on the week of their own agenda.
    const QSettings stored = settings();
    fillSelections();
    fillWeekAgendas();
    const std::vector<AgendaEntry> &agendas = m_session.directory().agendas();
    m_weekAgenda = stored.value(u"view/weekAgenda"_s).toLongLong();
    if (!m_session.directory().agenda(m_weekAgenda) && !agendas.empty())
        m_weekAgenda = agendas.front().agenda.id;
    if (m_session.user().practitionerId) {
        const auto own = std::find_if(agendas.begin(), agendas.end(), [this](const AgendaEntry &e) {
            return e.agenda.practitionerId == m_session.user().practitionerId;
        });
        if (own != agendas.end())
            m_weekAgenda = own->agenda.id;
    }
    int selection = m_selection->findData(stored.value(u"view/selection"_s).toString(), keyRole);
    if (selection < 0 || m_selection->itemData(selection, kindRole).toInt() == ChooseSelection)
        selection = 0;
    m_selection->setCurrentIndex(selection);
    m_dayAgendas = fromVariants(m_selection->itemData(selection, idsRole).toList());
    const QString mode = stored.value(u"view/mode"_s).toString();
    m_mode = (mode == u"week"_s || (mode.isEmpty() && m_session.user().practitionerId)) ? Mode::Week
                                                                                        : Mode::Day;
    m_modes->button(int(m_mode))->setChecked(true);
    m_selection->setVisible(m_mode == Mode::Day);
    m_weekAgendaBox->setVisible(m_mode == Mode::Week);
    m_weekAgendaBox->setCurrentIndex(m_weekAgendaBox->findData(m_weekAgenda));
    m_dateEdit->setDate(m_date);
    reload();
    m_view->scrollToMinute(8 * 60);
}

AgendaPage::~AgendaPage() = default;

void AgendaPage::buildBar()
{
    auto *previous = new QToolButton(this);
    previous->setText(u"◀"_s);
    previous->setToolTip(tr("Previous day (Ctrl+PgUp)"));
    previous->setObjectName(u"previous"_s);
    auto *next = new QToolButton(this);
    next->setText(u"▶"_s);
    next->setToolTip(tr("Next day (Ctrl+PgDown)"));
    next->setObjectName(u"next"_s);
    auto *today = new QPushButton(tr("Today"), this);
    today->setObjectName(u"today"_s);
    m_dateEdit = new QDateEdit(this);
    // The weekday always goes with the date: bookings a week off are a known plague.
    m_dateEdit->setDisplayFormat(u"dddd d MMMM yyyy"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumWidth(220);
    QFont bold = m_dateEdit->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_dateEdit->setFont(bold);

    auto *day = new QToolButton(this);
    day->setText(tr("Day"));
    day->setCheckable(true);
    auto *week = new QToolButton(this);
    week->setText(tr("Week"));
    week->setCheckable(true);
    m_modes = new QButtonGroup(this);
    m_modes->addButton(day, int(Mode::Day));
    m_modes->addButton(week, int(Mode::Week));
    day->setChecked(true);

    m_selection = new QComboBox(this);
    m_selection->setMinimumContentsLength(24);
    m_selection->setToolTip(tr("Which agendas the day shows side by side"));
    m_weekAgendaBox = new QComboBox(this);
    m_weekAgendaBox->setMinimumContentsLength(24);
    m_weekAgendaBox->setToolTip(tr("Whose week is shown"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(12);
    bar->addWidget(day);
    bar->addWidget(week);
    bar->addSpacing(12);
    bar->addWidget(m_selection);
    bar->addWidget(m_weekAgendaBox);
    bar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);

    const auto step = [this]() { return m_mode == Mode::Week ? 7 : 1; };
    connect(previous, &QToolButton::clicked, this, [this, step] { setDate(m_date.addDays(-step())); });
    connect(next, &QToolButton::clicked, this, [this, step] { setDate(m_date.addDays(step())); });
    connect(today, &QPushButton::clicked, this, [this] {
        setDate(m_session.today());
        m_view->scrollToNow();
    });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &AgendaPage::setDate);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_selection, &QComboBox::activated, this, &AgendaPage::applySelection);
    connect(m_weekAgendaBox, &QComboBox::activated, this,
            [this](int index) { setWeekAgenda(m_weekAgendaBox->itemData(index).toLongLong()); });
}

void AgendaPage::fillSelections()
{
    const Directory &directory = m_session.directory();
    m_selection->clear();
    const auto add
            = [this](const QString &text, SelectionKind kind, const QList<qint64> &ids, const QString &key) {
                  m_selection->addItem(text);
                  const int index = m_selection->count() - 1;
                  m_selection->setItemData(index, kind, kindRole);
                  m_selection->setItemData(index, toVariants(ids), idsRole);
                  m_selection->setItemData(index, key, keyRole);
              };
    if (const auto practitionerId = m_session.user().practitionerId) {
        QList<qint64> own;
        for (const AgendaEntry &entry : directory.agendas()) {
            if (entry.agenda.practitionerId == practitionerId)
                own << entry.agenda.id;
        }
        if (!own.isEmpty())
            add(tr("My agendas"), OwnSelection, own, u"own"_s);
    }
    for (const QString &profession : directory.professions()) {
        QList<qint64> ids;
        for (const qint64 id : directory.agendasOfProfession(profession))
            ids << id;
        add(tr("%1 (%2)").arg(professionName(profession)).arg(ids.size()), ProfessionSelection, ids,
            u"profession:"_s + profession);
    }
    QList<qint64> all;
    for (const AgendaEntry &entry : directory.agendas())
        all << entry.agenda.id;
    add(tr("The whole centre (%1)").arg(all.size()), CentreSelection, all, u"centre"_s);
    QSettings stored = settings();
    stored.beginGroup(u"selections"_s);
    for (const QString &name : stored.childKeys()) {
        QList<qint64> ids;
        for (const qint64 id : fromVariants(stored.value(name).toList())) {
            if (directory.agenda(id))
                ids << id;
        }
        if (!ids.isEmpty())
            add(u"★ "_s + name, SavedSelection, ids, u"saved:"_s + name);
    }
    stored.endGroup();
    add(tr("Choose agendas…"), ChooseSelection, {}, u"choose"_s);
}

void AgendaPage::applySelection(int index)
{
    if (index < 0)
        return;
    if (m_selection->itemData(index, kindRole).toInt() == ChooseSelection) {
        chooseAgendas();
        return;
    }
    setMode(Mode::Day);
    setDayAgendas(fromVariants(m_selection->itemData(index, idsRole).toList()));
    saveSettings();
}

void AgendaPage::chooseAgendas()
{
    auto *dialog = new AgendaSelectionDialog(m_session.directory(), m_dayAgendas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        QSettings stored = settings();
        stored.setValue(u"selections/"_s + name, toVariants(dialog->agendaIds()));
        fillSelections();
        m_selection->setCurrentIndex(m_selection->findData(QString(u"saved:"_s + name), keyRole));
        applySelection(m_selection->currentIndex());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Back to what was shown.
        for (int i = 0; i < m_selection->count(); ++i) {
            if (fromVariants(m_selection->itemData(i, idsRole).toList()) == m_dayAgendas) {
                m_selection->setCurrentIndex(i);
                return;
            }
        }
        m_selection->setCurrentIndex(0);
    });
    dialog->open();
}

void AgendaPage::fillWeekAgendas()
{
    m_weekAgendaBox->clear();
    for (const AgendaEntry &entry : m_session.directory().agendas())
        m_weekAgendaBox->addItem(entry.title() + u" — "_s + entry.subtitle(), entry.agenda.id);
}

void AgendaPage::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_date;
    m_date = date;
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    if (!changed)
        return;
    reload();
    Q_EMIT dateChanged(date);
}

void AgendaPage::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_modes->button(int(mode))->setChecked(true);
    m_selection->setVisible(mode == Mode::Day);
    m_weekAgendaBox->setVisible(mode == Mode::Week);
    m_weekAgendaBox->setCurrentIndex(m_weekAgendaBox->findData(m_weekAgenda));
    if (!changed)
        return;
    // The week of the agenda whose appointment is selected, if any.
    if (mode == Mode::Week) {
        if (const auto row = m_view->selectedRow())
            setWeekAgenda(row->appointment.agendaId);
    }
    saveSettings();
    reload();
    Q_EMIT modeChanged(mode);
}

void AgendaPage::setDayAgendas(const QList<qint64> &agendaIds)
{
    m_dayAgendas = agendaIds;
    if (m_mode == Mode::Day)
        reload();
}

void AgendaPage::setWeekAgenda(qint64 agendaId)
{
    if (!m_session.directory().agenda(agendaId))
        return;
    m_weekAgenda = agendaId;
    m_weekAgendaBox->setCurrentIndex(m_weekAgendaBox->findData(agendaId));
    saveSettings();
    if (m_mode == Mode::Week)
        reload();
}

QList<qint64> AgendaPage::shownAgendas() const
{
    return m_mode == Mode::Day ? m_dayAgendas : QList<qint64>{m_weekAgenda};
}

void AgendaPage::saveSettings() const
{
    QSettings stored = settings();
    stored.setValue(u"view/mode"_s, m_mode == Mode::Week ? u"week"_s : u"day"_s);
    stored.setValue(u"view/weekAgenda"_s, m_weekAgenda);
    stored.setValue(u"view/selection"_s, m_selection->currentData(keyRole).toString());
}

void AgendaPage::reload()
{
    QDate from = m_date;
    QDate to = m_date;
    if (m_mode == Mode::Week) {
        from = m_date.addDays(1 - m_date.dayOfWeek());
        to = from.addDays(6);
    }
    try {
        m_view->setColumns(buildColumns(shownAgendas(), from, to));
    } catch (const StoreError &error) {
        // Keep showing what was there: the message says why it is not fresh.
        m_messages->showError(tr("The agenda could not be read: %1").arg(error.message()));
    }
    updateNow();
}

std::vector<GridColumn> AgendaPage::buildColumns(const QList<qint64> &agendaIds, const QDate &from,
                                                 const QDate &to)
{
    std::vector<GridColumn> columns;
    if (agendaIds.isEmpty())
        return columns;
    const auto grids = m_session.scheduler().grids(agendaIds, from, to);
    const QDateTime fromUtc = m_session.utcOf(from, QTime(0, 0));
    const QDateTime toUtc = m_session.utcOf(to.addDays(1), QTime(0, 0));
    const std::vector<AppointmentRow> rows = m_session.store().appointmentsBetween(agendaIds, fromUtc, toUtc);
    const QSet<qint64> callbacks = m_session.callbacks().appointmentsWithOpenTask(agendaIds, fromUtc, toUtc);
    const std::vector<SlotHold> holds = m_session.holds().active(agendaIds, fromUtc, toUtc);

    // One column per agenda and day, filled from the slots and appointments of that local day.
    std::map<std::pair<qint64, QDate>, GridColumn> byKey;
    for (const qint64 agendaId : agendaIds) {
        const AgendaEntry *entry = m_session.directory().agenda(agendaId);
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            GridColumn column;
            column.agendaId = agendaId;
            column.date = date;
            if (m_mode == Mode::Week) {
                column.title = QLocale().toString(date, u"dddd d/MM"_s); // fits a narrow column
                column.subtitle = entry ? entry->title() : QString();
            } else {
                column.title = entry ? entry->title() : QString();
                column.subtitle = entry ? entry->subtitle() : QString();
            }
            column.colour = QColor(entry ? entry->agenda.colour : QString());
            byKey.emplace(std::pair{agendaId, date}, std::move(column));
        }
        if (const auto grid = grids.find(agendaId); grid != grids.end()) {
            for (const Slot &slot : grid->second) {
                const auto found = byKey.find({agendaId, m_session.local(slot.start).date()});
                if (found != byKey.end())
                    found->second.slots.push_back(slot);
            }
        }
    }
    for (const AppointmentRow &row : rows) {
        if (row.appointment.status == AppointmentStatus::Cancelled)
            continue;
        const auto found
                = byKey.find({row.appointment.agendaId, m_session.local(row.appointment.start).date()});
        if (found == byKey.end())
            continue;
        if (callbacks.contains(row.appointment.id))
            found->second.callbackAppointmentIds.insert(row.appointment.id);
        found->second.appointments.push_back(row);
    }
    for (const SlotHold &hold : holds) {
        if (hold.staffId == m_session.user().id)
            continue; // this desk's own dialog is on screen already
        const QDateTime start = m_session.local(hold.start);
        const QDateTime end = m_session.local(hold.end);
        const auto found = byKey.find({hold.agendaId, start.date()});
        if (found == byKey.end())
            continue;
        const int startMinute = start.time().hour() * 60 + start.time().minute();
        const int endMinute
                = end.date() > start.date() ? 24 * 60 : end.time().hour() * 60 + end.time().minute();
        found->second.holds.push_back({startMinute, endMinute, tr("being booked by %1").arg(hold.label)});
    }
    for (const qint64 agendaId : agendaIds) {
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            GridColumn &column = byKey.at({agendaId, date});
            // The week shows Sunday only when something happens on it.
            if (m_mode == Mode::Week && date.dayOfWeek() == 7 && column.slots.empty()
                && column.appointments.empty())
                continue;
            columns.push_back(std::move(column));
        }
    }
    return columns;
}

void AgendaPage::updateNow()
{
    m_view->setNow(m_session.now());
}

const GridColumn *AgendaPage::columnOf(qint64 appointmentId) const
{
    const int index = m_view->columnOf(appointmentId);
    return index < 0 ? nullptr : &m_view->columns()[std::size_t(index)];
}

std::optional<AppointmentRow> AgendaPage::rowOf(qint64 appointmentId) const
{
    return m_view->row(appointmentId);
}

void AgendaPage::showAppointment(qint64 appointmentId)
{
    try {
        const Appointment appointment = m_session.store().get<Appointment>(appointmentId);
        const QDate day = m_session.local(appointment.start).date();
        if (!shownAgendas().contains(appointment.agendaId)) {
            if (m_mode == Mode::Week) {
                setWeekAgenda(appointment.agendaId);
            } else {
                // The whole centre shows every agenda.
                m_selection->setCurrentIndex(m_selection->findData(u"centre"_s, keyRole));
                applySelection(m_selection->currentIndex());
            }
        }
        setDate(day);
        m_view->setSelectedAppointment(appointmentId);
        m_view->setFocus();
    } catch (const StoreError &error) {
        m_messages->showError(error.message());
    }
}

} // namespace Accueil
