#pragma once

#include "demomodel.h"
#include "domain/audit.h"
#include "domain/schedule.h"

#include <QDate>

#include <vector>

namespace Accueil {
class Store;
}

namespace Accueil::Demo {

// The centre as configured before any patient: practitioners, "who does what", agendas with their
// appointment types and template weeks, and the desk logins.
struct CentreSetup
{
    std::vector<qint64> practitionerIds; // in practitionerSpecs() order
    std::vector<int> gpIndex; // per practitioner: its GP number (interns: their supervisor's), or -1
    int gpCount = 0;
    std::vector<AgendaPlan> agendas;
    std::vector<std::vector<qint64>> agendasOf; // per practitioner: their agenda ids
    DemoStaff staff;
};

class CentreBuilder
{
public:
    // history: the first day of the demo history; today: the centre's date.
    CentreBuilder(Store &store, Actor actor, QDate history, QDate today);

    [[nodiscard]] CentreSetup build();

private:
    void configureCentre();
    void addPractitioners(CentreSetup &setup);
    void addServices(const CentreSetup &setup);
    void addAgendas(CentreSetup &setup);
    void addAgenda(CentreSetup &setup, AgendaPlan plan, const QString &name, int sortOrder, int index);
    void addStaff(CentreSetup &setup);
    [[nodiscard]] PlannedTemplate addTemplate(qint64 agendaId, const QString &label, const QDate &from,
                                              const QDate &to, std::vector<TemplateRange> ranges);

    Store &m_store;
    Actor m_actor;
    QDate m_history;
    QDate m_today;
    int m_colour = 0;
};

} // namespace Accueil::Demo
