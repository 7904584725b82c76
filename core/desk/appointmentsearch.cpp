#include "appointmentsearch.h"

#include "domain/patient.h"

using namespace Qt::StringLiterals;

namespace Accueil {

AppointmentSearch::AppointmentSearch(Store &store) : m_store(store) {}

std::vector<AppointmentRow> AppointmentSearch::find(const AppointmentQuery &query, const QTimeZone &zone)
{
    QStringList where;
    QVariantList values;
    if (query.patientId) {
        where << u"a.patient_id = ?"_s;
        values << *query.patientId;
    }
    for (const QString &word : foldForSearch(query.patientText).split(u' ', Qt::SkipEmptyParts)) {
        // The same folded words as the desk's patient search (" dupont marie 0612345678 ").
        where << u"a.patient_id IN (SELECT id FROM patient WHERE search_text LIKE ?)"_s;
        values << QString(u"% "_s + word + u'%');
    }
    if (!query.agendaIds.isEmpty()) {
        where << u"a.agenda_id IN ("_s + Database::placeholders(query.agendaIds.size()) + u')';
        for (const qint64 id : query.agendaIds)
            values << id;
    }
    if (query.from.isValid() && query.to.isValid() && query.to < query.from)
        throw StoreError(StoreError::Kind::Invalid, tr("The period ends before it starts."));
    if (query.from.isValid()) {
        where << u"a.start_utc >= ?"_s;
        values << QDateTime(query.from, QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        where << u"a.start_utc < ?"_s;
        values << QDateTime(query.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (!query.typeLabel.trimmed().isEmpty()) {
        where << u"a.type_id IN (SELECT id FROM appointment_type WHERE label = ?)"_s;
        values << query.typeLabel.trimmed();
    }
    const bool sqlite = !m_store.database().isPostgres();
    for (const QString &word : foldForSearch(query.reasonText).split(u' ', Qt::SkipEmptyParts)) {
        // Trigram indexes need three characters; shorter words filter the rows found otherwise.
        if (sqlite && word.size() >= 3)
            where << u"a.id IN (SELECT rowid FROM appointment_reason_fts WHERE reason_search LIKE ?)"_s;
        else
            where << u"a.reason_search LIKE ?"_s;
        values << QString(u'%' + word + u'%');
    }
    if (query.status) {
        where << u"a.status = ?"_s;
        values << toKey(*query.status);
    }
    if (query.channel) {
        where << u"a.channel = ?"_s;
        values << toKey(*query.channel);
    }
    if (query.bookedBy) {
        where << u"a.created_by = ?"_s;
        values << *query.bookedBy;
    }
    if (where.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Say what to look for: a patient, a period, a reason…"));
    const int limit = std::clamp(query.limit, 1, 5000);
    return m_store.appointmentRows(where.join(u" AND "_s) + u" ORDER BY a.start_utc DESC, a.id DESC LIMIT "_s
                                           + QString::number(limit),
                                   values);
}

} // namespace Accueil
