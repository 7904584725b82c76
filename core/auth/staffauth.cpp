#include "staffauth.h"

#include "passwordhasher.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Accueil {

StaffAuth::StaffAuth(Store &store) : m_store(store) {}

StaffUser StaffAuth::authenticate(const QString &login, const QString &password)
{
    const std::optional<StaffUser> user = m_store.staffByLogin(login.trimmed());
    // Verify even for an unknown login so both failures take the same time.
    static const QString decoy = PasswordHasher(PasswordHasher::Strength::Minimum).hash(u"decoy"_s);
    const bool valid = PasswordHasher::verify(user ? user->passwordHash : decoy, password);
    if (!user || !valid || !user->active) {
        throw StoreError(
                StoreError::Kind::Invalid,
                QCoreApplication::translate("Accueil::StaffAuth", "Unknown login or wrong password."),
                u"login_failed"_s);
    }
    const PasswordHasher hasher;
    if (hasher.needsRehash(user->passwordHash)) {
        StaffUser upgraded = *user;
        upgraded.passwordHash = hasher.hash(password);
        return m_store.update(upgraded, actorFor(*user), u"rehash"_s);
    }
    return *user;
}

Actor StaffAuth::actorFor(const StaffUser &user)
{
    const Channel channel = user.role == Role::Practitioner ? Channel::Practitioner : Channel::Desk;
    // The computer's name, so the audit trail can tell which desk made a change.
    static const QString workstation = QSysInfo::machineHostName();
    return Actor{user.id, {}, channel, user.initials, workstation};
}

} // namespace Accueil
