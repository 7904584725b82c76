// The centre's figures: appointments by channel and the online share, the fill rate of internet
// slots, the urgent slots used, no-show and late-cancellation rates, their series for the charts
// and the CSV export, on a small centre whose every figure is counted by hand below.
#include "catch.h"
#include "figures/centrefigures.h"
#include "figures/figurescsv.h"
#include "fixtures.h"
#include "schedule/scheduler.h"
#include "testdatabase.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace Catch {

template<>
struct StringMaker<ChannelFigures>
{
    static std::string convert(const ChannelFigures &f)
    {
        return QStringLiteral(
                       "{appointments %1, passed %2, no-shows %3, excused %4, cancellations %5, late %6}")
                .arg(f.appointments)
                .arg(f.passed)
                .arg(f.noShows)
                .arg(f.excusedNoShows)
                .arg(f.cancellations)
                .arg(f.lateCancellations)
                .toStdString();
    }
};

} // namespace Catch

namespace {

const QDate monday(2026, 6, 15);
const QDate tuesday(2026, 6, 16);
const QDate wednesday(2026, 6, 17);
const QDate thursday(2026, 6, 18);
const QDate friday(2026, 6, 19);

QDateTime at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), paris()).toUTC();
}

ScheduleTemplate weekTemplate(Store &store, const Agenda &agenda, std::vector<TemplateRange> ranges)
{
    ScheduleTemplate week;
    week.agendaId = agenda.id;
    week.label = u"Semaine type"_s;
    week.validFrom = QDate(2025, 1, 1);
    week = store.insert(week, setupActor());
    for (TemplateRange &range : ranges) {
        range.templateId = week.id;
        store.insert(range, setupActor());
    }
    return week;
}

AppointmentType onlineType(Store &store, const Agenda &agenda, const QString &label, int minutes)
{
    AppointmentType type;
    type.agendaId = agenda.id;
    type.label = label;
    type.durationMinutes = minutes;
    type.onlineBookable = true;
    return store.insert(type, setupActor());
}

std::vector<TemplateRange> everyWeekday(std::initializer_list<TemplateRange> ranges)
{
    std::vector<TemplateRange> result;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        for (TemplateRange range : ranges) {
            range.weekday = weekday;
            result.push_back(range);
        }
    }
    return result;
}

// Week of Monday 15 June 2026. Everything is booked on Sunday 14 at noon; the figures are read on
// Wednesday 17 at noon.
//
// Dr Claire Fabre (GP), one agenda, Monday to Friday: 07:45–08:30 urgent, 08:30–09:45 internet,
// 09:45–10:45 desk, 15-minute slots; on holiday on Friday 19 (blocked).
//   Mon 08:30 web, no-show            Mon 08:45 desk, done          Mon 08:00 desk (urgent), done
//   Tue 08:30 web, cancelled late     Tue 09:00 web, still booked   Tue 09:00 desk, overbooked
//   Wed 09:00 desk, done              Wed 10:00 desk, excused no-show
//   Thu 08:00 practitioner (urgent)   Thu 09:15 desk, cancelled in time
//   Mon 22 08:30 desk (next week: outside the period)
// Dr Paul Roche, two agendas. Physiotherapy, Monday to Friday, 30-minute slots: 14:00–15:00
// internet, 15:00–15:30 urgent, 15:30–16:30 desk. Osteopathy, Wednesdays 16:00–17:30 internet.
//   Mon 14:00 web, no-show            Mon 15:00 desk (urgent), done
//   Tue 14:30 desk, cancelled by the centre inside the deadline (never late)
//   Fri 14:00 web                     Wed 16:00 desk (osteopathy)
// Dr Élise Zola: an agenda without a template week and nothing booked.
// Not listed: Dr Henri Vidal (no longer active, nothing in the period), Dr Marc Noir (no agenda).
// Not counted: an appointment in the treatment room's agenda.
struct FiguresFixture
{
    FiguresFixture() : clock(at(QDate(2026, 6, 14), 12, 0))
    {
        store = database.openStore(clock);
        Centre centre;
        centre.name = u"Maison de santé des Chiffres"_s;
        store->insert(centre, setupActor());

        fabre = addPractitioner(*store, u"Claire"_s, u"Fabre"_s);
        roche = addPractitioner(*store, u"Paul"_s, u"Roche"_s, u"physiotherapist"_s);
        zola = addPractitioner(*store, u"Élise"_s, u"Zola"_s, u"dentist"_s);
        Practitioner vidal = addPractitioner(*store, u"Henri"_s, u"Vidal"_s);
        addPractitioner(*store, u"Marc"_s, u"Noir"_s);
        fabreAgenda = addAgenda(*store, fabre, u"Dr Claire Fabre"_s, 1);
        physio = addAgenda(*store, roche, u"Paul Roche — Kinésithérapie"_s, 2);
        osteo = addAgenda(*store, roche, u"Paul Roche — Ostéopathie"_s, 3);
        addAgenda(*store, zola, u"Dr Élise Zola"_s, 4);
        addAgenda(*store, vidal, u"Dr Henri Vidal"_s, 5);
        vidal.active = false;
        store->update(vidal, setupActor());
        Agenda room;
        room.kind = AgendaKind::Room;
        room.name = u"Salle de soins"_s;
        room = store->insert(room, setupActor());

        consultation = onlineType(*store, fabreAgenda, u"Consultation"_s, 15);
        session = onlineType(*store, physio, u"Séance"_s, 30);
        osteoSession = onlineType(*store, osteo, u"Ostéopathie"_s, 30);
        weekTemplate(*store, fabreAgenda,
                     everyWeekday({templateRange(0, 7 * 60 + 45, 8 * 60 + 30, SlotKind::Urgent),
                                   templateRange(0, 8 * 60 + 30, 9 * 60 + 45, SlotKind::Internet),
                                   templateRange(0, 9 * 60 + 45, 10 * 60 + 45, SlotKind::Desk)}));
        weekTemplate(*store, physio,
                     everyWeekday({templateRange(0, 14 * 60, 15 * 60, SlotKind::Internet, 30),
                                   templateRange(0, 15 * 60, 15 * 60 + 30, SlotKind::Urgent, 30),
                                   templateRange(0, 15 * 60 + 30, 16 * 60 + 30, SlotKind::Desk, 30)}));
        weekTemplate(*store, osteo, {templateRange(3, 16 * 60, 17 * 60 + 30, SlotKind::Internet, 30)});

        patient = addPatient(*store, u"Martin"_s, u"Louise"_s);
        secretary = addStaff(*store, u"sophie"_s, u"SV"_s);
        desk = deskActor(secretary);
        const StaffUser doctor = addStaff(*store, u"cfabre"_s, u"CF"_s, Role::Practitioner, fabre.id);
        practitioner = deskActor(doctor);
        practitioner.channel = Channel::Practitioner;
        PatientAccount account;
        account.email = u"louise@example.org"_s;
        account.passwordHash = testPasswordHash();
        account.holderPatientId = patient.id;
        web = webActor(store->insert(account, setupActor()).id);
        scheduler = std::make_unique<Scheduler>(*store);

        scheduler->blockPeriod(fabreAgenda.id, at(friday, 0, 0), at(friday.addDays(1), 0, 0), u"Congés"_s,
                               desk);
        const Appointment fabreNoShow = book(fabreAgenda, consultation, at(monday, 8, 30), web);
        const Appointment fabreDone = book(fabreAgenda, consultation, at(monday, 8, 45), desk);
        const Appointment fabreUrgent = book(fabreAgenda, consultation, at(monday, 8, 0), desk);
        const Appointment fabreLate = book(fabreAgenda, consultation, at(tuesday, 8, 30), web);
        book(fabreAgenda, consultation, at(tuesday, 9, 0), web);
        book(fabreAgenda, consultation, at(tuesday, 9, 0), desk, true);
        const Appointment fabreWednesday = book(fabreAgenda, consultation, at(wednesday, 9, 0), desk);
        const Appointment fabreExcused = book(fabreAgenda, consultation, at(wednesday, 10, 0), desk);
        book(fabreAgenda, consultation, at(thursday, 8, 0), practitioner);
        const Appointment fabreInTime = book(fabreAgenda, consultation, at(thursday, 9, 15), desk);
        book(fabreAgenda, consultation, at(monday.addDays(7), 8, 30), desk);
        const Appointment rocheNoShow = book(physio, session, at(monday, 14, 0), web);
        const Appointment rocheUrgent = book(physio, session, at(monday, 15, 0), desk);
        const Appointment rocheByCentre = book(physio, session, at(tuesday, 14, 30), desk);
        book(physio, session, at(friday, 14, 0), web);
        book(osteo, osteoSession, at(wednesday, 16, 0), desk);
        addAppointment(*store, room, at(tuesday, 10, 0), 30, desk);

        setTime(monday, 9, 0);
        scheduler->cancel(fabreLate.id, u"Empêchement"_s, desk);
        scheduler->cancel(fabreInTime.id, u"Empêchement"_s, desk);
        scheduler->cancel(rocheByCentre.id, u"Praticien absent"_s, desk, Scheduler::CancelledBy::Centre);
        status(fabreNoShow, AppointmentStatus::NoShow);
        status(fabreDone, AppointmentStatus::Done);
        status(fabreUrgent, AppointmentStatus::Done);
        setTime(monday, 16, 0);
        status(rocheNoShow, AppointmentStatus::NoShow);
        status(rocheUrgent, AppointmentStatus::Done);
        setTime(wednesday, 11, 0);
        Appointment excused = status(fabreExcused, AppointmentStatus::NoShow);
        excused.noShowExcused = true;
        store->update(excused, desk);
        status(fabreWednesday, AppointmentStatus::Done);
        setTime(wednesday, 12, 0);
    }

    Appointment book(const Agenda &agenda, const AppointmentType &type, const QDateTime &start,
                     const Actor &actor, bool overbook = false)
    {
        BookingRequest request;
        request.agendaId = agenda.id;
        request.typeId = type.id;
        request.start = start;
        request.patientId = patient.id;
        request.channel = actor.channel;
        request.accountId = actor.accountId;
        request.overbook = overbook;
        return scheduler->book(request, actor);
    }

    Appointment status(const Appointment &appointment, AppointmentStatus status)
    {
        const Appointment stored = store->get<Appointment>(appointment.id);
        return scheduler->setStatus(stored.id, stored.version, status, desk);
    }

    void setTime(const QDate &date, int hour, int minute) { clock.set(at(date, hour, minute)); }

    ManualClock clock;
    TestDatabase database;
    std::unique_ptr<Store> store;
    Practitioner fabre;
    Practitioner roche;
    Practitioner zola;
    Agenda fabreAgenda;
    Agenda physio;
    Agenda osteo;
    AppointmentType consultation;
    AppointmentType session;
    AppointmentType osteoSession;
    Patient patient;
    StaffUser secretary;
    Actor desk;
    Actor practitioner;
    Actor web;
    std::unique_ptr<Scheduler> scheduler;
};

ChannelFigures channelFigures(qint64 appointments, qint64 passed, qint64 noShows, qint64 excused,
                              qint64 cancellations, qint64 late)
{
    return {appointments, passed, noShows, excused, cancellations, late};
}

void checkRate(const std::optional<double> &rate, double expected)
{
    REQUIRE(rate.has_value());
    CAPTURE(*rate, expected);
    CHECK(std::abs(*rate - expected) < 1e-9);
}

} // namespace

TEST_CASE("Figures per practitioner: channels, online share, slots filled, no-shows, late cancellations",
          "[figures]")
{
    FiguresFixture f;
    CentreFigures figures(*f.store);
    const FiguresReport report = figures.report(monday, friday);
    CHECK(report.from == monday);
    CHECK(report.to == friday);
    CHECK(report.computedAt == at(wednesday, 12, 0));
    REQUIRE(report.practitioners.size() == 3);
    const FiguresRow &fabre = report.practitioners[0];
    const FiguresRow &roche = report.practitioners[1];
    const FiguresRow &zola = report.practitioners[2];
    CHECK(fabre.practitionerId == f.fabre.id);
    CHECK(fabre.name == u"Dr Claire Fabre"_s);
    CHECK(roche.practitionerId == f.roche.id);
    CHECK(zola.practitionerId == f.zola.id);

    // Dr Fabre: 8 appointments (the cancelled two and next Monday's left out), 7 started before
    // Wednesday noon; the excused no-show is not a no-show.
    CHECK(fabre.channel(Channel::Desk) == channelFigures(5, 5, 0, 1, 1, 0));
    CHECK(fabre.channel(Channel::Web) == channelFigures(2, 2, 1, 0, 1, 1));
    CHECK(fabre.channel(Channel::Practitioner) == channelFigures(1, 0, 0, 0, 0, 0));
    CHECK(fabre.channel(Channel::System) == ChannelFigures{});
    checkRate(fabre.onlineShare(), 2.0 / 8);
    checkRate(fabre.noShowRate(), 1.0 / 7);
    checkRate(fabre.lateCancelRate(), 1.0 / 10);
    checkRate(fabre.channel(Channel::Web).noShowRate(), 1.0 / 2);
    checkRate(fabre.channel(Channel::Desk).noShowRate(), 0.0);
    CHECK_FALSE(fabre.channel(Channel::Practitioner).noShowRate());
    // Internet slots: 5 × 15 min on Monday to Thursday (Friday is blocked); booked: Monday 08:30
    // and 08:45, Tuesday 09:00 (two appointments over one slot count once), Wednesday 09:00.
    CHECK(fabre.internetMinutes == 300);
    CHECK(fabre.internetFilledMinutes == 60);
    checkRate(fabre.internetFillRate(), 0.2);
    CHECK(fabre.urgentSlots == 12);
    CHECK(fabre.urgentSlotsUsed == 2);
    checkRate(fabre.urgentUseRate(), 2.0 / 12);

    // Dr Roche, both agendas: internet 5 × 60 min + 90 min on Wednesday, of which Monday 14:00,
    // Friday 14:00 and Wednesday 16:00 are booked; the cancellation by the centre is not late.
    CHECK(roche.channel(Channel::Desk) == channelFigures(2, 1, 0, 0, 1, 0));
    CHECK(roche.channel(Channel::Web) == channelFigures(2, 1, 1, 0, 0, 0));
    checkRate(roche.onlineShare(), 0.5);
    checkRate(roche.noShowRate(), 0.5);
    checkRate(roche.lateCancelRate(), 0.0);
    CHECK(roche.internetMinutes == 390);
    CHECK(roche.internetFilledMinutes == 90);
    CHECK(roche.urgentSlots == 5);
    CHECK(roche.urgentSlotsUsed == 1);

    // Nothing at all: no rate rather than a made-up 0 %.
    CHECK(zola.isEmpty());
    CHECK_FALSE(zola.onlineShare());
    CHECK_FALSE(zola.internetFillRate());
    CHECK_FALSE(zola.urgentUseRate());
    CHECK_FALSE(zola.noShowRate());
    CHECK_FALSE(zola.lateCancelRate());

    // The total and the no-shows per channel of the whole centre.
    const FiguresRow &total = report.total;
    CHECK_FALSE(total.practitionerId);
    CHECK(total.name == u"Total"_s);
    CHECK(total.channel(Channel::Desk) == channelFigures(7, 6, 0, 1, 2, 0));
    CHECK(total.channel(Channel::Web) == channelFigures(4, 3, 2, 0, 1, 1));
    CHECK(total.channel(Channel::Practitioner) == channelFigures(1, 0, 0, 0, 0, 0));
    CHECK(total.all() == channelFigures(12, 9, 2, 1, 3, 1));
    checkRate(total.onlineShare(), 4.0 / 12);
    checkRate(total.noShowRate(), 2.0 / 9);
    checkRate(total.lateCancelRate(), 1.0 / 15);
    checkRate(total.channel(Channel::Web).noShowRate(), 2.0 / 3);
    checkRate(total.channel(Channel::Desk).noShowRate(), 0.0);
    CHECK(total.internetMinutes == 690);
    CHECK(total.internetFilledMinutes == 150);
    CHECK(total.urgentSlots == 17);
    CHECK(total.urgentSlotsUsed == 3);
}

TEST_CASE("Figures follow the clock, the practitioner filter and the period", "[figures]")
{
    FiguresFixture f;

    SECTION("only the practitioners asked for, and their total")
    {
        const FiguresReport report = CentreFigures(*f.store).report(monday, friday, {f.roche.id});
        REQUIRE(report.practitioners.size() == 1);
        CHECK(report.practitioners[0].practitionerId == f.roche.id);
        CHECK(report.total.all() == report.practitioners[0].all());
        CHECK(report.total.internetMinutes == 390);
        CHECK(report.total.urgentSlotsUsed == 1);
    }
    SECTION("once the week is over, every appointment has passed")
    {
        f.setTime(QDate(2026, 6, 20), 9, 0);
        const FiguresReport report = CentreFigures(*f.store).report(monday, friday);
        CHECK(report.total.all() == channelFigures(12, 12, 2, 1, 3, 1));
        checkRate(report.total.noShowRate(), 2.0 / 12);
    }
    SECTION("one day: Monday")
    {
        const FiguresReport report = CentreFigures(*f.store).report(monday, monday);
        CHECK(report.total.all() == channelFigures(5, 5, 2, 0, 0, 0));
        CHECK(report.total.internetMinutes == 75 + 60);
        CHECK(report.total.internetFilledMinutes == 30 + 30);
        CHECK(report.total.urgentSlots == 3 + 1);
        CHECK(report.total.urgentSlotsUsed == 2);
    }
    SECTION("a period ending before it starts is refused")
    {
        const auto error
                = storeErrorFrom([&] { static_cast<void>(CentreFigures(*f.store).report(friday, monday)); });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::Invalid);
    }
}

TEST_CASE("Series for the charts: appointments by channel per month and per week", "[figures]")
{
    FiguresFixture f;
    CentreFigures figures(*f.store);

    const std::vector<FiguresPoint> months
            = figures.series(QDate(2026, 4, 10), QDate(2026, 6, 5), CentreFigures::Step::Month);
    REQUIRE(months.size() == 3);
    CHECK(months[0].from == QDate(2026, 4, 1));
    CHECK(months[0].to == QDate(2026, 4, 30));
    CHECK(months[1].from == QDate(2026, 5, 1));
    CHECK(months[2].to == QDate(2026, 6, 30));
    CHECK(months[0].all() == ChannelFigures{});
    CHECK_FALSE(months[1].onlineShare());
    // June: the week's 12 and Monday 22's desk booking.
    CHECK(months[2].byChannel[int(Channel::Desk)] == channelFigures(8, 6, 0, 1, 2, 0));
    CHECK(months[2].byChannel[int(Channel::Web)] == channelFigures(4, 3, 2, 0, 1, 1));
    CHECK(months[2].byChannel[int(Channel::Practitioner)].appointments == 1);
    checkRate(months[2].onlineShare(), 4.0 / 13);

    const std::vector<FiguresPoint> weeks
            = figures.series(wednesday, monday.addDays(7), CentreFigures::Step::Week, {f.fabre.id});
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].from == monday);
    CHECK(weeks[0].to == QDate(2026, 6, 21));
    CHECK(weeks[0].all().appointments == 8);
    CHECK(weeks[1].from == monday.addDays(7));
    CHECK(weeks[1].all().appointments == 1);

    const auto error = storeErrorFrom([&] {
        static_cast<void>(figures.series(QDate(2020, 1, 1), QDate(2026, 1, 1), CentreFigures::Step::Day));
    });
    REQUIRE(error);
    CHECK(error->kind() == StoreError::Kind::Invalid);
}

TEST_CASE("A period on a DST day runs from local midnight to local midnight", "[figures]")
{
    // A night agenda, every hour of Saturday, Sunday and Monday, to book right at both midnights.
    ManualClock clock(at(QDate(2026, 3, 1), 12, 0));
    TestDatabase database;
    const std::unique_ptr<Store> store = database.openStore(clock);
    Centre centre;
    centre.name = u"Maison de santé de nuit"_s;
    store->insert(centre, setupActor());
    const Practitioner doctor = addPractitioner(*store, u"Nina"_s, u"Nuit"_s);
    const Agenda agenda = addAgenda(*store, doctor, u"Dr Nina Nuit"_s);
    const AppointmentType visit = addType(*store, agenda, u"Visite"_s, 60);
    weekTemplate(*store, agenda,
                 {templateRange(6, 0, 24 * 60, SlotKind::Internet, 60),
                  templateRange(7, 0, 24 * 60, SlotKind::Internet, 60),
                  templateRange(1, 0, 24 * 60, SlotKind::Internet, 60)});
    const StaffUser secretary = addStaff(*store, u"sophie"_s, u"SV"_s);
    Scheduler scheduler(*store);
    const auto book = [&](const QDate &day, int hour) {
        BookingRequest request;
        request.agendaId = agenda.id;
        request.typeId = visit.id;
        request.start = at(day, hour, 0);
        scheduler.book(request, deskActor(secretary));
    };

    const auto around = [&](const QDate &sunday) {
        book(sunday.addDays(-1), 23); // out
        book(sunday, 0);              // in: the first minute of the local day
        book(sunday, 23);             // in: the last hour of the local day
        book(sunday.addDays(1), 0);   // out
    };
    const QDate spring(2026, 3, 29);  // 23 hours: 02:00 does not exist
    const QDate autumn(2026, 10, 25); // 25 hours: 02:00–03:00 twice
    around(spring);
    around(autumn);
    clock.set(at(QDate(2026, 11, 2), 12, 0));

    CentreFigures figures(*store);
    for (const auto &[day, slots] : {std::pair{spring, 23}, std::pair{autumn, 24}}) {
        CAPTURE(day);
        const FiguresReport report = figures.report(day, day);
        CHECK(report.total.all() == channelFigures(2, 2, 0, 0, 0, 0));
        // The grid's hours of that day (the autumn's repeated hour has no slot of its own).
        CHECK(report.total.internetMinutes == slots * 60);
        CHECK(report.total.internetFilledMinutes == 120);
        const std::vector<FiguresPoint> days
                = figures.series(day.addDays(-1), day.addDays(1), CentreFigures::Step::Day);
        REQUIRE(days.size() == 3);
        CHECK(days[0].all().appointments == 1);
        CHECK(days[1].all().appointments == 2);
        CHECK(days[2].all().appointments == 1);
    }
    const std::vector<FiguresPoint> months
            = figures.series(QDate(2026, 3, 1), QDate(2026, 10, 31), CentreFigures::Step::Month);
    REQUIRE(months.size() == 8);
    CHECK(months[0].all().appointments == 4); // 28 to 30 March
    CHECK(months[7].all().appointments == 4); // 24 to 26 October
    for (std::size_t i = 1; i < 7; ++i)
        CHECK(months[i].all().appointments == 0);
}

TEST_CASE("The figures as CSV for French Excel: BOM, semicolons, decimal commas, exact text", "[figures]")
{
    FiguresFixture f;
    const FiguresReport report = CentreFigures(*f.store).report(monday, friday);
    const QLocale french(QLocale::French, QLocale::France);
    const QByteArray csv = FiguresCsv::toCsv(report, french);
    const QString expected
            = u"From;To;Practitioner;Appointments;Booked at the desk;Booked online;Booked by the "
              "practitioner;Booked by the system;Online share %;Internet slot minutes;Internet minutes "
              "booked;Internet fill rate %;Urgent slots;Urgent slots used;Urgent slots used %;Appointments "
              "passed;No-shows;Excused no-shows;No-show rate %;No-show rate, desk %;No-show rate, online "
              "%;No-show rate, practitioner %;No-show rate, system %;Cancellations;Late cancellations;Late-"
              "cancel rate %\r\n"
              "2026-06-15;2026-06-19;Dr Claire "
              "Fabre;8;5;2;1;0;25,0;300;60;20,0;12;2;16,7;7;1;1;14,3;0,0;50,0;;;2;1;10,0\r\n"
              "2026-06-15;2026-06-19;Dr Paul "
              "Roche;4;2;2;0;0;50,0;390;90;23,1;5;1;20,0;2;1;0;50,0;0,0;100,0;;;1;0;0,0\r\n"
              "2026-06-15;2026-06-19;Dr Élise Zola;0;0;0;0;0;;0;0;;0;0;;0;0;0;;;;;;0;0;\r\n"
              "2026-06-15;2026-06-19;Total;12;7;4;1;0;33,3;690;150;21,7;17;3;17,6;9;2;1;22,2;0,0;66,7;;;3;1;6,7\r\n"_s;
    CHECK(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    CHECK(QString::fromUtf8(csv.mid(3)) == expected);

    SECTION("written whole to a file, or a sentence saying why not")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chiffres.csv"_s);
        CHECK_FALSE(FiguresCsv::write(report, french, path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == csv);
        const std::optional<QString> error
                = FiguresCsv::write(report, french, dir.filePath(u"missing/chiffres.csv"_s));
        REQUIRE(error);
        CHECK(error->contains(u"chiffres.csv"_s));
    }
}

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[figures][unit]")
{
    CHECK(FiguresCsv::field(u"Dr Claire Fabre"_s) == u"Dr Claire Fabre"_s);
    CHECK(FiguresCsv::field(u"Kiné; ostéo"_s) == u"\"Kiné; ostéo\""_s);
    CHECK(FiguresCsv::field(u"Dr \"Doc\" Martin"_s) == u"\"Dr \"\"Doc\"\" Martin\""_s);
    CHECK(FiguresCsv::field(u"two\nlines"_s) == u"\"two\nlines\""_s);
    CHECK(FiguresCsv::field(u"12,5"_s) == u"12,5"_s);
}
