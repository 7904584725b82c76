// 100 patients asking for the same slot at once: exactly one gets it.
//
// Four BookingServers run in four threads, each with its own connection to the same database (as
// four server processes would), and one QNetworkAccessManager sends the 100 POSTs at once, spread
// over the four ports (six connections each). The servers share nothing in memory: what lets one
// booking through and answers 409 to the 99 others is the database — on SQLite its single writer
// with the scheduler's check inside the transaction; on PostgreSQL the agenda's row, which online
// bookings take in turn (so that the exclusion constraint's waits never deadlock), with the
// exclusion constraint behind it.
#include "apifixture.h"
#include "catch.h"
#include "portal/websessions.h"

#include <QNetworkReply>
#include <QSemaphore>
#include <QThread>

#include <map>

using namespace Accueil;
using namespace Accueil::Test;
using namespace Qt::StringLiterals;

namespace {

class ServerThread final : public QThread
{
public:
    ServerThread(DatabaseUrl url, const Clock &clock) : m_url(std::move(url)), m_clock(clock) {}

    // Starts the thread and waits until its server listens; 0 if it could not.
    quint16 startServer()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        try {
            BookingServerOptions options;
            options.passwordStrength = PasswordHasher::Strength::Minimum;
            BookingServer server(m_url, m_clock, options);
            m_port = server.listen(QHostAddress::LocalHost, 0);
            m_ready.release();
            if (m_port != 0)
                exec();
        } catch (...) {
            m_port = 0;
            m_ready.release();
        }
    }

private:
    DatabaseUrl m_url;
    const Clock &m_clock;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace

TEST_CASE("100 parallel POST /bookings for one slot: exactly one 201, all others 409", "[api][concurrency]")
{
    PortalFixture f;
    constexpr int requests = 100;
    constexpr int servers = 4;

    // 100 patients, each with a verified account and a live session.
    std::vector<QString> sessions;
    WebSessions webSessions(*f.store, f.settings);
    for (int i = 0; i < requests; ++i) {
        const Patient patient = addPatient(*f.store, u"Patient"_s, u"N%1"_s.arg(i),
                                           QDate(1970 + i % 40, 1 + i % 12, 1 + i % 28));
        const PatientAccount account = f.addAccount(u"p%1@example.org"_s.arg(i), patient);
        sessions.push_back(webSessions.open(account, u"csrf-%1"_s.arg(i)).token);
    }

    std::vector<std::unique_ptr<ServerThread>> threads;
    std::vector<quint16> ports;
    for (int i = 0; i < servers; ++i) {
        threads.push_back(std::make_unique<ServerThread>(f.database.url(), f.clock));
        ports.push_back(threads.back()->startServer());
        REQUIRE(ports.back() != 0);
    }

    const QByteArray body = ApiClient::json({{u"agendaId"_s, f.fabreAgenda.id},
                                             {u"typeId"_s, f.fabreConsultation.id},
                                             {u"start"_s, u"2026-06-17T10:15:00+02:00"_s}});
    QNetworkAccessManager network;
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < requests; ++i) {
        const QString csrf = u"csrf-%1"_s.arg(i);
        QNetworkRequest request(
                QUrl(u"http://127.0.0.1:%1/api/v1/bookings"_s.arg(ports[std::size_t(i % servers)])));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Cookie", "accueil_session=" + sessions[std::size_t(i)].toLatin1()
                                               + "; accueil_csrf=" + csrf.toLatin1());
        request.setRawHeader("X-CSRF-Token", csrf.toLatin1());
        replies.push_back(network.post(request, body));
    }
    const std::vector<ApiResponse> responses = ApiClient::collect(replies);

    for (const auto &thread : threads) {
        thread->quit();
        thread->wait();
    }

    std::map<int, int> statuses;
    for (const ApiResponse &response : responses) {
        ++statuses[response.status];
        if (response.status == 409)
            CHECK(response.error() == u"slot_taken"_s);
        else if (response.status != 201)
            FAIL_CHECK("unexpected answer " << response.status << " " << response.body.toStdString()
                                            << response.networkError.toStdString());
    }
    CHECK(statuses[201] == 1);
    CHECK(statuses[409] == requests - 1);
    CHECK(f.store->count<Appointment>(u"agenda_id = ? AND status <> 'cancelled'"_s, {f.fabreAgenda.id}) == 1);
    CHECK(f.store->count<OutgoingMail>(u"kind = 'confirmation'"_s) == 1);
}
