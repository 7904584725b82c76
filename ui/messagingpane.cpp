#include "messagingpane.h"

#include "callbacklistmodel.h"
#include "callbacklistpanel.h"
#include "desksession.h"
#include "errorlabel.h"
#include "listview.h"
#include "messagecomposer.h"
#include "messagelistmodel.h"
#include "store/store.h"
#include "webbookinglistmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int readAfterMs = 1000; // long enough to have seen it, not just scrolled past

} // namespace

MessagingPane::MessagingPane(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_user(session.user())
    , m_model(new MessageListModel(session, this))
    , m_tabs(new QTabWidget(this))
    , m_callbacks(new CallbackListPanel(session, this))
    , m_doNotDisturb(new QToolButton(this))
    , m_error(new ErrorLabel(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(MessagesTab, buildMessagesTab(), tr("Messages"));
    m_tabs->insertTab(CallbacksTab, m_callbacks, tr("To call back"));
    m_tabs->insertTab(WebBookingsTab, buildWebTab(), tr("Web bookings"));

    m_doNotDisturb->setCheckable(true);
    m_doNotDisturb->setText(tr("Do not disturb"));
    m_doNotDisturb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tabs->setCornerWidget(m_doNotDisturb, Qt::TopRightCorner);
    m_doNotDisturb->setVisible(m_user.role == Role::Practitioner); // after the reparenting

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(readAfterMs);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        if (m_reader->isVisible()) // read means seen: not while the pane is closed
            markCurrentRead();
    });
    connect(m_doNotDisturb, &QToolButton::toggled, this, &MessagingPane::setDoNotDisturb);
    connect(m_callbacks, &CallbackListPanel::appointmentRequested, this,
            &MessagingPane::appointmentRequested);
    connect(&session, &DeskSession::changed, this, &MessagingPane::reload);
    refreshUser();
    updateDoNotDisturbButton();
    // What is there at login is counted, not announced.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_seen.insert(m_model->messageAt(row).id);
    m_primed = true;
    updateCounts();
}

QWidget *MessagingPane::buildMessagesTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_model);
    setUpListView(m_view, MessageListModel::SubjectColumn);

    auto *reading = new QWidget(splitter);
    m_subject = new QLabel(reading);
    m_subject->setTextFormat(Qt::PlainText); // patients' words are never markup
    m_subject->setWordWrap(true);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_header = new QLabel(reading);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_reader = new QPlainTextEdit(reading);
    m_reader->setReadOnly(true);
    m_reader->setPlaceholderText(tr("Select a message to read it."));
    m_openAppointment = new QPushButton(tr("Open the appointment"), reading);
    m_openPatient = new QPushButton(tr("Book for this patient…"), reading);
    m_reply = new QPushButton(tr("Reply"), reading);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openAppointment);
    buttons->addWidget(m_openPatient);
    buttons->addStretch(1);
    buttons->addWidget(m_reply);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_subject);
    readingLayout->addWidget(m_header);
    readingLayout->addWidget(m_reader, 1);
    readingLayout->addLayout(buttons);

    auto *writing = new QGroupBox(tr("New message"), splitter);
    m_composer = new MessageComposer(m_session, writing);
    auto *writingLayout = new QVBoxLayout(writing);
    writingLayout->addWidget(m_composer);

    splitter->addWidget(m_view);
    splitter->addWidget(reading);
    splitter->addWidget(writing);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagingPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MessagingPane::onCurrentChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(MessageListModel::AppointmentIdRole).toLongLong())
            Q_EMIT appointmentRequested(id);
    });
    connect(m_openAppointment, &QPushButton::clicked, this, [this] {
        if (const Message *message = m_model->message(m_shownId); message && message->appointmentId)
            Q_EMIT appointmentRequested(*message->appointmentId);
    });
    connect(m_openPatient, &QPushButton::clicked, this, [this] {
        if (const Message *message = m_model->message(m_shownId); message && message->patientId)
            Q_EMIT patientRequested(*message->patientId);
    });
    connect(m_reply, &QPushButton::clicked, this, &MessagingPane::replyToCurrent);
    showMessage(0);
    return splitter;
}

QWidget *MessagingPane::buildWebTab()
{
    auto *tab = new QWidget(this);
    m_webModel = new WebBookingListModel(m_session, this);
    m_webView = new QTableView(tab);
    m_webView->setModel(m_webModel);
    setUpListView(m_webView, WebBookingListModel::PatientColumn);
    m_webSeen = new QPushButton(tr("Seen"), tab);
    m_webSeen->setToolTip(tr("The new web bookings (in bold) have been looked at"));
    auto *note = new QLabel(tr("Bookings made by patients on the booking page, the last %n day(s).", nullptr,
                               WebBookings::recentDays),
                            tab);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_webSeen);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_webView, 1);
    layout->addLayout(buttons);
    connect(m_webView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT appointmentRequested(index.data(WebBookingListModel::AppointmentIdRole).toLongLong());
    });
    connect(m_webSeen, &QPushButton::clicked, this, &MessagingPane::markWebBookingsSeen);
    return tab;
}

void MessagingPane::markWebBookingsSeen()
{
    try {
        m_session.webBookings().markSeen(m_session.user(), m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return;
    }
    m_error->clearError();
    m_session.directory().reload(); // this user's "seen" lives in the directory's copy
    m_session.notifyChanged();
}

QString MessagingPane::errorText() const
{
    return m_error->message();
}

void MessagingPane::reload()
{
    const qint64 shown = m_shownId;
    m_model->reload();
    // A reset (rare: the order changed) loses the selection: find the message again.
    if (const int row = m_model->rowOf(shown); shown != 0 && m_shownId != shown && row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, MessageListModel::SubjectColumn));
    } else if (m_shownId != 0 && m_model->rowOf(m_shownId) < 0) {
        showMessage(0);
    } else {
        showMessage(m_shownId); // read or not may have changed
    }
    m_callbacks->reload();
    m_webModel->reload();
    m_composer->reload();
    refreshUser();
    raiseNotices();
    updateCounts();
}

void MessagingPane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(MessageListModel::MessageIdRole).toLongLong() : 0;
    if (id == m_shownId)
        return; // the same message moved: nothing to show again
    showMessage(id);
    if (id != 0 && m_model->isUnread(id)) {
        m_readTimer.start();
    } else {
        m_readTimer.stop();
    }
}

void MessagingPane::showMessage(qint64 messageId)
{
    const Message *message = messageId != 0 ? m_model->message(messageId) : nullptr;
    m_shownId = message ? message->id : 0;
    m_reply->setEnabled(message != nullptr);
    m_openAppointment->setEnabled(message && message->appointmentId);
    m_openPatient->setVisible(message && message->patientId && !message->appointmentId);
    if (!message) {
        m_subject->clear();
        m_header->clear();
        m_reader->clear();
        return;
    }
    const QString subject = MessageListModel::summary(*message);
    m_subject->setText(message->urgent ? tr("URGENT — %1").arg(subject) : subject);
    QString header = tr("From %1 to %2, %3")
                             .arg(m_model->senderName(*message), m_model->recipientName(*message),
                                  m_model->when(message->createdAt));
    if (const QString patient = m_model->patientName(*message); !patient.isEmpty())
        header += u'\n' + tr("About: %1").arg(patient);
    m_header->setText(header);
    if (m_reader->toPlainText() != message->body)
        m_reader->setPlainText(message->body); // plain text: "<b>" stays "<b>"
}

void MessagingPane::markCurrentRead()
{
    m_readTimer.stop();
    if (m_shownId == 0 || !m_model->isUnread(m_shownId))
        return;
    try {
        m_session.messaging().markRead(m_shownId, m_user, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return;
    }
    m_error->clearError();
    m_session.notifyChanged();
}

void MessagingPane::composeAbout(qint64 appointmentId, qint64 patientId, const QString &label)
{
    m_tabs->setCurrentIndex(MessagesTab);
    m_composer->composeAbout(appointmentId, patientId, label);
    m_composer->bodyEdit()->setFocus();
}

void MessagingPane::replyToCurrent()
{
    const Message *message = m_model->message(m_shownId);
    if (!message)
        return;
    QString about = m_model->patientName(*message);
    if (about.isEmpty() && message->appointmentId)
        about = tr("the appointment");
    m_composer->replyTo(*message, about);
}

void MessagingPane::setDoNotDisturb(bool on)
{
    if (on == m_user.doNotDisturb) {
        updateDoNotDisturbButton();
        return;
    }
    try {
        // From the stored user: another desk of the same practitioner may have changed it.
        StaffUser user = m_session.store().find<StaffUser>(m_user.id).value_or(m_user);
        m_user = m_session.messaging().setDoNotDisturb(user, on, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        updateDoNotDisturbButton();
        return;
    }
    m_error->clearError();
    updateDoNotDisturbButton();
    m_session.notifyChanged();
}

void MessagingPane::refreshUser()
{
    // Another desk of the same user may have switched "do not disturb".
    const StaffUser *stored = m_session.directory().staffUser(m_user.id);
    if (stored && stored->version > m_user.version) {
        m_user = *stored;
        updateDoNotDisturbButton();
    }
}

void MessagingPane::updateDoNotDisturbButton()
{
    const QSignalBlocker blocker(m_doNotDisturb);
    m_doNotDisturb->setChecked(m_user.doNotDisturb);
    m_doNotDisturb->setToolTip(m_user.doNotDisturb ? tr("Do not disturb: only urgent messages notify you")
                                                   : tr("Every new message notifies you"));
}

void MessagingPane::updateCounts()
{
    int unread = m_unread;
    try {
        unread = m_session.messaging().unreadCount(m_user);
    } catch (const StoreError &error) {
        m_session.reportError(error.message());
    }
    m_tabs->setTabText(MessagesTab, unread > 0 ? tr("Messages (%1)").arg(unread) : tr("Messages"));
    const int toCall = m_callbacks->model()->rowCount();
    m_tabs->setTabText(CallbacksTab, toCall > 0 ? tr("To call back (%1)").arg(toCall) : tr("To call back"));
    const int newWeb = m_webModel->newCount();
    m_tabs->setTabText(WebBookingsTab,
                       newWeb > 0 ? tr("Web bookings (%1 new)").arg(newWeb) : tr("Web bookings"));
    m_webSeen->setEnabled(newWeb > 0);
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadChanged(unread);
    }
}

void MessagingPane::raiseNotices()
{
    // Oldest first, so the last notice is the newest message.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const Message &message = m_model->messageAt(row);
        if (m_seen.contains(message.id))
            continue;
        m_seen.insert(message.id);
        if (!m_primed || !m_model->isUnread(message.id) || !Messaging::interrupts(m_user, message))
            continue;
        const QString from = m_model->senderName(message);
        const QString what = MessageListModel::summary(message);
        Q_EMIT notice(message.urgent ? tr("URGENT — %1: %2").arg(from, what)
                                     : tr("Message from %1: %2").arg(from, what));
    }
}

} // namespace Accueil
