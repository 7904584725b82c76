// The agenda page against a real store: what the grid asks for (drag and drop, keys, "+"/"−",
// presence, call back, slot edits) reaches the core through undoable commands, and refusals are
// shown, never silent.
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "appointmentdialog.h"
#include "blockperioddialog.h"
#include "callbackdialog.h"
#include "catch.h"
#include "deskfixture.h"
#include "desksession.h"
#include "invitationdialog.h"
#include "messagebar.h"
#include "portal/invitations.h"
#include "templateweekdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// The page showing Dr Fabre and Dr Roche side by side on the fixture's Tuesday.
struct PageFixture : DeskFixture
{
    PageFixture() : page(*session, undo)
    {
        page.setMode(AgendaPage::Mode::Day);
        page.setDayAgendas({fabreAgenda.id, rocheAgenda.id});
        page.setDate(tuesday);
        page.resize(1200, 1400);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    [[nodiscard]] AgendaView &view() const { return *page.view(); }
    [[nodiscard]] QWidget *viewport() const { return page.view()->viewport(); }
    [[nodiscard]] Appointment stored(qint64 id) const { return store->get<Appointment>(id); }

    // Hélène with Dr Roche on Tuesday at 10:00, booked by another desk: its own connection, its
    // own session and scheduler.
    Appointment bookAtAnotherDesk() const
    {
        const std::unique_ptr<Store> otherStore = database.openStore(clock);
        DeskSession other(*otherStore, secretary);
        BookingRequest request;
        request.agendaId = rocheAgenda.id;
        request.typeId = rocheConsultation.id;
        request.start = at(tuesday, 10, 0);
        request.patientId = helene.id;
        return other.scheduler().book(request, other.actor());
    }

    void drag(const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + QPoint(0, 12));
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }

    template<typename Dialog>
    Dialog *openDialog() const
    {
        return Test::openDialog<Dialog>(page);
    }

    QUndoStack undo;
    AgendaPage page;
};

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Dragging an appointment to another agenda and time moves it; undo and redo go through the core",
          "[page]")
{
    PageFixture f;
    const Appointment a
            = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise, u"Toux"_s);
    f.session->notifyChanged();
    const QRect block = f.view().appointmentRect(a.id);
    REQUIRE_FALSE(block.isEmpty());

    f.drag(block.center(), f.view().slotPoint(1, f.at(f.tuesday, 11, 0)));
    Appointment moved = f.stored(a.id);
    CHECK(moved.agendaId == f.rocheAgenda.id);
    CHECK(moved.start == f.at(f.tuesday, 11, 0));
    CHECK(moved.typeId == f.rocheConsultation.id); // the same type in the other agenda
    CHECK(moved.updatedBy == f.secretary.id);
    CHECK(f.undo.count() == 1);
    CHECK(f.view().columnOf(a.id) == 1); // the grid shows it at once
    CHECK(f.view().selectedAppointment() == a.id);

    f.undo.undo();
    moved = f.stored(a.id);
    CHECK(moved.agendaId == f.fabreAgenda.id);
    CHECK(moved.start == f.at(f.tuesday, 10, 0));
    CHECK(f.view().columnOf(a.id) == 0);
    f.undo.redo();
    CHECK(f.stored(a.id).agendaId == f.rocheAgenda.id);
    const std::vector<AuditEvent> trail = f.store->auditTrail(u"appointment"_s, a.id);
    REQUIRE(trail.size() == 4);
    CHECK(trail.back().action == u"move"_s);
    CHECK(trail.back().actorLabel == u"SV"_s);
}

TEST_CASE("A move the core refuses changes nothing and says why", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    const WriteTrace before = WriteTrace::of(*f.store, u"appointment"_s);

    // Someone else takes 11:00 in Dr Roche's agenda after this desk last read it.
    f.book(f.rocheAgenda, f.rocheConsultation, f.at(f.tuesday, 11, 0), f.helene);
    const WriteTrace afterOther = WriteTrace::of(*f.store, u"appointment"_s);
    CHECK(afterOther.rows == before.rows + 1);
    f.page.moveAppointment(a.id, f.rocheAgenda.id, f.at(f.tuesday, 11, 0));
    CHECK(WriteTrace::of(*f.store, u"appointment"_s) == afterOther);
    CHECK(f.undo.count() == 0);
    CHECK(f.page.messageBar()->isError());
    CHECK(f.page.messageBar()->text().contains(u"MARTIN"_s, Qt::CaseInsensitive));
    CHECK_FALSE(f.page.messageBar()->text().isEmpty());
    // The desk now shows the other appointment it did not know about.
    CHECK(f.view().columns()[1].appointments.size() == 1);

    // An unavailable time (12:30, no slot) is refused too.
    f.page.moveAppointment(a.id, f.fabreAgenda.id, f.at(f.tuesday, 12, 30));
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 10, 0));
    CHECK(f.undo.count() == 0);
}

TEST_CASE("Alt+Down moves the selected appointment one slot later from the keyboard", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    f.view().setSelectedAppointment(a.id);
    f.view().setFocus();
    QTest::keyClick(&f.view(), Qt::Key_Down, Qt::AltModifier);
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 10, 15));
    QTest::keyClick(&f.view(), Qt::Key_Right, Qt::AltModifier);
    CHECK(f.stored(a.id).agendaId == f.rocheAgenda.id);
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 10, 15));
    CHECK(f.undo.count() == 2);
}

TEST_CASE("Plus and minus lengthen and shorten by one slot; an overlap is refused with a message", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 30), f.helene);
    f.session->notifyChanged();
    f.view().setSelectedAppointment(a.id);
    f.view().setFocus();

    QTest::keyClick(&f.view(), Qt::Key_Plus);
    CHECK(f.stored(a.id).durationMinutes() == 30);
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 10, 0));
    QTest::keyClick(&f.view(), Qt::Key_Plus); // 10:30 is Mme Lefèvre's
    CHECK(f.stored(a.id).durationMinutes() == 30);
    CHECK(f.page.messageBar()->isError());
    CHECK(f.undo.count() == 1);

    QTest::keyClick(&f.view(), Qt::Key_Minus);
    CHECK(f.stored(a.id).durationMinutes() == 15);
    QTest::keyClick(&f.view(), Qt::Key_Minus); // not below one slot
    CHECK(f.stored(a.id).durationMinutes() == 15);
    CHECK(f.undo.count() == 2);
    f.undo.undo();
    CHECK(f.stored(a.id).durationMinutes() == 30);
}

TEST_CASE("The presence icon marks the patient arrived in one click; the waiting time is recorded", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    f.setTime(f.tuesday, 9, 48);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.view().presenceIconRect(a.id).center());
    Appointment now = f.stored(a.id);
    CHECK(now.status == AppointmentStatus::Arrived);
    CHECK(now.arrivedAt == f.at(f.tuesday, 9, 48));
    CHECK(f.view().row(a.id)->appointment.status == AppointmentStatus::Arrived);

    // In consultation, then done: one call each, all undoable.
    f.page.setStatus(a.id, AppointmentStatus::InConsultation);
    f.page.setStatus(a.id, AppointmentStatus::Done);
    CHECK(f.stored(a.id).status == AppointmentStatus::Done);
    f.undo.undo();
    f.undo.undo();
    CHECK(f.stored(a.id).status == AppointmentStatus::Arrived);
    CHECK(f.stored(a.id).arrivedAt == f.at(f.tuesday, 9, 48));
    // A second click on the icon is a wrong click undone.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.view().presenceIconRect(a.id).center());
    CHECK(f.stored(a.id).status == AppointmentStatus::Booked);
}

TEST_CASE("An undo that no longer applies says why and leaves the stack", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    f.page.moveAppointment(a.id, f.fabreAgenda.id, f.at(f.tuesday, 11, 0));
    REQUIRE(f.undo.count() == 1);
    // Another desk changes it meanwhile.
    Appointment elsewhere = f.stored(a.id);
    elsewhere.reason = u"Changé à l'autre poste"_s;
    f.store->update(elsewhere, deskActor(addStaff(*f.store, u"marc"_s, u"MB"_s)));
    f.undo.undo();
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 11, 0)); // not overwritten unseen
    CHECK(f.stored(a.id).reason == u"Changé à l'autre poste"_s);
    CHECK(f.page.messageBar()->isError());
    CHECK(f.page.messageBar()->text().contains(u"MB"_s));
    CHECK(f.undo.count() == 0);
}

TEST_CASE("The telephone icon opens the call-back dialog; the task is saved and shown on the block", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.view().callbackIconRect(a.id).center());
    auto *dialog = f.openDialog<CallbackDialog>();
    REQUIRE(dialog);
    // Without a note the dialog says what is missing and stays.
    dialog->accept();
    CHECK_FALSE(dialog->errorText().isEmpty());
    CHECK(dialog->isVisible());
    QTest::keyClicks(dialog->noteEdit(), u"Resultats a donner"_s);
    dialog->assigneeBox()->setCurrentIndex(dialog->assigneeBox()->findData(f.secretary.id));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    flushDeletes();

    const std::vector<CallbackTask> open = f.session->callbacks().open();
    REQUIRE(open.size() == 1);
    CHECK(open.front().appointmentId == a.id);
    CHECK(open.front().note == u"Resultats a donner"_s);
    CHECK(open.front().phone == u"06 12 34 56 78"_s);
    CHECK(open.front().assigneeId == f.secretary.id);
    CHECK(f.view().columns()[0].callbackAppointmentIds.contains(a.id));

    // Opened again, the task is listed and can be marked done.
    f.page.callBack(a.id);
    dialog = f.openDialog<CallbackDialog>();
    REQUIRE(dialog);
    REQUIRE(dialog->openTasks()->count() == 1);
    dialog->openTasks()->setCurrentRow(0);
    const auto buttons = dialog->findChildren<QPushButton *>();
    const auto done = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
        return b->isVisible() && b->isEnabled() && b->text() == CallbackDialog::tr("Mark as done");
    });
    REQUIRE(done != buttons.end());
    (*done)->click();
    CHECK(f.session->callbacks().open().empty());
    dialog->reject();
    flushDeletes();
    CHECK_FALSE(f.view().columns()[0].callbackAppointmentIds.contains(a.id));
}

TEST_CASE("A remote change keeps the selection and the scroll position", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 16, 0), f.louise);
    f.session->notifyChanged();
    f.view().setSelectedAppointment(a.id);
    const int scroll = f.view().verticalScrollBar()->value();
    REQUIRE(scroll > 0);
    // Another desk books; this desk is told.
    f.book(f.rocheAgenda, f.rocheConsultation, f.at(f.tuesday, 8, 30), f.helene);
    f.session->notifyChanged();
    CHECK(f.view().selectedAppointment() == a.id);
    CHECK(f.view().verticalScrollBar()->value() == scroll);
    CHECK(f.view().columns()[1].appointments.size() == 1);
}

TEST_CASE("The week view shows one agenda from Monday to Saturday, Sunday only when used", "[page]")
{
    PageFixture f;
    f.page.setWeekAgenda(f.fabreAgenda.id);
    f.page.setMode(AgendaPage::Mode::Week);
    const auto &columns = f.view().columns();
    REQUIRE(columns.size() == 6);
    CHECK(columns.front().date == QDate(2026, 6, 15));
    CHECK(columns.back().date == QDate(2026, 6, 20));
    for (const GridColumn &column : columns)
        CHECK(column.agendaId == f.fabreAgenda.id);
    CHECK(columns[1].slots.size() == 32); // Tuesday: 08:00–12:00 and 14:00–18:00 in quarters
    CHECK(columns[5].slots.empty());      // Saturday: closed

    // Next: a week later.
    f.page.findChild<QToolButton *>(u"next"_s)->click();
    CHECK(f.page.date() == QDate(2026, 6, 23));
    CHECK(f.view().columns().front().date == QDate(2026, 6, 22));
}

TEST_CASE("The date field and the navigation always show the weekday with the date", "[page]")
{
    PageFixture f;
    CHECK(f.page.dateEdit()->displayFormat().startsWith(u"dddd"_s));
    f.page.findChild<QToolButton *>(u"next"_s)->click();
    CHECK(f.page.date() == QDate(2026, 6, 17));
    CHECK(f.view().columns().front().date == QDate(2026, 6, 17));
    f.page.findChild<QPushButton *>(u"today"_s)->click();
    CHECK(f.page.date() == f.tuesday);
}

TEST_CASE("Slot editing from the slot menu: kind, split, block a period", "[page]")
{
    PageFixture f;
    const QDateTime ten = f.at(f.tuesday, 10, 0);
    const auto slotAt = [&](const QDateTime &start) {
        const std::vector<Slot> grid = f.session->scheduler().grid(f.fabreAgenda.id, f.tuesday, f.tuesday);
        const auto it
                = std::find_if(grid.begin(), grid.end(), [&](const Slot &s) { return s.start == start; });
        REQUIRE(it != grid.end());
        return *it;
    };
    const Slot slot = slotAt(ten);
    CHECK(slot.kind == SlotKind::Desk);

    QMenu *menu = f.page.slotMenu(f.fabreAgenda.id, f.tuesday, slot);
    QAction *internet = nullptr;
    for (QAction *action : menu->findChildren<QAction *>()) {
        if (action->data().toInt() == int(SlotKind::Internet) && action->isCheckable())
            internet = action;
    }
    REQUIRE(internet);
    internet->trigger();
    CHECK(slotAt(ten).kind == SlotKind::Internet);
    delete menu;

    f.page.splitSlot(f.fabreAgenda.id, slotAt(ten));
    CHECK(slotAt(ten).minutes() == 8); // halves, to the minute
    CHECK(slotAt(f.at(f.tuesday, 10, 8)).minutes() == 7);

    // A booked appointment inside a blocked period stays and is listed.
    f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 15, 0), f.helene);
    f.page.blockPeriod(f.fabreAgenda.id, f.at(f.tuesday, 14, 0));
    auto *dialog = f.openDialog<BlockPeriodDialog>();
    REQUIRE(dialog);
    dialog->labelBox()->setCurrentText(u"Formation"_s);
    dialog->accept();
    flushDeletes();
    const Slot blocked = slotAt(f.at(f.tuesday, 16, 0));
    CHECK(blocked.blocked);
    CHECK(blocked.label == u"Formation"_s);
    CHECK(f.page.messageBar()->text().contains(u"LEFÈVRE"_s));
}

TEST_CASE("The template week dialog changes slot lengths from a date and lists what no longer fits", "[page]")
{
    PageFixture f;
    f.book(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 23), 10, 15), f.louise);
    f.page.editTemplateWeek(f.fabreAgenda.id);
    auto *dialog = f.openDialog<TemplateWeekDialog>();
    REQUIRE(dialog);
    CHECK(dialog->ranges().size() == 20); // the current week, to edit
    dialog->validFromEdit()->setDate(QDate(2026, 6, 22));
    dialog->setAllSlotMinutes(30);
    dialog->accept();
    flushDeletes();
    const std::vector<Slot> before = f.session->scheduler().grid(f.fabreAgenda.id, f.tuesday, f.tuesday);
    const std::vector<Slot> after
            = f.session->scheduler().grid(f.fabreAgenda.id, QDate(2026, 6, 23), QDate(2026, 6, 23));
    CHECK(before.front().minutes() == 15);
    CHECK(after.front().minutes() == 30);
    CHECK(f.page.messageBar()->text().contains(u"10:15"_s));
}

TEST_CASE("A booking made at another desk shows at once, the selection and the scroll stay", "[page][sync]")
{
    PageFixture f;
    const Appointment mine = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 16, 0), f.louise);
    f.session->notifyChanged();
    f.view().setSelectedAppointment(mine.id);
    const int scroll = f.view().verticalScrollBar()->value();

    const Appointment theirs = f.bookAtAnotherDesk();

    // Nothing is clicked here: the watcher brings it.
    CHECK(QTest::qWaitFor([&] { return f.view().columnOf(theirs.id) == 1; }, 10000));
    CHECK(f.view().selectedAppointment() == mine.id);
    CHECK(f.view().verticalScrollBar()->value() == scroll);
}

TEST_CASE("Two desks move the same appointment: the second is told and chooses", "[page][sync]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    // The other desk moves it first; this desk has not reloaded yet.
    const std::unique_ptr<Store> otherStore = f.database.openStore(f.clock);
    DeskSession other(*otherStore, addStaff(*f.store, u"nadia"_s, u"NB"_s));
    other.scheduler().move(a.id, a.version, f.fabreAgenda.id, f.at(f.tuesday, 11, 0), 15, other.actor());

    f.page.moveAppointment(a.id, f.rocheAgenda.id, f.at(f.tuesday, 10, 30));
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 11, 0)); // theirs is kept, not overwritten unseen
    CHECK(f.undo.count() == 0);
    const QString told = f.page.messageBar()->text();
    CHECK(told.contains(u"NB"_s));
    CHECK(told.contains(u"the time"_s));
    QPushButton *anyway = f.page.messageBar()->actionButton();
    REQUIRE(anyway->isVisibleTo(f.page.messageBar()));
    anyway->click();
    CHECK(f.stored(a.id).agendaId == f.rocheAgenda.id);
    CHECK(f.stored(a.id).start == f.at(f.tuesday, 10, 30));
    CHECK(f.undo.count() == 1);
}

TEST_CASE("Marking a patient arrived tells the practitioner's desk", "[page][messaging]")
{
    PageFixture f;
    const StaffUser doctor = addStaff(*f.store, u"cfabre"_s, u"CF"_s, Role::Practitioner, f.fabre.id);
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    f.page.setStatus(a.id, AppointmentStatus::Arrived);
    const Inbox inbox = f.session->messaging().inbox(doctor);
    REQUIRE(inbox.messages.size() == 1);
    CHECK(inbox.messages.front().appointmentId == a.id);
    CHECK(inbox.messages.front().body.contains(u"MARTIN Louise"_s));
    CHECK(f.session->messaging().unreadCount(doctor) == 1);
}

TEST_CASE("A time being booked at another desk shows as such until that dialog closes", "[page][sync]")
{
    PageFixture f;
    const std::unique_ptr<Store> otherStore = f.database.openStore(f.clock);
    DeskSession other(*otherStore, addStaff(*f.store, u"nadia"_s, u"NB"_s));
    {
        AppointmentDialog dialog(other);
        dialog.setAgendas({f.fabreAgenda.id, f.rocheAgenda.id});
        dialog.setPatient(f.louise.id);
        dialog.setStart(f.fabreAgenda.id, f.at(f.tuesday, 10, 0));
        REQUIRE(dialog.holdId());
        // This desk sees it without doing anything.
        REQUIRE(QTest::qWaitFor([&] { return !f.view().columns()[0].holds.empty(); }, 10000));
        const HoldMark &mark = f.view().columns()[0].holds.front();
        CHECK(mark.label == u"being booked by NB"_s);
        CHECK(mark.startMinute == 10 * 60);
        CHECK(mark.endMinute == 10 * 60 + 15);
        dialog.reject();
    }
    CHECK(QTest::qWaitFor([&] { return f.view().columns()[0].holds.empty(); }, 10000));
}

TEST_CASE("A booking dialog left open keeps what is typed while another desk's change arrives",
          "[page][sync]")
{
    PageFixture f;
    f.page.newAppointment(f.fabreAgenda.id, f.at(f.tuesday, 11, 0));
    auto *dialog = f.openDialog<AppointmentDialog>();
    REQUIRE(dialog);
    dialog->setPatient(f.louise.id);
    auto *reason = dialog->findChild<QLineEdit *>(u"reasonEdit"_s);
    REQUIRE(reason);
    reason->setText(u"Fièvre depuis hier"_s);

    const Appointment theirs = f.bookAtAnotherDesk();

    REQUIRE(QTest::qWaitFor([&] { return f.view().columnOf(theirs.id) == 1; }, 10000));
    // The same dialog, still open, with the same patient, time and words.
    CHECK(f.page.findChild<AppointmentDialog *>() == dialog);
    CHECK(dialog->isVisible());
    CHECK(reason->text() == u"Fièvre depuis hier"_s);
    dialog->book();
    const auto booked = dialog->bookedAppointment();
    REQUIRE(booked);
    CHECK(f.stored(booked->id).start == f.at(f.tuesday, 11, 0));
    CHECK(f.stored(booked->id).reason == u"Fièvre depuis hier"_s);
}

TEST_CASE("A patient logging in on the booking page wakes no desk; the booking they make does",
          "[page][sync]")
{
    PageFixture f;
    const std::unique_ptr<Store> web = f.database.openStore(f.clock);
    const Actor actor{{}, {}, Channel::Web, u"web"_s, {}};
    PatientAccount account;
    account.email = u"louise@example.org"_s;
    account.passwordHash = u"$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"_s;
    account.holderPatientId = f.louise.id;
    account.createdAt = f.clock.now();
    account = web->insert(account, actor);
    QSignalSpy arrived(&f.session->watcher(), &ChangeWatcher::changesArrived);
    REQUIRE(arrived.wait(10000)); // the account

    QSignalSpy changed(f.session.get(), &DeskSession::changed);
    WebSession session;
    session.tokenHash = u"a3f1"_s;
    session.csrfToken = u"c0ffee"_s;
    session.accountId = account.id;
    session.createdAt = f.clock.now();
    session.expiresAt = f.clock.now().addDays(30);
    web->insert(session, actor);
    REQUIRE(arrived.wait(10000)); // seen by this desk's watcher...
    CHECK(changed.isEmpty());     // ...and left alone

    const Appointment theirs = f.bookAtAnotherDesk();
    REQUIRE(changed.wait(10000));
    CHECK(f.view().columnOf(theirs.id) == 1);
}

TEST_CASE("An invitation code for the booking page, from the appointment's menu, opens an account", "[page]")
{
    PageFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    f.session->notifyChanged();
    QMenu *menu = f.page.appointmentMenu(a.id);
    QAction *invite = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Invitation code for the booking page…"_s)
            invite = action;
    }
    REQUIRE(invite);
    invite->trigger();
    delete menu;
    auto *dialog = f.openDialog<InvitationDialog>();
    REQUIRE(dialog);
    const QString code = dialog->code();
    CHECK(QRegularExpression(u"^[A-Z0-9]{4}-[A-Z0-9]{4}$"_s).match(code).hasMatch());
    CHECK(dialog->codeLabel()->text() == code);
    CHECK(dialog->explanation()->text().startsWith(u"For MARTIN Louise."_s));
    CHECK(dialog->explanation()->text().contains(u"(17/05/1980)"_s));
    // The code the desk shows is one the booking page accepts, with the record's birth date only.
    CHECK(Invitations(*f.store).check(code, QDate(1980, 5, 17)).patientId == f.louise.id);
    CHECK_THROWS_AS(Invitations(*f.store).check(code, QDate(1980, 5, 18)), StoreError);
    dialog->reject();
}
