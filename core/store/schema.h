#pragma once

#include <functional>

namespace Accueil {

class Database;

// Numbered migrations, each applied in one transaction; the database records which it has.
class Schema
{
public:
    using Progress = std::function<void(int done, int total)>;

    [[nodiscard]] static int latestVersion();
    // 0 when the database has no Accueil schema yet.
    [[nodiscard]] static int currentVersion(Database &db);

    // Applies the missing migrations in order, up to `upTo` (default: the latest; tests stop
    // earlier to build an old database). Throws StoreError(SchemaTooNew) without touching a
    // database written by a newer Accueil. Returns how many migrations were applied.
    static int migrate(Database &db, const Progress &progress = {}, int upTo = 0);

    // Throws unless the database is exactly at latestVersion() (what the desk and server need).
    static void requireCurrent(Database &db);
};

} // namespace Accueil
