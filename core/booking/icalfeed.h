#pragma once

#include "portal/portallanguage.h"

#include <QByteArray>
#include <QString>

namespace Accueil {

class Store;
struct CalendarFeed;

// A practitioner's appointments as an iCalendar feed (RFC 5545, written with libical) for a phone
// calendar subscribed to their private address: every agenda of the practitioner, from daysBack
// before the store clock's now to daysAhead after.
//
// Each event: UID "appointment-<id>@<host>" (stable, so a moved appointment moves on the phone),
// DTSTART/DTEND in UTC, SUMMARY the appointment type ("Consultation"), LOCATION the agenda's name
// when the practitioner has several. Patients' names and reasons appear only when the feed's
// showPatients is set: the name after the type in SUMMARY, name and reason in DESCRIPTION.
// Cancelled appointments are left out rather than sent as STATUS:CANCELLED, which some
// calendars (Google's among them) still show as ordinary events; they vanish at the next refresh.
class ICalFeed
{
public:
    static constexpr int daysBack = 30;
    static constexpr int daysAhead = 180;
    static constexpr int refreshMinutes = 15;

    // host: the domain of the events' UIDs (the booking page's host name).
    ICalFeed(Store &store, QString host, Language language);

    // The VCALENDAR text, UTF-8 with CRLF line ends. Throws StoreError.
    [[nodiscard]] QByteArray render(const CalendarFeed &feed);

private:
    Store &m_store;
    QString m_host;
    Language m_language;
};

} // namespace Accueil
