#include "websessions.h"

#include "auth/passwordhasher.h"
#include "patientaccounts.h"
#include "portalerrors.h"
#include "portalsecrets.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// What an unknown address is checked against: a hash as costly as a real one.
const QString &decoyHash(PasswordHasher::Strength strength)
{
    if (strength == PasswordHasher::Strength::Interactive) {
        static const QString interactive = PasswordHasher(strength).hash(u"decoy password"_s);
        return interactive;
    }
    static const QString minimum = PasswordHasher(strength).hash(u"decoy password"_s);
    return minimum;
}

} // namespace

WebSessions::WebSessions(Store &store, PortalSettings settings, Language language)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_language(language)
{}

OpenedSession WebSessions::login(const QString &email, const QString &password, const QString &csrfToken)
{
    const PasswordHasher hasher(m_settings.passwordStrength);
    const std::vector<PatientAccount> found
            = m_store.select<PatientAccount>(u"email = ?"_s, {email.trimmed().toLower()});
    // An unknown address costs a hash too, so that the time taken does not tell which addresses
    // have an account.
    const bool known = !found.empty() && found.front().active;
    const bool matches = PasswordHasher::verify(
            known ? found.front().passwordHash : decoyHash(m_settings.passwordStrength), password);
    if (!known || !matches) {
        const Wording say(m_language);
        refuse(StoreError::Kind::Invalid, PortalCode::badCredentials,
               say(u"Wrong e-mail address or password."_s, u"Adresse e-mail ou mot de passe incorrect."_s));
    }
    PatientAccount account = found.front();
    // Hashed before the transaction: Argon2id takes a while and needs no lock.
    const QString rehashed = hasher.needsRehash(account.passwordHash) ? hasher.hash(password) : QString();
    Transaction transaction(m_store.database());
    if (!rehashed.isEmpty()) {
        account.passwordHash = rehashed;
        account = m_store.update(account, webActor(account.id), u"rehash"_s);
    }
    PatientAccounts(m_store, m_settings, m_language).resendVerification(account);
    OpenedSession opened = open(account, csrfToken);
    transaction.commit();
    return opened;
}

OpenedSession WebSessions::open(const PatientAccount &account, const QString &csrfToken)
{
    OpenedSession opened;
    opened.token = Secrets::randomToken();
    opened.account = account;
    WebSession &session = opened.session;
    session.tokenHash = Secrets::sha256Hex(opened.token);
    session.csrfToken = csrfToken;
    session.accountId = account.id;
    session.createdAt = m_store.clock().now();
    session.expiresAt = session.createdAt.addSecs(PortalLifetime::session);
    session = m_store.insert(session, webActor(account.id));
    return opened;
}

std::optional<WebSession> WebSessions::live(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    const std::vector<WebSession> found = m_store.select<WebSession>(
            u"token_hash = ? AND ended_at IS NULL AND expires_at > ?"_s,
            {Secrets::sha256Hex(token), m_store.clock().now().toSecsSinceEpoch()});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::optional<PatientAccount> WebSessions::accountFor(const QString &token)
{
    const std::optional<WebSession> session = live(token);
    if (!session)
        return std::nullopt;
    std::optional<PatientAccount> account = m_store.find<PatientAccount>(session->accountId);
    if (!account || !account->active)
        return std::nullopt;
    return account;
}

void WebSessions::logout(const QString &token)
{
    std::optional<WebSession> session = live(token);
    if (!session)
        return;
    session->endedAt = m_store.clock().now();
    m_store.update(*session, webActor(session->accountId), u"logout"_s);
}

} // namespace Accueil
