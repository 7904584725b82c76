#pragma once

#include "domain/agenda.h"
#include "domain/appointment.h"
#include "domain/centre.h"
#include "domain/messaging.h"
#include "domain/patient.h"
#include "domain/portal.h"
#include "domain/practitioner.h"
#include "domain/schedule.h"
#include "domain/staff.h"

namespace Accueil::Test {

// Field-by-field comparisons, one CHECK per member (written out, not derived from the store's
// column tables, so a member the store forgets to map is caught). Times must also come back UTC.
void checkSame(const Centre &actual, const Centre &expected);
void checkSame(const StaffUser &actual, const StaffUser &expected);
void checkSame(const Practitioner &actual, const Practitioner &expected);
void checkSame(const Service &actual, const Service &expected);
void checkSame(const PractitionerService &actual, const PractitionerService &expected);
void checkSame(const Agenda &actual, const Agenda &expected);
void checkSame(const AppointmentType &actual, const AppointmentType &expected);
void checkSame(const Patient &actual, const Patient &expected);
void checkSame(const PatientAccount &actual, const PatientAccount &expected);
void checkSame(const AccountMember &actual, const AccountMember &expected);
void checkSame(const Appointment &actual, const Appointment &expected);
void checkSame(const ScheduleTemplate &actual, const ScheduleTemplate &expected);
void checkSame(const TemplateRange &actual, const TemplateRange &expected);
void checkSame(const ScheduleException &actual, const ScheduleException &expected);
void checkSame(const Message &actual, const Message &expected);
void checkSame(const MessageRead &actual, const MessageRead &expected);
void checkSame(const CallbackTask &actual, const CallbackTask &expected);
void checkSame(const InvitationCode &actual, const InvitationCode &expected);
void checkSame(const AccountToken &actual, const AccountToken &expected);
void checkSame(const WebSession &actual, const WebSession &expected);
void checkSame(const OutgoingMail &actual, const OutgoingMail &expected);

} // namespace Accueil::Test
