#include "portalerrors.h"

#include "mail/mailmessage.h"

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int maxEmail = 254;
constexpr int minPassword = 10;
constexpr int maxPassword = 200;

} // namespace

void refuse(StoreError::Kind kind, const QString &code, const QString &message)
{
    throw StoreError(kind, message, code);
}

QString FieldCheck::text(const QString &value, int minimum, int maximum, const QString &english,
                         const QString &french) const
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < minimum) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               m_say(u"Missing: %1."_s.arg(english), u"Il manque\u00a0: %1."_s.arg(french)));
    }
    if (trimmed.size() > maximum) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               m_say(u"Too long: %1 (at most %2 characters)."_s.arg(english).arg(maximum),
                     u"Trop long\u00a0: %1 (%2 caractères au plus)."_s.arg(french).arg(maximum)));
    }
    return trimmed;
}

QString FieldCheck::email(const QString &value) const
{
    const QString address = value.trimmed().toLower();
    // The mailer's own rule: an address taken here is one the verification e-mail can go to.
    if (address.size() > maxEmail || !MailMessage::isValidAddress(address)) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               m_say(u"This e-mail address does not look right."_s,
                     u"Cette adresse e-mail ne semble pas correcte."_s));
    }
    return address;
}

void FieldCheck::password(const QString &value) const
{
    if (value.size() < minPassword || value.size() > maxPassword) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               m_say(u"The password must have between %1 and %2 characters."_s.arg(minPassword)
                             .arg(maxPassword),
                     u"Le mot de passe doit comporter entre %1 et %2 caractères."_s.arg(minPassword)
                             .arg(maxPassword)));
    }
}

void FieldCheck::birthDate(const QDate &value, const QDate &today) const
{
    if (!value.isValid() || value > today || value.year() < 1900) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               m_say(u"This birth date does not look right."_s,
                     u"Cette date de naissance ne semble pas correcte."_s));
    }
}

} // namespace Accueil
