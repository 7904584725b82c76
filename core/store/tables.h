#pragma once

#include "domain/agenda.h"
#include "domain/appointment.h"
#include "domain/centre.h"
#include "domain/messaging.h"
#include "domain/patient.h"
#include "domain/portal.h"
#include "domain/practitioner.h"
#include "domain/reminders.h"
#include "domain/schedule.h"
#include "domain/staff.h"

#include <tuple>

namespace Accueil::Sql {

// A column of an entity table: its SQL name and how to reach the member (a pointer to member, or a
// callable returning a reference for nested members). Every mapped table also has "id" and "version".
template<typename Access>
struct Col
{
    const char *name;
    Access access;
};
template<typename Access>
Col(const char *, Access) -> Col<Access>;

template<typename T>
struct Table; // specialised below, one per entity; the schema (schema.cpp) must match

// The centre's default rules are nested members, reached through small accessors.
// clang-format off
template<>
struct Table<Centre>
{
    static constexpr const char *name = "centre";
    static constexpr auto columns = std::make_tuple(
        Col{"name", &Centre::name}, Col{"address", &Centre::address}, Col{"phone", &Centre::phone},
        Col{"email", &Centre::email}, Col{"time_zone", &Centre::timeZone},
        Col{"holiday_region", &Centre::publicHolidayRegion},
        Col{"horizon_days", [](auto &c) -> auto & { return c.rules.horizonDays; }},
        Col{"min_notice_minutes", [](auto &c) -> auto & { return c.rules.minimumNoticeMinutes; }},
        Col{"urgent_release_time", [](auto &c) -> auto & { return c.rules.urgentReleaseTime; }},
        Col{"urgent_release_day_offset", [](auto &c) -> auto & { return c.rules.urgentReleaseDayOffset; }},
        Col{"cancel_deadline_hours", [](auto &c) -> auto & { return c.rules.cancellationDeadlineHours; }},
        Col{"max_online_reschedules", [](auto &c) -> auto & { return c.rules.maxOnlineReschedules; }},
        Col{"new_patients_online", [](auto &c) -> auto & { return c.rules.newPatientsOnline; }},
        Col{"max_online_per_day", [](auto &c) -> auto & { return c.rules.maxOnlineBookingsPerDay; }});
};
// clang-format on

template<>
struct Table<StaffUser>
{
    static constexpr const char *name = "staff_user";
    static constexpr auto columns = std::make_tuple(
            Col{"login", &StaffUser::login}, Col{"display_name", &StaffUser::displayName},
            Col{"initials", &StaffUser::initials}, Col{"role", &StaffUser::role},
            Col{"password_hash", &StaffUser::passwordHash},
            Col{"practitioner_id", &StaffUser::practitionerId}, Col{"active", &StaffUser::active},
            Col{"created_at", &StaffUser::createdAt}, Col{"do_not_disturb", &StaffUser::doNotDisturb},
            Col{"web_bookings_seen_at", &StaffUser::webBookingsSeenAt});
    static constexpr const char *secret = "password_hash"; // never copied into the audit trail
};

template<>
struct Table<Practitioner>
{
    static constexpr const char *name = "practitioner";
    static constexpr auto columns = std::make_tuple(
            Col{"title", &Practitioner::title}, Col{"first_name", &Practitioner::firstName},
            Col{"last_name", &Practitioner::lastName}, Col{"profession", &Practitioner::profession},
            Col{"description", &Practitioner::description},
            Col{"accepts_new_patients", &Practitioner::acceptsNewPatients},
            Col{"intern", &Practitioner::intern}, Col{"supervisor_id", &Practitioner::supervisorId},
            Col{"active", &Practitioner::active});
};

template<>
struct Table<Service>
{
    static constexpr const char *name = "service";
    static constexpr auto columns
            = std::make_tuple(Col{"label", &Service::label}, Col{"keywords", &Service::keywords});
};

template<>
struct Table<PractitionerService>
{
    static constexpr const char *name = "practitioner_service";
    static constexpr auto columns
            = std::make_tuple(Col{"practitioner_id", &PractitionerService::practitionerId},
                              Col{"service_id", &PractitionerService::serviceId});
};

template<>
struct Table<Agenda>
{
    static constexpr const char *name = "agenda";
    static constexpr auto columns
            = std::make_tuple(Col{"kind", &Agenda::kind}, Col{"practitioner_id", &Agenda::practitionerId},
                              Col{"name", &Agenda::name}, Col{"colour", &Agenda::colour},
                              Col{"sort_order", &Agenda::sortOrder}, Col{"active", &Agenda::active});
};

template<>
struct Table<AgendaRules>
{
    static constexpr const char *name = "agenda_rules";
    static constexpr auto columns = std::make_tuple(
            Col{"agenda_id", &AgendaRules::agendaId}, Col{"horizon_days", &AgendaRules::horizonDays},
            Col{"min_notice_minutes", &AgendaRules::minimumNoticeMinutes},
            Col{"urgent_release_time", &AgendaRules::urgentReleaseTime},
            Col{"urgent_release_day_offset", &AgendaRules::urgentReleaseDayOffset},
            Col{"cancel_deadline_hours", &AgendaRules::cancellationDeadlineHours},
            Col{"max_online_reschedules", &AgendaRules::maxOnlineReschedules},
            Col{"new_patients_online", &AgendaRules::newPatientsOnline},
            Col{"max_online_per_day", &AgendaRules::maxOnlineBookingsPerDay});
};

template<>
struct Table<AppointmentType>
{
    static constexpr const char *name = "appointment_type";
    static constexpr auto columns = std::make_tuple(
            Col{"agenda_id", &AppointmentType::agendaId}, Col{"label", &AppointmentType::label},
            Col{"duration_minutes", &AppointmentType::durationMinutes},
            Col{"colour", &AppointmentType::colour}, Col{"online_bookable", &AppointmentType::onlineBookable},
            Col{"allowed_slot_kinds", &AppointmentType::allowedSlotKinds},
            Col{"series_sessions", &AppointmentType::seriesSessions},
            Col{"series_per_week", &AppointmentType::seriesPerWeek},
            Col{"min_age_months", &AppointmentType::minAgeMonths},
            Col{"max_age_months", &AppointmentType::maxAgeMonths}, Col{"active", &AppointmentType::active});
};

template<>
struct Table<Patient>
{
    static constexpr const char *name = "patient";
    static constexpr auto columns = std::make_tuple(
            Col{"last_name", &Patient::lastName}, Col{"birth_name", &Patient::birthName},
            Col{"first_name", &Patient::firstName}, Col{"birth_date", &Patient::birthDate},
            Col{"sex", &Patient::sex}, Col{"mobile_phone", &Patient::mobilePhone},
            Col{"home_phone", &Patient::homePhone}, Col{"email", &Patient::email},
            Col{"address", &Patient::address}, Col{"notes", &Patient::notes},
            Col{"reminders_opt_out", &Patient::remindersOptOut}, Col{"created_at", &Patient::createdAt},
            Col{"updated_at", &Patient::updatedAt}, Col{"search_text", &Patient::searchText});
};

template<>
struct Table<PatientAccount>
{
    static constexpr const char *name = "patient_account";
    static constexpr auto columns = std::make_tuple(
            Col{"email", &PatientAccount::email}, Col{"password_hash", &PatientAccount::passwordHash},
            Col{"holder_patient_id", &PatientAccount::holderPatientId},
            Col{"email_verified_at", &PatientAccount::emailVerifiedAt},
            Col{"created_at", &PatientAccount::createdAt}, Col{"active", &PatientAccount::active},
            Col{"language", &PatientAccount::language});
    static constexpr const char *secret = "password_hash";
};

template<>
struct Table<AccountMember>
{
    static constexpr const char *name = "account_member";
    static constexpr auto columns = std::make_tuple(Col{"account_id", &AccountMember::accountId},
                                                    Col{"patient_id", &AccountMember::patientId},
                                                    Col{"relation", &AccountMember::relation});
};

template<>
struct Table<Appointment>
{
    static constexpr const char *name = "appointment";
    static constexpr auto columns = std::make_tuple(
            Col{"agenda_id", &Appointment::agendaId}, Col{"patient_id", &Appointment::patientId},
            Col{"type_id", &Appointment::typeId}, Col{"start_utc", &Appointment::start},
            Col{"end_utc", &Appointment::end}, Col{"reason", &Appointment::reason},
            Col{"phone", &Appointment::phone}, Col{"companion", &Appointment::companion},
            Col{"status", &Appointment::status}, Col{"cancel_reason", &Appointment::cancelReason},
            Col{"cancelled_at", &Appointment::cancelledAt}, Col{"late_cancel", &Appointment::lateCancel},
            Col{"no_show_excused", &Appointment::noShowExcused},
            Col{"channel", &Appointment::channel}, Col{"overbooked", &Appointment::overbooked},
            Col{"series_id", &Appointment::seriesId}, Col{"arrived_at", &Appointment::arrivedAt},
            Col{"online_reschedules", &Appointment::onlineReschedules},
            Col{"created_by", &Appointment::createdBy},
            Col{"created_by_account", &Appointment::createdByAccount},
            Col{"created_at", &Appointment::createdAt}, Col{"updated_by", &Appointment::updatedBy},
            Col{"updated_at", &Appointment::updatedAt}, Col{"reason_search", &Appointment::reasonSearch});
};

template<>
struct Table<ScheduleTemplate>
{
    static constexpr const char *name = "schedule_template";
    static constexpr auto columns = std::make_tuple(
            Col{"agenda_id", &ScheduleTemplate::agendaId}, Col{"label", &ScheduleTemplate::label},
            Col{"valid_from", &ScheduleTemplate::validFrom}, Col{"valid_to", &ScheduleTemplate::validTo});
};

template<>
struct Table<TemplateRange>
{
    static constexpr const char *name = "template_range";
    static constexpr auto columns = std::make_tuple(
            Col{"template_id", &TemplateRange::templateId}, Col{"weekday", &TemplateRange::weekday},
            Col{"start_minute", &TemplateRange::startMinute}, Col{"end_minute", &TemplateRange::endMinute},
            Col{"slot_minutes", &TemplateRange::slotMinutes}, Col{"kind", &TemplateRange::kind});
};

template<>
struct Table<ScheduleException>
{
    static constexpr const char *name = "schedule_exception";
    static constexpr auto columns = std::make_tuple(
            Col{"agenda_id", &ScheduleException::agendaId}, Col{"action", &ScheduleException::action},
            Col{"start_utc", &ScheduleException::start}, Col{"end_utc", &ScheduleException::end},
            Col{"kind", &ScheduleException::kind}, Col{"slot_minutes", &ScheduleException::slotMinutes},
            Col{"label", &ScheduleException::label}, Col{"created_at", &ScheduleException::createdAt});
};

template<>
struct Table<Message>
{
    static constexpr const char *name = "message";
    static constexpr auto columns = std::make_tuple(
            Col{"sender_staff_id", &Message::senderStaffId},
            Col{"sender_account_id", &Message::senderAccountId},
            Col{"recipient_staff_id", &Message::recipientStaffId},
            Col{"recipient_group", &Message::recipientGroup}, Col{"subject", &Message::subject},
            Col{"body", &Message::body}, Col{"urgent", &Message::urgent},
            Col{"patient_id", &Message::patientId}, Col{"appointment_id", &Message::appointmentId},
            Col{"created_at", &Message::createdAt}, Col{"category", &Message::category});
};

template<>
struct Table<MessageRead>
{
    static constexpr const char *name = "message_read";
    static constexpr auto columns
            = std::make_tuple(Col{"message_id", &MessageRead::messageId},
                              Col{"staff_id", &MessageRead::staffId}, Col{"read_at", &MessageRead::readAt});
};

template<>
struct Table<SlotHold>
{
    static constexpr const char *name = "slot_hold";
    static constexpr auto columns
            = std::make_tuple(Col{"agenda_id", &SlotHold::agendaId}, Col{"start_utc", &SlotHold::start},
                              Col{"end_utc", &SlotHold::end}, Col{"staff_id", &SlotHold::staffId},
                              Col{"label", &SlotHold::label}, Col{"expires_at", &SlotHold::expiresAt});
};

template<>
struct Table<InvitationCode>
{
    static constexpr const char *name = "invitation_code";
    static constexpr auto columns = std::make_tuple(
            Col{"code_hash", &InvitationCode::codeHash}, Col{"patient_id", &InvitationCode::patientId},
            Col{"created_by", &InvitationCode::createdBy}, Col{"created_at", &InvitationCode::createdAt},
            Col{"expires_at", &InvitationCode::expiresAt}, Col{"used_at", &InvitationCode::usedAt},
            Col{"used_by_account", &InvitationCode::usedByAccount});
};

template<>
struct Table<AccountToken>
{
    static constexpr const char *name = "account_token";
    static constexpr auto columns = std::make_tuple(
            Col{"account_id", &AccountToken::accountId}, Col{"purpose", &AccountToken::purpose},
            Col{"token_hash", &AccountToken::tokenHash}, Col{"created_at", &AccountToken::createdAt},
            Col{"expires_at", &AccountToken::expiresAt}, Col{"used_at", &AccountToken::usedAt});
};

template<>
struct Table<WebSession>
{
    static constexpr const char *name = "web_session";
    static constexpr auto columns = std::make_tuple(
            Col{"token_hash", &WebSession::tokenHash}, Col{"csrf_token", &WebSession::csrfToken},
            Col{"account_id", &WebSession::accountId}, Col{"created_at", &WebSession::createdAt},
            Col{"expires_at", &WebSession::expiresAt}, Col{"ended_at", &WebSession::endedAt});
    static constexpr const char *secret = "csrf_token";
};

template<>
struct Table<OutgoingMail>
{
    static constexpr const char *name = "outgoing_mail";
    static constexpr auto columns = std::make_tuple(
            Col{"to_address", &OutgoingMail::toAddress}, Col{"subject", &OutgoingMail::subject},
            Col{"body", &OutgoingMail::body}, Col{"kind", &OutgoingMail::kind},
            Col{"status", &OutgoingMail::status}, Col{"attempts", &OutgoingMail::attempts},
            Col{"next_attempt_at", &OutgoingMail::nextAttemptAt}, Col{"last_error", &OutgoingMail::lastError},
            Col{"created_at", &OutgoingMail::createdAt}, Col{"sent_at", &OutgoingMail::sentAt},
            Col{"appointment_id", &OutgoingMail::appointmentId}, Col{"account_id", &OutgoingMail::accountId});
    static constexpr const char *secret = "body"; // patients' names and links stay out of the audit trail
};

template<>
struct Table<CannedReply>
{
    static constexpr const char *name = "canned_reply";
    static constexpr auto columns
            = std::make_tuple(Col{"label", &CannedReply::label}, Col{"body", &CannedReply::body});
};

template<>
struct Table<CallbackTask>
{
    static constexpr const char *name = "callback_task";
    static constexpr auto columns = std::make_tuple(
            Col{"patient_id", &CallbackTask::patientId}, Col{"appointment_id", &CallbackTask::appointmentId},
            Col{"phone", &CallbackTask::phone}, Col{"note", &CallbackTask::note},
            Col{"assignee_id", &CallbackTask::assigneeId}, Col{"due_at", &CallbackTask::dueAt},
            Col{"done_at", &CallbackTask::doneAt}, Col{"done_by", &CallbackTask::doneBy},
            Col{"created_by", &CallbackTask::createdBy}, Col{"created_at", &CallbackTask::createdAt});
};

template<>
struct Table<ReminderRule>
{
    static constexpr const char *name = "reminder_rule";
    static constexpr auto columns = std::make_tuple(
            Col{"type_id", &ReminderRule::typeId}, Col{"medium", &ReminderRule::medium},
            Col{"minutes_before", &ReminderRule::minutesBefore}, Col{"active", &ReminderRule::active});
};

template<>
struct Table<ReminderTemplate>
{
    static constexpr const char *name = "reminder_template";
    static constexpr auto columns = std::make_tuple(
            Col{"medium", &ReminderTemplate::medium}, Col{"language", &ReminderTemplate::language},
            Col{"subject", &ReminderTemplate::subject}, Col{"body", &ReminderTemplate::body});
};

template<>
struct Table<Reminder>
{
    static constexpr const char *name = "reminder";
    static constexpr auto columns = std::make_tuple(
            Col{"appointment_id", &Reminder::appointmentId}, Col{"rule_id", &Reminder::ruleId},
            Col{"start_utc", &Reminder::start}, Col{"medium", &Reminder::medium},
            Col{"status", &Reminder::status}, Col{"skip_reason", &Reminder::skipReason},
            Col{"recipient", &Reminder::recipient}, Col{"body", &Reminder::body},
            Col{"attempts", &Reminder::attempts}, Col{"next_attempt_at", &Reminder::nextAttemptAt},
            Col{"last_error", &Reminder::lastError}, Col{"created_at", &Reminder::createdAt},
            Col{"sent_at", &Reminder::sentAt}, Col{"mail_id", &Reminder::mailId});
    static constexpr const char *secret = "body"; // patients' names stay out of the audit trail
};

template<>
struct Table<CalendarFeed>
{
    static constexpr const char *name = "calendar_feed";
    static constexpr auto columns = std::make_tuple(
            Col{"practitioner_id", &CalendarFeed::practitionerId}, Col{"token_hash", &CalendarFeed::tokenHash},
            Col{"show_patients", &CalendarFeed::showPatients}, Col{"created_by", &CalendarFeed::createdBy},
            Col{"created_at", &CalendarFeed::createdAt}, Col{"revoked_at", &CalendarFeed::revokedAt});
    static constexpr const char *secret = "token_hash";
};

} // namespace Accueil::Sql
