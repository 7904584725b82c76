// Transactions nest: only the outermost one commits, and any failure inside dooms all of it.
#include "catch.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <stdexcept>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("An exception inside an inner transaction rolls back the whole outer one", "[transaction]")
{
    StoreFixture f;
    Store &store = *f.store;
    Database &db = store.database();
    const WriteTrace before = WriteTrace::of(store, u"patient"_s);

    try {
        Transaction outer(db);
        addPatient(store, u"Outer"_s, u"A"_s); // Store::insert's own transaction nests
        {
            Transaction inner(db);
            addPatient(store, u"Inner"_s, u"B"_s);
            CHECK(db.transactionDepth() == 2);
            throw std::runtime_error("printer on fire");
        }
    } catch (const std::runtime_error &) {
    }

    CHECK(db.transactionDepth() == 0);
    CHECK(WriteTrace::of(store, u"patient"_s) == before);
    // Seen from another connection too.
    const auto other = Store::open(f.database.url(), f.clock);
    CHECK(other->count<Patient>() == 0);

    // And the connection carries on normally.
    addPatient(store, u"After"_s, u"C"_s);
    CHECK(other->count<Patient>() == 1);
}

TEST_CASE("Inner commits are not visible until the outermost transaction commits", "[transaction]")
{
    StoreFixture f;
    Store &store = *f.store;
    Database &db = store.database();
    const auto other = Store::open(f.database.url(), f.clock);

    {
        Transaction outer(db);
        {
            Transaction inner(db);
            addPatient(store, u"Nested"_s, u"A"_s);
            inner.commit();
        }
        CHECK(db.transactionDepth() == 1);
        CHECK(store.count<Patient>() == 1);
        CHECK(other->count<Patient>() == 0);
        outer.commit();
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(other->count<Patient>() == 1);
}

TEST_CASE("A transaction left without commit rolls back", "[transaction]")
{
    StoreFixture f;
    Store &store = *f.store;
    Database &db = store.database();
    const qint64 revision = store.latestRevision();
    {
        Transaction transaction(db);
        addPatient(store, u"Abandoned"_s, u"A"_s);
        CHECK(store.latestRevision() == revision + 1);
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(store.count<Patient>() == 0);
    CHECK(store.latestRevision() == revision);
}

// KNOWN CORE BUG (core/store/database.h, Transaction::commit; see the test report): when an inner
// transaction failed and the caller catches that and still commits the outer one, Database::commit
// rolls back and throws as it should, but Transaction::commit does not clear m_db before calling
// it, so the guard's destructor calls Database::rollback() a second time: transactionDepth() drops
// to -1 (a Q_ASSERT abort in Debug builds) and the next transactions no longer nest, so an outer
// rollback no longer undoes an inner write. This test fails until that is fixed.
TEST_CASE("Committing an outer transaction after an inner failure throws and leaves a clean state",
          "[transaction]")
{
    StoreFixture f;
    Store &store = *f.store;
    Database &db = store.database();
    const WriteTrace before = WriteTrace::of(store, u"patient"_s);

    {
        Transaction outer(db);
        addPatient(store, u"Outer"_s, u"A"_s);
        try {
            Transaction inner(db);
            addPatient(store, u"Inner"_s, u"B"_s);
            throw std::runtime_error("inner failure");
        } catch (const std::runtime_error &) {
        }
        const auto error = storeErrorFrom([&] { outer.commit(); });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::Query);
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(WriteTrace::of(store, u"patient"_s) == before);

    // Transactions must still nest afterwards: an outer rollback undoes an inner write.
    const auto error = storeErrorFrom([&] {
        Transaction outer(db);
        addPatient(store, u"Later"_s, u"C"_s);
        throw StoreError(StoreError::Kind::Query, u"abandon"_s);
    });
    REQUIRE(error);
    CHECK(error->message() == u"abandon"_s);
    CHECK(db.transactionDepth() == 0);
    CHECK(store.count<Patient>() == 0);
}
