#include "appointmentslotfinder.h"

#include "desksession.h"
#include "domain/professions.h"
#include "freeslotmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int searchDays = 92;
// With one agenda, nextFree gives one time; the desk also wants the next few to offer the caller.
constexpr int alternativesInOneAgenda = 8;
constexpr int alternativeDays = 14;

// The agenda's type matching the chosen one by label (the same "Consultation nourrisson" lasts as
// long everywhere it exists), if it has one.
std::optional<qint64> sameType(const AgendaEntry &entry, const QString &label)
{
    const auto found = std::find_if(entry.types.begin(), entry.types.end(),
                                    [&](const AppointmentType &t) { return t.label == label; });
    return found == entry.types.end() ? std::nullopt : std::optional<qint64>(found->id);
}

} // namespace

AppointmentSlotFinder::AppointmentSlotFinder(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FreeSlotModel(session, this))
    , m_scope(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_find(new QPushButton(tr("&Next free slot (F3)"), this))
    , m_later(new QPushButton(tr("&Later (not that day)"), this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_scope->setObjectName(u"scopeCombo"_s);
    m_service->setObjectName(u"serviceCombo"_s);
    m_find->setObjectName(u"findFreeButton"_s);
    m_later->setObjectName(u"laterButton"_s);
    m_view->setObjectName(u"freeSlotList"_s);
    m_message->setObjectName(u"freeSlotMessage"_s);

    for (const Service &service : session.directory().services())
        m_service->addItem(service.label, service.id);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FreeSlotModel::Agenda, QHeaderView::Stretch);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);
    m_view->installEventFilter(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_later->setEnabled(false);

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Search in:"), this));
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_service, 1);
    scopeRow->addWidget(m_find);
    scopeRow->addWidget(m_later);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(scopeRow);
    layout->addWidget(m_view);
    layout->addWidget(m_message);

    connect(m_find, &QPushButton::clicked, this, &AppointmentSlotFinder::find);
    connect(m_later, &QPushButton::clicked, this, &AppointmentSlotFinder::findLater);
    connect(m_view, &QTableView::doubleClicked, this, &AppointmentSlotFinder::chooseCurrent);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_service->setVisible(scope() == Scope::Service);
        clearResults();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &AppointmentSlotFinder::clearResults);
    updateScopes();
}

void AppointmentSlotFinder::setShownAgendas(const QList<qint64> &agendaIds)
{
    m_shown = agendaIds;
    clearResults();
}

void AppointmentSlotFinder::setTarget(qint64 agendaId, qint64 typeId)
{
    if (agendaId == m_agendaId && typeId == m_typeId)
        return;
    m_agendaId = agendaId;
    m_typeId = typeId;
    updateScopes();
}

AppointmentSlotFinder::Scope AppointmentSlotFinder::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void AppointmentSlotFinder::setScope(Scope scope)
{
    if (const int index = m_scope->findData(int(scope)); index >= 0)
        m_scope->setCurrentIndex(index);
}

void AppointmentSlotFinder::updateScopes()
{
    // The profession's name follows the chosen agenda; the choice itself is kept.
    const Scope current = m_scope->count() > 0 ? scope() : Scope::Agenda;
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("This agenda"), int(Scope::Agenda));
    m_scope->addItem(tr("All agendas shown"), int(Scope::Shown));
    if (m_service->count() > 0)
        m_scope->addItem(tr("Who does what: a service"), int(Scope::Service));
    const AgendaEntry *entry = m_session.directory().agenda(m_agendaId);
    if (entry && !entry->profession().isEmpty()) {
        m_scope->addItem(tr("Same profession: %1").arg(professionName(entry->profession())),
                         int(Scope::Profession));
    }
    const int index = m_scope->findData(int(current));
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
    m_service->setVisible(scope() == Scope::Service);
}

const AppointmentType *AppointmentSlotFinder::targetType() const
{
    const AgendaEntry *entry = m_session.directory().agenda(m_agendaId);
    return entry ? entry->type(m_typeId) : nullptr;
}

std::vector<Candidate> AppointmentSlotFinder::candidates()
{
    const AppointmentType *type = targetType();
    if (!type)
        return {};
    Directory &directory = m_session.directory();
    std::vector<Candidate> result;
    switch (scope()) {
    case Scope::Agenda:
        result.push_back({m_agendaId, m_typeId});
        break;
    case Scope::Shown:
        // Only the agendas that have this type: a sore throat is not booked with the podiatrist.
        for (const qint64 agendaId : m_shown) {
            const AgendaEntry *entry = directory.agenda(agendaId);
            if (const auto typeId = entry ? sameType(*entry, type->label) : std::nullopt)
                result.push_back({agendaId, *typeId});
        }
        if (!m_shown.contains(m_agendaId))
            result.push_back({m_agendaId, m_typeId});
        break;
    case Scope::Service:
        for (Candidate candidate :
             m_session.scheduler().candidatesForService(m_service->currentData().toLongLong())) {
            // The chosen type where the agenda has it, so the duration still follows the reason.
            if (const AgendaEntry *entry = directory.agenda(candidate.agendaId)) {
                if (const auto typeId = sameType(*entry, type->label))
                    candidate.typeId = *typeId;
            }
            result.push_back(candidate);
        }
        break;
    case Scope::Profession:
        if (const AgendaEntry *entry = directory.agenda(m_agendaId))
            result = m_session.scheduler().candidatesForProfession(entry->profession(), type->label);
        break;
    }
    return result;
}

void AppointmentSlotFinder::find()
{
    search(m_session.now());
}

void AppointmentSlotFinder::findLater()
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (!current.isValid()) {
        find();
        return;
    }
    const QDate day = m_model->freeSlotAt(current.row()).start.toTimeZone(m_session.zone()).date();
    search(m_session.utcOf(day.addDays(1), QTime(0, 0)));
}

void AppointmentSlotFinder::search(const QDateTime &after)
{
    if (!targetType()) {
        m_model->clear();
        showMessage(tr("Choose a practitioner and a type of appointment first."));
        return;
    }
    const std::vector<Candidate> who = candidates();
    const Channel channel = m_session.actor().channel;
    std::vector<FreeSlot> found;
    if (!who.empty())
        found = m_session.scheduler().nextFree(who, after, channel, searchDays);
    if (who.size() == 1 && !found.empty()) {
        const QDate day = found.front().start.toTimeZone(m_session.zone()).date();
        for (const FreeSlot &slot : m_session.scheduler().availability(
                     who.front().agendaId, who.front().typeId, day, day.addDays(alternativeDays), channel)) {
            if (int(found.size()) >= alternativesInOneAgenda)
                break;
            if (slot.start > found.front().start)
                found.push_back(slot);
        }
    }
    m_model->setFreeSlots(std::move(found));
    m_later->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0) {
        showMessage(who.empty() ? tr("No agenda here offers this type of appointment.")
                                : tr("Nothing is free for this type in the next %1 days.").arg(searchDays));
        return;
    }
    m_message->hide();
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
}

void AppointmentSlotFinder::clearResults()
{
    m_model->clear();
    m_message->hide();
    m_later->setEnabled(false);
}

void AppointmentSlotFinder::chooseCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT slotChosen(m_model->freeSlotAt(current.row()));
}

void AppointmentSlotFinder::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

bool AppointmentSlotFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Return chooses the time here and never reaches the dialog's default button.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            chooseCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Accueil
