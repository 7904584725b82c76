// Text goes in and comes out exactly as typed: any script, any punctuation, never interpreted.
#include "catch.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <QJsonObject>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Names in any script round trip exactly", "[text]")
{
    StoreFixture f;
    Store &store = *f.store;

    struct Name
    {
        QString last;
        QString first;
    };
    const QList<Name> names{
            {u"Lefèvre-Ñúñez"_s, u"Zoé"_s},
            {u"Đặng"_s, u"Thị Ngọc Ánh"_s},
            {u"Smith 👩‍⚕️🌻"_s, u"Ava 😀"_s}, // emoji outside the BMP and a ZWJ sequence
            {u"بن علي"_s, u"محمد"_s},                   // Arabic, right to left
            {u"王"_s, u"小明"_s},
            {u"O’Brien"_s, u"Ly\u0301dia"_s}, // typographic apostrophe, a combining accent (not normalised)
            {u"Müller-Lüdenscheidt"_s, u"Œdipe Ægir ß"_s},
    };

    for (const Name &name : names) {
        INFO("name: " << name.last.toStdString() << ' ' << name.first.toStdString());
        const Patient saved = addPatient(store, name.last, name.first);
        const Patient read = store.get<Patient>(saved.id);
        CHECK(read.lastName == name.last);
        CHECK(read.firstName == name.first);
        CHECK(read.lastName.size() == name.last.size());

        // Raw column, and a search with the name as a parameter.
        CHECK(scalar(store.database(), u"SELECT last_name FROM patient WHERE id = ?"_s, {saved.id}).toString()
              == name.last);
        const std::vector<Patient> found
                = store.select<Patient>(u"last_name = ? AND first_name = ?"_s, {name.last, name.first});
        REQUIRE(found.size() == 1);
        CHECK(found.front().id == saved.id);

        // The audit trail keeps the same text.
        const std::vector<AuditEvent> trail = store.auditTrail(u"patient"_s, saved.id);
        REQUIRE(trail.size() == 1);
        CHECK(trail.front().after.value(u"last_name"_s).toString() == name.last);
    }
    CHECK(store.count<Patient>() == names.size());
}

TEST_CASE("Text that looks like HTML or SQL stays plain text", "[text]")
{
    StoreFixture f;
    Store &store = *f.store;
    const BasicSetup s = addBasicSetup(store);

    Patient patient;
    patient.lastName = u"<b>Robert'); DROP TABLE patient;--"_s;
    patient.firstName = u"</b><script>alert(\"x\")</script>"_s;
    patient.notes = u"100% sûr; ' OR '1'='1 -- \\ \"quoted\" _%_ \n\ttab"_s;
    patient.email = u"robert@example.org'; DELETE FROM staff_user; --"_s;
    const Patient saved = store.insert(patient, s.actor);

    const Patient read = store.get<Patient>(saved.id);
    CHECK(read.lastName == patient.lastName);
    CHECK(read.firstName == patient.firstName);
    CHECK(read.notes == patient.notes);
    CHECK(read.email == patient.email);

    CHECK(store.database().hasTable(u"patient"_s));
    CHECK(store.count<Patient>() == 2);
    CHECK(store.count<StaffUser>() == 1);

    // As a search parameter it matches itself and nothing else.
    CHECK(store.count<Patient>(u"last_name = ?"_s, {patient.lastName}) == 1);
    CHECK(store.count<Patient>(u"last_name = ?"_s, {u"x' OR '1'='1"_s}) == 0);

    // Updates take the same path.
    Patient edited = read;
    edited.lastName = u"Robert\"; DROP TABLE appointment; --"_s;
    store.update(edited, s.actor);
    CHECK(store.get<Patient>(saved.id).lastName == edited.lastName);
    CHECK(store.database().hasTable(u"appointment"_s));
}

TEST_CASE("Empty and very long text", "[text]")
{
    StoreFixture f;
    Store &store = *f.store;

    Patient patient;
    patient.lastName = u"Long"_s;
    patient.firstName = u""_s; // NOT NULL DEFAULT '': empty is allowed
    patient.notes = u"Ligne de notes très longue. "_s.repeated(4000);
    const Patient saved = store.insert(patient, setupActor());
    const Patient read = store.get<Patient>(saved.id);
    CHECK(read.firstName.isEmpty());
    CHECK(read.notes == patient.notes);
    CHECK(read.notes.size() == 28 * 4000);
}
