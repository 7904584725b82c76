#include "patientvisitmodel.h"

#include "agenda/agendapalette.h"
#include "appointmenttext.h"
#include "desksession.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Accueil {

PatientVisitModel::PatientVisitModel(DeskSession &session, QObject *parent)
    : MessagingTableModel(parent)
    , m_session(session)
{}

void PatientVisitModel::load(qint64 patientId)
{
    std::vector<PatientVisit> visits = PatientRecord(m_session.store()).visits(patientId);
    m_now = m_session.clock().now();
    replaceRows(m_visits, std::move(visits), [](const PatientVisit &visit) { return visit.appointment.id; });
}

bool PatientVisitModel::isUpcoming(const Appointment &appointment) const
{
    return appointment.status != AppointmentStatus::Cancelled && appointment.start > m_now;
}

int PatientVisitModel::upcomingCount() const
{
    return int(std::count_if(m_visits.begin(), m_visits.end(),
                             [this](const PatientVisit &visit) { return isUpcoming(visit.appointment); }));
}

int PatientVisitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int PatientVisitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientVisitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PatientVisit &visit = m_visits[std::size_t(index.row())];
    const Appointment &appointment = visit.appointment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Day: {
            const QDate day = m_session.local(appointment.start).date();
            return QLocale().toString(day, u"dddd dd/MM/yyyy"_s);
        }
        case Time:
            return AppointmentText::time(appointment.start, m_session.zone());
        case Agenda:
            return visit.agendaName;
        case Type:
            return visit.typeLabel;
        case Status:
            if (appointment.status == AppointmentStatus::Cancelled && !appointment.cancelReason.isEmpty())
                return tr("%1 (%2)").arg(statusName(appointment.status), appointment.cancelReason);
            return statusName(appointment.status);
        case Channel:
            return channelName(appointment.channel);
        case Reason:
            return appointment.reason;
        default:
            return {};
        }
    case Qt::FontRole:
        if (isUpcoming(appointment)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (appointment.status == AppointmentStatus::Cancelled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (appointment.status == AppointmentStatus::NoShow)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case AppointmentIdRole:
        return appointment.id;
    case UpcomingRole:
        return isUpcoming(appointment);
    default:
        return {};
    }
}

QVariant PatientVisitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Time:
        return tr("Time");
    case Agenda:
        return tr("Agenda");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Channel:
        return tr("Channel");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Accueil
