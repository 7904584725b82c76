#include "noshows.h"

#include "store/store.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accueil {

NoShows::NoShows(Store &store) : m_store(store) {}

AttendanceRecord NoShows::forPatient(qint64 patientId, const QTimeZone &zone)
{
    const QDateTime now = m_store.clock().now();
    const QDateTime since = now.toTimeZone(zone).addMonths(-months).toUTC();
    QSqlQuery &query = m_store.database().runPrepared(
            u"SELECT start_utc, status FROM appointment WHERE patient_id = ? AND start_utc >= ? AND "
            u"start_utc < ? "
            "AND ((status = 'no_show' AND no_show_excused = ?) OR (status = 'cancelled' AND late_cancel = "
            "?)) "
            "ORDER BY start_utc"_s,
            {patientId, since.toSecsSinceEpoch(), now.toSecsSinceEpoch(), false, true});
    AttendanceRecord record;
    while (query.next()) {
        const QDate day
                = QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC).toTimeZone(zone).date();
        if (query.value(1).toString() == u"no_show")
            record.noShows << day;
        else
            record.lateCancellations << day;
    }
    query.finish();
    return record;
}

QString NoShows::summary(const AttendanceRecord &record)
{
    const QLocale locale;
    const auto dates = [&locale](const QList<QDate> &days) {
        QStringList texts;
        for (const QDate &day : days)
            texts << locale.toString(day, u"dd/MM/yy"_s);
        return texts.join(u", "_s);
    };
    QStringList parts;
    if (!record.noShows.isEmpty())
        parts << tr("%n no-show(s) in 12 months", nullptr, int(record.noShows.size())) + u" ("_s
                         + dates(record.noShows) + u')';
    if (!record.lateCancellations.isEmpty())
        parts << tr("%n late cancellation(s)", nullptr, int(record.lateCancellations.size())) + u" ("_s
                         + dates(record.lateCancellations) + u')';
    return parts.join(u" · "_s);
}

void NoShows::setExcused(qint64 appointmentId, bool excused, const Actor &actor)
{
    Transaction transaction(m_store.database());
    Appointment appointment = m_store.get<Appointment>(appointmentId);
    if (appointment.status != AppointmentStatus::NoShow)
        throw StoreError(StoreError::Kind::Invalid, tr("Only a missed appointment can be excused."));
    if (appointment.noShowExcused == excused)
        return;
    appointment.noShowExcused = excused;
    m_store.update(appointment, actor, u"excuse"_s);
    transaction.commit();
}

} // namespace Accueil
