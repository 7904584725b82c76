// The account's appointments and its messages to the secretariat.
#include "bookingapi.h"
#include "jsonviews.h"
#include "portal/patientbookings.h"
#include "portal/patientmessages.h"

using namespace Qt::StringLiterals;

namespace Accueil {

ApiReply BookingApi::listBookings(ApiRequest &request)
{
    const bool past
            = Parse(request.language).boolean(request.query(u"past"_s).value_or(QString()), u"past"_s);
    PatientBookings bookings(m_store, m_options.portal, request.language);
    return ApiReply::json(views().bookings(bookings.list(*request.account, past)));
}

ApiReply BookingApi::book(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    WebBooking booking;
    booking.agendaId = body.id(u"agendaId"_s);
    booking.typeId = body.id(u"typeId"_s);
    booking.start = body.instant(u"start"_s);
    booking.patientId = body.optionalId(u"patientId"_s).value_or(request.account->holderPatientId);
    booking.reason = body.optionalText(u"reason"_s);
    PatientBookings bookings(m_store, m_options.portal, request.language);
    return ApiReply::json(views().booking(bookings.book(*request.account, booking)), HttpStatus::Created);
}

ApiReply BookingApi::cancel(ApiRequest &request)
{
    PatientBookings bookings(m_store, m_options.portal, request.language);
    return ApiReply::json(
            views().booking(bookings.cancel(*request.account, request.pathParameters.front().toLongLong())));
}

ApiReply BookingApi::reschedule(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    const QDateTime start = body.instant(u"start"_s);
    const std::optional<qint64> agendaId = body.optionalId(u"agendaId"_s);
    PatientBookings bookings(m_store, m_options.portal, request.language);
    return ApiReply::json(views().booking(bookings.reschedule(
            *request.account, request.pathParameters.front().toLongLong(), start, agendaId)));
}

ApiReply BookingApi::sendMessage(ApiRequest &request)
{
    const JsonBody body(request.body(), request.language);
    PatientMessage message;
    message.category = body.text(u"category"_s);
    message.text = body.text(u"text"_s);
    message.patientId = body.optionalId(u"patientId"_s);
    message.bookingId = body.optionalId(u"bookingId"_s);
    const Message sent
            = PatientMessages(m_store, m_options.portal, request.language).send(*request.account, message);
    return ApiReply::json(QJsonObject{{u"id"_s, sent.id}}, HttpStatus::Created);
}

} // namespace Accueil
