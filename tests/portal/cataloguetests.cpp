// What anyone may read: practitioners, services, types and free times.
#include "catch.h"
#include "errorchecks.h"
#include "portal/catalogue.h"
#include "portal/portalerrors.h"
#include "portalfixture.h"

#include <algorithm>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList names(const std::vector<CataloguePractitioner> &list)
{
    QStringList result;
    for (const CataloguePractitioner &entry : list)
        result << entry.practitioner.fullName();
    return result;
}

} // namespace

TEST_CASE("Practitioners with an agenda bookable online, an intern with their supervisor", "[catalogue]")
{
    PortalFixture f;
    Catalogue catalogue(*f.store);
    const std::vector<CataloguePractitioner> all = catalogue.practitioners({}, {});
    CHECK(names(all) == QStringList{u"Dr Claire Fabre"_s, u"Hugo Petit"_s, u"Dr Paul Roche"_s});
    const CataloguePractitioner &fabre = all.front();
    REQUIRE(fabre.agendas.size() == 2);
    CHECK(fabre.agendas[0].id == f.fabreAgenda.id);
    CHECK(fabre.agendas[1].id == f.fabreNeudorf.id);
    REQUIRE(fabre.services.size() == 1);
    CHECK(fabre.services.front().label == u"Suivi du nourrisson"_s);
    CHECK_FALSE(fabre.supervisor.has_value());
    const CataloguePractitioner &intern = all[1];
    CHECK(intern.practitioner.intern);
    REQUIRE(intern.supervisor.has_value());
    CHECK(intern.supervisor->id == f.fabre.id);

    CHECK(names(catalogue.practitioners(u"physiotherapist"_s, {})).isEmpty());
    CHECK(names(catalogue.practitioners(u"gp"_s, u"roche"_s)) == QStringList{u"Dr Paul Roche"_s});
    CHECK(names(catalogue.practitioners({}, u"NÉXPLANON"_s)) == QStringList{u"Dr Paul Roche"_s});
    CHECK(names(catalogue.practitioners({}, u"claire nourrisson"_s)) == QStringList{u"Dr Claire Fabre"_s});
    CHECK(names(catalogue.practitioners({}, u"dentiste"_s)).isEmpty());

    SECTION("an inactive practitioner is not listed")
    {
        Practitioner roche = f.store->get<Practitioner>(f.roche.id);
        roche.active = false;
        f.store->update(roche, setupActor());
        CHECK(names(catalogue.practitioners({}, {})) == QStringList{u"Dr Claire Fabre"_s, u"Hugo Petit"_s});
    }
}

TEST_CASE("Who does what: services matched without accents or case", "[catalogue]")
{
    PortalFixture f;
    Catalogue catalogue(*f.store);
    const std::vector<CatalogueService> all = catalogue.services({});
    REQUIRE(all.size() == 2);
    CHECK(all[0].service.label == u"Pose d'implant contraceptif"_s);
    CHECK(all[1].service.label == u"Suivi du nourrisson"_s);
    const std::vector<CatalogueService> baby = catalogue.services(u"BEBE"_s);
    REQUIRE(baby.size() == 1);
    REQUIRE(baby.front().offers.size() == 1);
    CHECK(baby.front().offers.front().practitioner.id == f.fabre.id);
    CHECK(baby.front().offers.front().agendaIds == QList<qint64>{f.fabreAgenda.id, f.fabreNeudorf.id});
    CHECK(catalogue.services(u"radiologie"_s).empty());
}

TEST_CASE("Types bookable online, shortest first; unknown agendas are not found", "[catalogue]")
{
    PortalFixture f;
    Catalogue catalogue(*f.store);
    const std::vector<AppointmentType> types = catalogue.types(f.fabreAgenda.id);
    REQUIRE(types.size() == 2);
    CHECK(types[0].id == f.fabreConsultation.id);
    CHECK(types[1].id == f.fabreLong.id);
    CHECK(kindOf(storeErrorFrom([&] { std::ignore = catalogue.types(f.kineAgenda.id); }))
          == StoreError::Kind::NotFound);
    CHECK(codeOf(storeErrorFrom([&] { std::ignore = catalogue.types(4242); })) == PortalCode::notFound);
}

TEST_CASE("Availability: internet slots of a week, the horizon, the next free slot", "[catalogue]")
{
    PortalFixture f;
    Catalogue catalogue(*f.store);
    const WebAvailability week = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id, {}, {});
    CHECK(week.from == QDate(2026, 6, 16));
    CHECK(week.to == QDate(2026, 6, 22));
    CHECK(week.horizonEnd == QDate(2026, 9, 16));
    REQUIRE_FALSE(week.slots.empty());
    // Today from 11:00 (two hours' notice), internet slots only: never urgent ones before 19:00 the day
    // before.
    CHECK(week.slots.front().start == PortalFixture::at(QDate(2026, 6, 16), 11, 0));
    CHECK(std::all_of(week.slots.begin(), week.slots.end(),
                      [](const FreeSlot &s) { return s.kind == SlotKind::Internet; }));
    REQUIRE(week.nextFree.has_value());
    CHECK(week.nextFree->start == PortalFixture::at(QDate(2026, 6, 23), 8, 30));
    CHECK(week.rules.urgentReleaseTime == QTime(19, 0));

    SECTION("cut at the horizon, nothing after it")
    {
        const WebAvailability end = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                           QDate(2026, 9, 10), QDate(2026, 9, 30));
        CHECK(end.to == QDate(2026, 9, 16));
        CHECK(end.slots.back().start == PortalFixture::at(QDate(2026, 9, 16), 11, 45));
        CHECK_FALSE(end.nextFree.has_value());
    }
    SECTION("a full week says when the next free slot is")
    {
        f.setTime(QDate(2026, 6, 19), 20, 0); // Friday evening: Monday's urgent slots are released
        const WebAvailability monday = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                              QDate(2026, 6, 22), QDate(2026, 6, 22));
        CHECK(monday.slots.front().start == PortalFixture::at(QDate(2026, 6, 22), 8, 30));
        f.setTime(QDate(2026, 6, 21), 20, 0); // Sunday evening
        const WebAvailability released = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                                QDate(2026, 6, 22), QDate(2026, 6, 22));
        CHECK(released.slots.front().start == PortalFixture::at(QDate(2026, 6, 22), 8, 0));
        CHECK(released.slots.front().kind == SlotKind::Urgent);
    }
    SECTION("bad periods")
    {
        CHECK(codeOf(storeErrorFrom([&] {
                  std::ignore = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                       QDate(2026, 6, 20), QDate(2026, 6, 19));
              }))
              == PortalCode::badRequest);
        CHECK(codeOf(storeErrorFrom([&] {
                  std::ignore = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                       QDate(2026, 6, 16), QDate(2026, 7, 17));
              }))
              == PortalCode::badRequest);
        CHECK(catalogue
                      .availability(f.fabreAgenda.id, f.fabreConsultation.id, QDate(2026, 6, 16),
                                    QDate(2026, 7, 16))
                      .to
              == QDate(2026, 7, 16));
        CHECK(kindOf(storeErrorFrom([&] {
                  std::ignore = catalogue.availability(f.fabreAgenda.id, f.fabreDeskOnly.id, {}, {});
              }))
              == StoreError::Kind::NotFound);
    }
}

TEST_CASE("Availability across both daylight-saving changes keeps the wall-clock times", "[catalogue]")
{
    PortalFixture f;
    Catalogue catalogue(*f.store);
    // Autumn: Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET.
    f.setTime(QDate(2026, 10, 20), 9, 0);
    const WebAvailability autumn = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                          QDate(2026, 10, 23), QDate(2026, 10, 26));
    REQUIRE_FALSE(autumn.slots.empty());
    CHECK(autumn.slots.front().start == utc(2026, 10, 23, 6, 30)); // 08:30 at +02:00
    const auto monday = std::find_if(autumn.slots.begin(), autumn.slots.end(),
                                     [](const FreeSlot &s) { return s.start.date() == QDate(2026, 10, 26); });
    REQUIRE(monday != autumn.slots.end());
    CHECK(monday->start == utc(2026, 10, 26, 7, 30)); // 08:30 at +01:00
    // Spring: Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST.
    f.setTime(QDate(2026, 3, 24), 9, 0);
    const WebAvailability spring = catalogue.availability(f.fabreAgenda.id, f.fabreConsultation.id,
                                                          QDate(2026, 3, 27), QDate(2026, 3, 30));
    CHECK(spring.slots.front().start == utc(2026, 3, 27, 7, 30));
    CHECK(spring.slots.back().start == utc(2026, 3, 30, 9, 45)); // 11:45 at +02:00
}
