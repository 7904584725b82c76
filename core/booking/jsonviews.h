#pragma once

#include "portal/catalogue.h"
#include "portal/patientaccounts.h"
#include "portal/patientbookings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Accueil {

// The API's JSON shapes (docs/booking-api.md), built from the portal's values. Instants are
// written in the centre's zone with their offset: "2026-11-24T10:15:00+01:00".
class JsonViews
{
public:
    explicit JsonViews(const QTimeZone &zone) : m_zone(zone) {}

    [[nodiscard]] QString instant(const QDateTime &utc) const;
    [[nodiscard]] static QString date(const QDate &date) { return date.toString(Qt::ISODate); }

    // now: the server's clock, from which the page counts "this week".
    [[nodiscard]] QJsonObject centre(const Centre &centre, const QDateTime &now) const;
    [[nodiscard]] static QJsonArray practitioners(const std::vector<CataloguePractitioner> &list);
    [[nodiscard]] static QJsonArray services(const std::vector<CatalogueService> &list);
    [[nodiscard]] static QJsonArray types(const std::vector<AppointmentType> &list);
    [[nodiscard]] QJsonObject availability(const WebAvailability &availability) const;
    [[nodiscard]] static QJsonObject me(const AccountProfile &profile);
    [[nodiscard]] static QJsonObject dependant(const AccountProfile::Dependant &dependant);
    [[nodiscard]] QJsonObject booking(const PortalBooking &booking) const;
    [[nodiscard]] QJsonArray bookings(const std::vector<PortalBooking> &list) const;

private:
    QTimeZone m_zone;
};

} // namespace Accueil
