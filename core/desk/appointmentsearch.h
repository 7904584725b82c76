#pragma once

#include "domain/enums.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Accueil {

// What the desk looks for in the whole history: every criterion is optional and they all apply.
struct AppointmentQuery
{
    std::optional<qint64> patientId;
    QString patientText; // words of the name or phone, as in the patient search
    QList<qint64> agendaIds;
    QDate from; // local dates, both included
    QDate to;
    QString typeLabel;  // "Consultation": the type of that name in any agenda
    QString reasonText; // words found anywhere in the reason, accents and case ignored
    std::optional<AppointmentStatus> status;
    std::optional<Channel> channel;
    std::optional<qint64> bookedBy; // the staff user who booked it
    int limit = 500;
};

// The multi-criteria search over every appointment ever booked (nothing is purged), newest first.
// Reason words use the reason's folded copy and its trigram index (pg_trgm on PostgreSQL, an FTS5
// trigram table on SQLite), so a word found in ten years of appointments comes back at once.
class AppointmentSearch
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::AppointmentSearch)

public:
    explicit AppointmentSearch(Store &store);

    // Throws StoreError(Invalid) when the query asks for nothing at all or for an empty period.
    [[nodiscard]] std::vector<AppointmentRow> find(const AppointmentQuery &query, const QTimeZone &zone);

private:
    Store &m_store;
};

} // namespace Accueil
