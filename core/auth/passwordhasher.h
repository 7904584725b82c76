#pragma once

#include <QString>

namespace Accueil {

// Argon2id password hashes (libsodium), stored as self-describing strings ("$argon2id$v=19$...").
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: for real logins
        Minimum,     // the smallest limits libsodium accepts: demo data and tests only
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    [[nodiscard]] QString hash(const QString &password) const;
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with weaker limits than this hasher's (rehash at next login).
    [[nodiscard]] bool needsRehash(const QString &hash) const;

private:
    unsigned long long m_opsLimit;
    std::size_t m_memLimit;
};

} // namespace Accueil
