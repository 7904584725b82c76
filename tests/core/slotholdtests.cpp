// "Being booked by SV": holds of a time while a booking dialog is open elsewhere.
#include "catch.h"
#include "desk/slotholds.h"
#include "fixtures.h"
#include "testdatabase.h"

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("A hold shows while the dialog is open, moves with it, ends or lapses by itself", "[holds]")
{
    StoreFixture f;
    const BasicSetup s = addBasicSetup(*f.store);
    const StaffUser other = addStaff(*f.store, u"nadia"_s, u"NB"_s);
    SlotHolds holds(*f.store);
    const QDateTime nine = utc(2026, 6, 16, 7, 0);
    const QDateTime dayStart = utc(2026, 6, 15, 22, 0);
    const QDateTime dayEnd = utc(2026, 6, 16, 22, 0);

    SlotHold hold = holds.hold({}, s.agenda.id, nine, nine.addSecs(900), s.actor);
    CHECK(hold.label == u"SL"_s);
    CHECK(hold.staffId == s.staff.id);
    CHECK(hold.expiresAt == f.clock.now().addSecs(SlotHolds::lifetimeSeconds));
    std::vector<SlotHold> active = holds.active({s.agenda.id}, dayStart, dayEnd);
    REQUIRE(active.size() == 1);
    CHECK(active.front().start == nine);

    // The dialog moves to another time: the same hold follows, renewed.
    f.clock.advance(60);
    hold = holds.hold(hold.id, s.agenda.id, nine.addSecs(3600), nine.addSecs(4500), s.actor);
    active = holds.active({s.agenda.id}, dayStart, dayEnd);
    REQUIRE(active.size() == 1);
    CHECK(active.front().id == hold.id);
    CHECK(active.front().start == nine.addSecs(3600));
    // Another person's hold id is never taken over.
    const SlotHold theirs = holds.hold(hold.id, s.agenda.id, nine, nine.addSecs(900), deskActor(other));
    CHECK(theirs.id != hold.id);
    CHECK(holds.active({s.agenda.id}, dayStart, dayEnd).size() == 2);

    // Closed: gone at once. A desk that vanished: gone when the hold lapses.
    holds.release(hold.id, s.actor);
    holds.release(hold.id, s.actor); // twice: nothing more
    active = holds.active({s.agenda.id}, dayStart, dayEnd);
    REQUIRE(active.size() == 1);
    CHECK(active.front().label == u"NB"_s);
    f.clock.advance(SlotHolds::lifetimeSeconds);
    CHECK(holds.active({s.agenda.id}, dayStart, dayEnd).empty());
    // Nothing is deleted: the trail keeps every hold.
    CHECK(f.store->count<SlotHold>() == 2);
    CHECK(holds.active({}, dayStart, dayEnd).empty());
    const auto invalid = storeErrorFrom([&] { holds.hold({}, s.agenda.id, nine, nine, s.actor); });
    REQUIRE(invalid);
    CHECK(invalid->kind() == StoreError::Kind::Invalid);
}
