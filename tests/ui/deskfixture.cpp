#include "deskfixture.h"

#include "schedule/scheduler.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

namespace {

AppointmentType type(Store &store, const Agenda &agenda, const QString &label, int minutes, bool online,
                     const QString &colour)
{
    AppointmentType t;
    t.agendaId = agenda.id;
    t.label = label;
    t.durationMinutes = minutes;
    t.onlineBookable = online;
    t.colour = colour;
    return store.insert(t, setupActor());
}

void weekTemplate(Store &store, const Agenda &agenda, int slotMinutes)
{
    ScheduleTemplate week;
    week.agendaId = agenda.id;
    week.label = u"Semaine type"_s;
    week.validFrom = QDate(2025, 1, 1);
    week = store.insert(week, setupActor());
    for (int weekday = 1; weekday <= 5; ++weekday) {
        for (TemplateRange r : {templateRange(weekday, 8 * 60, 8 * 60 + 30, SlotKind::Urgent, slotMinutes),
                                templateRange(weekday, 8 * 60 + 30, 10 * 60, SlotKind::Internet, slotMinutes),
                                templateRange(weekday, 10 * 60, 12 * 60, SlotKind::Desk, slotMinutes),
                                templateRange(weekday, 14 * 60, 18 * 60, SlotKind::Desk, slotMinutes)}) {
            r.templateId = week.id;
            store.insert(r, setupActor());
        }
    }
}

Patient patient(Store &store, const QString &last, const QString &first, const QDate &birth,
                const QString &mobile = {})
{
    Patient p;
    p.lastName = last;
    p.firstName = first;
    p.birthDate = birth;
    p.mobilePhone = mobile;
    return store.insert(p, setupActor());
}

} // namespace

DeskFixture::DeskFixture() : clock(at(tuesday, 9, 0))
{
    store = database.openStore(clock);
    Centre centre;
    centre.name = u"Maison de santé des Tests"_s;
    centre.address = u"1 rue des Tilleuls, 67000 Strasbourg"_s;
    store->insert(centre, setupActor());

    fabre = addPractitioner(*store, u"Claire"_s, u"Fabre"_s);
    roche = addPractitioner(*store, u"Paul"_s, u"Roche"_s);
    kine = addPractitioner(*store, u"Luc"_s, u"Moreau"_s, u"physiotherapist"_s);
    fabreAgenda = addAgenda(*store, fabre, u"Dr Claire Fabre"_s, 1);
    rocheAgenda = addAgenda(*store, roche, u"Dr Paul Roche"_s, 2);
    kineAgenda = addAgenda(*store, kine, u"Luc Moreau"_s, 3);
    fabreConsultation = type(*store, fabreAgenda, u"Consultation"_s, 15, true, u"#4e79a7"_s);
    fabreInfant = type(*store, fabreAgenda, u"Consultation nourrisson"_s, 30, false, u"#f28e2b"_s);
    rocheConsultation = type(*store, rocheAgenda, u"Consultation"_s, 15, true, u"#4e79a7"_s);
    rocheInfant = type(*store, rocheAgenda, u"Consultation nourrisson"_s, 30, false, u"#f28e2b"_s);
    AppointmentType series;
    series.agendaId = kineAgenda.id;
    series.label = u"Rééducation (10 séances)"_s;
    series.durationMinutes = 30;
    series.seriesSessions = 10;
    series.seriesPerWeek = 2;
    kineSeries = store->insert(series, setupActor());
    weekTemplate(*store, fabreAgenda, 15);
    weekTemplate(*store, rocheAgenda, 15);
    weekTemplate(*store, kineAgenda, 30);

    louise = patient(*store, u"Martin"_s, u"Louise"_s, QDate(1980, 5, 17), u"06 12 34 56 78"_s);
    helene = patient(*store, u"Lefèvre"_s, u"Hélène"_s, QDate(1952, 11, 24), u"03 88 00 11 22"_s);
    leo = patient(*store, u"Martin"_s, u"Léo"_s, QDate(2026, 2, 1));
    secretary = addStaff(*store, u"sophie"_s, u"SV"_s);
    session = std::make_unique<DeskSession>(*store, secretary);
}

DeskFixture::~DeskFixture()
{
    session.reset(); // before the store it uses
}

QDateTime DeskFixture::at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), paris()).toUTC();
}

Appointment DeskFixture::book(const Agenda &agenda, const AppointmentType &appointmentType,
                              const QDateTime &start, const Patient &who, const QString &reason)
{
    BookingRequest request;
    request.agendaId = agenda.id;
    request.typeId = appointmentType.id;
    request.start = start;
    request.patientId = who.id;
    request.reason = reason;
    return session->scheduler().book(request, session->actor());
}

void DeskFixture::setTime(const QDate &date, int hour, int minute)
{
    clock.set(QDateTime(date, QTime(hour, minute), paris()));
}

} // namespace Accueil::Test
