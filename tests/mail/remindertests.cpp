// Reminders against the real loopback SMTP server and a real HTTP endpoint standing in for the SMS
// gateway, on each backend, with a manual clock moved to every edge.
#include "catch.h"
#include "fixtures.h"
#include "mail/maildispatcher.h"
#include "mail/mailoutbox.h"
#include "mail/smtpsender.h"
#include "maildir.h"
#include "mailfixture.h"
#include "reminders/reminderdispatcher.h"
#include "reminders/reminders.h"
#include "reminders/remindertexts.h"
#include "reminders/smsgateway.h"
#include "schedule/scheduler.h"
#include "smsendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

struct ReminderFixture : MailFixture
{
    ReminderFixture()
    {
        Centre centre;
        centre.name = u"Maison de santé Sainte-Odile"_s;
        centre.address = u"3 rue des Tilleuls\n67000 Strasbourg"_s;
        centre.phone = u"03 88 00 00 00"_s;
        store->insert(centre, setupActor());
        setup = addBasicSetup(*store);
        setup.patient.email = address(u"jeanne"_s);
        setup.patient.mobilePhone = u"06 12 34 56 78"_s;
        setup.patient = store->update(setup.patient, setupActor());
        emailRule = addRule(u"email"_s, 48 * 60);
        smsRule = addRule(u"sms"_s, 120);
        sms.url = endpoint.url(u"/send"_s);
        sms.method = SmsSettings::Method::Post;
        sms.format = SmsSettings::Format::Json;
        sms.body = uR"({"to":"{to}","text":"{text}","sender":"{sender}"})"_s;
        sms.sender = u"MSP Odile"_s;
        sms.timeoutSeconds = 10;
    }

    ReminderRule addRule(const QString &medium, int minutes, std::optional<qint64> typeId = {},
                         bool active = true)
    {
        ReminderRule rule;
        rule.medium = medium;
        rule.minutesBefore = minutes;
        rule.typeId = typeId;
        rule.active = active;
        return store->insert(rule, setupActor());
    }

    // Booked now (the clock's time) for `start`.
    Appointment book(const QDateTime &start, std::optional<qint64> patientId = {})
    {
        return addAppointment(*store, setup.agenda, start, 20, setup.actor,
                              patientId.value_or(setup.patient.id), setup.type.id);
    }

    // One pass of the reminder dispatcher with the SMS gateway, on a store connection of its own
    // (as accueil-server has), which is closed afterwards: every pass is also a restart.
    ReminderDispatcher::PassResult pass()
    {
        const std::unique_ptr<Store> server = database.openStore(clock);
        Reminders reminders(*server);
        SmsSender sender(sms);
        return ReminderDispatcher::runPass(reminders, &sender, 50);
    }

    std::vector<Reminder> remindersOf(const Appointment &appointment)
    {
        return store->select<Reminder>(u"appointment_id = ?"_s, {appointment.id});
    }

    std::vector<OutgoingMail> reminderMails() { return store->select<OutgoingMail>(u"kind = 'reminder'"_s); }

    BasicSetup setup;
    ReminderRule emailRule;
    ReminderRule smsRule;
    SmsEndpoint endpoint;
    SmsSettings sms;
};

// Thursday 18 June 2026, 10:00 in Paris: three days after testNow().
QDateTime thursdayTen()
{
    return parisTime(2026, 6, 18, 10, 0);
}

} // namespace

TEST_CASE_METHOD(ReminderFixture,
                 "An appointment gets its e-mail 48 h and its SMS 2 h before, each exactly once",
                 "[reminders]")
{
    const Appointment appointment = book(thursdayTen());

    clock.set(thursdayTen().addSecs(-48 * 3600 - 1));
    CHECK(pass().emailsQueued == 0);
    CHECK(remindersOf(appointment).empty());

    clock.set(thursdayTen().addSecs(-48 * 3600));
    CHECK(pass().emailsQueued == 1);
    CHECK(pass().emailsQueued == 0); // a second pass, on a new connection: nothing again
    std::vector<OutgoingMail> mails = reminderMails();
    REQUIRE(mails.size() == 1);
    CHECK(mails[0].toAddress == setup.patient.email);
    CHECK(mails[0].appointmentId == appointment.id);
    CHECK(mails[0].subject == u"Rappel\u00a0: votre rendez-vous le jeudi 18 juin 2026 à 10 h 00"_s);
    CHECK(mails[0].body.contains(u"Bonjour Jeanne DUPONT"_s));
    CHECK(mails[0].body.contains(u"avec Dr Claire Moreau (Consultation)"_s));
    CHECK(mails[0].body.contains(u"3 rue des Tilleuls, 67000 Strasbourg"_s));

    // Through the same outbox and dispatcher as every e-mail, to the real SMTP server.
    {
        MailOutbox outbox(*store);
        SmtpSender sender(smtpSettings(testSmtpUrl()));
        CHECK(MailDispatcher::deliverDue(outbox, sender, 20) == 1);
    }
    const std::vector<ReceivedMail> received = receivedFor(tag);
    REQUIRE(received.size() == 1);
    CHECK(received[0].header("Subject") == mails[0].subject);
    CHECK(received[0].body().contains(u"le jeudi 18 juin 2026 à 10 h 00"_s));

    clock.set(thursdayTen().addSecs(-2 * 3600 - 1));
    CHECK(pass().smsSent == 0);
    CHECK(endpoint.requests().isEmpty());

    clock.set(thursdayTen().addSecs(-2 * 3600));
    CHECK(pass().smsSent == 1);
    clock.advance(600);
    CHECK(pass().smsSent == 0);
    const QList<SmsEndpoint::Request> requests = endpoint.requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].method == "POST");
    CHECK(requests[0].target == "/send");
    CHECK(requests[0].header("content-type") == "application/json");
    const QJsonObject body = QJsonDocument::fromJson(requests[0].body).object();
    CHECK(body.value(u"to"_s).toString() == u"+33612345678"_s);
    CHECK(body.value(u"sender"_s).toString() == u"MSP Odile"_s);
    CHECK(body.value(u"text"_s).toString()
          == u"Maison de santé Sainte-Odile : RDV le jeudi 18 juin 2026 à 10 h 00 avec Dr Claire Moreau. "
             "Si vous ne pouvez pas venir, appelez le 03 88 00 00 00."_s);

    std::vector<Reminder> rows = remindersOf(appointment);
    REQUIRE(rows.size() == 2);
    for (const Reminder &row : rows) {
        CHECK(row.status == (row.medium == u"sms" ? u"sent"_s : u"queued"_s));
        CHECK(row.start == appointment.start);
    }
    // The desk's view: both went out.
    Reminders desk(*store);
    const std::vector<Reminders::Status> statuses = desk.forAppointment(appointment.id);
    REQUIRE(statuses.size() == 2);
    for (const Reminders::Status &status : statuses)
        CHECK(status.state == u"sent"_s);
    CHECK(receivedFor(tag).size() == 1);
}

TEST_CASE_METHOD(ReminderFixture, "Reminders wait for their time and say when they will go", "[reminders]")
{
    const Appointment appointment = book(thursdayTen());
    Reminders desk(*store);
    const std::vector<Reminders::Status> planned = desk.forAppointment(appointment.id);
    REQUIRE(planned.size() == 2);
    CHECK(planned[0].state == u"planned"_s);
    CHECK(planned[0].medium == u"email"_s);
    CHECK(planned[0].at == thursdayTen().addSecs(-48 * 3600));
    CHECK(planned[1].medium == u"sms"_s);
    CHECK(planned[1].at == thursdayTen().addSecs(-2 * 3600));
    CHECK(Reminders::describe(planned[1], paris()).contains(u"18"_s));
}

TEST_CASE_METHOD(ReminderFixture, "No reminder for past, cancelled, missed or same-hour bookings",
                 "[reminders]")
{
    const Patient other = addPatient(*store, u"Martin"_s, u"Paul"_s);

    SECTION("booked within the last hour before it: nothing, ever")
    {
        clock.set(thursdayTen().addSecs(-40 * 60));
        const Appointment late = book(thursdayTen());
        pass();
        const std::vector<Reminder> rows = remindersOf(late);
        REQUIRE(rows.size() == 2);
        for (const Reminder &row : rows) {
            CHECK(row.status == u"skipped"_s);
            CHECK(row.skipReason == u"too_late"_s);
        }
        CHECK(endpoint.requests().isEmpty());
        CHECK(reminderMails().empty());
    }
    SECTION("booked the day before: no late e-mail, the SMS 2 h before still goes")
    {
        clock.set(thursdayTen().addSecs(-24 * 3600));
        const Appointment tomorrow = book(thursdayTen());
        pass();
        clock.set(thursdayTen().addSecs(-2 * 3600));
        pass();
        CHECK(reminderMails().empty());
        REQUIRE(endpoint.requests().size() == 1);
        const std::vector<Reminder> rows = remindersOf(tomorrow);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].medium == u"email"_s);
        CHECK(rows[0].skipReason == u"booked_late"_s);
        CHECK(rows[1].status == u"sent"_s);
    }
    SECTION("cancelled, missed or past appointments")
    {
        Scheduler scheduler(*store);
        const Appointment cancelled = book(thursdayTen());
        scheduler.cancel(cancelled.id, u"Empêché"_s, setup.actor);
        const Appointment past = book(testNow().addSecs(-3600), other.id);
        clock.set(thursdayTen().addSecs(-3 * 3600));
        pass();
        clock.set(thursdayTen().addSecs(-2 * 3600));
        pass();
        CHECK(remindersOf(cancelled).empty());
        CHECK(remindersOf(past).empty());
        CHECK(endpoint.requests().isEmpty());
        CHECK(reminderMails().empty());
    }
    SECTION("cancelled after its SMS was queued: not sent")
    {
        const Appointment appointment = book(thursdayTen());
        clock.set(thursdayTen().addSecs(-2 * 3600));
        {
            Reminders reminders(*store);
            CHECK(reminders.plan().sms == 1);
        }
        Scheduler(*store).cancel(appointment.id, u"Empêché"_s, setup.actor);
        pass();
        CHECK(endpoint.requests().isEmpty());
        const std::vector<Reminder> rows = store->select<Reminder>(u"medium = 'sms'"_s);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].status == u"skipped"_s);
        CHECK(rows[0].skipReason == u"not_booked"_s);
    }
}

TEST_CASE_METHOD(ReminderFixture,
                 "A reminder e-mail still queued when the appointment is cancelled does not go",
                 "[reminders]")
{
    const Appointment appointment = book(thursdayTen());
    clock.set(thursdayTen().addSecs(-48 * 3600));
    CHECK(pass().emailsQueued == 1);
    // The mail server was down; meanwhile the patient cancels.
    Scheduler(*store).cancel(appointment.id, u"Empêché"_s, setup.actor);
    MailOutbox outbox(*store);
    SmtpSender sender(smtpSettings(testSmtpUrl()));
    CHECK(MailDispatcher::deliverDue(outbox, sender, 20) == 1);
    const std::vector<OutgoingMail> mails = reminderMails();
    REQUIRE(mails.size() == 1);
    CHECK(mails[0].status == u"failed"_s);
    CHECK(mails[0].lastError.contains(u"cancelled or moved"_s));
    CHECK(receivedFor(tag).empty());
    const std::vector<Reminders::Status> statuses = Reminders(*store).forAppointment(appointment.id);
    REQUIRE_FALSE(statuses.empty());
    CHECK(statuses[0].state == u"failed"_s);
}

TEST_CASE_METHOD(ReminderFixture, "Patients who opted out or cannot be reached are written down, not sent",
                 "[reminders]")
{
    Patient optedOut = addPatient(*store, u"Roux"_s, u"Lina"_s);
    optedOut.email = address(u"lina"_s);
    optedOut.mobilePhone = u"0611111111"_s;
    optedOut.remindersOptOut = true;
    optedOut = store->update(optedOut, setupActor());
    Patient landline = addPatient(*store, u"Petit"_s, u"Marc"_s);
    landline.homePhone = u"03 88 11 22 33"_s;
    landline.mobilePhone = u"03 88 11 22 33"_s; // a landline typed in the mobile field
    landline = store->update(landline, setupActor());

    const Appointment first = book(thursdayTen(), optedOut.id);
    const Appointment second = book(thursdayTen().addSecs(1800), landline.id);
    clock.set(thursdayTen().addSecs(-90 * 60));
    pass();
    CHECK(endpoint.requests().isEmpty());
    CHECK(reminderMails().empty());
    for (const Reminder &row : remindersOf(first)) {
        CHECK(row.status == u"skipped"_s);
        CHECK(row.skipReason == u"opted_out"_s);
    }
    const std::vector<Reminder> rows = remindersOf(second);
    REQUIRE(rows.size() == 2);
    for (const Reminder &row : rows)
        CHECK(row.skipReason == u"no_address"_s);
}

TEST_CASE_METHOD(ReminderFixture,
                 "A moved appointment is reminded again for its new time, never for the old one",
                 "[reminders]")
{
    const Appointment appointment = book(thursdayTen());
    clock.set(thursdayTen().addSecs(-2 * 3600));
    {
        Reminders reminders(*store);
        CHECK(reminders.plan().sms == 1); // queued, not sent yet
    }
    Appointment moved = appointment;
    moved.start = thursdayTen().addSecs(3600);
    moved.end = moved.start.addSecs(1200);
    moved = store->update(moved, setup.actor, u"move"_s);

    pass();
    CHECK(endpoint.requests().isEmpty()); // the old time's SMS is dropped; the new one is not due yet
    clock.set(moved.start.addSecs(-2 * 3600));
    pass();
    const QList<SmsEndpoint::Request> requests = endpoint.requests();
    REQUIRE(requests.size() == 1);
    CHECK(QJsonDocument::fromJson(requests[0].body)
                  .object()
                  .value(u"text"_s)
                  .toString()
                  .contains(u"11 h 00"_s));
    const std::vector<Reminder> sms = store->select<Reminder>(u"medium = 'sms'"_s, {}, u"id"_s);
    REQUIRE(sms.size() == 2);
    CHECK(sms[0].skipReason == u"moved"_s);
    CHECK(sms[1].status == u"sent"_s);
}

TEST_CASE_METHOD(ReminderFixture, "A type's own rules replace the centre's", "[reminders]")
{
    const AppointmentType vaccine = addType(*store, setup.agenda, u"Vaccination"_s, 10);
    const AppointmentType followUp = addType(*store, setup.agenda, u"Suivi"_s, 20);
    addRule(u"sms"_s, 24 * 60, vaccine.id);
    addRule(u"email"_s, 48 * 60, followUp.id, false); // switched off: the centre's rules apply again
    clock.set(testNow().addSecs(-7 * 86400));
    const Appointment vaccination = addAppointment(*store, setup.agenda, thursdayTen(), 10, setup.actor,
                                                   setup.patient.id, vaccine.id);
    const Appointment followed = addAppointment(*store, setup.agenda, thursdayTen().addSecs(3600), 20,
                                                setup.actor, setup.patient.id, followUp.id);
    clock.set(thursdayTen().addSecs(-2 * 3600));
    pass();
    const std::vector<Reminder> rows = remindersOf(vaccination);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].medium == u"sms"_s);
    CHECK(rows[0].status == u"sent"_s);
    // The follow-up's own rule is off: the centre's rules (its e-mail came due a week after booking).
    const std::vector<Reminder> followedRows = remindersOf(followed);
    REQUIRE(followedRows.size() == 1);
    CHECK(followedRows[0].ruleId == emailRule.id);
    CHECK(reminderMails().size() == 1);
    clock.set(followed.start.addSecs(-2 * 3600));
    pass();
    REQUIRE(remindersOf(followed).size() == 2);
    CHECK(remindersOf(followed)[1].ruleId == smsRule.id);
    CHECK(remindersOf(vaccination).size() == 1); // never the centre's rules for the vaccination
}

TEST_CASE_METHOD(ReminderFixture, "48 h before is counted in real hours across the autumn clock change",
                 "[reminders]")
{
    // Sunday 25 October 2026, 10:00 in Paris (UTC+1): the clocks went back at 03:00 that night.
    const QDateTime sunday = utc(2026, 10, 25, 9, 0);
    REQUIRE(sunday.toTimeZone(paris()).time() == QTime(10, 0));
    clock.set(utc(2026, 10, 1, 8, 0));
    const Appointment appointment = book(sunday);
    clock.set(utc(2026, 10, 23, 8, 59, 59)); // Friday 10:59:59 in Paris (UTC+2)
    CHECK(pass().emailsQueued == 0);
    clock.set(utc(2026, 10, 23, 9, 0));
    CHECK(pass().emailsQueued == 1);
    const std::vector<OutgoingMail> mails = reminderMails();
    REQUIRE(mails.size() == 1);
    CHECK(mails[0].subject.contains(u"dimanche 25 octobre 2026 à 10 h 00"_s));
    CHECK(remindersOf(appointment).size() == 1);
}

TEST_CASE_METHOD(ReminderFixture, "A refused SMS is retried and given up in time", "[reminders]")
{
    const Appointment appointment = book(thursdayTen());
    clock.set(thursdayTen().addSecs(-2 * 3600));
    endpoint.answer(503, R"({"error":"maintenance"})");
    CHECK(pass().smsFailed == 1);
    std::vector<Reminder> rows = store->select<Reminder>(u"medium = 'sms'"_s);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].status == u"queued"_s);
    CHECK(rows[0].attempts == 1);
    CHECK(rows[0].lastError.contains(u"503"_s));
    CHECK(rows[0].nextAttemptAt == clock.now().addSecs(60));

    CHECK(pass().smsFailed == 0); // not due again before its minute
    CHECK(endpoint.requests().size() == 1);

    endpoint.answer(200, R"({"status":1})");
    clock.advance(60);
    CHECK(pass().smsSent == 1);
    rows = store->select<Reminder>(u"medium = 'sms'"_s);
    CHECK(rows[0].status == u"sent"_s);
    CHECK(rows[0].attempts == 2);
    CHECK(endpoint.requests().size() == 2);
    Q_UNUSED(appointment);

    SECTION("a gateway that stays down: given up before the last hour")
    {
        const Appointment other
                = book(thursdayTen().addSecs(3600), addPatient(*store, u"Lenoir"_s, u"Eva"_s).id);
        Patient eva = store->get<Patient>(*other.patientId);
        eva.mobilePhone = u"07 00 00 00 01"_s;
        store->update(eva, setupActor());
        sms.url = u"http://127.0.0.1:9/send"_s; // nothing listens on the discard port
        clock.set(other.start.addSecs(-2 * 3600));
        for (int i = 0; i < 6; ++i) {
            pass();
            clock.advance(20 * 60);
        }
        const std::vector<Reminder> given
                = store->select<Reminder>(u"appointment_id = ? AND medium = 'sms'"_s, {other.id});
        REQUIRE(given.size() == 1);
        CHECK(given[0].status == u"failed"_s);
        CHECK(given[0].lastError.contains(u"could not be reached"_s));
        CHECK(given[0].attempts <= Reminders::maxSmsAttempts);
    }
}

TEST_CASE_METHOD(ReminderFixture, "The centre's own texts and the patient's language are used", "[reminders]")
{
    Reminders reminders(*store);
    ReminderTemplate text = reminders.text(u"sms"_s, Language::French);
    text.body = u"RDV {date} {time} – {practitioner}. {nothing}"_s;
    reminders.saveText(text, setup.actor);

    // An account in English for a second patient.
    Patient anna = addPatient(*store, u"Smith"_s, u"Anna"_s);
    anna.mobilePhone = u"+44 7700 900123"_s;
    anna = store->update(anna, setupActor());
    PatientAccount account;
    account.email = address(u"anna"_s);
    account.holderPatientId = anna.id;
    account.language = u"en"_s;
    account.passwordHash = testPasswordHash();
    account = store->insert(account, setupActor());
    AccountMember member;
    member.accountId = account.id;
    member.patientId = anna.id;
    member.relation = u"self"_s;
    store->insert(member, setupActor());

    book(thursdayTen());
    book(thursdayTen().addSecs(1800), anna.id);
    clock.set(thursdayTen().addSecs(-90 * 60)); // both due: 2 h before 10:00 and 10:30
    pass();
    QStringList texts;
    QStringList numbers;
    for (const SmsEndpoint::Request &request : endpoint.requests()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        texts << body.value(u"text"_s).toString();
        numbers << body.value(u"to"_s).toString();
    }
    REQUIRE(texts.size() == 2);
    CHECK(texts.contains(u"RDV jeudi 18 juin 2026 10 h 00 – Dr Claire Moreau. {nothing}"_s));
    CHECK(numbers.contains(u"+447700900123"_s));
    const qsizetype english = numbers.indexOf(u"+447700900123"_s);
    CHECK(texts.value(english).startsWith(
            u"Maison de santé Sainte-Odile: appointment on Thursday 18 June 2026 at "
            "10:30"_s));
}

TEST_CASE("SMS gateway settings: named gateways, templates and escaping", "[unit][reminders]")
{
    QString error;
    SECTION("nothing set: no gateway, no error")
    {
        CHECK_FALSE(SmsSettings::parse({}, &error).has_value());
        CHECK(error.isEmpty());
    }
    SECTION("SMSFactor: a GET with the digits and a bearer token")
    {
        const auto settings = SmsSettings::parse(
                {{u"sms_gateway"_s, u"smsfactor"_s}, {u"sms_token"_s, u"T0K"_s}, {u"sms_sender"_s, u"MSP"_s}},
                &error);
        REQUIRE(settings.has_value());
        const SmsSender::Request request
                = SmsSender(*settings).request(u"+33612345678"_s, u"Rappel : 10 h & co"_s);
        const QUrl url(QString::fromUtf8(request.url));
        CHECK(url.host() == u"api.smsfactor.com"_s);
        const QUrlQuery query(url);
        CHECK(query.queryItemValue(u"to"_s) == u"33612345678"_s);
        CHECK(query.queryItemValue(u"text"_s, QUrl::FullyDecoded) == u"Rappel : 10 h & co"_s);
        CHECK(request.headers.contains("Authorization: Bearer T0K"));
        CHECK(request.body.isEmpty());
    }
    SECTION("Octopush: JSON with the text escaped, login and key as headers")
    {
        const auto settings = SmsSettings::parse({{u"sms_gateway"_s, u"octopush"_s},
                                                  {u"sms_user"_s, u"login@example.org"_s},
                                                  {u"sms_password"_s, u"KEY"_s}},
                                                 &error);
        REQUIRE(settings.has_value());
        const SmsSender::Request request
                = SmsSender(*settings).request(u"+33612345678"_s, u"Dites \"oui\"\nou {to}"_s);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        CHECK(body.value(u"text"_s).toString() == u"Dites \"oui\"\nou {to}"_s);
        CHECK(body.value(u"recipients"_s).toArray().at(0).toObject().value(u"phone_number"_s).toString()
              == u"+33612345678"_s);
        CHECK(request.headers.contains("api-login: login@example.org"));
        CHECK(request.headers.contains("api-key: KEY"));
    }
    SECTION("a form body is URL-encoded")
    {
        const auto settings = SmsSettings::parse({{u"sms_url"_s, u"https://sms.example.fr/api"_s},
                                                  {u"sms_format"_s, u"form"_s},
                                                  {u"sms_body"_s, u"dest={to}&msg={text}"_s}},
                                                 &error);
        REQUIRE(settings.has_value());
        const SmsSender::Request request = SmsSender(*settings).request(u"+33612345678"_s, u"a&b=c é"_s);
        CHECK(request.body == "dest=%2B33612345678&msg=a%26b%3Dc%20%C3%A9");
    }
    SECTION("wrong values are named")
    {
        CHECK_FALSE(SmsSettings::parse({{u"sms_gateway"_s, u"nope"_s}}, &error).has_value());
        CHECK(error.contains(u"sms_gateway"_s));
        CHECK_FALSE(SmsSettings::parse({{u"sms_url"_s, u"ftp://x"_s}}, &error).has_value());
        CHECK(error.contains(u"sms_url"_s));
        CHECK_FALSE(
                SmsSettings::parse({{u"sms_url"_s, u"https://x.fr"_s}, {u"sms_method"_s, u"put"_s}}, &error)
                        .has_value());
        CHECK(error.contains(u"sms_method"_s));
        CHECK_FALSE(SmsSettings::parse({{u"sms_url"_s, u"https://x.fr"_s}}, &error).has_value());
        CHECK(error.contains(u"sms_body"_s));
    }
}

TEST_CASE("Mobile numbers for text messages", "[unit][reminders]")
{
    CHECK(mobileNumber(u"06 12 34 56 78"_s) == u"+33612345678"_s);
    CHECK(mobileNumber(u"07.00.00.00.01"_s) == u"+33700000001"_s);
    CHECK(mobileNumber(u"+33 6 12 34 56 78"_s) == u"+33612345678"_s);
    CHECK(mobileNumber(u"0033612345678"_s) == u"+33612345678"_s);
    CHECK(mobileNumber(u"+44 7700 900123"_s) == u"+447700900123"_s);
    CHECK_FALSE(mobileNumber(u"03 88 11 22 33"_s).has_value());
    CHECK_FALSE(mobileNumber(u"+33 3 88 11 22 33"_s).has_value());
    CHECK_FALSE(mobileNumber(u"0612"_s).has_value());
    CHECK_FALSE(mobileNumber({}).has_value());
}

TEST_CASE("Reminder texts: placeholders replaced once, unknown ones left", "[unit][reminders]")
{
    ReminderValues values;
    values.patient = u"{date}"_s;
    values.date = u"lundi 1 juin"_s;
    CHECK(ReminderTexts::render(u"{patient} – {date} {x} {"_s, values) == u"{date} – lundi 1 juin {x} {"_s);
    CHECK(ReminderTexts::defaults(u"email"_s, Language::English).subject.startsWith(u"Reminder"_s));
}
