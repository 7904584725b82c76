#pragma once

#include <QString>

#include <optional>

namespace Accueil::Secrets {

// A random token for a cookie or an e-mail link: `bytes` bytes from the system's secure source,
// in unpadded base64url (32 bytes → 43 characters).
[[nodiscard]] QString randomToken(int bytes = 32);
// What the store keeps of a token or a code: its SHA-256, in lower-case hex.
[[nodiscard]] QString sha256Hex(const QString &text);

// An invitation code handed out at the desk: 8 symbols of Crockford's base32 (no I, L, O, U),
// 40 bits, shown in two groups, "K7PQ-4XM9".
[[nodiscard]] QString newInvitationCode();
// What a patient typed, in the form that is hashed: upper case, without spaces or dashes, the
// look-alikes read as Crockford does (O → 0, I and L → 1). Nothing when it cannot be a code.
[[nodiscard]] std::optional<QString> normaliseInvitationCode(QStringView typed);

} // namespace Accueil::Secrets
