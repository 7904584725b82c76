#include "mainwindow.h"

#include "agenda/agendapalette.h"
#include "agenda/agendaview.h"
#include "agenda/slotlegend.h"
#include "agendapage.h"
#include "appointmenttext.h"
#include "calendarfeeddialog.h"
#include "desksession.h"
#include "figuresdialog.h"
#include "historysearchdialog.h"
#include "messagecomposer.h"
#include "messagingpane.h"
#include "patientfinderdialog.h"
#include "patientrecorddialog.h"
#include "printing/printcommands.h"
#include "remindersettingsdialog.h"
#include "waitingroompanel.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

MainWindow::MainWindow(DeskSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_undoStack(new QUndoStack(this))
    , m_page(new AgendaPage(session, *m_undoStack, this))
{
    const StaffUser &user = session.user();
    // Qt adds the application's name after it.
    setWindowTitle(tr("%1 — %2 (%3)").arg(session.centre().name, user.displayName, user.initials));
    // Above the agenda when the database cannot be reached: the last data stays readable.
    m_offline = new QLabel(this);
    m_offline->setObjectName(u"connectionBanner"_s);
    m_offline->setTextFormat(Qt::PlainText);
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(
            u"QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; }"_s);
    m_offline->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_offline);
    centralLayout->addWidget(m_page, 1);
    setCentralWidget(central);
    connect(&m_session, &DeskSession::onlineChanged, this, [this](bool online, const QString &reason) {
        // One plain sentence for the desk; the driver's own words for whoever fixes it.
        m_offline->setText(tr("Connection to the database lost — read only. Reconnecting by itself…"));
        m_offline->setToolTip(u"<p>"_s + reason.simplified().toHtmlEscaped() + u"</p>"_s);
        m_offline->setVisible(!online);
        if (online)
            statusBar()->showMessage(tr("Connection to the database restored."), 8000);
    });
    buildDocks();
    buildMenus();

    m_userLabel = new QLabel(tr("Logged in: %1 (%2)").arg(user.displayName, user.initials), this);
    m_userLabel->setTextFormat(Qt::PlainText);
    // What each slot colour means, always in sight under the agenda.
    statusBar()->addPermanentWidget(new SlotLegend(this));
    statusBar()->addPermanentWidget(m_badge);
    statusBar()->addPermanentWidget(m_userLabel);
    updateUnread(m_messaging->unreadCount());

    connect(m_page, &AgendaPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_page, &AgendaPage::patientRecordRequested, this, &MainWindow::openPatientRecord);
    connect(m_page, &AgendaPage::dateChanged, this, [this](const QDate &date) {
        const QSignalBlocker blocker(m_calendar);
        m_calendar->setSelectedDate(date);
    });
    connect(&m_session, &DeskSession::changed, m_waiting, &WaitingRoomPanel::reload);
    connect(&m_session, &DeskSession::changed, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        // Say what was just done or undone, in the user's words.
        if (index > m_undoIndex && index > 0)
            statusBar()->showMessage(m_undoStack->text(index - 1), 8000);
        else if (index < m_undoIndex)
            statusBar()->showMessage(tr("Undone: %1").arg(m_undoStack->text(index)), 8000);
        m_undoIndex = index;
    });
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::tick);
    m_clock.start();
    resize(1400, 900);
    updateActions();
    m_page->view()->setFocus();
}

MainWindow::~MainWindow()
{
    // The stack, a child, clears itself when deleted and would report it to a half-destroyed window.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void MainWindow::buildDocks()
{
    m_calendar = new QCalendarWidget(this);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setSelectedDate(m_page->date());
    connect(m_calendar, &QCalendarWidget::clicked, m_page, &AgendaPage::setDate);
    connect(m_calendar, &QCalendarWidget::activated, m_page, &AgendaPage::setDate);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_calendar);
    leftLayout->addStretch(1);
    auto *leftDock = new QDockWidget(tr("Calendar"), this);
    leftDock->setObjectName(u"calendarDock"_s);
    leftDock->setWidget(left);
    leftDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, leftDock);

    m_waiting = new WaitingRoomPanel(m_session, this);
    auto *rightDock = new QDockWidget(tr("Waiting room"), this);
    rightDock->setObjectName(u"waitingDock"_s);
    rightDock->setWidget(m_waiting);
    rightDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, rightDock);
    connect(m_waiting, &WaitingRoomPanel::appointmentActivated, m_page, &AgendaPage::showAppointment);
    connect(m_waiting, &WaitingRoomPanel::statusRequested, m_page, &AgendaPage::setStatus);

    // Under the waiting room: messages and the patients to call back.
    m_messaging = new MessagingPane(m_session, this);
    m_messagesDock = new QDockWidget(tr("Messages"), this);
    m_messagesDock->setObjectName(u"messagesDock"_s);
    m_messagesDock->setWidget(m_messaging);
    m_messagesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_messagesDock);
    splitDockWidget(rightDock, m_messagesDock, Qt::Vertical);
    resizeDocks({leftDock, rightDock}, {250, 420}, Qt::Horizontal);
    resizeDocks({rightDock, m_messagesDock}, {300, 500}, Qt::Vertical);
    connect(m_messaging, &MessagingPane::appointmentRequested, m_page, &AgendaPage::showAppointment);
    connect(m_messaging, &MessagingPane::patientRequested, this,
            [this](qint64 patientId) { m_page->newAppointment(0, {}, patientId); });
    connect(m_messaging, &MessagingPane::unreadChanged, this, &MainWindow::updateUnread);
    connect(m_messaging, &MessagingPane::notice, this, &MainWindow::announce);

    m_badge = new QToolButton(this);
    m_badge->setObjectName(u"unreadBadge"_s);
    m_badge->setAutoRaise(true);
    connect(m_badge, &QToolButton::clicked, this, &MainWindow::showMessages);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/accueil.svg"_s), this);
        m_tray->setToolTip(tr("Accueil"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showMessages);
        connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::showMessages);
        m_tray->show();
    }
}

void MainWindow::showMessages()
{
    m_messagesDock->show();
    m_messagesDock->raise();
    m_messaging->tabs()->setCurrentIndex(MessagingPane::MessagesTab);
    m_messaging->view()->setFocus();
}

void MainWindow::updateUnread(int count)
{
    m_messagesDock->setWindowTitle(count > 0 ? tr("Messages — %n unread", nullptr, count) : tr("Messages"));
    m_badge->setText(count > 0 ? u"✉ %1"_s.arg(count) : u"✉"_s);
    m_badge->setToolTip(count > 0 ? tr("%n unread message(s): click to read", nullptr, count)
                                  : tr("No unread message"));
    // Bold while something waits: seen from across the room, quiet otherwise.
    QFont font = m_badge->font();
    font.setBold(count > 0);
    m_badge->setFont(font);
    if (m_tray)
        m_tray->setToolTip(count > 0 ? tr("Accueil — %n unread message(s)", nullptr, count) : tr("Accueil"));
}

void MainWindow::announce(const QString &text)
{
    // Never a dialog over a consultation: a line in the status bar, the taskbar entry asking for
    // attention, and the desktop's own notification when there is a tray.
    statusBar()->showMessage(text, 15000);
    QApplication::alert(this);
    if (m_tray)
        m_tray->showMessage(tr("Accueil"), text.toHtmlEscaped(), QSystemTrayIcon::Information, 8000);
}

void MainWindow::messageAboutSelected()
{
    const auto row = m_page->view()->selectedRow();
    if (!row)
        return;
    const AgendaEntry *agenda = m_session.directory().agenda(row->appointment.agendaId);
    QString label = row->patientName + u" — "_s
                    + AppointmentText::capitalised(
                            AppointmentText::dateTime(row->appointment.start, m_session.zone()));
    if (agenda)
        label += u" — "_s + agenda->shortTitle();
    m_messaging->composeAbout(row->appointment.id, row->appointment.patientId.value_or(0), label);
    // To the practitioner of that agenda, the usual recipient of a message about an appointment.
    if (agenda && agenda->practitioner) {
        for (const StaffUser &user : m_session.directory().staff()) {
            if (user.practitionerId == agenda->practitioner->id && user.id != m_session.user().id) {
                m_messaging->composer()->setRecipientStaff(user.id);
                break;
            }
        }
    }
    m_messagesDock->show();
    m_messagesDock->raise();
}

PatientRecordDialog *MainWindow::openPatientRecord(qint64 patientId)
{
    for (PatientRecordDialog *open : findChildren<PatientRecordDialog *>()) {
        if (open->patientId() == patientId) {
            open->reload();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *record = new PatientRecordDialog(m_session, patientId, this);
    record->setAttribute(Qt::WA_DeleteOnClose);
    connect(record, &PatientRecordDialog::appointmentRequested, this, [this](qint64 appointmentId) {
        m_page->showAppointment(appointmentId);
        raise();
        activateWindow();
    });
    record->show();
    return record;
}

void MainWindow::findPatient()
{
    auto *finder = new PatientFinderDialog(m_session, this);
    finder->setAttribute(Qt::WA_DeleteOnClose);
    connect(finder, &QDialog::accepted, this, [this, finder] { openPatientRecord(finder->patientId()); });
    finder->open();
}

void MainWindow::buildMenus()
{
    const auto make = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &key,
                             auto &&slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    const auto onSelected = [this](auto &&what) {
        return [this, what] {
            if (const qint64 id = selected())
                what(id);
        };
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The day of the agendas on screen, on paper or in a PDF file.
    make(file, u"printDayList"_s, tr("&Print the day list…"), QKeySequence::Print,
         [this] { PrintCommands::printDayList(m_session, m_page->date(), m_page->shownAgendas(), this); });
    make(file, u"saveDayListPdf"_s, tr("Save the day list as P&DF…"), QKeySequence(), [this] {
        const QString saved
                = PrintCommands::saveDayListAsPdf(m_session, m_page->date(), m_page->shownAgendas(), this);
        if (!saved.isEmpty())
            statusBar()->showMessage(tr("Day list saved: %1").arg(saved), 8000);
    });
    make(file, u"printWaitingRoom"_s, tr("Print the &waiting-room list…"), QKeySequence(),
         [this] { PrintCommands::printWaitingRoom(m_session, *m_waiting->model(), this); });
    file->addSeparator();
    make(file, u"quit"_s, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"undo"_s);
    undo->setIconText(tr("Undo")); // the toolbar stays short; the menu and tooltip say what
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"redo"_s);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    make(view, u"today"_s, tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        m_page->setDate(m_session.today());
        m_page->view()->scrollToNow();
    });
    make(view, u"previousDay"_s, tr("&Previous day"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        m_page->setDate(m_page->date().addDays(m_page->mode() == AgendaPage::Mode::Week ? -7 : -1));
    });
    make(view, u"nextDay"_s, tr("&Next day"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        m_page->setDate(m_page->date().addDays(m_page->mode() == AgendaPage::Mode::Week ? 7 : 1));
    });
    view->addSeparator();
    make(view, u"dayView"_s, tr("&Day view"), QKeySequence(Qt::CTRL | Qt::Key_1),
         [this] { m_page->setMode(AgendaPage::Mode::Day); });
    make(view, u"weekView"_s, tr("&Week view"), QKeySequence(Qt::CTRL | Qt::Key_2),
         [this] { m_page->setMode(AgendaPage::Mode::Week); });
    make(view, u"messages"_s, tr("&Messages"), QKeySequence(Qt::CTRL | Qt::Key_M),
         [this] { showMessages(); });
    make(view, u"refresh"_s, tr("&Refresh"), QKeySequence::Refresh, [this] { m_session.notifyChanged(); });

    QMenu *appointments = menuBar()->addMenu(tr("&Appointment"));
    make(appointments, u"newAppointment"_s, tr("&New appointment…"), QKeySequence::New,
         [this] { m_page->newAppointment(); });
    appointments->addSeparator();
    const struct
    {
        const char16_t *name;
        AppointmentStatus status;
        QKeySequence key;
    } statuses[] = {
            {u"arrived", AppointmentStatus::Arrived, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
            {u"inConsultation", AppointmentStatus::InConsultation,
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
            {u"done", AppointmentStatus::Done, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
            {u"noShow", AppointmentStatus::NoShow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
            {u"booked", AppointmentStatus::Booked, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
    };
    for (const auto &entry : statuses) {
        const AppointmentStatus status = entry.status;
        m_appointmentActions << make(
                appointments, QString::fromUtf16(entry.name), statusName(status), entry.key,
                onSelected([this, status](qint64 id) { m_page->setStatus(id, status); }));
    }
    appointments->addSeparator();
    m_appointmentActions << make(appointments, u"callBack"_s, tr("&Call back…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                 onSelected([this](qint64 id) { m_page->callBack(id); }));
    m_appointmentActions << make(appointments, u"messageAbout"_s, tr("Send a &message about it…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                 [this] { messageAboutSelected(); });
    m_appointmentActions << make(appointments, u"lengthen"_s, tr("&Lengthen by one slot (+)"), QKeySequence(),
                                 onSelected([this](qint64 id) { m_page->resizeAppointment(id, 1); }));
    m_appointmentActions << make(appointments, u"shorten"_s, tr("&Shorten by one slot (−)"), QKeySequence(),
                                 onSelected([this](qint64 id) { m_page->resizeAppointment(id, -1); }));
    appointments->addSeparator();
    m_appointmentActions << make(appointments, u"patientRecord"_s, tr("Patient &record…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
                                     const auto row = m_page->view()->selectedRow();
                                     if (row && row->appointment.patientId)
                                         openPatientRecord(*row->appointment.patientId);
                                 });
    m_appointmentActions << make(
            appointments, u"printCard"_s, tr("&Print an appointment card…"), QKeySequence(),
            onSelected([this](qint64 id) { PrintCommands::printAppointmentCard(m_session, id, this); }));
    m_appointmentActions << make(appointments, u"appointmentHistory"_s, tr("&History…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_H),
                                 onSelected([this](qint64 id) { m_page->showHistory(id); }));
    m_appointmentActions << make(appointments, u"cancelAppointment"_s, tr("Cancel the &appointment…"),
                                 QKeySequence::Delete,
                                 onSelected([this](qint64 id) { m_page->cancelAppointment(id); }));

    QMenu *patients = menuBar()->addMenu(tr("&Patient"));
    make(patients, u"findPatient"_s, tr("&Find a patient…"), QKeySequence::Find, [this] { findPatient(); });
    make(patients, u"searchHistory"_s, tr("Search the &history…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] {
             auto *dialog = new HistorySearchDialog(m_session, this);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             connect(dialog, &HistorySearchDialog::appointmentActivated, m_page,
                     &AgendaPage::showAppointment);
             dialog->show();
         });

    // The actions of the day, one click each, always in sight.
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"actionsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(action(u"newAppointment"_s));
    bar->addSeparator();
    action(u"arrived"_s)->setIcon(QIcon(u":/icons/presence.svg"_s));
    action(u"callBack"_s)->setIcon(QIcon(u":/icons/telephone.svg"_s));
    for (const char16_t *name : {u"arrived", u"inConsultation", u"done", u"noShow", u"callBack"})
        bar->addAction(action(QString::fromUtf16(name)));
    bar->addSeparator();
    action(u"lengthen"_s)->setIconText(u"+"_s);
    action(u"shorten"_s)->setIconText(u"−"_s);
    bar->addAction(action(u"lengthen"_s));
    bar->addAction(action(u"shorten"_s));
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);

    QMenu *slots = menuBar()->addMenu(tr("&Slots"));
    const auto shownAgenda = [this]() -> qint64 {
        if (const auto row = m_page->view()->selectedRow())
            return row->appointment.agendaId;
        const QList<qint64> shown = m_page->shownAgendas();
        return shown.isEmpty() ? 0 : shown.front();
    };
    make(slots, u"blockPeriod"_s, tr("&Block a period…"), QKeySequence(), [this, shownAgenda] {
        if (const qint64 agenda = shownAgenda())
            m_page->blockPeriod(agenda, m_session.utcOf(m_page->date(), QTime(8, 0)));
    });
    make(slots, u"templateWeek"_s, tr("&Template week…"), QKeySequence(), [this, shownAgenda] {
        if (const qint64 agenda = shownAgenda())
            m_page->editTemplateWeek(agenda);
    });

    // The centre's figures, reminder settings and calendar addresses.
    QMenu *centre = menuBar()->addMenu(tr("&Centre"));
    centre->setObjectName(u"centreMenu"_s);
    // --- figures ---
    // Not modal: the desk goes on while someone reads the figures; one window, brought forward.
    make(centre, u"figures"_s, tr("&Figures…"), QKeySequence(), [this] {
        auto *dialog = findChild<FiguresDialog *>();
        if (!dialog) {
            dialog = new FiguresDialog(m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    // --- end figures ---
    // --- reminders ---
    // Everyone reads when and how patients are reminded; the coordinator and administrators change it.
    make(centre, u"reminderSettings"_s, tr("&Reminders…"), QKeySequence(), [this] {
        auto *dialog = new ReminderSettingsDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // --- end reminders ---
    // --- calendar feeds ---
    QAction *calendarFeed
            = make(centre, u"calendarFeed"_s, tr("My &calendar on my phone…"), QKeySequence(), [this] {
                  auto *dialog = new CalendarFeedDialog(m_session, this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  dialog->open();
              });
    calendarFeed->setEnabled(CalendarFeedDialog::isAvailableTo(m_session.user()));
    // --- end calendar feeds ---

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    make(help, u"keys"_s, tr("&Keyboard shortcuts"), QKeySequence::HelpContents, [this] {
        QMessageBox::information(
                this, tr("Keyboard shortcuts"),
                tr("In the agenda:\n"
                   "Up/Down: previous/next appointment; Left/Right: neighbouring column\n"
                   "Alt+Up/Down: move the appointment by one slot; Alt+Left/Right: to the next column\n"
                   "+ / −: lengthen / shorten by one slot\n"
                   "Space: patient arrived; Return: what can be done with the appointment\n"
                   "Ctrl+N: new appointment; Ctrl+Z / Ctrl+Y: undo / redo\n"
                   "Ctrl+PgUp / Ctrl+PgDown: previous / next day; Ctrl+T: today\n"
                   "Ctrl+1 / Ctrl+2: day / week view"));
    });
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

qint64 MainWindow::selected() const
{
    return m_page->view()->selectedAppointment();
}

void MainWindow::updateActions()
{
    const bool any = selected() != 0;
    for (QAction *action : std::as_const(m_appointmentActions))
        action->setEnabled(any);
}

void MainWindow::tick()
{
    m_page->updateNow();
    m_waiting->refreshWaitingTimes();
}

} // namespace Accueil
