#include "patientmessages.h"

#include "desk/messaging.h"
#include "patientaccounts.h"
#include "patientbookings.h"
#include "portalerrors.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// The subject the secretariat reads, in the desk's French.
QString categorySubject(const QString &category)
{
    if (category == u"absence")
        return u"Absence"_s;
    if (category == u"invoice")
        return u"Facture"_s;
    if (category == u"care_form")
        return u"Feuille de soins"_s;
    return u"Question"_s;
}

} // namespace

PatientMessages::PatientMessages(Store &store, PortalSettings settings, Language language)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_language(language)
{}

Message PatientMessages::send(const PatientAccount &account, const PatientMessage &request)
{
    const Wording say(m_language);
    PatientAccounts accounts(m_store, m_settings, m_language);
    accounts.requireVerified(account);
    if (!categories.contains(request.category)) {
        refuse(StoreError::Kind::Invalid, PortalCode::invalid,
               say(u"The kind of message must be absence, invoice, care_form or question."_s,
                   u"Le type de message doit être absence, invoice (facture), care_form (feuille de soins) "
                   u"ou "
                   "question."_s));
    }
    Message message;
    message.body = FieldCheck(m_language).text(request.text, 1, maxText, u"the message"_s, u"le message"_s);
    message.patientId = request.patientId.value_or(account.holderPatientId);
    accounts.requireMember(account.id, *message.patientId);
    if (request.bookingId) {
        const PortalBooking booking
                = PatientBookings(m_store, m_settings, m_language).get(account, *request.bookingId);
        message.appointmentId = booking.appointment.id;
        if (!request.patientId)
            message.patientId = booking.appointment.patientId;
    }
    const Patient patient = m_store.get<Patient>(*message.patientId);
    message.senderAccountId = account.id;
    message.recipientGroup = Messaging::secretariat;
    message.category = request.category;
    message.subject = categorySubject(request.category) + u" – "_s + patient.lastName.toUpper() + u' '
                      + patient.firstName;
    return Messaging(m_store).send(message, webActor(account.id));
}

} // namespace Accueil
