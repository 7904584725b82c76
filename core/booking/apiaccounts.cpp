// Accounts and sessions.
#include "bookingapi.h"
#include "jsonviews.h"
#include "portal/patientaccounts.h"
#include "portal/portalerrors.h"
#include "portal/websessions.h"

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// The rate limits' key for an address typed by a person.
QString emailKey(const QString &email)
{
    return email.trimmed().toLower().left(254);
}

} // namespace

ApiReply BookingApi::signUp(ApiRequest &request)
{
    const QString address = request.remoteAddress().toString();
    if (const qint64 wait = m_signUps.retryAfter(address))
        return tooMany(wait, request.language);
    m_signUps.record(address);

    const JsonBody body(request.body(), request.language);
    SignUpRequest signUp;
    signUp.email = body.text(u"email"_s);
    signUp.password = body.text(u"password"_s);
    // The e-mails' language: as asked, else the request's.
    signUp.language = body.optionalText(u"language"_s);
    if (signUp.language.isEmpty())
        signUp.language = toKey(request.language);
    if (signUp.language != u"fr" && signUp.language != u"en") {
        const Wording say(request.language);
        throw ApiError{HttpStatus::UnprocessableEntity, u"invalid"_s,
                       say(u"The language must be fr or en."_s, u"La langue doit être fr ou en."_s)};
    }
    signUp.invitationCode = body.optionalText(u"invitationCode"_s);
    signUp.lastName = body.optionalText(u"lastName"_s);
    signUp.firstName = body.optionalText(u"firstName"_s);
    signUp.birthDate = body.date(u"birthDate"_s);
    signUp.phone = body.optionalText(u"phone"_s);

    // Signed up is logged in.
    const SignedUp created = PatientAccounts(m_store, m_options.portal, request.language)
                                     .signUpAndLogIn(signUp, request.cookie(Cookies::csrf));
    ApiReply reply = ApiReply::json(JsonViews::me(created.profile), HttpStatus::Created);
    reply.addHeader("Set-Cookie", Cookies::sessionCookie(created.session.token, m_options.tls));
    return reply;
}

ApiReply BookingApi::verifyEmail(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    const PatientAccount account
            = PatientAccounts(m_store, m_options.portal, request.language).verifyEmail(body.text(u"token"_s));
    return ApiReply::json(QJsonObject{{u"emailVerified"_s, account.emailVerifiedAt.isValid()}});
}

ApiReply BookingApi::requestPasswordReset(ApiRequest &request)
{
    const QString address = request.remoteAddress().toString();
    if (const qint64 wait = m_resets.retryAfter(address))
        return tooMany(wait, request.language);
    m_resets.record(address);
    const JsonBody body(request.body(), request.language);
    const QString email = body.text(u"email"_s);
    // At most 3 links an hour to one address; past that, silently none.
    if (m_resetMails.retryAfter(emailKey(email)) == 0) {
        m_resetMails.record(emailKey(email));
        PatientAccounts(m_store, m_options.portal, request.language).requestPasswordReset(email);
    }
    // The same answer whether the address has an account or not.
    return ApiReply::json(QJsonObject{}, HttpStatus::Accepted);
}

ApiReply BookingApi::setPassword(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    PatientAccounts(m_store, m_options.portal, request.language)
            .resetPassword(body.text(u"token"_s), body.text(u"password"_s));
    return ApiReply::json(QJsonObject{});
}

ApiReply BookingApi::login(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    const QString email = body.text(u"email"_s);
    const QString password = body.text(u"password"_s);
    const QString key = emailKey(email);
    const QString address = request.remoteAddress().toString();
    if (const qint64 wait = std::max(m_loginsByEmail.retryAfter(key), m_loginsByAddress.retryAfter(address)))
        return tooMany(wait, request.language);

    WebSessions sessions(m_store, m_options.portal, request.language);
    std::optional<OpenedSession> opened;
    try {
        opened = sessions.login(email, password, request.cookie(Cookies::csrf));
    } catch (const StoreError &error) {
        if (error.code() == PortalCode::badCredentials) {
            m_loginsByEmail.record(key);
            m_loginsByAddress.record(address);
        }
        throw;
    }
    m_loginsByEmail.forget(key);
    const AccountProfile profile
            = PatientAccounts(m_store, m_options.portal, request.language).profile(opened->account.id);
    ApiReply reply = ApiReply::json(QJsonObject{{u"me"_s, JsonViews::me(profile)}});
    reply.addHeader("Set-Cookie", Cookies::sessionCookie(opened->token, m_options.tls));
    return reply;
}

ApiReply BookingApi::logout(ApiRequest &request)
{
    if (!request.sessionToken.isEmpty())
        WebSessions(m_store, m_options.portal, request.language).logout(request.sessionToken);
    ApiReply reply = ApiReply::noContent();
    reply.addHeader("Set-Cookie", Cookies::endedSessionCookie(m_options.tls));
    return reply;
}

ApiReply BookingApi::me(ApiRequest &request)
{
    return ApiReply::json(JsonViews::me(
            PatientAccounts(m_store, m_options.portal, request.language).profile(request.account->id)));
}

ApiReply BookingApi::addDependant(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    DependantRequest dependant;
    dependant.firstName = body.text(u"firstName"_s);
    dependant.lastName = body.text(u"lastName"_s);
    dependant.birthDate = body.date(u"birthDate"_s);
    dependant.relation = body.text(u"relation"_s);
    const AccountProfile::Dependant added = PatientAccounts(m_store, m_options.portal, request.language)
                                                    .addDependant(request.account->id, dependant);
    return ApiReply::json(JsonViews::dependant(added), HttpStatus::Created);
}

ApiReply BookingApi::setReminders(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    const bool wanted = body.boolean(u"reminders"_s);
    PatientAccounts accounts(m_store, m_options.portal, request.language);
    accounts.setReminders(request.account->id, request.pathParameters.front().toLongLong(), wanted);
    return ApiReply::json(JsonViews::me(accounts.profile(request.account->id)));
}

} // namespace Accueil
