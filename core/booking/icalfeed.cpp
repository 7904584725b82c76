#include "icalfeed.h"

#include "domain/practitioner.h"
#include "domain/reminders.h"
#include "store/store.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <libical/ical.h>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Text as RFC 5545 allows it: line breaks as "\n" (libical escapes them, and commas, semicolons
// and backslashes), tabs kept, every other control character dropped.
QByteArray plainText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    const QString unified = QString(text).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    for (const QChar c : unified) {
        if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f))
            clean += c;
    }
    return clean.toUtf8();
}

// An extended property's value is written as it is (libical escapes only known TEXT properties):
// one line, no control characters.
QByteArray oneLine(const QString &text)
{
    return plainText(text).replace('\n', ' ').replace('\t', ' ');
}

void addExtended(icalcomponent *component, const char *name, const QByteArray &value)
{
    icalproperty *property = icalproperty_new_x(value.constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

icaltimetype utcTime(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(time_t(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// What the events of one feed share.
struct EventContext
{
    Wording say;
    icaltimetype stamp;
    QByteArray uidSuffix; // "@rdv.example.org"
    bool showPatients = false;
    QHash<qint64, QString> locations; // agenda id → name, empty when not shown
};

void addEvent(icalcomponent *calendar, const AppointmentRow &row, const EventContext &context)
{
    const Appointment &appointment = row.appointment;
    icalcomponent *event = icalcomponent_new_vevent();
    icalcomponent_add_component(calendar, event); // owned by the calendar from here
    const QByteArray uid = "appointment-" + QByteArray::number(appointment.id) + context.uidSuffix;
    icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(context.stamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(appointment.start)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(appointment.end)));
    const QString type
            = row.typeLabel.isEmpty() ? context.say(u"Appointment"_s, u"Rendez-vous"_s) : row.typeLabel;
    const bool named = context.showPatients && !row.patientName.isEmpty();
    const QString summary = named ? type + u" – "_s + row.patientName : type;
    icalcomponent_add_property(event, icalproperty_new_summary(plainText(summary).constData()));
    if (context.showPatients) {
        QStringList lines;
        if (!row.patientName.isEmpty())
            lines << row.patientName;
        if (!appointment.reason.isEmpty())
            lines << context.say(u"Reason: %1"_s, u"Motif\u00a0: %1"_s).arg(appointment.reason);
        if (!lines.isEmpty()) {
            icalcomponent_add_property(
                    event, icalproperty_new_description(plainText(lines.join(u'\n')).constData()));
        }
    }
    if (const auto location = context.locations.constFind(appointment.agendaId);
        location != context.locations.constEnd()) {
        icalcomponent_add_property(event, icalproperty_new_location(plainText(*location).constData()));
    }
    icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
}

} // namespace

ICalFeed::ICalFeed(Store &store, QString host, Language language)
    : m_store(store)
    , m_host(std::move(host))
    , m_language(language)
{}

QByteArray ICalFeed::render(const CalendarFeed &feed)
{
    const Wording say(m_language);
    const QDateTime now = m_store.clock().now().toUTC();
    const Practitioner practitioner = m_store.get<Practitioner>(feed.practitionerId);
    const Centre centre = m_store.centre().value_or(Centre{});
    QList<qint64> agendaIds;
    QHash<qint64, QString> agendaNames;
    for (const Agenda &agenda :
         m_store.select<Agenda>(u"practitioner_id = ?"_s, {feed.practitionerId}, u"sort_order, id"_s)) {
        agendaIds << agenda.id;
        agendaNames.insert(agenda.id, agenda.name);
    }
    std::vector<AppointmentRow> rows
            = m_store.appointmentsBetween(agendaIds, now.addDays(-daysBack), now.addDays(daysAhead));
    std::stable_sort(rows.begin(), rows.end(), [](const AppointmentRow &a, const AppointmentRow &b) {
        return a.appointment.start < b.appointment.start;
    });

    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent *vcalendar = calendar.get();
    icalcomponent_add_property(vcalendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(vcalendar, icalproperty_new_prodid("-//Accueil//Calendar feed//FR"));
    icalcomponent_add_property(vcalendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(vcalendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const QByteArray name = oneLine(practitioner.fullName());
    icalcomponent_add_property(vcalendar, icalproperty_new_name(name.constData()));
    addExtended(vcalendar, "X-WR-CALNAME", name);
    if (!centre.name.isEmpty()) {
        addExtended(vcalendar, "X-WR-CALDESC",
                    oneLine(say(u"Appointments of %1, %2"_s, u"Rendez-vous de %1, %2"_s)
                                    .arg(practitioner.fullName(), centre.name)));
    }
    addExtended(vcalendar, "X-WR-TIMEZONE", oneLine(centre.timeZone));
    // How often the phone should come back: RFC 7986's property and the older Microsoft one.
    icalproperty *refresh = icalproperty_new_refreshinterval(icaldurationtype_from_int(refreshMinutes * 60));
    icalproperty_add_parameter(refresh, icalparameter_new_value(ICAL_VALUE_DURATION));
    icalcomponent_add_property(vcalendar, refresh);
    addExtended(vcalendar, "X-PUBLISHED-TTL", "PT" + QByteArray::number(refreshMinutes) + 'M');

    EventContext context{say,
                         utcTime(now),
                         '@' + oneLine(m_host.isEmpty() ? u"accueil"_s : m_host),
                         feed.showPatients,
                         {}};
    if (agendaIds.size() > 1)
        context.locations = agendaNames; // which place, when the practitioner has several
    for (const AppointmentRow &row : rows) {
        if (row.appointment.status != AppointmentStatus::Cancelled)
            addEvent(vcalendar, row, context);
    }

    char *text = icalcomponent_as_ical_string_r(vcalendar);
    if (!text)
        throw std::runtime_error("libical could not write the calendar");
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace Accueil
