#include "entitychecks.h"

#include "catch.h"

namespace Accueil::Test {

namespace {

// Same instant, and read back as UTC (or both null).
void checkTime(const QDateTime &actual, const QDateTime &expected, const char *member)
{
    INFO(member);
    CHECK(actual.isValid() == expected.isValid());
    CHECK(actual == expected);
    if (actual.isValid())
        CHECK(actual.timeSpec() == Qt::UTC);
}

} // namespace

#define SAME(member) CHECK(actual.member == expected.member)
#define SAME_TIME(member) checkTime(actual.member, expected.member, #member)

void checkSame(const Centre &actual, const Centre &expected)
{
    SAME(id);
    SAME(name);
    SAME(address);
    SAME(phone);
    SAME(email);
    SAME(timeZone);
    SAME(publicHolidayRegion);
    SAME(rules.horizonDays);
    SAME(rules.minimumNoticeMinutes);
    SAME(rules.urgentReleaseTime);
    SAME(rules.urgentReleaseDayOffset);
    SAME(rules.cancellationDeadlineHours);
    SAME(rules.maxOnlineReschedules);
    SAME(rules.newPatientsOnline);
    SAME(rules.maxOnlineBookingsPerDay);
    SAME(version);
}

void checkSame(const StaffUser &actual, const StaffUser &expected)
{
    SAME(id);
    SAME(login);
    SAME(displayName);
    SAME(initials);
    SAME(role);
    SAME(passwordHash);
    SAME(practitionerId);
    SAME(active);
    SAME(doNotDisturb);
    SAME_TIME(createdAt);
    SAME_TIME(webBookingsSeenAt);
    SAME(version);
}

void checkSame(const Practitioner &actual, const Practitioner &expected)
{
    SAME(id);
    SAME(title);
    SAME(firstName);
    SAME(lastName);
    SAME(profession);
    SAME(description);
    SAME(acceptsNewPatients);
    SAME(intern);
    SAME(supervisorId);
    SAME(active);
    SAME(version);
}

void checkSame(const Service &actual, const Service &expected)
{
    SAME(id);
    SAME(label);
    SAME(keywords);
    SAME(version);
}

void checkSame(const PractitionerService &actual, const PractitionerService &expected)
{
    SAME(id);
    SAME(practitionerId);
    SAME(serviceId);
    SAME(version);
}

void checkSame(const Agenda &actual, const Agenda &expected)
{
    SAME(id);
    SAME(kind);
    SAME(practitionerId);
    SAME(name);
    SAME(colour);
    SAME(sortOrder);
    SAME(active);
    SAME(version);
}

void checkSame(const AppointmentType &actual, const AppointmentType &expected)
{
    SAME(id);
    SAME(agendaId);
    SAME(label);
    SAME(durationMinutes);
    SAME(colour);
    SAME(onlineBookable);
    SAME(allowedSlotKinds);
    SAME(seriesSessions);
    SAME(seriesPerWeek);
    SAME(minAgeMonths);
    SAME(maxAgeMonths);
    SAME(active);
    SAME(version);
}

void checkSame(const Patient &actual, const Patient &expected)
{
    SAME(id);
    SAME(lastName);
    SAME(birthName);
    SAME(firstName);
    SAME(birthDate);
    SAME(sex);
    SAME(mobilePhone);
    SAME(homePhone);
    SAME(email);
    SAME(address);
    SAME(notes);
    SAME(remindersOptOut);
    SAME(searchText);
    SAME_TIME(createdAt);
    SAME_TIME(updatedAt);
    SAME(version);
}

void checkSame(const PatientAccount &actual, const PatientAccount &expected)
{
    SAME(id);
    SAME(email);
    SAME(passwordHash);
    SAME(holderPatientId);
    SAME_TIME(emailVerifiedAt);
    SAME_TIME(createdAt);
    SAME(active);
    SAME(language);
    SAME(version);
}

void checkSame(const AccountMember &actual, const AccountMember &expected)
{
    SAME(id);
    SAME(accountId);
    SAME(patientId);
    SAME(relation);
    SAME(version);
}

void checkSame(const Appointment &actual, const Appointment &expected)
{
    SAME(id);
    SAME(agendaId);
    SAME(patientId);
    SAME(typeId);
    SAME_TIME(start);
    SAME_TIME(end);
    SAME(reason);
    SAME(phone);
    SAME(companion);
    SAME(status);
    SAME(cancelReason);
    SAME(channel);
    SAME(overbooked);
    SAME(seriesId);
    SAME_TIME(arrivedAt);
    SAME(onlineReschedules);
    SAME(createdBy);
    SAME(createdByAccount);
    SAME_TIME(createdAt);
    SAME(updatedBy);
    SAME_TIME(updatedAt);
    SAME(version);
}

void checkSame(const ScheduleTemplate &actual, const ScheduleTemplate &expected)
{
    SAME(id);
    SAME(agendaId);
    SAME(label);
    SAME(validFrom);
    CHECK(actual.validTo.isNull() == expected.validTo.isNull());
    SAME(validTo);
    SAME(version);
}

void checkSame(const TemplateRange &actual, const TemplateRange &expected)
{
    SAME(id);
    SAME(templateId);
    SAME(weekday);
    SAME(startMinute);
    SAME(endMinute);
    SAME(slotMinutes);
    SAME(kind);
    SAME(version);
}

void checkSame(const ScheduleException &actual, const ScheduleException &expected)
{
    SAME(id);
    SAME(agendaId);
    SAME(action);
    SAME_TIME(start);
    SAME_TIME(end);
    SAME(kind);
    SAME(slotMinutes);
    SAME(label);
    SAME_TIME(createdAt);
    SAME(version);
}

void checkSame(const Message &actual, const Message &expected)
{
    SAME(id);
    SAME(senderStaffId);
    SAME(senderAccountId);
    SAME(recipientStaffId);
    SAME(recipientGroup);
    SAME(subject);
    SAME(body);
    SAME(urgent);
    SAME(patientId);
    SAME(appointmentId);
    SAME_TIME(createdAt);
    SAME(category);
    SAME(version);
}

void checkSame(const MessageRead &actual, const MessageRead &expected)
{
    SAME(id);
    SAME(messageId);
    SAME(staffId);
    SAME_TIME(readAt);
    SAME(version);
}

void checkSame(const CallbackTask &actual, const CallbackTask &expected)
{
    SAME(id);
    SAME(patientId);
    SAME(appointmentId);
    SAME(phone);
    SAME(note);
    SAME(assigneeId);
    SAME_TIME(dueAt);
    SAME_TIME(doneAt);
    SAME(doneBy);
    SAME(createdBy);
    SAME_TIME(createdAt);
    SAME(version);
}

void checkSame(const InvitationCode &actual, const InvitationCode &expected)
{
    SAME(id);
    SAME(codeHash);
    SAME(patientId);
    SAME(createdBy);
    SAME_TIME(createdAt);
    SAME_TIME(expiresAt);
    SAME_TIME(usedAt);
    SAME(usedByAccount);
    SAME(version);
}

void checkSame(const AccountToken &actual, const AccountToken &expected)
{
    SAME(id);
    SAME(accountId);
    SAME(purpose);
    SAME(tokenHash);
    SAME_TIME(createdAt);
    SAME_TIME(expiresAt);
    SAME_TIME(usedAt);
    SAME(version);
}

void checkSame(const WebSession &actual, const WebSession &expected)
{
    SAME(id);
    SAME(tokenHash);
    SAME(csrfToken);
    SAME(accountId);
    SAME_TIME(createdAt);
    SAME_TIME(expiresAt);
    SAME_TIME(endedAt);
    SAME(version);
}

void checkSame(const OutgoingMail &actual, const OutgoingMail &expected)
{
    SAME(id);
    SAME(toAddress);
    SAME(subject);
    SAME(body);
    SAME(kind);
    SAME(status);
    SAME(attempts);
    SAME_TIME(nextAttemptAt);
    SAME(lastError);
    SAME_TIME(createdAt);
    SAME_TIME(sentAt);
    SAME(appointmentId);
    SAME(accountId);
    SAME(version);
}

#undef SAME
#undef SAME_TIME

} // namespace Accueil::Test
