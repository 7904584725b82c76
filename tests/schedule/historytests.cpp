// The history of appointments: each one's audit trail in words, patients' no-shows and late
// cancellations, and the multi-criteria search over every year, on both backends.
#include "catch.h"
#include "desk/appointmenthistory.h"
#include "desk/appointmentsearch.h"
#include "desk/noshows.h"
#include "schedulerfixture.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

const QDate tuesday(2026, 6, 16);
const QDate wednesday(2026, 6, 17);

} // namespace

TEST_CASE("An appointment's history tells who did what, when, from which desk, before and after", "[history]")
{
    SchedulerFixture f;
    Actor frontDesk = f.desk;
    frontDesk.workstation = u"ACCUEIL-1"_s;
    Actor backOffice = f.desk;
    backOffice.workstation = u"ACCUEIL-2"_s;

    BookingRequest request = f.request(f.at(tuesday, 14, 0));
    request.reason = u"Renouvellement"_s;
    Appointment a = f.scheduler->book(request, frontDesk);
    f.clock.advance(60);
    a = f.scheduler->move(a.id, a.version, f.agenda.id, f.at(wednesday, 15, 30), 15, backOffice);
    f.clock.advance(60);
    a = f.scheduler->move(a.id, a.version, f.agenda.id, a.start, 30, frontDesk); // "+"
    f.clock.advance(60);
    a.reason = u"Renouvellement + certificat"_s;
    a = f.store->update(a, frontDesk);
    f.setTime(wednesday, 15, 40);
    a = f.scheduler->setStatus(a.id, a.version, AppointmentStatus::NoShow, frontDesk);
    NoShows(*f.store).setExcused(a.id, true, backOffice);
    a = f.store->get<Appointment>(a.id);
    a = f.scheduler->setStatus(a.id, a.version, AppointmentStatus::Booked, frontDesk);
    f.scheduler->cancel(a.id, u"Le patient a rappelé"_s, backOffice);

    const std::vector<HistoryEntry> history = AppointmentHistory(*f.store).of(a.id, paris());
    REQUIRE(history.size() == 8);
    QStringList actions;
    for (const HistoryEntry &entry : history)
        actions << entry.action;
    CHECK(actions
          == QStringList{u"create"_s, u"move"_s, u"resize"_s, u"update"_s, u"status"_s, u"excuse"_s,
                         u"status"_s, u"cancel"_s});

    CHECK(history[0].who.startsWith(f.secretary.initials));
    CHECK(history[0].where == u"ACCUEIL-1"_s);
    CHECK(history[0].what.contains(u"14:00"_s));
    CHECK(history[0].changes.join(u'\n').contains(u"Renouvellement"_s));

    CHECK(history[1].where == u"ACCUEIL-2"_s);
    CHECK(history[1].at == history[0].at.addSecs(60));
    CHECK(history[1].changes.isEmpty()); // the sentence says it all
    CHECK(history[1].what.contains(u"14:00"_s));
    CHECK(history[1].what.contains(u"15:30"_s));

    CHECK(history[2].what.contains(u"15"_s));
    CHECK(history[2].what.contains(u"30"_s));
    CHECK(history[3].changes
          == QStringList{u"Reason: \"Renouvellement\" → \"Renouvellement + certificat\""_s});
    CHECK(history[4].changes.join(u'\n').contains(u"No-show"_s));
    CHECK(history[7].what.contains(u"Le patient a rappelé"_s));
    CHECK(history[7].where == u"ACCUEIL-2"_s);
}

TEST_CASE("A patient booking online shows as the patient, from the booking page", "[history]")
{
    SchedulerFixture f;
    const Appointment a = f.scheduler->book(f.request(f.at(tuesday, 9, 0), Channel::Web), f.web);
    const std::vector<HistoryEntry> history = AppointmentHistory(*f.store).of(a.id, paris());
    REQUIRE(history.size() == 1);
    CHECK(history[0].where == u"booking page"_s);
    CHECK(history[0].who == u"the patient, online"_s);
}

TEST_CASE("No-shows are counted over 12 months, excused ones apart, late cancellations apart",
          "[history][noshows]")
{
    SchedulerFixture f;
    NoShows noShows(*f.store);
    const auto missed = [&](const QDate &day, bool excuse = false) {
        f.setTime(day.addDays(-30), 9, 0);
        Appointment a = f.scheduler->book(f.request(f.at(day, 14, 0)), f.desk);
        f.setTime(day, 15, 0);
        a = f.scheduler->setStatus(a.id, a.version, AppointmentStatus::NoShow, f.desk);
        if (excuse)
            noShows.setExcused(a.id, true, f.desk);
        return a;
    };
    missed(QDate(2025, 6, 2)); // more than 12 months before the last day below
    missed(QDate(2025, 9, 15));
    missed(QDate(2026, 1, 12), true);
    missed(QDate(2026, 3, 2));
    missed(QDate(2026, 6, 1));

    // Cancelled by the patient: the day before (late, with a 24 h deadline) and a week before (not).
    f.setTime(QDate(2026, 6, 5), 9, 0);
    const Appointment late = f.scheduler->book(f.request(f.at(QDate(2026, 6, 10), 14, 0)), f.desk);
    const Appointment early = f.scheduler->book(f.request(f.at(QDate(2026, 6, 12), 14, 0)), f.desk);
    const Appointment byCentre = f.scheduler->book(f.request(f.at(QDate(2026, 6, 9), 16, 0)), f.desk);
    f.setTime(QDate(2026, 6, 9), 15, 0);
    CHECK(f.scheduler->cancel(late.id, u"Malade"_s, f.desk).lateCancel);
    CHECK_FALSE(f.scheduler->cancel(early.id, u"Vacances"_s, f.desk).lateCancel);
    CHECK_FALSE(f.scheduler->cancel(byCentre.id, u"Médecin absent"_s, f.desk, Scheduler::CancelledBy::Centre)
                        .lateCancel);

    f.setTime(QDate(2026, 6, 15), 10, 0);
    const AttendanceRecord record = noShows.forPatient(f.patient.id, paris());
    CHECK(record.noShows == QList<QDate>{QDate(2025, 9, 15), QDate(2026, 3, 2), QDate(2026, 6, 1)});
    CHECK(record.lateCancellations == QList<QDate>{QDate(2026, 6, 10)});
    const QString summary = NoShows::summary(record);
    CHECK(summary.startsWith(u"3 no-show(s) in 12 months (15/09/25, 02/03/26, 01/06/26)"_s));
    CHECK(summary.contains(u"1 late cancellation(s) (10/06/26)"_s));

    // A year later everything has aged out; another patient has nothing.
    f.setTime(QDate(2027, 6, 11), 10, 0);
    CHECK(noShows.forPatient(f.patient.id, paris()).isEmpty());
    const Patient other = f.newPatient(u"Autre"_s);
    CHECK(NoShows::summary(noShows.forPatient(other.id, paris())).isEmpty());

    // Only a missed appointment can be excused.
    const auto error = storeErrorFrom([&] { noShows.setExcused(early.id, true, f.desk); });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::Invalid);
}

TEST_CASE("The history search finds appointments by every criterion, over all the years", "[history][search]")
{
    SchedulerFixture f;
    const Patient lucie = f.newPatient(u"Lucie"_s);
    Patient renamed = lucie;
    renamed.lastName = u"Lefèvre"_s;
    renamed = f.store->update(renamed, f.desk);
    const StaffUser other = addStaff(*f.store, u"other"_s, u"OT"_s);

    // Four years ago, then recent ones.
    f.setTime(QDate(2022, 3, 1), 9, 0);
    // Before the template weeks of the fixture: written as the import of old agendas would.
    Appointment old;
    old.agendaId = f.agenda.id;
    old.patientId = renamed.id;
    old.typeId = f.consultation.id;
    old.start = f.at(QDate(2022, 3, 8), 14, 0);
    old.end = old.start.addSecs(15 * 60);
    old.reason = u"Vaccination antitétanique"_s;
    const Appointment fourYearsAgo = f.store->insert(old, f.desk);
    f.setTime(QDate(2026, 6, 15), 9, 0);
    BookingRequest recent = f.request(f.at(tuesday, 14, 0));
    recent.reason = u"Certificat de sport"_s;
    const Appointment sport = f.scheduler->book(recent, deskActor(other));
    const Appointment web = f.scheduler->book(f.request(f.at(tuesday, 9, 0), Channel::Web), f.web);
    BookingRequest vaccine = f.request(f.at(wednesday, 14, 0));
    vaccine.reason = u"vaccin grippe"_s;
    const Appointment flu = f.scheduler->book(vaccine, f.desk);
    f.scheduler->cancel(flu.id, u"Reporté"_s, f.desk);

    AppointmentSearch search(*f.store);
    const auto ids = [&](const AppointmentQuery &query) {
        QList<qint64> result;
        for (const AppointmentRow &row : search.find(query, paris()))
            result << row.appointment.id;
        return result;
    };

    AppointmentQuery byReason;
    byReason.reasonText = u"VACCIN"_s;
    CHECK(ids(byReason) == QList<qint64>{flu.id, fourYearsAgo.id}); // newest first, accents and case ignored
    byReason.reasonText = u"tétanique"_s;
    CHECK(ids(byReason) == QList<qint64>{fourYearsAgo.id});
    byReason.reasonText = u"de sp"_s; // short words too
    CHECK(ids(byReason) == QList<qint64>{sport.id});

    AppointmentQuery byPatient;
    byPatient.patientText = u"lefevre"_s;
    CHECK(ids(byPatient) == QList<qint64>{fourYearsAgo.id});
    byPatient.patientText.clear();
    byPatient.patientId = renamed.id;
    CHECK(ids(byPatient) == QList<qint64>{fourYearsAgo.id});

    AppointmentQuery byPeriod;
    byPeriod.from = QDate(2022, 3, 8);
    byPeriod.to = QDate(2022, 3, 8);
    CHECK(ids(byPeriod) == QList<qint64>{fourYearsAgo.id});
    byPeriod.from = QDate(2022, 3, 9);
    byPeriod.to = QDate(2022, 3, 31);
    CHECK(ids(byPeriod).isEmpty());
    byPeriod.to = QDate(2022, 3, 8);
    CHECK(storeErrorFrom([&] { (void)search.find(byPeriod, paris()); }));

    AppointmentQuery byStatus;
    byStatus.status = AppointmentStatus::Cancelled;
    CHECK(ids(byStatus) == QList<qint64>{flu.id});
    AppointmentQuery byChannel;
    byChannel.channel = Channel::Web;
    CHECK(ids(byChannel) == QList<qint64>{web.id});
    AppointmentQuery byBooker;
    byBooker.bookedBy = other.id;
    CHECK(ids(byBooker) == QList<qint64>{sport.id});
    AppointmentQuery byType;
    byType.typeLabel = f.consultation.label;
    byType.agendaIds = {f.agenda.id};
    byType.from = QDate(2026, 1, 1);
    CHECK(ids(byType) == QList<qint64>{flu.id, sport.id, web.id});

    AppointmentQuery combined;
    combined.reasonText = u"vaccin"_s;
    combined.status = AppointmentStatus::Booked;
    CHECK(ids(combined) == QList<qint64>{fourYearsAgo.id});

    const auto nothing = storeErrorFrom([&] { (void)search.find(AppointmentQuery{}, paris()); });
    REQUIRE(nothing);
    CHECK(nothing->kind() == StoreError::Kind::Invalid);
}

TEST_CASE("An imported appointment's history starts with what the row says", "[history]")
{
    SchedulerFixture f;
    std::vector<Appointment> imported(1);
    imported[0].agendaId = f.agenda.id;
    imported[0].patientId = f.patient.id;
    imported[0].typeId = f.consultation.id;
    imported[0].start = f.at(tuesday, 14, 0);
    imported[0].end = imported[0].start.addSecs(15 * 60);
    imported[0].createdBy = f.secretary.id;
    f.store->importAll(imported, Actor::system(u"import"_s), u"previous software"_s, true);
    f.clock.advance(60);
    const Appointment a = f.store->get<Appointment>(imported[0].id);
    f.scheduler->move(a.id, a.version, f.agenda.id, f.at(wednesday, 15, 30), 15, f.desk);

    const std::vector<HistoryEntry> history = AppointmentHistory(*f.store).of(a.id, paris());
    REQUIRE(history.size() == 2);
    CHECK(history[0].action == u"import"_s);
    CHECK(history[0].who.startsWith(f.secretary.initials));
    CHECK(history[0].what.contains(u"14:00"_s));
    CHECK(history[0].what.contains(u"imported"_s));
    CHECK(history[1].action == u"move"_s);
}
