// The patient's journey in a real headless Chromium on a phone-sized screen, against a real
// accueil booking server and store: sign up with the code the desk handed out, confirm the e-mail
// address from the link in the e-mail, book for a child at night, see it, cancel it. Screenshots
// of each step land in build/screenshots/booking-*.png.
#include "bookingserver.h"
#include "catch.h"
#include "chromium.h"
#include "mail/maildispatcher.h"
#include "maildir.h"
#include "mailfixture.h"
#include "portal/invitations.h"
#include "portalfixture.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

QString shot(const QString &name)
{
    return QStringLiteral(ACCUEIL_SCREENSHOT_DIR) + u"/booking-"_s + name + u".png"_s;
}

// The e-mail that reached the test's SMTP server for that address and holds `text`, as the
// patient's mailbox would show it.
ReceivedMail receivedMail(const QString &address, const QString &text)
{
    std::optional<ReceivedMail> found;
    INFO("waiting for an e-mail to " << address.toStdString() << " with " << text.toStdString());
    REQUIRE(QTest::qWaitFor(
            [&] {
                for (ReceivedMail &mail : receivedFor(address)) {
                    if (mail.body().contains(text))
                        found = std::move(mail);
                }
                return found.has_value();
            },
            15000));
    return *found;
}

QString linkIn(const ReceivedMail &mail)
{
    const QRegularExpressionMatch match = QRegularExpression(u"https?://\\S+"_s).match(mail.body());
    REQUIRE(match.hasMatch());
    return match.captured(0);
}

} // namespace

TEST_CASE("A parent signs up with the desk's code and books for a child at night, then cancels", "[browser]")
{
    PortalFixture f;
    // Tuesday, ten past two in the morning.
    f.setTime(PortalFixture::tuesday, 2, 10);
    const QString code = Invitations(*f.store)
                                 .create(f.louise.id, Actor{f.secretary.id, {}, Channel::Desk, u"SV"_s, {}})
                                 .code;

    // The e-mails really go out, to the test's SMTP server on loopback.
    MailDispatcher mailer(f.database.url(), smtpSettings(testSmtpUrl()), f.clock,
                          MailDispatcher::Options{200, 20});
    // Her own address for this run: the maildir is shared with the other backend's run.
    const QString email = u"louise.%1@example.org"_s.arg(QRandomGenerator::global()->generate(), 0, 36);

    BookingServer server(f.database.url(), f.clock);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    const QString site = u"http://127.0.0.1:%1"_s.arg(port);

    Chromium browser;
    browser.open(site + u"/"_s);
    browser.waitFor(u"document.querySelector('[data-test=centre-name]').innerText.includes('Tilleuls')"_s);
    browser.waitForVisible(u"[data-test=practitioner]"_s);
    browser.screenshot(shot(u"1-home"_s));

    // Dr Fabre, a consultation.
    browser.click(u"[data-test=practitioner][href='#/practitioner/%1']"_s.arg(f.fabre.id));
    browser.waitForVisible(u"[data-test=type]"_s);
    browser.click(
            u"[data-test=type][href='#/book/%1/%2']"_s.arg(f.fabreAgenda.id).arg(f.fabreConsultation.id));
    browser.waitForVisible(u"[data-test=slot]"_s);
    browser.screenshot(shot(u"2-slots"_s));
    // Every day shown carries its weekday.
    const QString slotsText = browser.text(u"main"_s);
    CHECK(slotsText.contains(u"mardi 16 juin"_s, Qt::CaseInsensitive));
    // Thursday 08:30, an internet slot (so that it can still be cancelled online tomorrow).
    browser.click(u"[data-test=slot][data-start^='2026-06-18T08:30']"_s);

    // Not logged in: create the account with the code from the desk.
    browser.click(u"[data-test=show-signup]"_s);
    browser.type(u"[data-test=signup-email]"_s, email);
    browser.type(u"[data-test=signup-password]"_s, u"une phrase assez longue"_s);
    browser.type(u"[data-test=signup-code]"_s, code);
    browser.type(u"[data-test=signup-last-name]"_s, u"Martin"_s);
    browser.type(u"[data-test=signup-first-name]"_s, u"Louise"_s);
    browser.typeDate(u"[data-test=signup-birth-date]"_s, QDate(1980, 5, 17));
    browser.screenshot(shot(u"3-signup"_s));
    browser.click(u"[data-test=signup-submit]"_s);
    browser.waitForVisible(u"[data-test=verify-pending]"_s);

    // The e-mail's link confirms the address; the booking resumes.
    const QString verify = linkIn(receivedMail(email, u"#verify="_s));
    CHECK(verify.contains(u"#verify="_s));
    // Clicked in the mail application: the page opens afresh.
    browser.open(u"about:blank"_s);
    browser.open(site + u"/"_s + verify.mid(verify.indexOf(u"#verify="_s)));
    browser.waitForVisible(u"[data-test=resume-booking]"_s);
    browser.click(u"[data-test=resume-booking]"_s);

    // For her daughter, added on the way.
    browser.waitForVisible(u"[data-test=for-whom]"_s);
    browser.click(u"[data-test=add-dependant]"_s);
    browser.type(u"[data-test=dependant-first-name]"_s, u"Emma"_s);
    browser.type(u"[data-test=dependant-last-name]"_s, u"Martin"_s);
    browser.typeDate(u"[data-test=dependant-birth-date]"_s, QDate(2019, 3, 4));
    browser.choose(u"[data-test=dependant-relation]"_s, u"child"_s);
    browser.click(u"[data-test=dependant-submit]"_s);
    browser.waitFor(
            u"[...document.querySelector('[data-test=for-whom]').options].some(o => o.text.includes('Emma'))"_s);
    const QString emmaValue
            = browser.evaluate(
                             u"[...document.querySelector('[data-test=for-whom]').options].find(o => o.text.includes('Emma')).value"_s)
                      .toString();
    browser.choose(u"[data-test=for-whom]"_s, emmaValue);
    browser.type(u"[data-test=reason]"_s, u"Fièvre <b>39</b> depuis hier soir"_s);
    browser.screenshot(shot(u"4-for-whom"_s));
    browser.click(u"[data-test=confirm-booking]"_s);

    // The confirmation repeats who, weekday, date, time and address.
    browser.waitForVisible(u"[data-test=confirmation]"_s);
    const QString confirmation = browser.text(u"[data-test=confirmation]"_s);
    CHECK(confirmation.contains(u"Dr Claire Fabre"_s));
    CHECK(confirmation.contains(u"jeudi 18 juin 2026"_s, Qt::CaseInsensitive));
    CHECK(confirmation.contains(u"08:30"_s));
    CHECK(confirmation.contains(f.centre.address.section(u'\n', 0, 0)));
    // Until when it can be cancelled online: 24 hours before, a date still to come.
    CHECK(browser.text(u"#app"_s).contains(u"Annulation en ligne possible jusqu’au mercredi 17 juin 2026"_s));
    browser.screenshot(shot(u"5-confirmation"_s));

    // In the store, as the desk will show it: Emma, on the web, 08:30, the reason as typed.
    const QDate thursday = PortalFixture::tuesday.addDays(2);
    const std::vector<AppointmentRow> booked
            = f.store->appointmentsBetween({f.fabreAgenda.id}, f.at(thursday, 0, 0), f.at(thursday, 23, 59));
    REQUIRE(booked.size() == 1);
    CHECK(booked.front().patientName == u"MARTIN Emma"_s);
    CHECK(booked.front().appointment.channel == Channel::Web);
    CHECK(booked.front().appointment.start == f.at(thursday, 8, 30));
    CHECK(booked.front().appointment.reason == u"Fièvre <b>39</b> depuis hier soir"_s);
    // The confirmation e-mail arrived: who, the weekday and date, the time, the address.
    const ReceivedMail confirmationMail = receivedMail(email, u"Dr Claire Fabre"_s);
    CHECK(confirmationMail.body().contains(u"jeudi 18 juin 2026 à 8 h 30"_s));
    CHECK(confirmationMail.body().contains(u"Emma"_s));
    CHECK(confirmationMail.body().contains(f.centre.address.section(u'\n', 0, 0)));

    // My appointments: there, and cancelled in two clicks (more than 24 hours ahead).
    browser.click(u"[data-test=nav-bookings]"_s);
    browser.waitForVisible(u"[data-test=booking]"_s);
    CHECK(browser.text(u"[data-test=my-bookings]"_s).contains(u"Emma"_s));
    // The reason shows as typed, tags and all, never as markup.
    CHECK(browser.text(u"[data-test=my-bookings]"_s).contains(u"Fièvre <b>39</b> depuis hier soir"_s));
    CHECK(browser.evaluate(u"document.querySelectorAll('[data-test=my-bookings] b').length"_s).toInt() == 0);
    browser.screenshot(shot(u"6-my-bookings"_s));
    browser.click(u"[data-test=cancel-booking]"_s);
    browser.click(u"[data-test=cancel-confirm]"_s);
    // The notice comes once the server has answered the DELETE (the card said "Annuler" before).
    browser.waitFor(u"document.getElementById('notice').innerText.includes('est annulé')"_s);
    CHECK(f.store->get<Appointment>(booked.front().appointment.id).status == AppointmentStatus::Cancelled);
    browser.screenshot(shot(u"7-cancelled"_s));
    INFO(browser.pageErrors().join(u'\n').toStdString());
    CHECK(browser.pageErrors().isEmpty());
}
