// For the packaging test: an SQLite store written by an older Accueil, to check that upgrading
// the accueil-server package migrates it (migrate_on_upgrade = yes).
//   accueil-test-oldstore FILE VERSION   creates FILE with the schema stopped at VERSION
//   accueil-test-oldstore FILE           prints FILE's schema version

#include "store/database.h"
#include "store/databaseurl.h"
#include "store/schema.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Accueil;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 && args.size() != 3) {
        std::fprintf(stderr, "usage: accueil-test-oldstore FILE [VERSION]\n");
        return 2;
    }
    try {
        const DatabaseUrl url = DatabaseUrl::parse(u"sqlite:"_s + args.at(1));
        if (args.size() == 2) {
            const auto db = Database::open(url);
            std::printf("%d\n", Schema::currentVersion(*db));
            return 0;
        }
        bool ok = false;
        const int version = args.at(2).toInt(&ok);
        if (!ok || version < 1 || version >= Schema::latestVersion()) {
            std::fprintf(stderr, "accueil-test-oldstore: VERSION must be 1 to %d\n", Schema::latestVersion() - 1);
            return 2;
        }
        const auto db = Database::open(url, Database::Create::Yes);
        Schema::migrate(*db, {}, version);
        std::printf("%d\n", Schema::currentVersion(*db));
        return 0;
    } catch (const StoreError &error) {
        std::fprintf(stderr, "accueil-test-oldstore: %s\n", qPrintable(error.message()));
        return 1;
    }
}
