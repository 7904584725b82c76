#pragma once

#include "portallanguage.h"
#include "store/storeerror.h"

#include <QDate>
#include <QString>

namespace Accueil {

// The portal refuses with StoreError, its kind saying what sort of refusal it is and code() one of
// these stable keys, which the booking API answers as its error codes.
struct PortalCode
{
    static inline const QString badCredentials = QStringLiteral("bad_credentials");      // Invalid
    static inline const QString emailNotVerified = QStringLiteral("email_not_verified"); // RuleRefused
    static inline const QString forbidden = QStringLiteral("forbidden");    // Invalid or RuleRefused
    static inline const QString emailTaken = QStringLiteral("email_taken"); // UniqueViolation
    static inline const QString badCode = QStringLiteral("bad_code");       // Invalid
    static inline const QString badToken = QStringLiteral("bad_token");     // Invalid
    static inline const QString invalid = QStringLiteral("invalid");        // Invalid: a field's value
    static inline const QString badRequest
            = QStringLiteral("bad_request"); // Invalid: a question that makes no sense
    static inline const QString notFound = QStringLiteral("not_found"); // NotFound
};

[[noreturn]] void refuse(StoreError::Kind kind, const QString &code, const QString &message);

// Field checks that refuse with Invalid / "invalid" and a sentence naming the field.
class FieldCheck
{
public:
    explicit FieldCheck(Language language) : m_say(language) {}

    // Trimmed text of minimum..maximum characters; the field is named with its article ("the first
    // name", "le prénom").
    [[nodiscard]] QString text(const QString &value, int minimum, int maximum, const QString &english,
                               const QString &french) const;
    // A plausible address, trimmed and in lower case.
    [[nodiscard]] QString email(const QString &value) const;
    void password(const QString &value) const;
    // A birth date in the past, after 1900.
    void birthDate(const QDate &value, const QDate &today) const;

private:
    Wording m_say;
};

} // namespace Accueil
