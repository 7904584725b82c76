#include "patientrecord.h"

#include "domain/agenda.h"
#include "domain/portal.h"
#include "store/store.h"

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Accueil {

PatientRecord::PatientRecord(Store &store) : m_store(store) {}

Patient PatientRecord::patient(qint64 patientId)
{
    return m_store.get<Patient>(patientId);
}

std::vector<PatientVisit> PatientRecord::visits(qint64 patientId)
{
    // appointment_patient_idx (patient_id, start_utc) answers this in one range read.
    const std::vector<Appointment> appointments
            = m_store.select<Appointment>(u"patient_id = ?"_s, {patientId}, u"start_utc DESC, id DESC"_s);
    std::unordered_map<qint64, QString> agendas;
    for (const Agenda &agenda : m_store.select<Agenda>())
        agendas.emplace(agenda.id, agenda.name);
    std::unordered_map<qint64, QString> types;
    for (const AppointmentType &type : m_store.select<AppointmentType>())
        types.emplace(type.id, type.label);

    std::vector<PatientVisit> result;
    result.reserve(appointments.size());
    for (const Appointment &appointment : appointments) {
        PatientVisit visit{appointment, {}, {}};
        if (const auto agenda = agendas.find(appointment.agendaId); agenda != agendas.end())
            visit.agendaName = agenda->second;
        if (appointment.typeId) {
            if (const auto type = types.find(*appointment.typeId); type != types.end())
                visit.typeLabel = type->second;
        }
        result.push_back(std::move(visit));
    }
    return result;
}

OnlineAccess PatientRecord::onlineAccess(qint64 patientId)
{
    OnlineAccess access;
    const std::vector<AccountMember> memberships
            = m_store.select<AccountMember>(u"patient_id = ?"_s, {patientId}, u"id"_s);
    // Their own account first, else the first one they were added to.
    const auto own = std::find_if(memberships.begin(), memberships.end(),
                                  [](const AccountMember &m) { return m.relation == u"self"; });
    const auto membership = own != memberships.end() ? own : memberships.begin();
    if (membership != memberships.end()) {
        const std::vector<PatientAccount> accounts
                = m_store.select<PatientAccount>(u"id = ? AND active = ?"_s, {membership->accountId, true});
        if (!accounts.empty()) {
            access.account = accounts.front();
            access.relation = membership->relation;
        }
    }
    const QDateTime now = m_store.clock().now();
    const std::vector<InvitationCode> codes
            = m_store.select<InvitationCode>(u"patient_id = ? AND used_at IS NULL AND expires_at > ?"_s,
                                             {patientId, now.toSecsSinceEpoch()}, u"expires_at DESC"_s);
    if (!codes.empty())
        access.invitationExpiresAt = codes.front().expiresAt;
    return access;
}

} // namespace Accueil
