#include "portalmail.h"

#include "patientbookings.h"
#include "portallanguage.h"
#include "store/store.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString patientName(const Patient &patient)
{
    return patient.firstName + u' ' + patient.lastName.toUpper();
}

} // namespace

PortalMail::PortalMail(Store &store, PortalSettings settings)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_centre(store.centre().value_or(Centre{}))
{}

QString PortalMail::signature() const
{
    QStringList lines{m_centre.name};
    if (!m_centre.address.isEmpty())
        lines << m_centre.address;
    if (!m_centre.phone.isEmpty())
        lines << m_centre.phone;
    return lines.join(u'\n');
}

QString PortalMail::link(const QString &fragment) const
{
    QString site = m_settings.siteUrl;
    while (site.endsWith(u'/'))
        site.chop(1);
    return fragment.isEmpty() ? QString(site + u'/') : QString(site + u"/#"_s + fragment);
}

OutgoingMail PortalMail::queue(const PatientAccount &account, const QString &kind, const QString &subject,
                               const QString &body, std::optional<qint64> appointmentId, const Actor &actor)
{
    OutgoingMail mail;
    mail.toAddress = account.email;
    mail.subject = subject;
    mail.body = body;
    mail.kind = kind;
    mail.status = u"queued"_s;
    mail.createdAt = m_store.clock().now();
    mail.nextAttemptAt = mail.createdAt;
    mail.accountId = account.id;
    mail.appointmentId = appointmentId;
    return m_store.insert(mail, actor);
}

OutgoingMail PortalMail::verification(const PatientAccount &account, const QString &token, const Actor &actor)
{
    const Wording say(languageFromKey(account.language));
    const QString subject
            = say(u"Confirm your e-mail address – %1"_s, u"Confirmez votre adresse e-mail – %1"_s)
                      .arg(m_centre.name);
    const QString body
            = say(u"Hello,\n\nYou have just opened an account to book appointments online (%1).\nTo confirm "
                  "your e-mail address, open this link:\n\n%2\n\nThe link is valid for 7 days. If you did "
                  "not ask for an account, ignore this e-mail.\n\n%3\n"_s,
                  u"Bonjour,\n\nVous venez de créer un compte de prise de rendez-vous en ligne (%1).\nPour "
                  "confirmer votre adresse e-mail, ouvrez ce lien\u00a0:\n\n%2\n\nCe lien est valable 7 "
                  "jours. Si vous n'avez pas demandé de compte, ignorez ce message.\n\n%3\n"_s)
                      .arg(m_centre.name, link(u"verify="_s + token), signature());
    return queue(account, u"verify"_s, subject, body, std::nullopt, actor);
}

OutgoingMail PortalMail::passwordReset(const PatientAccount &account, const QString &token,
                                       const Actor &actor)
{
    const Wording say(languageFromKey(account.language));
    const QString subject = say(u"Choose a new password – %1"_s, u"Choisissez un nouveau mot de passe – %1"_s)
                                    .arg(m_centre.name);
    const QString body
            = say(u"Hello,\n\nSomeone asked for a new password for your online booking account (%1).\nTo "
                  "choose one, open this link:\n\n%2\n\nThe link is valid for one hour and works once. If "
                  "you did not ask for it, ignore this e-mail: your password stays as it is.\n\n%3\n"_s,
                  u"Bonjour,\n\nUn nouveau mot de passe a été demandé pour votre compte de prise de "
                  "rendez-vous en ligne (%1).\nPour le choisir, ouvrez ce lien\u00a0:\n\n%2\n\nCe lien est "
                  "valable une heure et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce "
                  "message\u00a0: votre mot de passe reste inchangé.\n\n%3\n"_s)
                      .arg(m_centre.name, link(u"reset="_s + token), signature());
    return queue(account, u"reset"_s, subject, body, std::nullopt, actor);
}

OutgoingMail PortalMail::confirmation(const PatientAccount &account, const PortalBooking &booking, bool moved,
                                      const Actor &actor)
{
    const Wording say(languageFromKey(account.language));
    const QTimeZone zone(m_centre.timeZone.toUtf8());
    const QString when = say.dateTime(booking.appointment.start, zone);
    const QString subject
            = moved ? say(u"Appointment moved: %1"_s, u"Rendez-vous déplacé\u00a0: %1"_s).arg(when)
                    : say(u"Appointment confirmed: %1"_s, u"Rendez-vous confirmé\u00a0: %1"_s).arg(when);
    QString body = moved ? say(u"Hello,\n\nYour appointment has been moved. It is now:\n\n"_s,
                               u"Bonjour,\n\nVotre rendez-vous a bien été déplacé. Le voici\u00a0:\n\n"_s)
                         : say(u"Hello,\n\nYour appointment is confirmed:\n\n"_s,
                               u"Bonjour,\n\nVotre rendez-vous est confirmé\u00a0:\n\n"_s);
    body += say(u"  When: %1\n  With: %2\n  For: %3\n  Type: %4\n  Where: %5\n\n"_s,
                u"  Quand\u00a0: %1\n  Avec\u00a0: %2\n  Pour\u00a0: %3\n"
                "  Type\u00a0: %4\n  Où\u00a0: %5\n\n"_s)
                    .arg(when, booking.practitioner, patientName(booking.patient), booking.typeLabel,
                         QString(booking.address).replace(u'\n', u", "_s));
    if (booking.cancelUntil > m_store.clock().now()) {
        body += say(u"You can cancel or move it on the booking page until %1:\n%2\nAfter that, please phone "
                    "the centre.\n\n%3\n"_s,
                    u"Vous pouvez l'annuler ou le déplacer sur le site de rendez-vous jusqu'au "
                    "%1\u00a0:\n%2\nPassé ce délai, merci d'appeler le centre.\n\n%3\n"_s)
                        .arg(say.dateTime(booking.cancelUntil, zone), link({}), signature());
    } else {
        // Booked inside the cancellation deadline (this evening, for a sick child): no date in the past.
        body += say(u"It is too close to be cancelled or moved online; if you cannot come, please phone the "
                    "centre.\n\n%1\n"_s,
                    u"Il est trop proche pour être annulé ou déplacé en ligne\u00a0; si vous ne pouvez pas "
                    "venir, merci d'appeler le centre.\n\n%1\n"_s)
                        .arg(signature());
    }
    return queue(account, u"confirmation"_s, subject, body, booking.appointment.id, actor);
}

OutgoingMail PortalMail::cancellation(const PatientAccount &account, const PortalBooking &booking,
                                      const Actor &actor)
{
    const Wording say(languageFromKey(account.language));
    const QTimeZone zone(m_centre.timeZone.toUtf8());
    const QString when = say.dateTime(booking.appointment.start, zone);
    const QString subject = say(u"Appointment cancelled: %1"_s, u"Rendez-vous annulé\u00a0: %1"_s).arg(when);
    const QString body
            = say(u"Hello,\n\nYour appointment of %1 with %2 for %3 is cancelled.\nTo book another one: "
                  "%4\n\n%5\n"_s,
                  u"Bonjour,\n\nVotre rendez-vous du %1 avec %2 pour %3 est annulé.\nPour en prendre un "
                  "autre\u00a0: %4\n\n%5\n"_s)
                      .arg(when, booking.practitioner, patientName(booking.patient), link({}), signature());
    return queue(account, u"cancellation"_s, subject, body, booking.appointment.id, actor);
}

} // namespace Accueil
