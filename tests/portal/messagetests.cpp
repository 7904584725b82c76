// Patients' messages to the secretariat.
#include "catch.h"
#include "desk/messaging.h"
#include "portal/patientbookings.h"
#include "portal/patientmessages.h"
#include "portal/portalerrors.h"
#include "portalfixture.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("A patient's message lands in the secretariat's inbox with its category", "[messages]")
{
    PortalFixture f;
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
    f.addMember(account, f.leo);
    PatientMessages messages(*f.store, f.settings);

    PatientMessage absence;
    absence.category = u"absence"_s;
    absence.text = u"  Léo est malade, il ne viendra pas à la séance de demain.  "_s;
    absence.patientId = f.leo.id;
    const Message sent = messages.send(account, absence);
    CHECK(sent.senderAccountId == account.id);
    CHECK_FALSE(sent.senderStaffId.has_value());
    CHECK(sent.recipientGroup == Messaging::secretariat);
    CHECK(sent.category == u"absence"_s);
    CHECK(sent.body == u"Léo est malade, il ne viendra pas à la séance de demain."_s);
    CHECK(sent.patientId == f.leo.id);
    CHECK(sent.subject == u"Absence – MARTIN Léo"_s);

    const Inbox inbox = Messaging(*f.store).inbox(f.secretary);
    REQUIRE(inbox.messages.size() == 1);
    CHECK(inbox.messages.front().id == sent.id);
    CHECK(Messaging(*f.store).unreadCount(f.secretary) == 1);
    CHECK(f.store->auditTrail(u"message"_s, sent.id).front().channel == Channel::Web);

    SECTION("about an appointment of the account, for its patient by default")
    {
        const PortalBooking booked = PatientBookings(*f.store, f.settings)
                                             .book(account, {f.fabreAgenda.id,
                                                             f.fabreConsultation.id,
                                                             PortalFixture::at(QDate(2026, 6, 17), 10, 0),
                                                             f.leo.id,
                                                             {}});
        PatientMessage question;
        question.category = u"question"_s;
        question.text = u"Faut-il apporter le carnet de santé\u00a0?"_s;
        question.bookingId = booked.appointment.id;
        const Message about = messages.send(account, question);
        CHECK(about.appointmentId == booked.appointment.id);
        CHECK(about.patientId == f.leo.id);
        CHECK(about.subject == u"Question – MARTIN Léo"_s);
    }
    SECTION("the holder when no patient is named")
    {
        PatientMessage invoice;
        invoice.category = u"invoice"_s;
        invoice.text = u"Pourriez-vous m'envoyer la facture de mars\u00a0?"_s;
        CHECK(messages.send(account, invoice).patientId == f.louise.id);
    }
}

TEST_CASE("A message is refused when it is empty, too long, of no category or about others", "[messages]")
{
    PortalFixture f;
    const PatientAccount account = f.addAccount(u"louise@example.org"_s, f.louise);
    const PatientAccount other = f.addAccount(u"helene@example.org"_s, f.helene);
    PatientMessages messages(*f.store, f.settings);
    const PortalBooking hers = PatientBookings(*f.store, f.settings)
                                       .book(other, {f.fabreAgenda.id,
                                                     f.fabreConsultation.id,
                                                     PortalFixture::at(QDate(2026, 6, 17), 10, 0),
                                                     f.helene.id,
                                                     {}});
    PatientMessage message;
    message.category = u"care_form"_s;
    message.text = u"Ma feuille de soins"_s;
    const auto code = [&] {
        const WriteTrace before = WriteTrace::of(*f.store, u"message"_s);
        const auto error = storeErrorFrom([&] { messages.send(account, message); });
        REQUIRE(error);
        CHECK(WriteTrace::of(*f.store, u"message"_s) == before);
        return error->code();
    };
    SECTION("empty")
    {
        message.text = u"   "_s;
        CHECK(code() == PortalCode::invalid);
    }
    SECTION("2001 characters")
    {
        message.text = QString(2001, u'a');
        CHECK(code() == PortalCode::invalid);
        message.text = QString(2000, u'a');
        CHECK(messages.send(account, message).body.size() == 2000);
    }
    SECTION("no such category")
    {
        message.category = u"urgent"_s;
        CHECK(code() == PortalCode::invalid);
    }
    SECTION("someone else's patient")
    {
        message.patientId = f.helene.id;
        CHECK(code() == PortalCode::forbidden);
    }
    SECTION("someone else's appointment")
    {
        message.bookingId = hers.appointment.id;
        CHECK(code() == PortalCode::forbidden);
    }
    SECTION("an appointment that does not exist")
    {
        message.bookingId = 98765;
        CHECK(code() == PortalCode::notFound);
    }
}
