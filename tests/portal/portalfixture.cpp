#include "portalfixture.h"

#include "catch.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

namespace {

AppointmentType type(Store &store, const Agenda &agenda, const QString &label, int minutes, bool online)
{
    AppointmentType t;
    t.agendaId = agenda.id;
    t.label = label;
    t.durationMinutes = minutes;
    t.onlineBookable = online;
    return store.insert(t, setupActor());
}

void weekTemplate(Store &store, const Agenda &agenda)
{
    ScheduleTemplate week;
    week.agendaId = agenda.id;
    week.label = u"Semaine type"_s;
    week.validFrom = QDate(2025, 1, 1);
    week = store.insert(week, setupActor());
    for (int weekday = 1; weekday <= 5; ++weekday) {
        for (TemplateRange r : {templateRange(weekday, 8 * 60, 8 * 60 + 30, SlotKind::Urgent),
                                templateRange(weekday, 8 * 60 + 30, 12 * 60, SlotKind::Internet),
                                templateRange(weekday, 14 * 60, 18 * 60, SlotKind::Desk)}) {
            r.templateId = week.id;
            store.insert(r, setupActor());
        }
    }
}

Service service(Store &store, const QString &label, const QString &keywords, const Practitioner &who)
{
    Service s;
    s.label = label;
    s.keywords = keywords;
    s = store.insert(s, setupActor());
    PractitionerService link;
    link.practitionerId = who.id;
    link.serviceId = s.id;
    store.insert(link, setupActor());
    return s;
}

} // namespace

PortalFixture::PortalFixture() : clock(at(tuesday, 9, 0))
{
    store = database.openStore(clock);
    settings.siteUrl = u"https://rdv.tilleuls.example"_s;
    settings.passwordStrength = PasswordHasher::Strength::Minimum;

    centre.name = u"Maison de santé des Tilleuls"_s;
    centre.address = u"12 rue des Tilleuls\n67000 Strasbourg"_s;
    centre.phone = u"03 88 00 00 00"_s;
    centre.email = u"accueil@tilleuls.example"_s;
    centre = store->insert(centre, setupActor());

    fabre = addPractitioner(*store, u"Claire"_s, u"Fabre"_s);
    fabre.description = u"Médecine générale, suivi des enfants."_s;
    fabre = store->update(fabre, setupActor());
    roche = addPractitioner(*store, u"Paul"_s, u"Roche"_s);
    Practitioner hugo;
    hugo.firstName = u"Hugo"_s;
    hugo.lastName = u"Petit"_s;
    hugo.profession = u"gp"_s;
    hugo.intern = true;
    hugo.supervisorId = fabre.id;
    intern = store->insert(hugo, setupActor());
    kine = addPractitioner(*store, u"Luc"_s, u"Moreau"_s, u"physiotherapist"_s);
    kine.title.clear();
    kine = store->update(kine, setupActor());

    fabreAgenda = addAgenda(*store, fabre, u"Dr Claire Fabre"_s, 1);
    fabreNeudorf = addAgenda(*store, fabre, u"Dr Claire Fabre – Neudorf"_s, 2);
    rocheAgenda = addAgenda(*store, roche, u"Dr Paul Roche"_s, 3);
    internAgenda = addAgenda(*store, intern, u"Hugo Petit"_s, 4);
    kineAgenda = addAgenda(*store, kine, u"Luc Moreau"_s, 5);
    fabreConsultation = type(*store, fabreAgenda, u"Consultation"_s, 15, true);
    fabreLong = type(*store, fabreAgenda, u"Consultation longue"_s, 30, true);
    fabreDeskOnly = type(*store, fabreAgenda, u"Suivi gynécologique"_s, 30, false);
    neudorfConsultation = type(*store, fabreNeudorf, u"Consultation"_s, 15, true);
    rocheConsultation = type(*store, rocheAgenda, u"Consultation"_s, 15, true);
    internConsultation = type(*store, internAgenda, u"Consultation"_s, 15, true);
    kineSession = type(*store, kineAgenda, u"Séance"_s, 30, false);
    for (const Agenda &agenda : {fabreAgenda, fabreNeudorf, rocheAgenda, internAgenda, kineAgenda})
        weekTemplate(*store, agenda);

    infantCare = service(*store, u"Suivi du nourrisson"_s, u"bébé vaccins"_s, fabre);
    implant = service(*store, u"Pose d'implant contraceptif"_s, u"contraception Nexplanon"_s, roche);

    louise = addPatient(*store, u"Martin"_s, u"Louise"_s, QDate(1980, 5, 17));
    leo = addPatient(*store, u"Martin"_s, u"Léo"_s, QDate(2026, 2, 1));
    helene = addPatient(*store, u"Lefèvre"_s, u"Hélène"_s, QDate(1952, 11, 24));
    secretary = addStaff(*store, u"sophie"_s, u"SV"_s);
}

PortalFixture::~PortalFixture() = default;

QDateTime PortalFixture::at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), paris()).toUTC();
}

void PortalFixture::setTime(const QDate &date, int hour, int minute)
{
    clock.set(QDateTime(date, QTime(hour, minute), paris()));
}

PatientAccount PortalFixture::addAccount(const QString &email, const Patient &holder, bool verified,
                                         const QString &language)
{
    static const QString hash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(testPassword);
    PatientAccount account;
    account.email = email;
    account.passwordHash = hash;
    account.holderPatientId = holder.id;
    account.language = language;
    if (verified)
        account.emailVerifiedAt = clock.now();
    account = store->insert(account, setupActor());
    addMember(account, holder, u"self"_s);
    return account;
}

AccountMember PortalFixture::addMember(const PatientAccount &account, const Patient &patient,
                                       const QString &relation)
{
    AccountMember member;
    member.accountId = account.id;
    member.patientId = patient.id;
    member.relation = relation;
    return store->insert(member, setupActor());
}

QString PortalFixture::tokenIn(const OutgoingMail &mail, const QString &purpose)
{
    const QRegularExpressionMatch match
            = QRegularExpression(u"#"_s + purpose + u"=([A-Za-z0-9_-]+)"_s).match(mail.body);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

std::vector<OutgoingMail> PortalFixture::mails()
{
    return store->select<OutgoingMail>({}, {}, u"id"_s);
}

} // namespace Accueil::Test
