#pragma once

#include <QString>

#include <stdexcept>

namespace Accueil {

// The one error type the store throws. Callers switch on kind(); message() is a sentence that can
// be shown to a person as it is.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        InvalidUrl, // the database URL cannot be understood
        Connection, // the server or file cannot be reached or opened
        NoDatabase, // nothing there yet: run "accueil-admin init"
        AlreadyInitialised,
        SchemaTooNew,   // written by a newer Accueil
        SchemaOutdated, // needs "accueil-admin migrate"
        UniqueViolation,
        ForeignKeyViolation,
        ConstraintViolation, // NOT NULL or CHECK
        NotFound,
        VersionConflict, // someone else changed the record since it was read
        SlotTaken,       // the time is no longer free
        RuleRefused,     // a booking rule says no; code() names the rule
        Invalid,         // the request itself makes no sense (a slot that does not exist ...)
        Busy,            // the database stayed locked too long
        Query,           // anything else the database refused
    };

    StoreError(Kind kind, const QString &message, const QString &code = {});

    [[nodiscard]] Kind kind() const noexcept { return m_kind; }
    [[nodiscard]] const QString &message() const noexcept { return m_message; }
    // A stable key for machines (the rule refused: "horizon", "minimum_notice" ...), may be empty.
    [[nodiscard]] const QString &code() const noexcept { return m_code; }

private:
    Kind m_kind;
    QString m_message;
    QString m_code;
};

} // namespace Accueil
