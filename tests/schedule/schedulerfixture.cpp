#include "schedulerfixture.h"

#include "catch.h"

using namespace Qt::StringLiterals;

namespace Accueil::Test {

SchedulerFixture::SchedulerFixture() : clock(at(QDate(2026, 6, 15), 10, 0))
{
    store = database.openStore(clock);
    Centre centre;
    centre.name = u"Maison de santé du Test"_s;
    store->insert(centre, setupActor());

    gp = addPractitioner(*store, u"Claire"_s, u"Fabre"_s);
    agenda = addAgenda(*store, gp, u"Dr Claire Fabre"_s);
    const auto type = [&](const QString &label, int minutes, bool online, const QString &kinds,
                          std::optional<int> maxMonths = {}) {
        AppointmentType t;
        t.agendaId = agenda.id;
        t.label = label;
        t.durationMinutes = minutes;
        t.onlineBookable = online;
        t.allowedSlotKinds = kinds;
        t.maxAgeMonths = maxMonths;
        return store->insert(t, setupActor());
    };
    consultation = type(u"Consultation"_s, 15, true, {});
    infant = type(u"Consultation nourrisson"_s, 30, true, {}, 24);
    urgent = type(u"Urgence du jour"_s, 15, true, u"urgent"_s);
    desk30 = type(u"Suivi gynécologique"_s, 30, false, {});

    ScheduleTemplate week;
    week.agendaId = agenda.id;
    week.label = u"Semaine type"_s;
    week.validFrom = QDate(2025, 1, 1);
    week = store->insert(week, setupActor());
    for (int weekday = 1; weekday <= 5; ++weekday) {
        for (TemplateRange r : {templateRange(weekday, 8 * 60, 8 * 60 + 30, SlotKind::Urgent),
                                templateRange(weekday, 8 * 60 + 30, 10 * 60, SlotKind::Internet),
                                templateRange(weekday, 10 * 60, 12 * 60, SlotKind::Desk),
                                templateRange(weekday, 14 * 60, 18 * 60, SlotKind::Desk)}) {
            r.templateId = week.id;
            store->insert(r, setupActor());
        }
    }

    patient = addPatient(*store, u"Martin"_s, u"Louise"_s);
    secretary = addStaff(*store, u"sophie"_s, u"SV"_s);
    desk = deskActor(secretary);
    PatientAccount account;
    account.email = u"louise@example.org"_s;
    account.passwordHash = testPasswordHash();
    account.holderPatientId = patient.id;
    accountId = store->insert(account, setupActor()).id;
    web = webActor(accountId);
    scheduler = std::make_unique<Scheduler>(*store);
}

QDateTime SchedulerFixture::at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), paris()).toUTC();
}

BookingRequest SchedulerFixture::request(const QDateTime &start, Channel channel) const
{
    BookingRequest r;
    r.agendaId = agenda.id;
    r.typeId = consultation.id;
    r.start = start;
    r.patientId = patient.id;
    r.channel = channel;
    if (channel == Channel::Web)
        r.accountId = accountId;
    return r;
}

std::vector<QDateTime> SchedulerFixture::starts(const QDate &day, Channel channel, qint64 typeId)
{
    std::vector<QDateTime> result;
    for (const FreeSlot &slot :
         scheduler->availability(agenda.id, typeId ? typeId : consultation.id, day, day, channel))
        result.push_back(slot.start);
    return result;
}

Patient SchedulerFixture::newPatient(const QString &first, const QDate &birth)
{
    return addPatient(*store, u"Nouveau"_s, first, birth);
}

void SchedulerFixture::setTime(const QDate &date, int hour, int minute, int second)
{
    clock.set(QDateTime(date, QTime(hour, minute, second), paris()));
}

} // namespace Accueil::Test
