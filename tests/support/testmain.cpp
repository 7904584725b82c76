// The one translation unit that compiles Catch2 2's implementation (Catch2 3 is a library).
#if ACCUEIL_CATCH_MAJOR < 3
#define CATCH_CONFIG_RUNNER
#endif
#include "testmain.h"

#include "catch.h"

#include <QCoreApplication>

namespace Accueil::Test {

const char *kindName(StoreError::Kind kind)
{
    using Kind = StoreError::Kind;
    switch (kind) {
    case Kind::InvalidUrl:
        return "InvalidUrl";
    case Kind::Connection:
        return "Connection";
    case Kind::NoDatabase:
        return "NoDatabase";
    case Kind::AlreadyInitialised:
        return "AlreadyInitialised";
    case Kind::SchemaTooNew:
        return "SchemaTooNew";
    case Kind::SchemaOutdated:
        return "SchemaOutdated";
    case Kind::UniqueViolation:
        return "UniqueViolation";
    case Kind::ForeignKeyViolation:
        return "ForeignKeyViolation";
    case Kind::ConstraintViolation:
        return "ConstraintViolation";
    case Kind::NotFound:
        return "NotFound";
    case Kind::VersionConflict:
        return "VersionConflict";
    case Kind::SlotTaken:
        return "SlotTaken";
    case Kind::RuleRefused:
        return "RuleRefused";
    case Kind::Invalid:
        return "Invalid";
    case Kind::Busy:
        return "Busy";
    case Kind::Query:
        return "Query";
    }
    return "(unknown StoreError kind)";
}

int runCatch(int argc, char **argv)
{
    Q_ASSERT(QCoreApplication::instance());
    QCoreApplication::setApplicationName(QStringLiteral("accueil-tests"));
    return Catch::Session().run(argc, argv);
}

} // namespace Accueil::Test
