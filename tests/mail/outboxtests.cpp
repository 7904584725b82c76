// The outbox and the SMTP sender against a real SMTP server (ACCUEIL_TEST_SMTP) and a real
// database, one pass at a time on the test's thread, with the clock moved by hand.
#include "catch.h"
#include "fixtures.h"
#include "mail/maildispatcher.h"
#include "mail/mailmessage.h"
#include "mail/mailoutbox.h"
#include "mail/smtpsender.h"
#include "maildir.h"
#include "mailfixture.h"

#include <array>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    qint64 id = 0;
    std::optional<QString> error;
};

// One dispatcher pass through url; returns what became of each mail.
std::vector<Outcome> deliver(Store &store, const QString &url, int limit = 20)
{
    MailOutbox outbox(store);
    SmtpSender sender(smtpSettings(url));
    std::vector<Outcome> outcomes;
    MailDispatcher::deliverDue(outbox, sender, limit,
                               [&](const OutgoingMail &mail, const std::optional<QString> &error) {
                                   outcomes.push_back({mail.id, error});
                               });
    return outcomes;
}

const QString accentedSubject
        = u"Confirmation : rendez-vous du mardi 16 juin à 10 h 30 avec le Dr Élodie Müller"_s;
// Accents, a line longer than 76 characters, lines that SMTP would take for the end of data
// without dot-stuffing, an "=", trailing blanks.
const QString accentedBody = u"Bonjour Louise,\n\n"
                             "Votre rendez-vous du mardi 16 juin à 10 h 30 avec le Dr Élodie Müller, "
                             "médecin généraliste, est confirmé. Merci d'arriver cinq minutes en avance.\n"
                             ".\n"
                             "..deux points\n"
                             "Tarif = 26,50 €  \n"
                             "\n"
                             "Maison de santé Sainte-Odile\n"_s;

} // namespace

TEST_CASE_METHOD(MailFixture, "A queued mail reaches the SMTP server with its recipient, subject and body",
                 "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), accentedSubject, accentedBody);
    CHECK(MailOutbox(*store).queued() == 1);

    const std::vector<Outcome> outcomes = deliver(*store, testSmtpUrl());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.front().id == queued.id);
    CHECK(outcomes.front().error == std::nullopt);

    const OutgoingMail sent = store->get<OutgoingMail>(queued.id);
    CHECK(sent.status == u"sent");
    CHECK(sent.sentAt == clock.now());
    CHECK(sent.attempts == 1);
    CHECK(sent.lastError.isEmpty());
    CHECK(MailOutbox(*store).queued() == 0);

    const std::vector<ReceivedMail> received = receivedFor(tag);
    REQUIRE(received.size() == 1);
    const ReceivedMail &mail = received.front();
    INFO(mail.raw.toStdString());
    CHECK(mail.header("X-RcptTo") == address(u"louise"_s)); // the envelope
    CHECK(mail.header("X-MailFrom") == testFromAddress);
    CHECK(mail.header("To") == address(u"louise"_s));
    CHECK(mail.headerCount("To") == 1);
    CHECK(mail.headerCount("Cc") == 0);
    CHECK(mail.headerCount("Bcc") == 0);
    CHECK(mail.header("From") == testFromName + u" <"_s + testFromAddress + u'>');
    CHECK(mail.header("Subject") == accentedSubject);
    CHECK(mail.rawHeader("Date") == MailMessage::dateTime(queued.createdAt));
    CHECK(mail.rawHeader("Message-ID") == MailMessage::messageId(queued, testFromAddress));
    CHECK(mail.rawHeader("Content-Type") == "text/plain; charset=UTF-8");
    CHECK(mail.body() == accentedBody);
    // What travelled was 7-bit.
    CHECK(std::all_of(mail.raw.cbegin(), mail.raw.cend(), [](char c) { return uchar(c) < 0x80; }));
}

TEST_CASE_METHOD(MailFixture, "Each mail goes to its own recipient, oldest first, a batch at a time",
                 "[mail]")
{
    const OutgoingMail first = queue(address(u"anne"_s), u"Pour Anne"_s, u"Texte d'Anne"_s);
    const OutgoingMail second = queue(address(u"benoit"_s), u"Pour Benoît"_s, u"Texte de Benoît"_s);
    const OutgoingMail third = queue(address(u"chloe"_s), u"Pour Chloé"_s, u"Texte de Chloé"_s);

    std::vector<Outcome> outcomes = deliver(*store, testSmtpUrl(), 2);
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].id == first.id);
    CHECK(outcomes[1].id == second.id);
    CHECK(store->get<OutgoingMail>(third.id).status == u"queued");
    CHECK(MailOutbox(*store).queued() == 1);

    outcomes = deliver(*store, testSmtpUrl(), 2);
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes[0].id == third.id);

    for (const auto &[name, subject] :
         {std::pair{u"anne"_s, u"Pour Anne"_s}, std::pair{u"benoit"_s, u"Pour Benoît"_s},
          std::pair{u"chloe"_s, u"Pour Chloé"_s}}) {
        const std::vector<ReceivedMail> received = receivedFor(address(name));
        REQUIRE(received.size() == 1);
        CHECK(received.front().header("X-RcptTo") == address(name));
        CHECK(received.front().header("Subject") == subject);
    }
    CHECK(receivedFor(tag).size() == 3);
}

TEST_CASE_METHOD(MailFixture, "With the server down a mail waits for its retry, then goes once", "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), accentedSubject, accentedBody);
    const QDateTime start = clock.now();

    std::vector<Outcome> outcomes = deliver(*store, closedSmtpUrl());
    REQUIRE(outcomes.size() == 1);
    REQUIRE(outcomes.front().error);
    INFO(outcomes.front().error->toStdString());
    CHECK(outcomes.front().error->contains(u"127.0.0.1"));

    OutgoingMail waiting = store->get<OutgoingMail>(queued.id);
    CHECK(waiting.status == u"queued");
    CHECK(waiting.attempts == 1);
    CHECK(waiting.lastError == *outcomes.front().error);
    CHECK(waiting.nextAttemptAt == start.addSecs(60));
    CHECK(waiting.sentAt.isNull());

    // Not before its time, even with the server back.
    clock.advance(59);
    CHECK(MailOutbox(*store).due(10).empty());
    CHECK(deliver(*store, testSmtpUrl()).empty());
    CHECK(receivedFor(tag).empty());

    clock.advance(1);
    outcomes = deliver(*store, testSmtpUrl());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.front().error == std::nullopt);
    const OutgoingMail sent = store->get<OutgoingMail>(queued.id);
    CHECK(sent.status == u"sent");
    CHECK(sent.attempts == 2);
    CHECK(sent.sentAt == start.addSecs(60));
    REQUIRE(receivedFor(tag).size() == 1);
    CHECK(receivedFor(tag).front().body() == accentedBody);

    // Never again, however late it gets.
    clock.advance(30LL * 24 * 3600);
    CHECK(MailOutbox(*store).due(10).empty());
    CHECK(deliver(*store, testSmtpUrl()).empty());
    CHECK(receivedFor(tag).size() == 1);
}

TEST_CASE_METHOD(MailFixture, "A mail is given up after its last attempt", "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), u"Rappel"_s, u"Texte"_s);
    const QString closed = closedSmtpUrl();
    constexpr std::array expectedDelays{1, 5, 15, 60, 240, 240, 240};

    for (int attempt = 1; attempt <= MailOutbox::maxAttempts; ++attempt) {
        INFO("attempt " << attempt);
        const QDateTime now = clock.now();
        const std::vector<Outcome> outcomes = deliver(*store, closed);
        REQUIRE(outcomes.size() == 1);
        CHECK(outcomes.front().error);
        const OutgoingMail mail = store->get<OutgoingMail>(queued.id);
        CHECK(mail.attempts == attempt);
        CHECK_FALSE(mail.lastError.isEmpty());
        if (attempt < MailOutbox::maxAttempts) {
            CHECK(mail.status == u"queued");
            CHECK(mail.nextAttemptAt == now.addSecs(60LL * expectedDelays.at(attempt - 1)));
            CHECK(MailOutbox::retryDelayMinutes(attempt) == expectedDelays.at(attempt - 1));
            clock.set(mail.nextAttemptAt);
        } else {
            CHECK(mail.status == u"failed");
        }
    }
    MailOutbox outbox(*store);
    CHECK(outbox.queued() == 0);
    CHECK(outbox.failed() == 1);
    clock.advance(7LL * 24 * 3600);
    CHECK(deliver(*store, testSmtpUrl()).empty());
    CHECK(receivedFor(tag).empty());
    CHECK(store->get<OutgoingMail>(queued.id).attempts == MailOutbox::maxAttempts);
}

TEST_CASE_METHOD(MailFixture, "A mail claimed on one connection is not sent from another", "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), u"Confirmation"_s, u"Texte"_s);
    const std::unique_ptr<Store> other = Store::open(database.url(), clock);
    MailOutbox here(*store);
    MailOutbox there(*other);

    const std::vector<OutgoingMail> seenHere = here.due(10);
    const std::vector<OutgoingMail> seenThere = there.due(10);
    REQUIRE(seenHere.size() == 1);
    REQUIRE(seenThere.size() == 1);

    const std::optional<OutgoingMail> claimed = here.claim(seenHere.front());
    REQUIRE(claimed);
    CHECK(claimed->attempts == 1);
    CHECK_FALSE(there.claim(seenThere.front()));   // its copy is stale
    CHECK(deliver(*other, testSmtpUrl()).empty()); // and it is no longer due

    SmtpSender sender(smtpSettings(testSmtpUrl()));
    REQUIRE(sender.send(*claimed) == std::nullopt);
    const OutgoingMail sent = here.markSent(*claimed);
    CHECK(sent.status == u"sent");
    CHECK(deliver(*other, testSmtpUrl()).empty());
    CHECK(receivedFor(tag).size() == 1);
}

TEST_CASE_METHOD(MailFixture, "A dispatcher that died mid-send leaves the mail to its next attempt", "[mail]")
{
    const OutgoingMail queued = queue(address(u"louise"_s), u"Confirmation"_s, u"Texte"_s);
    {
        // Claimed, then the process is gone before the server answered.
        MailOutbox outbox(*store);
        REQUIRE(outbox.claim(outbox.due(10).front()));
    }
    CHECK(deliver(*store, testSmtpUrl()).empty());
    clock.advance(60LL * MailOutbox::retryDelayMinutes(1));
    const std::vector<Outcome> outcomes = deliver(*store, testSmtpUrl());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.front().error == std::nullopt);
    CHECK(store->get<OutgoingMail>(queued.id).attempts == 2);
    CHECK(receivedFor(tag).size() == 1);
}

TEST_CASE_METHOD(MailFixture, "An address that cannot receive mail is given up at once", "[mail]")
{
    const QString injected = address(u"louise"_s) + u">\r\nRCPT TO:<"_s + address(u"intrus"_s);
    const OutgoingMail queued = queue(injected, u"Confirmation"_s, u"Texte"_s);
    const std::vector<Outcome> outcomes = deliver(*store, testSmtpUrl());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.front().error);
    const OutgoingMail mail = store->get<OutgoingMail>(queued.id);
    CHECK(mail.status == u"failed");
    CHECK(mail.attempts == 1);
    CHECK_FALSE(mail.lastError.contains(u"louise")); // errors do not repeat addresses (they reach logs)
    CHECK(receivedFor(tag).empty());
}

TEST_CASE_METHOD(MailFixture, "The sender refuses to go on without the TLS it requires", "[mail]")
{
    // The test server offers no STARTTLS.
    SmtpSender sender(smtpSettings(testSmtpUrl(), u"starttls"_s));
    OutgoingMail mail;
    mail.id = 1;
    mail.toAddress = address(u"louise"_s);
    mail.subject = u"Confidentiel"_s;
    mail.createdAt = clock.now();
    const std::optional<QString> error = sender.send(mail);
    REQUIRE(error);
    INFO(error->toStdString());
    CHECK(receivedFor(tag).empty());

    // When merely preferred, it goes in plain text.
    SmtpSender opportunistic(smtpSettings(testSmtpUrl(), u"starttls-if-offered"_s));
    CHECK(opportunistic.send(mail) == std::nullopt);
    CHECK(receivedFor(tag).size() == 1);
}

TEST_CASE_METHOD(
        MailFixture,
        "An appointment and its mail written in one transaction commit while the mail server is down",
        "[mail]")
{
    const BasicSetup setup = addBasicSetup(*store);
    OutgoingMail confirmation;
    {
        // The shape of PatientBookings::book (tests/portal checks the real one): the appointment and
        // its e-mail in one transaction.
        Transaction transaction(store->database());
        const Appointment appointment = addAppointment(*store, setup.agenda, utc(2026, 6, 16, 8, 30), 20,
                                                       setup.actor, setup.patient.id, setup.type.id);
        confirmation.toAddress = address(u"louise"_s);
        confirmation.subject = accentedSubject;
        confirmation.body = accentedBody;
        confirmation.kind = u"confirmation"_s;
        confirmation.nextAttemptAt = clock.now();
        confirmation.appointmentId = appointment.id;
        confirmation = store->insert(confirmation, setup.actor);
        transaction.commit();
    }
    CHECK(deliver(*store, closedSmtpUrl()).size() == 1);
    const OutgoingMail waiting = store->get<OutgoingMail>(confirmation.id);
    CHECK(waiting.status == u"queued");
    REQUIRE(waiting.appointmentId);
    CHECK(store->find<Appointment>(*waiting.appointmentId).has_value());

    // The outbox's own writes are audited as the mail system.
    const std::vector<AuditEvent> trail = store->auditTrail(u"outgoing_mail"_s, confirmation.id);
    REQUIRE(trail.size() == 3);
    CHECK(trail[1].action == u"claim");
    CHECK(trail[2].action == u"retry");
    CHECK(trail[2].actorLabel == u"mail");
}
