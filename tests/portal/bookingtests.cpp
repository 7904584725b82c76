// Booking, cancelling and moving online, with the e-mails that go with them.
#include "catch.h"
#include "errorchecks.h"
#include "portal/patientbookings.h"
#include "portal/portalerrors.h"
#include "portalfixture.h"
#include "schedule/scheduler.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

const QDate wednesday{2026, 6, 17};

struct Family
{
    explicit Family(PortalFixture &f)
        : account(f.addAccount(u"louise@example.org"_s, f.louise))
        , bookings(*f.store, f.settings)
    {
        f.addMember(account, f.leo, u"child"_s);
    }

    PatientAccount account;
    PatientBookings bookings;
};

WebBooking request(const PortalFixture &f, const Patient &patient, const QDateTime &start)
{
    WebBooking booking;
    booking.agendaId = f.fabreAgenda.id;
    booking.typeId = f.fabreConsultation.id;
    booking.start = start;
    booking.patientId = patient.id;
    booking.reason = u"fièvre"_s;
    return booking;
}

} // namespace

TEST_CASE("Booking for a child: in the agenda at once, and a confirmation in French", "[bookings]")
{
    PortalFixture f;
    Family family(f);
    const PortalBooking booked
            = family.bookings.book(family.account, request(f, f.leo, PortalFixture::at(wednesday, 10, 15)));
    const Appointment &appointment = booked.appointment;
    CHECK(appointment.channel == Channel::Web);
    CHECK(appointment.createdByAccount == family.account.id);
    CHECK(appointment.patientId == f.leo.id);
    CHECK(appointment.reason == u"fièvre"_s);
    CHECK(appointment.end == PortalFixture::at(wednesday, 10, 30));
    CHECK(booked.practitioner == u"Dr Claire Fabre"_s);
    CHECK(booked.typeLabel == u"Consultation"_s);
    CHECK(booked.address == f.centre.address);
    CHECK(booked.cancelUntil == PortalFixture::at(QDate(2026, 6, 16), 10, 15));
    CHECK_FALSE(booked.cancelRefusal.has_value());
    CHECK_FALSE(booked.rescheduleRefusal.has_value());

    // The desk sees it.
    const std::vector<AppointmentRow> rows = f.store->appointmentsBetween(
            {f.fabreAgenda.id}, PortalFixture::at(wednesday, 0, 0), PortalFixture::at(wednesday, 23, 0));
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().patientName == u"MARTIN Léo"_s);

    const std::vector<OutgoingMail> mails = f.mails();
    REQUIRE(mails.size() == 1);
    const OutgoingMail &mail = mails.front();
    CHECK(mail.kind == u"confirmation"_s);
    CHECK(mail.toAddress == u"louise@example.org"_s);
    CHECK(mail.appointmentId == appointment.id);
    CHECK(mail.subject == u"Rendez-vous confirmé\u00a0: mercredi 17 juin 2026 à 10 h 15"_s);
    CHECK(mail.body.contains(u"Votre rendez-vous est confirmé\u00a0:"_s));
    CHECK(mail.body.contains(u"Quand\u00a0: mercredi 17 juin 2026 à 10 h 15"_s));
    CHECK(mail.body.contains(u"Avec\u00a0: Dr Claire Fabre"_s));
    CHECK(mail.body.contains(u"Pour\u00a0: Léo MARTIN"_s));
    CHECK(mail.body.contains(u"Où\u00a0: 12 rue des Tilleuls, 67000 Strasbourg"_s));
    CHECK(mail.body.contains(u"jusqu'au mardi 16 juin 2026 à 10 h 15"_s));
    // The e-mail and the appointment were written by the same revision's transaction.
    const std::vector<AuditEvent> mailTrail = f.store->auditTrail(u"outgoing_mail"_s, mail.id);
    const std::vector<AuditEvent> bookingTrail = f.store->auditTrail(u"appointment"_s, appointment.id);
    REQUIRE(mailTrail.size() == 1);
    CHECK(mailTrail.front().revision == bookingTrail.front().revision + 1);
    CHECK(mailTrail.front().actorAccountId == family.account.id);
}

TEST_CASE("Booked inside the cancellation deadline: the e-mail gives no date in the past", "[bookings]")
{
    PortalFixture f;
    Family family(f);
    // 09:00 on Tuesday; 11:00 the same day is past the 24-hour deadline already.
    family.bookings.book(family.account, request(f, f.leo, PortalFixture::at(PortalFixture::tuesday, 11, 0)));
    const std::vector<OutgoingMail> mails = f.mails();
    REQUIRE(mails.size() == 1);
    CHECK_FALSE(mails.front().body.contains(u"jusqu'au"_s));
    CHECK(mails.front().body.contains(
            u"Il est trop proche pour être annulé ou déplacé en ligne\u00a0; si vous ne "
            "pouvez pas venir, merci d'appeler le centre."_s));
}

TEST_CASE("An English account gets English e-mails", "[bookings]")
{
    PortalFixture f;
    const PatientAccount account = f.addAccount(u"helene@example.org"_s, f.helene, true, u"en"_s);
    PatientBookings bookings(*f.store, f.settings);
    const PortalBooking booked
            = bookings.book(account, request(f, f.helene, PortalFixture::at(QDate(2026, 6, 18), 8, 45)));
    bookings.cancel(account, booked.appointment.id);
    const std::vector<OutgoingMail> mails = f.mails();
    REQUIRE(mails.size() == 2);
    CHECK(mails[0].subject == u"Appointment confirmed: Thursday 18 June 2026 at 08:45"_s);
    CHECK(mails[0].body.contains(u"With: Dr Claire Fabre"_s));
    CHECK(mails[0].body.contains(u"For: Hélène LEFÈVRE"_s));
    CHECK(mails[1].kind == u"cancellation"_s);
    CHECK(mails[1].subject == u"Appointment cancelled: Thursday 18 June 2026 at 08:45"_s);
}

TEST_CASE("A refused booking writes nothing and queues no e-mail", "[bookings]")
{
    PortalFixture f;
    Family family(f);
    const auto refusal = [&](const WebBooking &booking) {
        const WriteTrace before = WriteTrace::of(*f.store, u"appointment"_s);
        const std::size_t mails = f.mails().size();
        auto error = storeErrorFrom([&] { family.bookings.book(family.account, booking); });
        REQUIRE(error);
        CHECK(WriteTrace::of(*f.store, u"appointment"_s) == before);
        CHECK(f.mails().size() == mails);
        return *error;
    };

    SECTION("someone else's patient")
    {
        const StoreError error = refusal(request(f, f.helene, PortalFixture::at(wednesday, 10, 15)));
        CHECK(error.code() == PortalCode::forbidden);
    }
    SECTION("the time was taken meanwhile")
    {
        family.bookings.book(family.account, request(f, f.louise, PortalFixture::at(wednesday, 10, 15)));
        const StoreError error = refusal(request(f, f.leo, PortalFixture::at(wednesday, 10, 15)));
        CHECK(error.kind() == StoreError::Kind::SlotTaken);
    }
    SECTION("beyond the horizon")
    {
        const StoreError error = refusal(request(f, f.leo, PortalFixture::at(QDate(2026, 9, 17), 10, 15)));
        CHECK(error.kind() == StoreError::Kind::RuleRefused);
        CHECK(error.code() == u"horizon"_s);
    }
    SECTION("an urgent slot not yet released")
    {
        const StoreError error = refusal(request(f, f.leo, PortalFixture::at(QDate(2026, 6, 18), 8, 0)));
        CHECK(error.code() == u"urgent_not_released"_s);
    }
    SECTION("a type the desk books only")
    {
        WebBooking booking = request(f, f.leo, PortalFixture::at(wednesday, 10, 15));
        booking.typeId = f.fabreDeskOnly.id;
        CHECK(refusal(booking).code() == u"not_online"_s);
    }
    SECTION("a type of another agenda")
    {
        WebBooking booking = request(f, f.leo, PortalFixture::at(wednesday, 10, 15));
        booking.typeId = f.rocheConsultation.id;
        const StoreError error = refusal(booking);
        CHECK(error.kind() == StoreError::Kind::NotFound);
    }
    SECTION("an unknown agenda")
    {
        WebBooking booking = request(f, f.leo, PortalFixture::at(wednesday, 10, 15));
        booking.agendaId = 9999;
        CHECK(refusal(booking).code() == PortalCode::notFound);
    }
    SECTION("a reason of 201 characters")
    {
        WebBooking booking = request(f, f.leo, PortalFixture::at(wednesday, 10, 15));
        booking.reason = QString(201, u'x');
        CHECK(refusal(booking).code() == PortalCode::invalid);
    }
    SECTION("an address not verified")
    {
        const PatientAccount unverified = f.addAccount(u"helene@example.org"_s, f.helene, false);
        const auto error = storeErrorFrom([&] {
            family.bookings.book(unverified, request(f, f.helene, PortalFixture::at(wednesday, 10, 15)));
        });
        REQUIRE(error);
        CHECK(error->code() == PortalCode::emailNotVerified);
    }
}

TEST_CASE("An account lists its family's appointments only, coming and past", "[bookings]")
{
    PortalFixture f;
    Family family(f);
    const PatientAccount other = f.addAccount(u"helene@example.org"_s, f.helene);
    const PortalBooking later = family.bookings.book(
            family.account, request(f, f.louise, PortalFixture::at(QDate(2026, 6, 18), 9, 0)));
    const PortalBooking sooner
            = family.bookings.book(family.account, request(f, f.leo, PortalFixture::at(wednesday, 9, 0)));
    const PortalBooking hers
            = family.bookings.book(other, request(f, f.helene, PortalFixture::at(wednesday, 9, 30)));
    const PortalBooking cancelled = family.bookings.book(
            family.account, request(f, f.leo, PortalFixture::at(QDate(2026, 6, 19), 9, 0)));
    family.bookings.cancel(family.account, cancelled.appointment.id);

    std::vector<PortalBooking> coming = family.bookings.list(family.account, false);
    REQUIRE(coming.size() == 2);
    CHECK(coming[0].appointment.id == sooner.appointment.id);
    CHECK(coming[1].appointment.id == later.appointment.id);
    CHECK(family.bookings.list(other, false).size() == 1);
    CHECK(family.bookings.list(family.account, true).empty());

    const auto error = storeErrorFrom([&] { family.bookings.cancel(family.account, hers.appointment.id); });
    REQUIRE(error);
    CHECK(error->code() == PortalCode::forbidden);
    CHECK(codeOf(storeErrorFrom(
                  [&] { std::ignore = family.bookings.get(family.account, hers.appointment.id); }))
          == PortalCode::forbidden);
    CHECK(codeOf(storeErrorFrom([&] { std::ignore = family.bookings.get(family.account, 424242); }))
          == PortalCode::notFound);

    // A week later they are past, newest first, the cancelled one with them.
    f.setTime(QDate(2026, 6, 23), 9, 0);
    CHECK(family.bookings.list(family.account, false).empty());
    const std::vector<PortalBooking> past = family.bookings.list(family.account, true);
    REQUIRE(past.size() == 3);
    CHECK(past[0].appointment.id == cancelled.appointment.id);
    CHECK(past[0].appointment.status == AppointmentStatus::Cancelled);
    CHECK(past[2].appointment.id == sooner.appointment.id);
    CHECK(past[2].cancelRefusal.has_value());
}

TEST_CASE("Cancelling online: until 24 hours before, with an e-mail", "[bookings]")
{
    PortalFixture f;
    Family family(f);
    const PortalBooking booked
            = family.bookings.book(family.account, request(f, f.leo, PortalFixture::at(wednesday, 10, 15)));

    SECTION("in time")
    {
        f.setTime(QDate(2026, 6, 16), 10, 15);
        const PortalBooking cancelled = family.bookings.cancel(family.account, booked.appointment.id);
        CHECK(cancelled.appointment.status == AppointmentStatus::Cancelled);
        CHECK(cancelled.appointment.cancelReason == u"Annulé en ligne par le patient"_s);
        CHECK(cancelled.cancelRefusal->rule == u"cancelled"_s);
        const OutgoingMail mail = f.mails().back();
        CHECK(mail.kind == u"cancellation"_s);
        CHECK(mail.subject == u"Rendez-vous annulé\u00a0: mercredi 17 juin 2026 à 10 h 15"_s);
        CHECK(mail.body.contains(
                u"Votre rendez-vous du mercredi 17 juin 2026 à 10 h 15 avec Dr Claire Fabre pour "
                "Léo MARTIN est annulé."_s));
        // Twice: nothing more.
        const std::size_t mails = f.mails().size();
        CHECK(family.bookings.cancel(family.account, booked.appointment.id).appointment.version
              == cancelled.appointment.version);
        CHECK(f.mails().size() == mails);
    }
    SECTION("too late")
    {
        f.setTime(QDate(2026, 6, 16), 10, 16);
        const PortalBooking seen = family.bookings.get(family.account, booked.appointment.id);
        REQUIRE(seen.cancelRefusal.has_value());
        CHECK(seen.cancelRefusal->rule == u"cancellation_deadline"_s);
        const auto error
                = storeErrorFrom([&] { family.bookings.cancel(family.account, booked.appointment.id); });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::RuleRefused);
        CHECK(error->code() == u"cancellation_deadline"_s);
        CHECK(f.store->get<Appointment>(booked.appointment.id).status == AppointmentStatus::Booked);
        CHECK(f.mails().size() == 1);
    }
}

TEST_CASE("Moving online: twice at most, within the practitioner's agendas", "[bookings]")
{
    PortalFixture f;
    Family family(f);
    const PortalBooking booked
            = family.bookings.book(family.account, request(f, f.leo, PortalFixture::at(wednesday, 10, 15)));

    const PortalBooking first = family.bookings.reschedule(family.account, booked.appointment.id,
                                                           PortalFixture::at(wednesday, 11, 0));
    CHECK(first.appointment.start == PortalFixture::at(wednesday, 11, 0));
    CHECK(first.appointment.end == PortalFixture::at(wednesday, 11, 15));
    CHECK(first.appointment.onlineReschedules == 1);
    const OutgoingMail mail = f.mails().back();
    CHECK(mail.kind == u"confirmation"_s);
    CHECK(mail.subject == u"Rendez-vous déplacé\u00a0: mercredi 17 juin 2026 à 11 h 00"_s);
    CHECK(mail.body.contains(u"Votre rendez-vous a bien été déplacé."_s));

    // To the practitioner's other agenda, the same type by name.
    const PortalBooking second
            = family.bookings.reschedule(family.account, booked.appointment.id,
                                         PortalFixture::at(QDate(2026, 6, 18), 9, 0), f.fabreNeudorf.id);
    CHECK(second.appointment.agendaId == f.fabreNeudorf.id);
    CHECK(second.appointment.typeId == f.neudorfConsultation.id);
    REQUIRE(second.rescheduleRefusal.has_value());
    CHECK(second.rescheduleRefusal->rule == u"max_reschedules"_s);
    CHECK_FALSE(second.cancelRefusal.has_value());

    const auto third = storeErrorFrom([&] {
        family.bookings.reschedule(family.account, booked.appointment.id,
                                   PortalFixture::at(QDate(2026, 6, 18), 9, 30));
    });
    REQUIRE(third);
    CHECK(third->code() == u"max_reschedules"_s);

    SECTION("not to another practitioner")
    {
        const PortalBooking other = family.bookings.book(
                family.account, request(f, f.louise, PortalFixture::at(wednesday, 9, 0)));
        const auto error = storeErrorFrom([&] {
            family.bookings.reschedule(family.account, other.appointment.id,
                                       PortalFixture::at(wednesday, 9, 0), f.rocheAgenda.id);
        });
        REQUIRE(error);
        CHECK(error->code() == PortalCode::invalid);
    }
    SECTION("not onto a taken time")
    {
        const PortalBooking other = family.bookings.book(
                family.account, request(f, f.louise, PortalFixture::at(wednesday, 9, 0)));
        const auto error = storeErrorFrom([&] {
            family.bookings.reschedule(family.account, other.appointment.id,
                                       PortalFixture::at(QDate(2026, 6, 18), 9, 0), f.fabreNeudorf.id);
        });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::SlotTaken);
    }
}
