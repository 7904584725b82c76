#pragma once

#include "catch.h"
#include "entitychecks.h"
#include "testdatabase.h"

namespace Accueil::Test {

// Inserts value (every field set by the caller, stamps included), reads it back and compares every
// field with what was given; then an hour later applies edit to a fresh copy, updates, reads back
// and compares with what update returned. Returns the record as read after the update.
template<typename T, typename Edit>
T checkRoundTrip(StoreFixture &fixture, const T &value, const Actor &actor, Edit &&edit)
{
    Store &store = *fixture.store;
    const T inserted = store.insert(value, actor);
    REQUIRE(inserted.id > 0);
    CHECK(inserted.version == 1);

    T expected = value;
    expected.id = inserted.id;
    expected.version = 1;
    {
        INFO("after insert");
        checkSame(store.get<T>(inserted.id), expected);
    }

    fixture.clock.advance(3600);
    T edited = store.get<T>(inserted.id);
    edit(edited);
    const T updated = store.update(edited, actor);
    CHECK(updated.version == 2);
    const T reread = store.get<T>(inserted.id);
    {
        INFO("after update");
        checkSame(reread, updated);
    }
    return reread;
}

} // namespace Accueil::Test
