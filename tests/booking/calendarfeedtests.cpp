// GET /calendar/<token>.ics: a practitioner's private, revocable iCalendar address, read back with
// libical's own parser.
#include "apifixture.h"
#include "catch.h"
#include "desk/calendarfeeds.h"
#include "portal/portalsecrets.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <libical/ical.h>
#include <memory>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

// One VEVENT as a phone would read it.
struct Event
{
    QString uid;
    QDateTime start;
    QDateTime end;
    bool utc = false;
    QString summary;
    QString description;
    QString location;
    bool hasDescription = false;
};

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

QDateTime instant(icaltimetype time)
{
    return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet(time)), Qt::UTC);
}

// The body parsed back with libical: the calendar's properties and its events.
class Calendar
{
public:
    explicit Calendar(const QByteArray &body) : m_root(icalparser_parse_string(body.constData()))
    {
        REQUIRE(m_root);
        REQUIRE(icalcomponent_isa(m_root.get()) == ICAL_VCALENDAR_COMPONENT);
        for (icalcomponent *event = icalcomponent_get_first_component(m_root.get(), ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(m_root.get(), ICAL_VEVENT_COMPONENT)) {
            Event read;
            read.uid = text(icalcomponent_get_uid(event));
            const icaltimetype start = icalcomponent_get_dtstart(event);
            const icaltimetype end = icalcomponent_get_dtend(event);
            read.utc = icaltime_is_utc(start) && icaltime_is_utc(end);
            read.start = instant(start);
            read.end = instant(end);
            read.summary = text(icalcomponent_get_summary(event));
            read.hasDescription = icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY);
            read.description = text(icalcomponent_get_description(event));
            read.location = text(icalcomponent_get_location(event));
            m_events.push_back(read);
        }
    }

    [[nodiscard]] const std::vector<Event> &events() const { return m_events; }
    [[nodiscard]] const Event *event(qint64 appointmentId, const QString &host) const
    {
        const QString uid = u"appointment-%1@%2"_s.arg(appointmentId).arg(host);
        for (const Event &event : m_events) {
            if (event.uid == uid)
                return &event;
        }
        return nullptr;
    }
    // An extended property of the calendar ("X-WR-CALNAME").
    [[nodiscard]] QString extended(const char *name) const
    {
        for (icalproperty *property = icalcomponent_get_first_property(m_root.get(), ICAL_X_PROPERTY);
             property; property = icalcomponent_get_next_property(m_root.get(), ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(property), name) == 0)
                return text(icalproperty_get_x(property));
        }
        return {};
    }
    [[nodiscard]] icalproperty_method method() const { return icalcomponent_get_method(m_root.get()); }
    [[nodiscard]] int refreshSeconds() const
    {
        icalproperty *refresh = icalcomponent_get_first_property(m_root.get(), ICAL_REFRESHINTERVAL_PROPERTY);
        return refresh ? icaldurationtype_as_int(icalproperty_get_refreshinterval(refresh)) : 0;
    }
    [[nodiscard]] QString name() const
    {
        icalproperty *property = icalcomponent_get_first_property(m_root.get(), ICAL_NAME_PROPERTY);
        return property ? text(icalproperty_get_name(property)) : QString();
    }

private:
    std::unique_ptr<icalcomponent, ComponentDeleter> m_root;
    std::vector<Event> m_events;
};

// Whether the answer is complete: its headers, then as many bytes as Content-Length says.
bool complete(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    for (const QByteArray &line : answer.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            return answer.size() - end - 4 >= line.mid(15).trimmed().toLongLong();
    }
    return true;
}

// Sends one request as raw bytes (the path exactly as given, no client tidying it) and returns the
// answer once complete, or whatever came when the server closed or went quiet.
QByteArray rawGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(socket.waitForConnected(10000));
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    socket.flush();
    QByteArray answer;
    // The server runs on this thread: let it work while waiting.
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (complete(answer))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(5000);
    loop.exec();
    return answer + socket.readAll();
}

BookingServerOptions publicAddress()
{
    BookingServerOptions options;
    options.siteUrl = u"https://rdv.tilleuls.example"_s;
    return options;
}

// The centre with Dr Fabre's own login and her calendar addresses, served with a public address
// whose host names the events.
struct FeedFixture : ApiFixture
{
    FeedFixture()
        : ApiFixture(publicAddress())
        , doctor(addStaff(*store, u"cfabre"_s, u"CF"_s, Role::Practitioner, fabre.id))
        , feeds(*store)
        , client(port)
    {}

    Appointment add(const Agenda &agenda, const AppointmentType &type, const QDateTime &start,
                    const Patient &patient, const QString &reason = {},
                    AppointmentStatus status = AppointmentStatus::Booked)
    {
        Appointment appointment;
        appointment.agendaId = agenda.id;
        appointment.typeId = type.id;
        appointment.patientId = patient.id;
        appointment.start = start;
        appointment.end = start.addSecs(qint64(type.durationMinutes) * 60);
        appointment.reason = reason;
        appointment.status = status;
        return store->insert(appointment, setupActor());
    }

    ApiResponse feed(const QString &token) { return client.get(CalendarFeeds::path(token)); }

    static inline const QString host = u"rdv.tilleuls.example"_s;

    StaffUser doctor;
    CalendarFeeds feeds;
    ApiClient client;
};

} // namespace

TEST_CASE("A calendar address: the practitioner's appointments in UTC, no patient details", "[api][calendar]")
{
    FeedFixture f;
    const QString reason = u"Toux, fièvre; depuis 3 jours\\ vu aux urgences\nrappeler la mère"_s;
    const Appointment tomorrow
            = f.add(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 17), 10, 15), f.louise, reason);
    const Appointment neudorf
            = f.add(f.fabreNeudorf, f.neudorfConsultation, f.at(QDate(2026, 6, 18), 14, 0), f.helene);
    // In winter Paris is UTC+1: the phone must still get the right instant.
    const Appointment winter
            = f.add(f.fabreAgenda, f.fabreLong, f.at(QDate(2026, 12, 1), 9, 0), f.leo, u"Vaccins"_s);
    const Appointment cancelled = f.add(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 19), 11, 0),
                                        f.helene, u"annulé"_s, AppointmentStatus::Cancelled);
    const Appointment done = f.add(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 15), 8, 0),
                                   f.helene, {}, AppointmentStatus::Done);
    const Appointment roche
            = f.add(f.rocheAgenda, f.rocheConsultation, f.at(QDate(2026, 6, 17), 10, 15), f.helene);

    const IssuedCalendarFeed issued = f.feeds.create(f.fabre.id, false, deskActor(f.doctor));
    const ApiResponse response = f.feed(issued.token);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    CHECK(response.header("Content-Type") == "text/calendar; charset=utf-8");
    CHECK(response.header("Cache-Control") == "private, no-store");
    CHECK(response.body.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(response.body.contains("\r\nDTSTART:20260617T081500Z\r\n"));

    const Calendar calendar(response.body);
    CHECK(calendar.method() == ICAL_METHOD_PUBLISH);
    CHECK(calendar.extended("X-WR-CALNAME") == u"Dr Claire Fabre"_s);
    CHECK(calendar.name() == u"Dr Claire Fabre"_s);
    CHECK(calendar.extended("X-PUBLISHED-TTL") == u"PT15M"_s);
    CHECK(calendar.refreshSeconds() == 15 * 60);
    CHECK(calendar.extended("X-WR-TIMEZONE") == u"Europe/Paris"_s);

    // Her two agendas, not Dr Roche's; the cancelled one left out.
    REQUIRE(calendar.events().size() == 4);
    CHECK_FALSE(calendar.event(cancelled.id, f.host));
    CHECK_FALSE(calendar.event(roche.id, f.host));
    const Event *first = calendar.event(tomorrow.id, f.host);
    REQUIRE(first);
    CHECK(first->utc);
    CHECK(first->start == utc(2026, 6, 17, 8, 15));
    CHECK(first->end == utc(2026, 6, 17, 8, 30));
    CHECK(first->summary == u"Consultation"_s);
    CHECK_FALSE(first->hasDescription);
    CHECK(first->location == u"Dr Claire Fabre"_s);
    const Event *second = calendar.event(neudorf.id, f.host);
    REQUIRE(second);
    CHECK(second->location == u"Dr Claire Fabre – Neudorf"_s);
    CHECK(second->start == utc(2026, 6, 18, 12, 0));
    const Event *third = calendar.event(winter.id, f.host);
    REQUIRE(third);
    CHECK(third->utc);
    CHECK(third->start == utc(2026, 12, 1, 8, 0));
    CHECK(third->end == utc(2026, 12, 1, 8, 30));
    CHECK(third->summary == u"Consultation longue"_s);
    CHECK(calendar.event(done.id, f.host)); // yesterday's, seen: past ones stay for a month

    // Nothing about the patients anywhere in the text.
    for (const QString &secret : {u"MARTIN"_s, u"Louise"_s, u"LEFÈVRE"_s, u"Hélène"_s, u"Léo"_s, u"Toux"_s,
                                  u"fièvre"_s, u"Vaccins"_s, u"annulé"_s}) {
        INFO(secret.toStdString());
        CHECK_FALSE(QString::fromUtf8(response.body).contains(secret, Qt::CaseInsensitive));
    }
}

TEST_CASE("With the practitioner's consent, names and reasons come through as typed", "[api][calendar]")
{
    FeedFixture f;
    // Commas, semicolons, a backslash, line breaks of every kind, a tab, a stray control character
    // and a reason long enough to be folded mid-word in UTF-8.
    const QString reason
            = u"Toux, fièvre; depuis 3 jours\\ vu aux urgences\r\nrappeler la mère\rpuis\tle père\x01"
              u" ééééééééééééééééééééééééééééééééééééééééééééééééééééé fin"_s;
    const Appointment appointment
            = f.add(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 17), 10, 15), f.louise, reason);
    const IssuedCalendarFeed issued = f.feeds.create(f.fabre.id, false, deskActor(f.doctor));
    CHECK_FALSE(Calendar(f.feed(issued.token).body).events().front().hasDescription);

    const CalendarFeed shown
            = f.feeds.setShowPatients(issued.feed.id, issued.feed.version, true, deskActor(f.doctor));
    CHECK(shown.showPatients);
    const ApiResponse response = f.feed(issued.token);
    REQUIRE(response.status == 200);
    const Calendar calendar(response.body);
    const Event *event = calendar.event(appointment.id, f.host);
    REQUIRE(event);
    CHECK(event->summary == u"Consultation – MARTIN Louise"_s);
    CHECK(event->description
          == u"MARTIN Louise\nMotif\u00a0: Toux, fièvre; depuis 3 jours\\ vu aux urgences\nrappeler la "
             u"mère\npuis\tle père ééééééééééééééééééééééééééééééééééééééééééééééééééééé fin"_s);
    // Every line within RFC 5545's 75 octets.
    for (const QByteArray &line : response.body.split('\n'))
        CHECK(line.size() <= 76); // with its \r

    SECTION("in English for a phone that asks for it")
    {
        const ApiResponse english = f.client.get(CalendarFeeds::path(issued.token) + u"?lang=en"_s);
        CHECK(Calendar(english.body).events().front().description.contains(u"Reason: Toux"_s));
    }
    SECTION("a stale copy cannot switch it back")
    {
        const auto error = storeErrorFrom([&] {
            f.feeds.setShowPatients(issued.feed.id, issued.feed.version, false, deskActor(f.doctor));
        });
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::VersionConflict);
        f.feeds.setShowPatients(shown.id, shown.version, false, deskActor(f.doctor));
        CHECK_FALSE(Calendar(f.feed(issued.token).body).events().front().hasDescription);
    }
}

TEST_CASE("The window: 30 days back to 180 days ahead of the clock", "[api][calendar]")
{
    FeedFixture f;
    const QDateTime now = f.clock.now();
    const Appointment tooOld = f.add(f.fabreAgenda, f.fabreConsultation, now.addDays(-31), f.louise);
    const Appointment old = f.add(f.fabreAgenda, f.fabreConsultation, now.addDays(-29), f.louise);
    const Appointment far = f.add(f.fabreAgenda, f.fabreConsultation, now.addDays(179), f.louise);
    const Appointment tooFar = f.add(f.fabreAgenda, f.fabreConsultation, now.addDays(181), f.louise);
    const IssuedCalendarFeed issued = f.feeds.create(f.fabre.id, false, deskActor(f.doctor));

    const Calendar today(f.feed(issued.token).body);
    CHECK(today.events().size() == 2);
    CHECK(today.event(old.id, f.host));
    CHECK(today.event(far.id, f.host));
    CHECK_FALSE(today.event(tooOld.id, f.host));
    CHECK_FALSE(today.event(tooFar.id, f.host));

    f.clock.advance(3 * 86400);
    const Calendar later(f.feed(issued.token).body);
    CHECK(later.events().size() == 2);
    CHECK(later.event(far.id, f.host));
    CHECK(later.event(tooFar.id, f.host));
    CHECK_FALSE(later.event(old.id, f.host));
}

TEST_CASE("One live address per practitioner: a new one or a revocation makes the old one 404",
          "[api][calendar]")
{
    FeedFixture f;
    f.add(f.fabreAgenda, f.fabreConsultation, f.at(QDate(2026, 6, 17), 10, 15), f.louise);
    const IssuedCalendarFeed first = f.feeds.create(f.fabre.id, false, deskActor(f.doctor));
    CHECK(first.token.size() == 43);
    CHECK(f.feed(first.token).status == 200);
    // Only the hash is kept, and the audit trail shows neither.
    const CalendarFeed stored = f.store->get<CalendarFeed>(first.feed.id);
    CHECK(stored.tokenHash == Secrets::sha256Hex(first.token));
    CHECK(scalar(f.store->database(), u"SELECT COUNT(*) FROM calendar_feed WHERE token_hash = ?"_s,
                 {first.token})
                  .toInt()
          == 0);
    for (const AuditEvent &event : f.store->auditTrail(u"calendar_feed"_s, first.feed.id)) {
        CHECK_FALSE(QJsonDocument(event.after).toJson().contains(first.token.toUtf8()));
        CHECK_FALSE(QJsonDocument(event.after).toJson().contains(stored.tokenHash.toUtf8()));
    }

    const IssuedCalendarFeed second = f.feeds.create(f.fabre.id, true, deskActor(f.doctor));
    CHECK(second.token != first.token);
    const ApiResponse old = f.feed(first.token);
    CHECK(old.status == 404);
    CHECK(old.header("Content-Type").startsWith("application/json"));
    CHECK(old.error() == u"not_found"_s);
    CHECK(old.message() == u"Il n'y a rien à cette adresse."_s);
    CHECK(f.feed(second.token).status == 200);
    CHECK(f.store->count<CalendarFeed>(u"practitioner_id = ? AND revoked_at IS NULL"_s, {f.fabre.id}) == 1);
    REQUIRE(f.feeds.activeFor(f.fabre.id));
    CHECK(f.feeds.activeFor(f.fabre.id)->id == second.feed.id);
    CHECK(f.store->get<CalendarFeed>(first.feed.id).revokedAt == f.clock.now());
    // Roche's address is his own business.
    const IssuedCalendarFeed roche = f.feeds.create(f.roche.id, false, Actor::system(u"accueil-admin"_s));

    const CalendarFeed revoked = f.feeds.revoke(second.feed.id, deskActor(f.doctor));
    CHECK(revoked.revokedAt.isValid());
    CHECK(f.feed(second.token).status == 404);
    CHECK_FALSE(f.feeds.activeFor(f.fabre.id));
    CHECK_FALSE(f.feeds.byToken(second.token));
    CHECK(f.feeds.revoke(second.feed.id, deskActor(f.doctor)).version == revoked.version); // nothing more
    CHECK(f.feed(roche.token).status == 200);
    const auto showRevoked = storeErrorFrom(
            [&] { f.feeds.setShowPatients(revoked.id, revoked.version, true, deskActor(f.doctor)); });
    REQUIRE(showRevoked);
    CHECK(showRevoked->kind() == StoreError::Kind::Invalid);

    SECTION("a practitioner who left the centre has no address any more")
    {
        Practitioner leaving = f.store->get<Practitioner>(f.roche.id);
        leaving.active = false;
        f.store->update(leaving, setupActor());
        CHECK(f.feed(roche.token).status == 404);
    }
}

TEST_CASE("Only the practitioner, the coordinator or an administrator manage an address", "[api][calendar]")
{
    FeedFixture f;
    const StaffUser roche = addStaff(*f.store, u"proche"_s, u"PR"_s, Role::Practitioner, f.roche.id);
    const StaffUser coordinator = addStaff(*f.store, u"coord"_s, u"ALG"_s, Role::Coordinator);
    const auto refused = [&](const auto &write) {
        const auto error = storeErrorFrom(write);
        REQUIRE(error);
        CHECK(error->kind() == StoreError::Kind::RuleRefused);
        CHECK(error->code() == u"forbidden"_s);
    };
    refused([&] { f.feeds.create(f.fabre.id, true, deskActor(f.secretary)); });
    refused([&] { f.feeds.create(f.fabre.id, true, deskActor(roche)); });
    refused([&] { f.feeds.create(f.fabre.id, true, Test::webActor(1)); });
    CHECK(f.store->count<CalendarFeed>() == 0);

    const IssuedCalendarFeed issued = f.feeds.create(f.fabre.id, false, deskActor(coordinator));
    CHECK(issued.feed.createdBy == coordinator.id);
    refused([&] { f.feeds.revoke(issued.feed.id, deskActor(roche)); });
    refused([&] {
        f.feeds.setShowPatients(issued.feed.id, issued.feed.version, true, deskActor(f.secretary));
    });
    CHECK(f.feed(issued.token).status == 200);
    CHECK(f.feeds.revoke(issued.feed.id, deskActor(f.doctor)).revokedAt.isValid());
    CHECK(CalendarFeeds::mayManage(f.doctor, f.fabre.id));
    CHECK_FALSE(CalendarFeeds::mayManage(f.doctor, f.roche.id));
    CHECK(CalendarFeeds::mayManage(coordinator, f.roche.id));
    CHECK_FALSE(CalendarFeeds::mayManage(f.secretary, f.fabre.id));
}

TEST_CASE("Garbage addresses are 404s, never a 500, and guessing is held back", "[api][calendar]")
{
    FeedFixture f;
    const IssuedCalendarFeed issued = f.feeds.create(f.fabre.id, false, deskActor(f.doctor));
    QString wrong = issued.token;
    wrong[5] = wrong[5] == u'A' ? u'B' : u'A';
    const QByteArray token = issued.token.toLatin1();
    const QList<QByteArray> paths{"/calendar/%00.ics",
                                  "/calendar/" + QByteArray(5000, 'a') + ".ics",
                                  "/calendar/.ics",
                                  "/calendar/x.ics",
                                  "/calendar/" + token,
                                  "/calendar/" + token + ".ICS",
                                  "/calendar/" + token + ".ics.ics",
                                  "/calendar/" + token + "%00.ics",
                                  "/calendar/" + token + ".ics/x",
                                  "/calendar/%2e%2e%2fapi.ics",
                                  "/calendar/%C3%A9t%C3%A9.ics",
                                  "/calendar/" + wrong.toLatin1() + ".ics",
                                  "/calendar/" + token.toLower() + ".ics",
                                  "/calendar/" + token.left(42) + "%20.ics",
                                  "/calendar"};
    for (const QByteArray &path : paths) {
        INFO(path.left(120).toStdString());
        const QByteArray answer = rawGet(f.port, path);
        CHECK(answer.startsWith("HTTP/1.1 404"));
        CHECK(answer.contains("\"error\":\"not_found\""));
    }
    // Bytes that are not even a URL: refused somehow, never with a 500.
    const QByteArray bytes = rawGet(f.port, "/calendar/" + QByteArray(43, '\xff') + ".ics");
    CHECK_FALSE(bytes.contains(" 500 "));
    CHECK(f.feed(issued.token).status == 200);

    SECTION("20 misses from one client in 15 minutes, then even a good address waits")
    {
        for (int i = 0; i < 20; ++i) // those above that reached the route counted too
            f.feed(Secrets::randomToken());
        const ApiResponse held = f.feed(issued.token);
        CHECK(held.status == 429);
        CHECK(held.error() == u"rate_limited"_s);
        CHECK(held.header("Retry-After").toInt() > 0);
        f.clock.advance(15 * 60);
        CHECK(f.feed(issued.token).status == 200);
    }
}
