#pragma once

#include "demomodel.h"
#include "domain/appointment.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <vector>

namespace Accueil {
class Store;
}

namespace Accueil::Demo {

class SeriesBook;

// Fills the agendas with the appointments of the demo history and near future, and imports them
// one month at a time (bulk statements: about 120 000 appointments a year).
class AppointmentGenerator
{
public:
    using Progress = std::function<void(const QString &stage, int percent)>;

    struct Context
    {
        Store &store;
        DemoRandom &random;
        QTimeZone zone{};
        QDateTime now{}; // UTC
        std::vector<DemoPatient> patients{};
        std::vector<PatientPool> gpPools{};    // registered patients of each GP
        std::vector<PatientPool> gpWebPools{}; // the same, with an online account
        PatientPool everyone{};
        PatientPool everyoneOnline{};
        DemoStaff staff{};
        std::vector<QSet<qint64>> holidays{}; // per practitioner: Mondays (Julian days) of holiday weeks
        int horizonDays = 92;                 // online booking horizon
    };

    AppointmentGenerator(Context context, std::vector<AgendaPlan> agendas);
    ~AppointmentGenerator();
    Q_DISABLE_COPY_MOVE(AppointmentGenerator)

    // Generates [from, to] and reports progress from percentFrom to percentTo; returns the count.
    qint64 run(const QDate &from, const QDate &to, const Progress &progress, int percentFrom, int percentTo);

private:
    struct Runtime;
    struct Day;
    struct Booking;

    void generateDay(const QDate &date);
    void fillAgenda(std::size_t agendaIndex, const Day &day, const PlannedTemplate &plan);
    // How many slots from index a type of this length takes, or 0 if the next ones do not follow on.
    [[nodiscard]] static int spanAt(const std::vector<Slot> &grid, std::size_t index, int minutes);
    [[nodiscard]] std::optional<Booking> nextSession(SeriesBook &series, int slotKey, qint64 startUtc);
    [[nodiscard]] std::optional<Booking> newBooking(const AgendaPlan &agenda, const Runtime &runtime,
                                                    const Slot &slot, const Day &day, qint64 startUtc,
                                                    bool overbook);
    void addMeetings(const AgendaPlan &agenda, const Day &day);
    void flush();

    [[nodiscard]] double fillRate(const AgendaPlan &agenda, SlotKind kind, const Day &day,
                                  qint64 startUtc) const;
    [[nodiscard]] int choosePatient(const AgendaPlan &agenda, const PlannedType &type, qint64 day,
                                    bool online, bool urgent);
    [[nodiscard]] qint64 createdAtFor(Channel channel, SlotKind kind, qint64 startUtc, const Day &day);
    [[nodiscard]] std::optional<qint64> secretary();
    // Status, arrival and cancellation from where the appointment stands relative to now.
    void settle(Appointment &appointment, const AgendaPlan &agenda, qint64 startUtc, qint64 endUtc,
                qint64 createdAt);

    Context m_context;
    DemoRandom &m_random;
    std::vector<AgendaPlan> m_agendas;
    std::vector<Runtime> m_runtime;
    std::vector<Appointment> m_batch;
    QStringList m_cancelReasons;
    qint64 m_nowSecs = 0;
    QDate m_today;
    int m_nowMinute = 0; // local minute of the day now
    qint64 m_total = 0;
};

} // namespace Accueil::Demo
