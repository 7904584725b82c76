#include "historybench.h"

#include "desk/appointmentsearch.h"
#include "desk/patientrecord.h"
#include "store/store.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accueil {

void historyBenchmarks(Store &store,
                       const std::function<void(const QString &, const std::function<void(int)> &,
                                                const QString &)> &measureAndPrint)
{
    const QString backend = store.database().isPostgres() ? u"postgresql"_s : u"sqlite"_s;
    const QTimeZone zone(store.centre().value_or(Centre{}).timeZone.toUtf8());

    // The 50 patients with the longest histories: the worst case of opening a record.
    std::vector<qint64> patients;
    QSqlQuery &busiest = store.database().runPrepared(
            u"SELECT patient_id FROM appointment WHERE patient_id IS NOT NULL GROUP BY patient_id "
            "ORDER BY COUNT(*) DESC LIMIT 50"_s);
    while (busiest.next())
        patients.push_back(busiest.value(0).toLongLong());
    busiest.finish();
    if (patients.empty())
        throw StoreError(StoreError::Kind::NotFound, u"No appointments in this store: seed the demo."_s);
    PatientRecord record(store);
    const std::size_t most = record.visits(patients.front()).size();
    measureAndPrint(
            u"patient_history"_s,
            [&](int i) { (void)record.visits(patients[std::size_t(i) % patients.size()]); },
            u"patients=%1 most_visits=%2 backend=%3"_s.arg(patients.size()).arg(most).arg(backend));

    // Words of reasons, common and rare, each over all the years (the 500 newest shown).
    const QStringList words{u"entorse"_s,   u"vaccin"_s, u"perineé"_s,     u"certificat"_s,     u"brulure"_s,
                            u"tendinite"_s, u"fievre"_s, u"cervicalgie"_s, u"renouvellement"_s, u"plaie"_s};
    AppointmentSearch search(store);
    std::size_t found = 0;
    measureAndPrint(
            u"reason_search"_s,
            [&](int i) {
                AppointmentQuery query;
                query.reasonText = words[i % words.size()];
                found += search.find(query, zone).size();
            },
            u"words=%1 backend=%2"_s.arg(words.size()).arg(backend));
    // The same with a practitioner and a status: what a secretary narrows to.
    const std::vector<Agenda> agendas = store.select<Agenda>(u"kind = 'practitioner'"_s);
    measureAndPrint(
            u"history_search_narrowed"_s,
            [&](int i) {
                AppointmentQuery query;
                query.reasonText = words[i % words.size()];
                query.agendaIds = {agendas[std::size_t(i) % agendas.size()].id};
                query.status = AppointmentStatus::NoShow;
                found += search.find(query, zone).size();
            },
            u"agendas=%1 backend=%2"_s.arg(agendas.size()).arg(backend));
}

} // namespace Accueil
