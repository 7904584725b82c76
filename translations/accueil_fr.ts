<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accueil::AgendaCommands</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo “%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengthen %1 to %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten %1 to %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::AgendaPage</name>
    <message>
        <source>%1 was not moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which agendas the day shows side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose week is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole centre (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose agendas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shorter than one slot (%2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no slot right after this one to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) stay inside the blocked period; call the patients to move them: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) no longer fit the new week; they were kept where they are: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New appointment here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the slot in two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with the next slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengthen (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::AgendaSelectionDialog</name>
    <message>
        <source>Choose the agendas shown side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Morning: GPs and nurses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More: phone, accompanied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the visit (not a message for the practitioner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number to reach the patient about this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comes with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;one for this appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accompanied by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time: F3 finds the next free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 — %3 — %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — first of %n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n sessions from %1 at %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session of the series could be placed: choose another start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session booked, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions booked, the first on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (nothing free that day), to book by hand:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentPatientPicker</name>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or birth date (e.g. mart lou, 06 12, 17/05/1980)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N records a new patient with what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 patients are listed: type a little more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentSlotFinder</name>
    <message>
        <source>&amp;Next free slot (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later (not that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agendas shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what: a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same profession: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practitioner and a type of appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda here offers this type of appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is free for this type in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::BlockPeriodDialog</name>
    <message>
        <source>Block a period — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motif</translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the period is blocked: patients and colleagues will read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::CallbackDialog</name>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the patient back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — appointment of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: results to give, appointment to move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat (whoever is free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already to call back:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::Callbacks</name>
    <message>
        <source>A call back needs a patient or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the patient is to be called back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::Directory</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern — supervised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::FreeSlotModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished">Praticien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::LoginDialog</name>
    <message>
        <source>Accueil — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::MainWindow</name>
    <message>
        <source>Accueil — %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lengthen by one slot (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shorten by one slot (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the agenda:
Up/Down: previous/next appointment; Left/Right: neighbouring column
Alt+Up/Down: move the appointment by one slot; Alt+Left/Right: to the next column
+ / −: lengthen / shorten by one slot
Space: patient arrived; Return: what can be done with the appointment
Ctrl+N: new appointment; Ctrl+Z / Ctrl+Y: undo / redo
Ctrl+PgUp / Ctrl+PgDown: previous / next day; Ctrl+T: today
Ctrl+1 / Ctrl+2: day / week view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::PatientDirectory</name>
    <message>
        <source>A patient needs a last name and a first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::PatientForm</name>
    <message>
        <source>&amp;Create the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mob&amp;ile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not a date: type it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::PatientSearchModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::Professions</name>
    <message>
        <source>General practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteopath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychomotor therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orthoptist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech therapist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::RuleBook</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online bookings open %1 ahead: this day can be booked from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online bookings close %1 before the appointment; please phone the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is kept for same-day needs and opens online on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is not open for online booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments can be cancelled online until %1 before (here: %2); please phone the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This appointment has already been moved online %n time(s), the most allowed; please phone the centre.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n online appointment(s) per person and per day; please phone the centre.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New patients cannot book this practitioner online; please phone the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::Scheduler</name>
    <message>
        <source>This agenda does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of appointment does not belong to this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no slot starting at this time in this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is marked unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of appointment cannot be booked online; please phone the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free time here for a %1 of %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An online booking needs the patient it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of appointment is not for the age of %1; please choose another one or phone the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the centre&apos;s staff can overbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of appointment is not a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled appointment cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other agenda has no &quot;%1&quot; type of appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling an appointment asks for a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has not started yet: the patient cannot be marked absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs the date it starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of the template week is not valid (weekday 1–7, start before end, slots of at least one minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template week already starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the period is blocked (holidays, training ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split slots last at least 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on a public holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::StaffAuth</name>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::Store</name>
    <message>
        <source>This record (%1 %2) no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record (%1 %2) since you opened it; look at it again and redo your change if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record (%2 %3) at %4 since you opened it; look at it again and redo your change if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::TemplateWeekDialog</name>
    <message>
        <source>Template week — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every slot to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments already booked are never moved; those that no longer fit the new week are listed after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply from this date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::WaitingRoomModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished">Praticien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished">Arrivé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accueil::WaitingRoomPanel</name>
    <message>
        <source>Call in (in consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Desk</source>
        <comment>slot kind: bookable at the desk only</comment>
        <translation type="unfinished">Secrétariat</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished">Réservé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished">Arrivé</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation type="unfinished">En consultation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Vu</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished">Absent (lapin)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulé</translation>
    </message>
    <message>
        <source>Desk</source>
        <comment>channel: booked at the front desk</comment>
        <translation type="unfinished">Secrétariat</translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished">Internet</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished">Praticien</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished">Système</translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message>
        <source>Release to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not free</source>
        <comment>a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>when a booking was made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>when a booking was made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>start time, patient name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <comment>arrival time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web · %1</source>
        <comment>when the patient booked online</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>start, end, patient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>slot start, end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <comment>why a slot is blocked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not enough free time here for %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This time is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is taken by %1.</source>
        <comment>a patient&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot at this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentText</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 min, %n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished">Secrétariat</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Accueil cannot start</source>
        <translation>Accueil ne peut pas démarrer</translation>
    </message>
</context>
</TS>
