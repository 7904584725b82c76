// The messaging pane against a real store: writing to a colleague or a group through the widgets,
// the other desk receiving it live, reading, replying, patients' messages shown as plain text,
// canned replies, call-backs, and "do not disturb".
#include "callbacklistmodel.h"
#include "callbacklistpanel.h"
#include "catch.h"
#include "deskfixture.h"
#include "desksession.h"
#include "messagecomposer.h"
#include "messagelistmodel.h"
#include "messagingpane.h"
#include "schedule/scheduler.h"
#include "webbookinglistmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// The fixture's centre with Dr Fabre's own login ("User CF") and a second secretary ("User NB").
struct MessagingFixture : DeskFixture
{
    MessagingFixture()
        : doctor(addStaff(*store, u"cfabre"_s, u"CF"_s, Role::Practitioner, fabre.id))
        , nadia(addStaff(*store, u"nadia"_s, u"NB"_s))
    {
        session->directory().reload(); // the secretary's desk knows its new colleagues
    }

    // Sends as the secretary, through the core.
    Message send(const StaffUser &to, const QString &subject, const QString &body, bool urgent = false)
    {
        Message message;
        message.recipientStaffId = to.id;
        message.subject = subject;
        message.body = body;
        message.urgent = urgent;
        return session->messaging().send(message, session->actor());
    }

    StaffUser doctor;
    StaffUser nadia;
};

// Another desk on its own connection to the same database.
struct OtherDesk
{
    OtherDesk(MessagingFixture &f, const StaffUser &user)
        : store(f.database.openStore(f.clock))
        , session(*store, user)
        , pane(session)
    {}

    std::unique_ptr<Store> store;
    DeskSession session;
    MessagingPane pane;
};

int comboIndex(QComboBox *box, const QVariant &value, int role)
{
    const int index = box->findData(value, role);
    REQUIRE(index >= 0);
    return index;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

void select(MessagingPane &pane, qint64 messageId)
{
    const int row = pane.model()->rowOf(messageId);
    REQUIRE(row >= 0);
    pane.view()->setCurrentIndex(pane.model()->index(row, 0));
    REQUIRE(pane.currentMessageId() == messageId);
}

} // namespace

TEST_CASE("A message typed to a colleague reaches their desk, unread until read", "[messaging]")
{
    MessagingFixture f;
    MessagingPane pane(*f.session);
    Tester tester(pane.model(), fatal);
    OtherDesk doctorDesk(f, f.doctor);
    MessagingPane &theirs = doctorDesk.pane;
    Tester theirTester(theirs.model(), fatal);
    QSignalSpy notices(&theirs, &MessagingPane::notice);
    QSignalSpy unread(&theirs, &MessagingPane::unreadChanged);
    CHECK(theirs.unreadCount() == 0);

    pane.show();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    MessageComposer *composer = pane.composer();
    composer->recipientBox()->setCurrentIndex(
            comboIndex(composer->recipientBox(), f.doctor.id, MessageComposer::StaffIdRole));
    QTest::keyClicks(composer->subjectEdit(), u"Results"_s);
    composer->bodyEdit()->setFocus();
    QTest::keyClicks(composer->bodyEdit(), u"Mrs Martin's results are in."_s);
    QTest::keyClick(composer->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(composer->errorText().isEmpty());
    CHECK(composer->bodyEdit()->toPlainText().isEmpty());
    CHECK(composer->subjectEdit()->text().isEmpty());
    // The sender sees what they sent, already read.
    REQUIRE(pane.model()->rowCount() == 1);
    CHECK(cell(*pane.model(), 0, MessageListModel::WhenColumn) == u"09:00"_s);
    CHECK(cell(*pane.model(), 0, MessageListModel::FromColumn) == u"User SV"_s);
    CHECK(cell(*pane.model(), 0, MessageListModel::ToColumn) == u"User CF"_s);
    CHECK_FALSE(pane.model()->index(0, 0).data(MessageListModel::UnreadRole).toBool());
    CHECK(pane.unreadCount() == 0);

    // Nothing is clicked at the doctor's desk: live sync brings it.
    REQUIRE(QTest::qWaitFor([&] { return theirs.model()->rowCount() == 1; }, 10000));
    CHECK(cell(*theirs.model(), 0, MessageListModel::SubjectColumn) == u"Results"_s);
    CHECK(theirs.model()->index(0, 0).data(MessageListModel::UnreadRole).toBool());
    CHECK(theirs.model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(theirs.unreadCount() == 1);
    REQUIRE(unread.size() == 1);
    CHECK(unread.takeFirst().at(0).toInt() == 1);
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().at(0).toString() == u"Message from User SV: Results"_s);
    CHECK(theirs.tabs()->tabText(MessagingPane::MessagesTab) == u"Messages (1)"_s);

    // Reading it: the text shows, and once shown a moment it counts as read.
    const qint64 id = theirs.model()->index(0, 0).data(MessageListModel::MessageIdRole).toLongLong();
    select(theirs, id);
    CHECK(theirs.reader()->toPlainText() == u"Mrs Martin's results are in."_s);
    theirs.markCurrentRead();
    CHECK(theirs.unreadCount() == 0);
    REQUIRE(unread.size() == 1);
    CHECK(unread.takeFirst().at(0).toInt() == 0);
    CHECK_FALSE(theirs.model()->index(0, 0).data(MessageListModel::UnreadRole).toBool());
    CHECK_FALSE(theirs.model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(theirs.currentMessageId() == id);
    CHECK(f.session->messaging().unreadCount(f.doctor) == 0);
    CHECK(notices.size() == 1);
}

TEST_CASE("The recipients are the colleagues and the groups; a group message reaches its members",
          "[messaging]")
{
    MessagingFixture f;
    MessagingPane pane(*f.session);
    QComboBox *to = pane.composer()->recipientBox();
    QStringList labels;
    for (int i = 0; i < to->count(); ++i)
        labels << to->itemText(i);
    CHECK(labels.contains(u"User CF (CF)"_s));
    CHECK(labels.contains(u"User NB (NB)"_s));
    CHECK_FALSE(labels.contains(u"User SV (SV)"_s)); // not to oneself
    for (const QString &group : {Messaging::secretariat, Messaging::practitioners, u"gp"_s,
                                 u"physiotherapist"_s, Messaging::everyone})
        CHECK(labels.contains(Messaging::groupName(group)));
    CHECK(labels.indexOf(Messaging::groupName(Messaging::secretariat)) > labels.indexOf(u"User NB (NB)"_s));

    // Sending with no recipient chosen: told, and the text stays.
    pane.composer()->bodyEdit()->setPlainText(u"Réunion à 13 h"_s);
    pane.composer()->sendButton()->click();
    CHECK_FALSE(pane.composer()->errorText().isEmpty());
    CHECK(pane.composer()->bodyEdit()->toPlainText() == u"Réunion à 13 h"_s);

    to->setCurrentIndex(comboIndex(to, u"gp"_s, MessageComposer::GroupRole));
    pane.composer()->sendButton()->click();
    CHECK(pane.composer()->errorText().isEmpty());
    REQUIRE(pane.model()->rowCount() == 1);
    CHECK(cell(*pane.model(), 0, MessageListModel::ToColumn) == Messaging::groupName(u"gp"_s));
    CHECK(pane.composer()->recipientBox()->currentData(MessageComposer::GroupRole).toString() == u"gp"_s);

    OtherDesk doctorDesk(f, f.doctor);
    CHECK(doctorDesk.pane.model()->rowCount() == 1);
    CHECK(doctorDesk.pane.unreadCount() == 1);
    OtherDesk nadiaDesk(f, f.nadia);
    CHECK(nadiaDesk.pane.model()->rowCount() == 0); // not a GP

    // The doctor writes to the secretariat: both secretaries get it.
    MessageComposer *composer = doctorDesk.pane.composer();
    composer->recipientBox()->setCurrentIndex(
            comboIndex(composer->recipientBox(), Messaging::secretariat, MessageComposer::GroupRole));
    QTest::keyClicks(composer->bodyEdit(), u"Please move my 17:00"_s);
    composer->sendButton()->click();
    nadiaDesk.pane.reload();
    pane.reload();
    CHECK(nadiaDesk.pane.model()->rowCount() == 1);
    CHECK(nadiaDesk.pane.unreadCount() == 1);
    REQUIRE(pane.model()->rowCount() == 2);
    CHECK(cell(*pane.model(), 0, MessageListModel::FromColumn) == u"User CF"_s);
    CHECK(cell(*pane.model(), 0, MessageListModel::ToColumn) == Messaging::groupName(Messaging::secretariat));
    CHECK(cell(*pane.model(), 0, MessageListModel::SubjectColumn) == u"Please move my 17:00"_s);
}

TEST_CASE("Urgent messages are red and marked; the reply goes back to the sender", "[messaging]")
{
    MessagingFixture f;
    OtherDesk doctorDesk(f, f.doctor);
    const Message urgent = f.send(f.doctor, u"Chest pain in the waiting room"_s, u"Now."_s, true);
    const Message normal = f.send(f.doctor, {}, u"Coffee?\nIn the kitchen"_s);
    MessagingPane &pane = doctorDesk.pane;
    pane.reload();
    REQUIRE(pane.model()->rowCount() == 2);
    const int u = pane.model()->rowOf(urgent.id);
    const int n = pane.model()->rowOf(normal.id);
    CHECK(n == 0); // newest first
    const QAbstractItemModel &model = *pane.model();
    CHECK(model.index(u, 0).data(MessageListModel::UrgentRole).toBool());
    CHECK(cell(model, u, MessageListModel::SubjectColumn) == u"⚠ Chest pain in the waiting room"_s);
    CHECK(model.index(u, MessageListModel::FromColumn).data(Qt::ForegroundRole).value<QColor>()
          == QColor(0xb0, 0, 0x20));
    CHECK_FALSE(model.index(n, 0).data(MessageListModel::UrgentRole).toBool());
    CHECK_FALSE(model.index(n, 0).data(Qt::ForegroundRole).isValid());
    CHECK(cell(model, n, MessageListModel::SubjectColumn) == u"Coffee?"_s); // the first line
    CHECK(cell(model, n, MessageListModel::SubjectColumn, MessageListModel::BodyRole)
          == u"Coffee?\nIn the kitchen"_s);

    select(pane, urgent.id);
    CHECK_FALSE(pane.openAppointmentButton()->isEnabled());
    pane.replyButton()->click();
    MessageComposer *composer = pane.composer();
    CHECK(composer->recipientBox()->currentData(MessageComposer::StaffIdRole).toLongLong() == f.secretary.id);
    CHECK(composer->subjectEdit()->text() == u"Re: Chest pain in the waiting room"_s);
    CHECK_FALSE(composer->linkedAppointment());
}

TEST_CASE("A patient's message reaches the secretariat, shown as plain text", "[messaging]")
{
    MessagingFixture f;
    PatientAccount account;
    account.email = u"louise@example.org"_s;
    account.passwordHash = testPasswordHash();
    account.holderPatientId = f.louise.id;
    account = f.store->insert(account, setupActor());
    Message fromWeb;
    fromWeb.senderAccountId = account.id;
    fromWeb.recipientGroup = Messaging::secretariat;
    fromWeb.patientId = f.louise.id;
    fromWeb.subject = u"Certificat"_s;
    fromWeb.body = u"<b>x</b> <a href=\"http://example.org\">lien</a>"_s;
    fromWeb = f.session->messaging().send(fromWeb, webActor(account.id));

    MessagingPane pane(*f.session);
    Tester tester(pane.model(), fatal);
    REQUIRE(pane.model()->rowCount() == 1);
    CHECK(cell(*pane.model(), 0, MessageListModel::FromColumn) == u"Patient — MARTIN Louise"_s);
    CHECK(cell(*pane.model(), 0, MessageListModel::ToColumn) == Messaging::groupName(Messaging::secretariat));
    CHECK(pane.model()->index(0, 0).data(MessageListModel::PatientIdRole).toLongLong() == f.louise.id);
    CHECK(pane.unreadCount() == 1);

    select(pane, fromWeb.id);
    CHECK(pane.reader()->toPlainText() == fromWeb.body); // literally, tags and all
    CHECK(pane.reader()->isReadOnly());
    for (const QLabel *label : pane.findChildren<QLabel *>())
        CHECK(label->textFormat() == Qt::PlainText);
    CHECK(pane.openPatientButton()->isVisibleTo(&pane));
    QSignalSpy patient(&pane, &MessagingPane::patientRequested);
    pane.openPatientButton()->click();
    REQUIRE(patient.size() == 1);
    CHECK(patient.front().at(0).toLongLong() == f.louise.id);

    pane.replyToCurrent();
    MessageComposer *composer = pane.composer();
    CHECK(composer->recipientBox()->currentData(MessageComposer::GroupRole).toString()
          == Messaging::secretariat);
    CHECK(composer->subjectEdit()->text() == u"Re: Certificat"_s);
    CHECK(composer->linkedPatient() == f.louise.id);
    CHECK(composer->aboutLabel()->text() == u"About: MARTIN Louise"_s);
}

TEST_CASE("A message about an appointment opens it; the link can be removed", "[messaging]")
{
    MessagingFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    MessagingPane pane(*f.session);
    MessageComposer *composer = pane.composer();
    pane.composeAbout(a.id, f.louise.id, u"MARTIN Louise — Tue 16 Jun 10:00"_s);
    CHECK(composer->aboutLabel()->isVisibleTo(&pane));
    CHECK(composer->aboutLabel()->text() == u"About: MARTIN Louise — Tue 16 Jun 10:00"_s);
    composer->unlinkButton()->click();
    CHECK_FALSE(composer->linkedAppointment());
    CHECK_FALSE(composer->aboutLabel()->isVisibleTo(&pane));

    pane.composeAbout(a.id, f.louise.id, u"MARTIN Louise"_s);
    composer->recipientBox()->setCurrentIndex(
            comboIndex(composer->recipientBox(), f.doctor.id, MessageComposer::StaffIdRole));
    composer->bodyEdit()->setPlainText(u"Elle demande un certificat de sport."_s);
    composer->sendButton()->click();
    CHECK_FALSE(composer->linkedAppointment()); // cleared with the text
    REQUIRE(pane.model()->rowCount() == 1);
    const Message sent = f.session->messaging().inbox(f.doctor).messages.front();
    CHECK(sent.appointmentId == a.id);
    CHECK(sent.patientId == f.louise.id);
    CHECK(pane.model()->index(0, 0).data(MessageListModel::AppointmentIdRole).toLongLong() == a.id);

    select(pane, sent.id);
    CHECK(pane.openAppointmentButton()->isEnabled());
    CHECK_FALSE(pane.openPatientButton()->isVisibleTo(&pane));
    QSignalSpy requested(&pane, &MessagingPane::appointmentRequested);
    pane.openAppointmentButton()->click();
    REQUIRE(requested.size() == 1);
    CHECK(requested.front().at(0).toLongLong() == a.id);
}

TEST_CASE("\"Patient arrived\" reaches the practitioner's desk with the appointment", "[messaging]")
{
    MessagingFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    OtherDesk doctorDesk(f, f.doctor);
    QSignalSpy notices(&doctorDesk.pane, &MessagingPane::notice);
    CHECK(f.session->messaging().notifyArrival(a, f.session->actor()) == 1);
    doctorDesk.pane.reload();
    REQUIRE(doctorDesk.pane.model()->rowCount() == 1);
    CHECK(doctorDesk.pane.model()->index(0, 0).data(MessageListModel::AppointmentIdRole).toLongLong()
          == a.id);
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().at(0).toString().contains(u"User SV"_s));
}

TEST_CASE("Canned replies: the secretariat saves them, anyone inserts them", "[messaging]")
{
    MessagingFixture f;
    MessagingPane pane(*f.session);
    MessageComposer *composer = pane.composer();
    CHECK(composer->saveCannedButton()->isVisibleTo(&pane));
    CHECK(composer->cannedBox()->count() == 1); // the prompt only

    composer->bodyEdit()->setPlainText(u"Les résultats sont arrivés, le Dr vous rappelle."_s);
    composer->saveCannedButton()->click();
    CHECK_FALSE(composer->errorText().isEmpty()); // it needs a name
    QTest::keyClicks(composer->cannedNameEdit(), u"Results"_s);
    composer->saveCannedButton()->click();
    CHECK(composer->errorText().isEmpty());
    CHECK(composer->cannedNameEdit()->text().isEmpty());
    REQUIRE(f.session->messaging().cannedReplies().size() == 1);
    REQUIRE(composer->cannedBox()->count() == 2);
    CHECK(composer->cannedBox()->itemText(1) == u"Results"_s);

    // The same name again replaces the text.
    composer->bodyEdit()->setPlainText(u"Vos résultats sont arrivés."_s);
    QTest::keyClicks(composer->cannedNameEdit(), u"Results"_s);
    composer->saveCannedButton()->click();
    REQUIRE(f.session->messaging().cannedReplies().size() == 1);
    CHECK(f.session->messaging().cannedReplies().front().body == u"Vos résultats sont arrivés."_s);

    composer->bodyEdit()->setPlainText(u"Bonjour. "_s);
    composer->bodyEdit()->moveCursor(QTextCursor::End);
    composer->cannedBox()->setCurrentIndex(1);
    CHECK(composer->bodyEdit()->toPlainText() == u"Bonjour. Vos résultats sont arrivés."_s);
    CHECK(composer->cannedBox()->currentIndex() == 0);

    // A practitioner uses them but does not keep the list.
    OtherDesk doctorDesk(f, f.doctor);
    MessageComposer *theirs = doctorDesk.pane.composer();
    CHECK_FALSE(theirs->saveCannedButton()->isVisibleTo(&doctorDesk.pane));
    CHECK(theirs->cannedBox()->count() == 2);
}

TEST_CASE("The call-back list shows open tasks; Done takes one off", "[messaging]")
{
    MessagingFixture f;
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    const Appointment b = f.book(f.rocheAgenda, f.rocheConsultation, f.at(f.tuesday, 11, 0), f.helene);
    MessagingPane pane(*f.session);
    CallbackListModel &model = *pane.callbacks()->model();
    Tester tester(&model, fatal);
    CHECK(model.rowCount() == 0);

    const CallbackTask first = f.session->callbacks().requestForAppointment(
            a.id, u"Résultats à donner"_s, {}, f.at(f.tuesday, 8, 30), f.session->actor());
    f.session->callbacks().requestForAppointment(b.id, u"Move to Friday"_s, f.nadia.id, {},
                                                 f.session->actor());
    f.session->notifyChanged();
    REQUIRE(model.rowCount() == 2);
    CHECK(pane.tabs()->tabText(MessagingPane::CallbacksTab) == u"To call back (2)"_s);
    CHECK(cell(model, 0, CallbackListModel::DueColumn) == u"08:30"_s);
    CHECK(model.index(0, CallbackListModel::DueColumn).data(CallbackListModel::OverdueRole).toBool());
    CHECK(cell(model, 0, CallbackListModel::PatientColumn) == u"MARTIN Louise"_s);
    CHECK(cell(model, 0, CallbackListModel::PhoneColumn) == u"06 12 34 56 78"_s);
    CHECK(cell(model, 0, CallbackListModel::NoteColumn) == u"Résultats à donner"_s);
    CHECK(cell(model, 0, CallbackListModel::AssigneeColumn) == u"Secretariat"_s);
    CHECK(cell(model, 0, CallbackListModel::CreatedByColumn) == u"SV"_s);
    CHECK(model.index(0, 0).data(CallbackListModel::AppointmentIdRole).toLongLong() == a.id);
    CHECK(cell(model, 1, CallbackListModel::DueColumn) == u"—"_s);
    CHECK(cell(model, 1, CallbackListModel::AssigneeColumn) == u"NB"_s);

    QPushButton *done = pane.callbacks()->doneButton();
    CHECK_FALSE(done->isEnabled());
    pane.callbacks()->view()->setCurrentIndex(model.index(0, 0));
    REQUIRE(done->isEnabled());
    done->click();
    CHECK(pane.callbacks()->errorText().isEmpty());
    REQUIRE(model.rowCount() == 1);
    CHECK(f.store->get<CallbackTask>(first.id).doneAt.isValid());
    CHECK_FALSE(done->isEnabled()); // the next one is not closed by a second click

    // Closed meanwhile at another desk: told, and the list catches up.
    const CallbackTask second = model.taskAt(0);
    OtherDesk nadiaDesk(f, f.nadia);
    nadiaDesk.session.callbacks().markDone(second.id, second.version, nadiaDesk.session.actor());
    pane.callbacks()->view()->setCurrentIndex(model.index(0, 0));
    done->click();
    CHECK_FALSE(pane.callbacks()->errorText().isEmpty());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Do not disturb: only urgent messages raise a notice, all are counted", "[messaging]")
{
    MessagingFixture f;
    MessagingPane secretaryPane(*f.session);
    CHECK_FALSE(secretaryPane.doNotDisturbButton()->isVisibleTo(&secretaryPane));

    OtherDesk doctorDesk(f, f.doctor);
    MessagingPane &pane = doctorDesk.pane;
    QToolButton *toggle = pane.doNotDisturbButton();
    REQUIRE(toggle->isVisibleTo(&pane));
    CHECK_FALSE(toggle->isChecked());
    toggle->click();
    CHECK(toggle->isChecked());
    CHECK(pane.doNotDisturb());
    CHECK(f.store->get<StaffUser>(f.doctor.id).doNotDisturb);

    QSignalSpy notices(&pane, &MessagingPane::notice);
    f.send(f.doctor, u"Lunch"_s, u"Pizza at noon"_s);
    pane.reload();
    CHECK(notices.isEmpty());
    CHECK(pane.unreadCount() == 1);
    f.send(f.doctor, u"Malaise"_s, u"Patient unwell in the waiting room"_s, true);
    pane.reload();
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().at(0).toString() == u"URGENT — User SV: Malaise"_s);
    CHECK(pane.unreadCount() == 2);
    pane.reload();
    CHECK(notices.size() == 1); // once per message

    // Available again: every message notifies.
    toggle->click();
    CHECK_FALSE(f.store->get<StaffUser>(f.doctor.id).doNotDisturb);
    f.send(f.doctor, u"Lunch"_s, u"Still pizza"_s);
    pane.reload();
    CHECK(notices.size() == 2);
    CHECK(notices.back().at(0).toString() == u"Message from User SV: Lunch"_s);
}

TEST_CASE("Reloads keep the selection and what is being typed; the models stay consistent", "[messaging]")
{
    MessagingFixture f;
    OtherDesk doctorDesk(f, f.doctor);
    MessagingPane &pane = doctorDesk.pane;
    Tester messages(pane.model(), fatal);
    Tester tasks(pane.callbacks()->model(), fatal);
    const Message one = f.send(f.doctor, u"One"_s, u"1"_s);
    const Message two = f.send(f.doctor, u"Two"_s, u"2"_s);
    pane.reload();
    select(pane, one.id);
    pane.composer()->bodyEdit()->setPlainText(u"Je réponds…"_s);
    pane.composer()->subjectEdit()->setText(u"Draft"_s);

    f.send(f.doctor, u"Three"_s, u"3"_s);
    f.send(f.doctor, u"Four"_s, u"4"_s);
    pane.reload();
    REQUIRE(pane.model()->rowCount() == 4);
    CHECK(pane.currentMessageId() == one.id);
    CHECK(pane.view()->currentIndex().row() == 3);
    CHECK(pane.reader()->toPlainText() == u"1"_s);
    CHECK(pane.composer()->bodyEdit()->toPlainText() == u"Je réponds…"_s);
    CHECK(pane.composer()->subjectEdit()->text() == u"Draft"_s);

    pane.markCurrentRead();
    select(pane, two.id);
    pane.markCurrentRead();
    CHECK(pane.unreadCount() == 2);
    CHECK(pane.currentMessageId() == two.id);

    // Tasks come and go between reloads.
    const Appointment a = f.book(f.fabreAgenda, f.fabreConsultation, f.at(f.tuesday, 10, 0), f.louise);
    std::vector<CallbackTask> created;
    for (const char16_t *note : {u"a", u"b", u"c"})
        created.push_back(f.session->callbacks().requestForAppointment(a.id, QString::fromUtf16(note), {}, {},
                                                                       f.session->actor()));
    pane.reload();
    REQUIRE(pane.callbacks()->model()->rowCount() == 3);
    f.session->callbacks().markDone(created[1].id, created[1].version, f.session->actor());
    f.session->callbacks().requestForAppointment(a.id, u"d"_s, {}, f.at(f.tuesday, 12, 0),
                                                 f.session->actor());
    pane.reload();
    REQUIRE(pane.callbacks()->model()->rowCount() == 3);
    CHECK(cell(*pane.callbacks()->model(), 0, CallbackListModel::NoteColumn) == u"d"_s);
    CHECK(cell(*pane.callbacks()->model(), 1, CallbackListModel::NoteColumn) == u"a"_s);
    CHECK(cell(*pane.callbacks()->model(), 2, CallbackListModel::NoteColumn) == u"c"_s);
}

TEST_CASE("Web bookings: the new ones since the secretary last looked, bold and counted, until seen",
          "[messaging]")
{
    MessagingFixture f;
    MessagingPane pane(*f.session);
    Tester tester(pane.webBookings(), fatal);
    CHECK(pane.webBookings()->rowCount() == 0);
    CHECK(pane.tabs()->tabText(MessagingPane::WebBookingsTab) == u"Web bookings"_s);
    CHECK_FALSE(pane.webSeenButton()->isEnabled());

    // A patient books Wednesday 08:30 (an internet slot) from the booking page's own connection.
    const std::unique_ptr<Store> web = f.database.openStore(f.clock);
    PatientAccount account;
    account.email = u"louise@example.org"_s;
    account.passwordHash = u"$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"_s;
    account.holderPatientId = f.louise.id;
    account.createdAt = f.clock.now();
    account = web->insert(account, Actor{{}, {}, Channel::Web, u"web"_s, {}});
    const auto bookOnline = [&](int hour, int minute) {
        BookingRequest request;
        request.agendaId = f.fabreAgenda.id;
        request.typeId = f.fabreConsultation.id;
        request.start = f.at(f.tuesday.addDays(1), hour, minute);
        request.patientId = f.louise.id;
        request.channel = Channel::Web;
        request.accountId = account.id;
        return Scheduler(*web).book(request, Actor{{}, account.id, Channel::Web, u"web"_s, {}});
    };
    const Appointment first = bookOnline(8, 30);
    REQUIRE(QTest::qWaitFor([&] { return pane.webBookings()->rowCount() == 1; }, 10000));
    WebBookingListModel &model = *pane.webBookings();
    CHECK(cell(model, 0, WebBookingListModel::PatientColumn) == u"MARTIN Louise"_s);
    CHECK(cell(model, 0, WebBookingListModel::PractitionerColumn) == u"Dr Fabre"_s);
    CHECK(cell(model, 0, WebBookingListModel::AppointmentColumn) == u"Wed 17/06 08:30"_s);
    CHECK(model.index(0, 0).data(WebBookingListModel::NewRole).toBool());
    CHECK(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(pane.tabs()->tabText(MessagingPane::WebBookingsTab) == u"Web bookings (1 new)"_s);

    // Double-click shows it in the agenda.
    QSignalSpy requested(&pane, &MessagingPane::appointmentRequested);
    Q_EMIT pane.webBookingsView()->doubleClicked(model.index(0, WebBookingListModel::PatientColumn));
    REQUIRE(requested.size() == 1);
    CHECK(requested.front().at(0).toLongLong() == first.id);

    // Seen: no longer bold, and remembered for this user.
    f.clock.advance(60);
    pane.webSeenButton()->click();
    CHECK_FALSE(model.index(0, 0).data(WebBookingListModel::NewRole).toBool());
    CHECK(pane.tabs()->tabText(MessagingPane::WebBookingsTab) == u"Web bookings"_s);
    CHECK(f.store->get<StaffUser>(f.secretary.id).webBookingsSeenAt == f.clock.now());

    // The next one is new again, on top.
    f.clock.advance(60);
    const Appointment second = bookOnline(8, 45);
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 10000));
    CHECK(model.index(0, 0).data(WebBookingListModel::AppointmentIdRole).toLongLong() == second.id);
    CHECK(model.index(0, 0).data(WebBookingListModel::NewRole).toBool());
    CHECK_FALSE(model.index(1, 0).data(WebBookingListModel::NewRole).toBool());
    CHECK(pane.tabs()->tabText(MessagingPane::WebBookingsTab) == u"Web bookings (1 new)"_s);
}
