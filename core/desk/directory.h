#pragma once

#include "domain/agenda.h"
#include "domain/practitioner.h"
#include "domain/staff.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Accueil {

class Store;

// One agenda with what the desk shows about it.
struct AgendaEntry
{
    Agenda agenda;
    std::optional<Practitioner> practitioner; // none for a room or equipment
    std::optional<Practitioner> supervisor;   // the senior doctor of an intern
    std::vector<AppointmentType> types;       // active ones, shortest first
    std::vector<qint64> serviceIds;           // what its practitioner does ("who does what")

    // "Dr Marie Durand", or the room's name; an agenda of a practitioner who has several adds
    // the agenda's own name ("… — Ostéopathie").
    [[nodiscard]] QString title() const;
    // Where space is short: "Dr Martin", "I. Perrin", or the room's name.
    [[nodiscard]] QString shortTitle() const;
    // The profession's name, "Interne — supervisé par Dr …" for an intern, or the agenda name for a room.
    [[nodiscard]] QString subtitle() const;
    [[nodiscard]] QString profession() const { return practitioner ? practitioner->profession : QString(); }
    [[nodiscard]] const AppointmentType *type(qint64 typeId) const;

    Q_DECLARE_TR_FUNCTIONS(Accueil::Directory) // last: the macro ends with "private:"
};

// The centre's agendas, practitioners, services and staff as the desk needs them, read in a few
// queries and kept until reload(): they change rarely, and every view asks for them.
class Directory
{
public:
    explicit Directory(Store &store);

    void reload();

    // Active agendas: practitioners grouped by profession (GPs first), then rooms and equipment.
    [[nodiscard]] const std::vector<AgendaEntry> &agendas() const { return m_agendas; }
    [[nodiscard]] const AgendaEntry *agenda(qint64 agendaId) const;
    // The professions that have at least one active agenda, in the desk's order.
    [[nodiscard]] QStringList professions() const;
    [[nodiscard]] std::vector<qint64> agendasOfProfession(const QString &profession) const;
    [[nodiscard]] std::vector<qint64> agendasOfService(qint64 serviceId) const;
    [[nodiscard]] const std::vector<Service> &services() const { return m_services; }
    [[nodiscard]] const std::vector<StaffUser> &staff() const { return m_staff; } // active
    [[nodiscard]] const StaffUser *staffUser(qint64 id) const;
    [[nodiscard]] const Practitioner *practitioner(qint64 id) const;

private:
    Store &m_store;
    std::vector<AgendaEntry> m_agendas;
    std::vector<Practitioner> m_practitioners;
    std::vector<Service> m_services;
    std::vector<StaffUser> m_staff;
};

} // namespace Accueil
