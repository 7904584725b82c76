// "My calendar on my phone": a practitioner's private calendar address made, shown once, renewed
// and revoked from the desk, against a real store.
#include "calendarfeeddialog.h"
#include "catch.h"
#include "desk/calendarfeeds.h"
#include "deskfixture.h"
#include "errorlabel.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

// The token at the end of the address shown, or nothing when no address is shown.
QString tokenShown(const CalendarFeedDialog &dialog)
{
    static const QRegularExpression address(u"/calendar/([A-Za-z0-9_-]{43})\\.ics$"_s);
    const QRegularExpressionMatch match = address.match(dialog.urlEdit()->text());
    return match.hasMatch() && dialog.urlEdit()->isVisible() ? match.captured(1) : QString();
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("A practitioner makes, renews and revokes the address of their own calendar", "[calendar]")
{
    DeskFixture f;
    QSettings(u"Accueil"_s, u"accueil"_s).remove(u"calendarFeeds"_s);
    const StaffUser doctor = addStaff(*f.store, u"cfabre"_s, u"CF"_s, Role::Practitioner, f.fabre.id);
    DeskSession session(*f.store, doctor);
    CalendarFeeds feeds(*f.store);
    MainWindow window(session);
    window.show();
    QAction *action = window.action(u"calendarFeed"_s);
    REQUIRE(action);
    CHECK(action->isEnabled());
    action->trigger();
    auto *dialog = openDialog<CalendarFeedDialog>(window);
    REQUIRE(dialog);

    // Her own calendar only, nothing live yet.
    CHECK(dialog->practitionerBox()->count() == 1);
    CHECK(dialog->practitionerBox()->currentText() == u"Dr Claire Fabre"_s);
    CHECK_FALSE(dialog->practitionerBox()->isEnabled());
    CHECK(dialog->statusLabel()->text() == u"No address is active: no phone can read this calendar."_s);
    CHECK(dialog->createButton()->text() == u"Create address"_s);
    CHECK_FALSE(dialog->revokeButton()->isEnabled());
    CHECK_FALSE(dialog->urlEdit()->isVisible());

    // The booking page's address, typed once and remembered; names chosen before the address exists.
    QTest::keyClicks(dialog->baseEdit(), u"https://rdv.tilleuls.example/"_s);
    QTest::keyClick(dialog->baseEdit(), Qt::Key_Return);
    CHECK(dialog->baseEdit()->text() == u"https://rdv.tilleuls.example"_s);
    CHECK(QSettings(u"Accueil"_s, u"accueil"_s).value(u"calendarFeeds/baseUrl"_s).toString()
          == u"https://rdv.tilleuls.example"_s);
    click(dialog->showPatientsBox());
    CHECK(dialog->showPatientsBox()->isChecked());
    CHECK(f.store->count<CalendarFeed>() == 0);

    click(dialog->createButton());
    CHECK(dialog->errorLabel()->message().isEmpty());
    const QString first = tokenShown(*dialog);
    REQUIRE_FALSE(first.isEmpty());
    CHECK(dialog->urlEdit()->text() == u"https://rdv.tilleuls.example/calendar/"_s + first + u".ics"_s);
    CHECK(dialog->urlEdit()->isReadOnly());
    const std::optional<CalendarFeed> made = feeds.byToken(first);
    REQUIRE(made);
    CHECK(made->practitionerId == f.fabre.id);
    CHECK(made->showPatients);
    CHECK(made->createdBy == doctor.id);
    CHECK(f.store->auditTrail(u"calendar_feed"_s, made->id).front().actorLabel == u"CF"_s);
    CHECK(dialog->statusLabel()->text() == u"An address is active, made on Tuesday 16 June 2026 by CF."_s);
    CHECK(dialog->createButton()->text() == u"New address (revokes the old one)"_s);
    CHECK(dialog->revokeButton()->isEnabled());

    click(dialog->copyButton());
    CHECK(QGuiApplication::clipboard()->text() == dialog->urlEdit()->text());

    // Names off: stored at once.
    click(dialog->showPatientsBox());
    CHECK_FALSE(f.store->get<CalendarFeed>(made->id).showPatients);

    // A new address: the old one stops, the new one is shown.
    click(dialog->createButton());
    const QString second = tokenShown(*dialog);
    REQUIRE_FALSE(second.isEmpty());
    CHECK(second != first);
    CHECK_FALSE(feeds.byToken(first));
    REQUIRE(feeds.byToken(second));
    CHECK_FALSE(feeds.byToken(second)->showPatients);

    SECTION("shown once: closed and opened again, the address is live but no longer readable")
    {
        dialog->close();
        action->trigger();
        auto *again = openDialog<CalendarFeedDialog>(window);
        REQUIRE(again);
        CHECK(again->feed().has_value());
        CHECK(again->statusLabel()->text().startsWith(u"An address is active"_s));
        CHECK(tokenShown(*again).isEmpty());
        CHECK_FALSE(again->urlEdit()->isVisible());
        CHECK(again->baseEdit()->text() == u"https://rdv.tilleuls.example"_s);
    }
    SECTION("revoked: no phone can read it any more")
    {
        click(dialog->revokeButton());
        CHECK(dialog->errorLabel()->message().isEmpty());
        CHECK_FALSE(feeds.byToken(second));
        CHECK_FALSE(feeds.activeFor(f.fabre.id));
        CHECK(dialog->statusLabel()->text() == u"No address is active: no phone can read this calendar."_s);
        CHECK_FALSE(dialog->urlEdit()->isVisible());
        CHECK_FALSE(dialog->revokeButton()->isEnabled());
    }
    SECTION("without the booking page's address, the path alone")
    {
        dialog->baseEdit()->clear();
        QTest::keyClick(dialog->baseEdit(), Qt::Key_Return);
        const QString expected = u"/calendar/"_s + second + u".ics"_s;
        CHECK(dialog->urlEdit()->text() == expected);
        // Return took the address and did nothing else: same live address, dialog still open.
        CHECK(dialog->isVisible());
        CHECK(feeds.byToken(second));
        CHECK(f.store->count<CalendarFeed>() == 2);
    }
}

TEST_CASE("The coordinator picks any practitioner; a secretary has no address to manage", "[calendar]")
{
    DeskFixture f;
    const StaffUser coordinator = addStaff(*f.store, u"coord"_s, u"ALG"_s, Role::Coordinator);
    DeskSession session(*f.store, coordinator);
    CalendarFeedDialog dialog(session);
    dialog.show();
    CHECK(dialog.practitionerBox()->isEnabled());
    CHECK(dialog.practitionerBox()->count() == 3);
    dialog.setPractitionerId(f.roche.id);
    CHECK(dialog.practitionerBox()->currentText() == u"Dr Paul Roche"_s);
    click(dialog.createButton());
    const QString token = tokenShown(dialog);
    REQUIRE_FALSE(token.isEmpty());
    const std::optional<CalendarFeed> feed = CalendarFeeds(*f.store).byToken(token);
    REQUIRE(feed);
    CHECK(feed->practitionerId == f.roche.id);
    CHECK(feed->createdBy == coordinator.id);
    CHECK_FALSE(feed->showPatients);
    // Another practitioner: Roche's address is never shown under Fabre's name.
    dialog.setPractitionerId(f.fabre.id);
    CHECK(tokenShown(dialog).isEmpty());
    CHECK(dialog.statusLabel()->text().startsWith(u"No address is active"_s));
    dialog.setPractitionerId(f.roche.id);
    CHECK(dialog.statusLabel()->text() == u"An address is active, made on Tuesday 16 June 2026 by ALG."_s);
    CHECK(tokenShown(dialog).isEmpty());

    // The secretary's desk: the action is off, and the dialog says why.
    MainWindow window(*f.session);
    CHECK_FALSE(window.action(u"calendarFeed"_s)->isEnabled());
    CalendarFeedDialog secretary(*f.session);
    secretary.show();
    CHECK(secretary.practitionerBox()->count() == 0);
    CHECK_FALSE(secretary.createButton()->isEnabled());
    CHECK_FALSE(secretary.showPatientsBox()->isEnabled());
    CHECK(secretary.statusLabel()->text()
          == u"Only practitioners, the coordinator and administrators have calendar addresses."_s);
}

TEST_CASE("What another desk changed meanwhile is said, never lost in silence", "[calendar]")
{
    DeskFixture f;
    const StaffUser doctor = addStaff(*f.store, u"cfabre"_s, u"CF"_s, Role::Practitioner, f.fabre.id);
    DeskSession session(*f.store, doctor);
    CalendarFeedDialog dialog(session);
    dialog.show();
    click(dialog.createButton());
    REQUIRE(dialog.feed());
    const qint64 feedId = dialog.feed()->id;

    const std::unique_ptr<Store> other = f.database.openStore(f.clock);
    CalendarFeeds elsewhere(*other);
    SECTION("names switched on elsewhere: this desk's stale switch is refused and shows what is stored")
    {
        const CalendarFeed current = other->get<CalendarFeed>(feedId);
        elsewhere.setShowPatients(feedId, current.version, true, deskActor(doctor));
        click(dialog.showPatientsBox()); // on, from a stale copy
        CHECK_FALSE(dialog.errorLabel()->message().isEmpty());
        CHECK(dialog.errorLabel()->isVisible());
        CHECK(dialog.showPatientsBox()->isChecked()); // as stored
        CHECK(f.store->get<CalendarFeed>(feedId).showPatients);
    }
    SECTION("revoked elsewhere: the switch says so and the dialog shows no live address")
    {
        elsewhere.revoke(feedId, Actor::system(u"accueil-admin"_s));
        click(dialog.showPatientsBox());
        CHECK(dialog.errorLabel()->message() == u"This calendar address has been revoked; make a new one."_s);
        CHECK(dialog.statusLabel()->text().startsWith(u"No address is active"_s));
        CHECK(tokenShown(dialog).isEmpty());
        CHECK_FALSE(dialog.revokeButton()->isEnabled());
    }
}
