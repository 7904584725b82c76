<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accueil::AgendaCommands</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot undo or redo “%1” — %2</source>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>le rendez-vous</translation>
    </message>
    <message>
        <source>Lengthen %1 to %2 min</source>
        <translation>Allonger %1 à %2 min</translation>
    </message>
    <message>
        <source>Shorten %1 to %2 min</source>
        <translation>Raccourcir %1 à %2 min</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Move %1 to %2, %3</source>
        <translation>Déplacer %1 vers %2, %3</translation>
    </message>
    <message>
        <source>%1 — the connection to the database is lost: nothing was changed. Try again once it is back.</source>
        <translation>%1 — la connexion à la base de données est perdue : rien n’a été modifié. Réessayez quand elle sera rétablie.</translation>
    </message>
</context>
<context>
    <name>Accueil::AgendaPage</name>
    <message>
        <source>%1 was not moved: %2</source>
        <translation>Le rendez-vous de %1 n&apos;a pas été déplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The appointment was not moved: %1</source>
        <translation>Le rendez-vous n&apos;a pas été déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Jour précédent (Ctrl+Page préc)</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>Jour suivant (Ctrl+Page suiv)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Which agendas the day shows side by side</source>
        <translation>Agendas affichés côte à côte dans la vue jour</translation>
    </message>
    <message>
        <source>Whose week is shown</source>
        <translation>Agenda dont la semaine est affichée</translation>
    </message>
    <message>
        <source>My agendas</source>
        <translation>Mes agendas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The whole centre (%1)</source>
        <translation>Tout le centre (%1)</translation>
    </message>
    <message>
        <source>Choose agendas…</source>
        <translation>Choisir les agendas…</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>Impossible de lire l&apos;agenda&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be shorter than one slot (%2 min).</source>
        <translation>%1&#xa0;: impossible de raccourcir en dessous d&apos;un créneau (%2 min).</translation>
    </message>
    <message>
        <source>The appointment</source>
        <translation>Le rendez-vous</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1&#xa0;: déjà %2.</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2?</source>
        <translation>Annuler le rendez-vous de %1 du %2&#xa0;?</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Annulé par le patient</translation>
    </message>
    <message>
        <source>Cancelled by the practitioner</source>
        <translation>Annulé par le praticien</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>Pris par erreur</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ne pas annuler</translation>
    </message>
    <message>
        <source>There is no slot right after this one to merge with.</source>
        <translation>Il n&apos;y a pas de créneau juste après celui-ci avec lequel le fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) stay inside the blocked period; call the patients to move them: %1</source>
        <translation>
            <numerusform>%n rendez-vous reste dans la période bloquée&#xa0;; appelez le patient pour le déplacer&#xa0;: %1</numerusform>
            <numerusform>%n rendez-vous restent dans la période bloquée&#xa0;; appelez les patients pour les déplacer&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) no longer fit the new week; they were kept where they are: %1</source>
        <translation>
            <numerusform>%n rendez-vous ne correspond plus à la nouvelle semaine&#xa0;; il a été laissé à sa place&#xa0;: %1</numerusform>
            <numerusform>%n rendez-vous ne correspondent plus à la nouvelle semaine&#xa0;; ils ont été laissés à leur place&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New appointment here…</source>
        <translation>Nouveau rendez-vous ici…</translation>
    </message>
    <message>
        <source>Slot kind</source>
        <translation>Type de créneau</translation>
    </message>
    <message>
        <source>Split the slot in two</source>
        <translation>Dédoubler le créneau</translation>
    </message>
    <message>
        <source>Merge with the next slot</source>
        <translation>Fusionner avec le créneau suivant</translation>
    </message>
    <message>
        <source>Block a period…</source>
        <translation>Bloquer une période…</translation>
    </message>
    <message>
        <source>Open this public holiday</source>
        <translation>Ouvrir ce jour férié</translation>
    </message>
    <message>
        <source>Template week…</source>
        <translation>Semaine type…</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>Rappeler…</translation>
    </message>
    <message>
        <source>Lengthen (+)</source>
        <translation>Allonger (+)</translation>
    </message>
    <message>
        <source>Shorten (−)</source>
        <translation>Raccourcir (−)</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>Apply my change anyway</source>
        <translation>Appliquer quand même ma modification</translation>
    </message>
    <message>
        <source>being booked by %1</source>
        <translation>%1&#xa0;: réservation en cours</translation>
    </message>
    <message>
        <source>The practitioner could not be told of the arrival: %1</source>
        <translation>Le praticien n&apos;a pas pu être prévenu de l&apos;arrivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invitation code for the booking page…</source>
        <translation>Code d&apos;invitation pour la prise de rendez-vous en ligne…</translation>
    </message>
    <message>
        <source>Patient record…</source>
        <translation>Fiche patient…</translation>
    </message>
    <message>
        <source>The centre cancels it (not counted as the patient&apos;s late cancellation)</source>
        <translation>Annulation par le centre (non comptée comme annulation tardive du patient)</translation>
    </message>
    <message>
        <source>No-show excused</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Print an appointment card…</source>
        <translation>Imprimer une carte de rendez-vous…</translation>
    </message>
</context>
<context>
    <name>Accueil::AgendaSelectionDialog</name>
    <message>
        <source>Choose the agendas shown side by side</source>
        <translation>Choisir les agendas affichés côte à côte</translation>
    </message>
    <message>
        <source>e.g. Morning: GPs and nurses</source>
        <translation>ex.&#xa0;: Matin, généralistes et infirmiers</translation>
    </message>
    <message>
        <source>Save and show</source>
        <translation>Enregistrer et afficher</translation>
    </message>
    <message>
        <source>Name of the selection</source>
        <translation>Nom de la sélection</translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;More: phone, accompanied by</source>
        <translation>&amp;Autres infos&#xa0;: téléphone, accompagnant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Reason for the visit (not a message for the practitioner)</source>
        <translation>Motif de la consultation (pas un message pour le praticien)</translation>
    </message>
    <message>
        <source>A number to reach the patient about this appointment</source>
        <translation>Un numéro pour joindre le patient au sujet de ce rendez-vous</translation>
    </message>
    <message>
        <source>Who comes with the patient</source>
        <translation>Qui accompagne le patient</translation>
    </message>
    <message>
        <source>Ph&amp;one for this appointment:</source>
        <translation>Télép&amp;hone pour ce rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accompanied by:</source>
        <translation>Accompa&amp;gné par&#xa0;:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a time: F3 finds the next free slot.</source>
        <translation>Choisissez un horaire&#xa0;: F3 trouve le prochain créneau libre.</translation>
    </message>
    <message>
        <source>%1 at %2 — %3 — %4 — %5</source>
        <translation>%1 à %2 — %3 — %4 — %5</translation>
    </message>
    <message>
        <source>no patient chosen yet</source>
        <translation>aucun patient choisi pour le moment</translation>
    </message>
    <message numerus="yes">
        <source>%1 — first of %n sessions</source>
        <translation>
            <numerusform>%1 — première séance sur %n</numerusform>
            <numerusform>%1 — première des %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n sessions from %1 at %2</source>
        <translation>
            <numerusform>Réserver %n séance le %1 à %2</numerusform>
            <numerusform>Réserver %n séances à partir du %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1 at %2</source>
        <translation>Réserver le %1 à %2</translation>
    </message>
    <message>
        <source>No session of the series could be placed: choose another start.</source>
        <translation>Aucune séance de la série n&apos;a pu être placée&#xa0;: choisissez un autre début.</translation>
    </message>
    <message>
        <source>1 session booked, on %1.</source>
        <translation>1 séance réservée, le %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions booked, the first on %1.</source>
        <translation>
            <numerusform>%n séance réservée, le %1.</numerusform>
            <numerusform>%n séances réservées, la première le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (nothing free that day), to book by hand:
%1</source>
        <translation>Séances non placées (rien de libre ce jour-là), à réserver à la main&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentHistory</name>
    <message>
        <source>the patient, online</source>
        <translation>le patient, en ligne</translation>
    </message>
    <message>
        <source>booking page</source>
        <translation>page de rendez-vous en ligne</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>Start: %1 → %2</source>
        <translation>Début&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Duration: %1 min → %2 min</source>
        <translation>Durée&#xa0;: %1 min → %2 min</translation>
    </message>
    <message>
        <source>Agenda: %1 → %2</source>
        <translation>Agenda&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Patient: %1 → %2</source>
        <translation>Patient&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Type: %1 → %2</source>
        <translation>Type&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Accompagnant</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Booked for %1 (%2 min) in %3</source>
        <translation>Rendez-vous pris pour le %1 (%2 min), agenda %3</translation>
    </message>
    <message>
        <source>Reason: &quot;%1&quot;</source>
        <translation>Motif&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Lengthened from %1 to %2 min</source>
        <translation>Allongé de %1 à %2 min</translation>
    </message>
    <message>
        <source>Shortened from %1 to %2 min</source>
        <translation>Raccourci de %1 à %2 min</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Déplacé du %1 au %2</translation>
    </message>
    <message>
        <source>Marked &quot;%1&quot;</source>
        <translation>Marqué «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled: &quot;%1&quot;</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(late cancellation)</source>
        <translation>(annulation tardive)</translation>
    </message>
    <message>
        <source>No-show excused</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>No-show counted again</source>
        <translation>Absence de nouveau comptée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Booked for %1 (%2 min) in %3; imported: the changes before the import are not known</source>
        <translation>Rendez-vous pris pour le %1 (%2 min), agenda %3&#xa0;; importé&#xa0;: les modifications antérieures à l&apos;import ne sont pas connues</translation>
    </message>
    <message>
        <source>Status when imported: %1</source>
        <translation>Statut à l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancellation reason: &quot;%1&quot;</source>
        <translation>Motif d&apos;annulation&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentHistoryDialog</name>
    <message>
        <source>Appointment history</source>
        <translation>Historique du rendez-vous</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>%1 – %2 at %3</source>
        <translation>%1 – %2 à %3</translation>
    </message>
    <message>
        <source>Reminders: none for this appointment.</source>
        <translation>Rappels&#xa0;: aucun pour ce rendez-vous.</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentPatientPicker</name>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>C&amp;hange patient</source>
        <translation>Changer de pat&amp;ient</translation>
    </message>
    <message>
        <source>Name, phone or birth date (e.g. mart lou, 06 12, 17/05/1980)</source>
        <translation>Nom, téléphone ou date de naissance (ex.&#xa0;: mart lou, 06 12, 17/05/1980)</translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N records a new patient with what you typed.</source>
        <translation>Aucun patient trouvé. Ctrl+N crée un nouveau patient avec ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>Only the first %1 patients are listed: type a little more.</source>
        <translation>Seuls les %1 premiers patients sont affichés&#xa0;: précisez votre saisie.</translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentSearch</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Say what to look for: a patient, a period, a reason…</source>
        <translation>Indiquez ce qu&apos;il faut chercher&#xa0;: un patient, une période, un motif…</translation>
    </message>
</context>
<context>
    <name>Accueil::AppointmentSlotFinder</name>
    <message>
        <source>&amp;Next free slot (F3)</source>
        <translation>Prochain créneau &amp;libre (F3)</translation>
    </message>
    <message>
        <source>&amp;Later (not that day)</source>
        <translation>Pl&amp;us tard (pas ce jour-là)</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>Chercher dans&#xa0;:</translation>
    </message>
    <message>
        <source>This agenda</source>
        <translation>Cet agenda</translation>
    </message>
    <message>
        <source>All agendas shown</source>
        <translation>Tous les agendas affichés</translation>
    </message>
    <message>
        <source>Who does what: a service</source>
        <translation>Qui fait quoi&#xa0;: une prestation</translation>
    </message>
    <message>
        <source>Same profession: %1</source>
        <translation>Même profession&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a practitioner and a type of appointment first.</source>
        <translation>Choisissez d&apos;abord un praticien et un type de rendez-vous.</translation>
    </message>
    <message>
        <source>No agenda here offers this type of appointment.</source>
        <translation>Aucun agenda ici ne propose ce type de rendez-vous.</translation>
    </message>
    <message>
        <source>Nothing is free for this type in the next %1 days.</source>
        <translation>Rien de libre pour ce type dans les %1 prochains jours.</translation>
    </message>
</context>
<context>
    <name>Accueil::BlockPeriodDialog</name>
    <message>
        <source>Block a period — %1</source>
        <translation>Bloquer une période — %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Say why the period is blocked: patients and colleagues will read it.</source>
        <translation>Indiquez pourquoi la période est bloquée&#xa0;: les patients et les collègues le liront.</translation>
    </message>
</context>
<context>
    <name>Accueil::CalendarFeedDialog</name>
    <message>
        <source>Show patients&apos; names and reasons</source>
        <translation>Afficher les noms des patients et les motifs</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>My calendar on my phone</source>
        <translation>Mon agenda sur mon téléphone</translation>
    </message>
    <message>
        <source>https://rdv.example.org</source>
        <translation>https://rdv.example.org</translation>
    </message>
    <message>
        <source>Copy this address into your phone&apos;s calendar now: it is shown only once.</source>
        <translation>Copiez dès maintenant cette adresse dans l&apos;agenda de votre téléphone&#xa0;: elle n&apos;est affichée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>Booking page address:</source>
        <translation>Adresse de la page de rendez-vous en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Your phone&apos;s calendar can subscribe to your appointments through a private address. Whoever has the address can read it: keep it to yourself, and make a new one if it may have leaked.</source>
        <translation>L&apos;agenda de votre téléphone peut s&apos;abonner à vos rendez-vous grâce à une adresse privée. Toute personne qui a cette adresse peut le lire&#xa0;: gardez-la pour vous, et créez-en une nouvelle si elle a pu être divulguée.</translation>
    </message>
    <message>
        <source>The desk cannot know the address patients use for the booking page: type it once above, this computer remembers it.</source>
        <translation>Ce poste ne peut pas connaître l&apos;adresse que les patients utilisent pour la prise de rendez-vous en ligne&#xa0;: saisissez-la une fois ci-dessus, cet ordinateur la retiendra.</translation>
    </message>
    <message>
        <source>Phone calendars copy their events to their maker&apos;s cloud: with names, patient details leave the centre.</source>
        <translation>Les agendas des téléphones copient leurs événements dans le cloud de leur fabricant&#xa0;: avec les noms, des données de patients sortent du centre.</translation>
    </message>
    <message>
        <source>Only practitioners, the coordinator and administrators have calendar addresses.</source>
        <translation>Seuls les praticiens, le coordinateur et les administrateurs ont des adresses d&apos;agenda.</translation>
    </message>
    <message>
        <source>Create address</source>
        <translation>Créer l&apos;adresse</translation>
    </message>
    <message>
        <source>An address is active, made on %1 by %2.</source>
        <translation>Une adresse est active, créée le %1 par %2.</translation>
    </message>
    <message>
        <source>An address is active, made on %1.</source>
        <translation>Une adresse est active, créée le %1.</translation>
    </message>
    <message>
        <source>New address (revokes the old one)</source>
        <translation>Nouvelle adresse (révoque l&apos;ancienne)</translation>
    </message>
    <message>
        <source>No address is active: no phone can read this calendar.</source>
        <translation>Aucune adresse active&#xa0;: aucun téléphone ne peut lire cet agenda.</translation>
    </message>
    <message>
        <source>Whether an address is active cannot be read right now.</source>
        <translation>Impossible de savoir pour l&apos;instant si une adresse est active.</translation>
    </message>
</context>
<context>
    <name>Accueil::CalendarFeeds</name>
    <message>
        <source>This calendar address has been revoked; make a new one.</source>
        <translation>Cette adresse d&apos;agenda a été révoquée&#xa0;; créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Only the practitioner, the coordinator or an administrator can change this calendar address.</source>
        <translation>Seuls le praticien, le coordinateur ou un administrateur peuvent modifier cette adresse d&apos;agenda.</translation>
    </message>
</context>
<context>
    <name>Accueil::CallbackDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Avant le</translation>
    </message>
    <message>
        <source>Call the patient back</source>
        <translation>Rappeler le patient</translation>
    </message>
    <message>
        <source>(no patient)</source>
        <translation>(aucun patient)</translation>
    </message>
    <message>
        <source>%1 — appointment of %2</source>
        <translation>%1 — rendez-vous du %2</translation>
    </message>
    <message>
        <source>Why: results to give, appointment to move…</source>
        <translation>Pourquoi&#xa0;: résultats à donner, rendez-vous à déplacer…</translation>
    </message>
    <message>
        <source>The secretariat (whoever is free)</source>
        <translation>Le secrétariat (la personne disponible)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Qui rappelle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>Already to call back:</source>
        <translation>Déjà à rappeler&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accueil::CallbackListModel</name>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Qui rappelle</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
</context>
<context>
    <name>Accueil::CallbackListPanel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>The patient was reached: take the task off the list</source>
        <translation>Le patient a été joint&#xa0;: retirer la tâche de la liste</translation>
    </message>
</context>
<context>
    <name>Accueil::Callbacks</name>
    <message>
        <source>A call back needs a patient or a phone number.</source>
        <translation>Un rappel nécessite un patient ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Say in a few words why the patient is to be called back.</source>
        <translation>Indiquez en quelques mots pourquoi il faut rappeler le patient.</translation>
    </message>
</context>
<context>
    <name>Accueil::CentreFigures</name>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>La période doit se terminer le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Too many points for a chart: choose a shorter period or a longer step.</source>
        <translation>Trop de points pour un graphique&#xa0;: choisissez une période plus courte ou un pas plus long.</translation>
    </message>
</context>
<context>
    <name>Accueil::ChangeWatcher</name>
    <message>
        <source>Cannot listen to the database&apos;s changes.</source>
        <translation>Impossible de suivre les modifications de la base de données.</translation>
    </message>
</context>
<context>
    <name>Accueil::ChannelFiguresModel</name>
    <message>
        <source>Booked through</source>
        <translation>Pris via</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Already started</source>
        <translation>Déjà commencés</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Excused no-shows</source>
        <translation>Absences excusées</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
    <message>
        <source>Late-cancel rate</source>
        <translation>Taux d&apos;annulation tardive</translation>
    </message>
</context>
<context>
    <name>Accueil::Database</name>
    <message>
        <source>The connection to the database was lost (%1).</source>
        <translation>La connexion à la base de données a été perdue (%1).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
</context>
<context>
    <name>Accueil::Directory</name>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Intern — supervised by %1</source>
        <translation>Interne — supervisé(e) par %1</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>Accueil::FiguresCharts</name>
    <message>
        <source>Goal: %1 online</source>
        <translation>Objectif&#xa0;: %1 en ligne</translation>
    </message>
    <message>
        <source>Appointments by booking channel</source>
        <translation>Rendez-vous par canal de réservation</translation>
    </message>
    <message>
        <source>%1 — %2: %3 appointments, %4</source>
        <translation>%1 — %2&#xa0;: %3 rendez-vous, %4</translation>
    </message>
    <message>
        <source>Share of the appointments, %</source>
        <translation>Part des rendez-vous (%)</translation>
    </message>
    <message>
        <source>Share of appointments booked online, by month</source>
        <translation>Part des rendez-vous pris en ligne, par mois</translation>
    </message>
    <message>
        <source>Booked online, %</source>
        <translation>Pris en ligne (%)</translation>
    </message>
</context>
<context>
    <name>Accueil::FiguresCsv</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Pris au secrétariat</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Pris en ligne</translation>
    </message>
    <message>
        <source>Booked by the practitioner</source>
        <translation>Pris par le praticien</translation>
    </message>
    <message>
        <source>Booked by the system</source>
        <translation>Pris par le système</translation>
    </message>
    <message>
        <source>Online share %</source>
        <translation>Part en ligne (%)</translation>
    </message>
    <message>
        <source>Internet slot minutes</source>
        <translation>Minutes de créneaux internet</translation>
    </message>
    <message>
        <source>Internet minutes booked</source>
        <translation>Minutes internet réservées</translation>
    </message>
    <message>
        <source>Internet fill rate %</source>
        <translation>Taux de remplissage internet (%)</translation>
    </message>
    <message>
        <source>Urgent slots</source>
        <translation>Créneaux d&apos;urgence</translation>
    </message>
    <message>
        <source>Urgent slots used</source>
        <translation>Créneaux d&apos;urgence utilisés</translation>
    </message>
    <message>
        <source>Urgent slots used %</source>
        <translation>Créneaux d&apos;urgence utilisés (%)</translation>
    </message>
    <message>
        <source>Appointments passed</source>
        <translation>Rendez-vous déjà commencés</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Excused no-shows</source>
        <translation>Absences excusées</translation>
    </message>
    <message>
        <source>No-show rate %</source>
        <translation>Taux d&apos;absence (%)</translation>
    </message>
    <message>
        <source>No-show rate, desk %</source>
        <translation>Taux d&apos;absence, secrétariat (%)</translation>
    </message>
    <message>
        <source>No-show rate, online %</source>
        <translation>Taux d&apos;absence, en ligne (%)</translation>
    </message>
    <message>
        <source>No-show rate, practitioner %</source>
        <translation>Taux d&apos;absence, praticien (%)</translation>
    </message>
    <message>
        <source>No-show rate, system %</source>
        <translation>Taux d&apos;absence, système (%)</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
    <message>
        <source>Late-cancel rate %</source>
        <translation>Taux d&apos;annulation tardive (%)</translation>
    </message>
    <message>
        <source>The figures could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les statistiques dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accueil::FiguresDialog</name>
    <message>
        <source>Figures — %1</source>
        <translation>Statistiques — %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ Mois &amp;précédent</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Ce &amp;mois</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>Mois &amp;suivant ▶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>The table as a file for a spreadsheet (Excel, LibreOffice)</source>
        <translation>Le tableau sous forme de fichier pour un tableur (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>By booking channel</source>
        <translation>Par canal de réservation</translation>
    </message>
    <message>
        <source>Online share by month</source>
        <translation>Part en ligne par mois</translation>
    </message>
    <message>
        <source>No-shows by channel</source>
        <translation>Absences par canal</translation>
    </message>
    <message>
        <source>Tick at least one practitioner to see their figures.</source>
        <translation>Cochez au moins un praticien pour voir ses statistiques.</translation>
    </message>
    <message>
        <source>From %1 to %2. No-shows are counted among the appointments that have started (as of %3); internet and urgent slots over the whole period, as booked so far.</source>
        <translation>Du %1 au %2. Les absences sont comptées parmi les rendez-vous déjà commencés (au %3)&#xa0;; les créneaux internet et d&apos;urgence sur toute la période, d&apos;après les réservations à ce jour.</translation>
    </message>
    <message>
        <source>figures %1 %2.csv</source>
        <comment>file name: the period&apos;s first and last days</comment>
        <translation>statistiques %1 %2.csv</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Accueil::FiguresTableModel</name>
    <message>
        <source>—</source>
        <comment>no rate: nothing to count</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; French: %1 %</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 appointments booked online; the centre&apos;s goal is %3.</source>
        <translation>%1 rendez-vous sur %2 pris en ligne&#xa0;; l&apos;objectif du centre est de %3.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes of internet slots booked, over the whole period.</source>
        <translation>%1 minutes réservées sur %2 minutes de créneaux internet, sur toute la période.</translation>
    </message>
    <message>
        <source>%1 of %2 urgent slots used, over the whole period.</source>
        <translation>%1 créneaux d&apos;urgence utilisés sur %2, sur toute la période.</translation>
    </message>
    <message>
        <source>%1 no-shows out of %2 appointments already started; %3 excused no-shows are not counted.</source>
        <translation>%1 absences sur %2 rendez-vous déjà commencés&#xa0;; %3 absences excusées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>%1 cancelled late by the patient, out of %2 appointments and cancellations.</source>
        <translation>%1 annulations tardives du patient, sur %2 rendez-vous et annulations.</translation>
    </message>
    <message>
        <source>Appointments not cancelled that start in the period, whatever their status.</source>
        <translation>Rendez-vous non annulés qui commencent dans la période, quel que soit leur statut.</translation>
    </message>
    <message>
        <source>Booked by the secretariat at the desk or on the phone.</source>
        <translation>Pris par le secrétariat, à l&apos;accueil ou au téléphone.</translation>
    </message>
    <message>
        <source>Booked by patients on the booking page.</source>
        <translation>Pris par les patients sur la page de rendez-vous en ligne.</translation>
    </message>
    <message>
        <source>Booked by the practitioners themselves.</source>
        <translation>Pris par les praticiens eux-mêmes.</translation>
    </message>
    <message>
        <source>Imported or created by the system.</source>
        <translation>Importés ou créés par le système.</translation>
    </message>
    <message>
        <source>Appointments booked online out of all appointments; the goal is half of them.</source>
        <translation>Rendez-vous pris en ligne sur l&apos;ensemble des rendez-vous&#xa0;; l&apos;objectif est la moitié.</translation>
    </message>
    <message>
        <source>Minutes of internet slots covered by an appointment, out of all minutes of internet slots in the period. Blocked slots are not counted.</source>
        <translation>Minutes de créneaux internet occupées par un rendez-vous, sur l&apos;ensemble des minutes de créneaux internet de la période. Les créneaux bloqués ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Urgent slots holding an appointment, out of all urgent slots in the period.</source>
        <translation>Créneaux d&apos;urgence occupés par un rendez-vous, sur l&apos;ensemble des créneaux d&apos;urgence de la période.</translation>
    </message>
    <message>
        <source>Patients who did not come and did not excuse themselves, out of the appointments already started.</source>
        <translation>Patients qui ne sont pas venus et ne se sont pas excusés, sur les rendez-vous déjà commencés.</translation>
    </message>
    <message>
        <source>Cancelled for the patient inside the cancellation deadline, out of all appointments and cancellations of the period.</source>
        <translation>Annulés pour le patient après l&apos;heure limite d&apos;annulation, sur l&apos;ensemble des rendez-vous et annulations de la période.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>By practitioner</source>
        <comment>booked by the practitioner from the consultation room</comment>
        <translation>Par le praticien</translation>
    </message>
    <message>
        <source>Online share</source>
        <translation>Part en ligne</translation>
    </message>
    <message>
        <source>Internet slots filled</source>
        <translation>Remplissage des créneaux internet</translation>
    </message>
    <message>
        <source>Urgent slots used</source>
        <translation>Créneaux d&apos;urgence utilisés</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
    <message>
        <source>Late-cancel rate</source>
        <translation>Taux d&apos;annulation tardive</translation>
    </message>
</context>
<context>
    <name>Accueil::FreeSlotModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
</context>
<context>
    <name>Accueil::HistorySearchDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>name or phone</source>
        <translation>nom ou téléphone</translation>
    </message>
    <message>
        <source>words of the reason, accents ignored</source>
        <translation>mots du motif, accents ignorés</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Pr&amp;aticien&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Status, channel, booked by:</source>
        <translation>Statut, canal, pris par&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Pris par</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>le patient, en ligne</translation>
    </message>
    <message>
        <source>The latest %1 appointments found (%2 ms); narrow the search to see older ones.</source>
        <translation>Les %1 rendez-vous trouvés les plus récents (%2 ms)&#xa0;; affinez la recherche pour voir les plus anciens.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) found (%1 ms).</source>
        <translation>
            <numerusform>%n rendez-vous trouvé (%1 ms).</numerusform>
            <numerusform>%n rendez-vous trouvés (%1 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accueil::InvitationDialog</name>
    <message>
        <source>Invitation to the booking page</source>
        <translation>Invitation à la prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>For %1. On the centre&apos;s booking page, choose &quot;Create an account&quot; and type this code with the birth date of the record (%2). It works once, until %3; a new code replaces this one.</source>
        <translation>Pour %1. Sur la page de rendez-vous en ligne du centre, choisir «&#xa0;Créer un compte&#xa0;» et saisir ce code avec la date de naissance de la fiche (%2). Il sert une seule fois, jusqu&apos;au %3&#xa0;; un nouveau code remplace celui-ci.</translation>
    </message>
    <message>
        <source>unknown: add it to the record first</source>
        <translation>inconnue&#xa0;: l&apos;ajouter d&apos;abord à la fiche</translation>
    </message>
</context>
<context>
    <name>Accueil::LoginDialog</name>
    <message>
        <source>Accueil — log in</source>
        <translation>Accueil — connexion</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Accueil::MailDispatcher</name>
    <message>
        <source>The address is not a plain e-mail address; no attempt can succeed.</source>
        <translation>L&apos;adresse n&apos;est pas une simple adresse e-mail&#xa0;; aucune tentative ne peut aboutir.</translation>
    </message>
</context>
<context>
    <name>Accueil::MailOutbox</name>
    <message>
        <source>Given up after %1 attempts.</source>
        <translation>Abandonné après %1 tentatives.</translation>
    </message>
    <message>
        <source>The appointment was cancelled or moved since the reminder was written; it is not sent.</source>
        <translation>Le rendez-vous a été annulé ou déplacé depuis l&apos;écriture du rappel&#xa0;; il n&apos;est pas envoyé.</translation>
    </message>
</context>
<context>
    <name>Accueil::MainWindow</name>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Connecté(e)&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Day view</source>
        <translation>Vue &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation>Vue se&amp;maine</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Call back…</source>
        <translation>&amp;Rappeler…</translation>
    </message>
    <message>
        <source>&amp;Lengthen by one slot (+)</source>
        <translation>A&amp;llonger d&apos;un créneau (+)</translation>
    </message>
    <message>
        <source>&amp;Shorten by one slot (−)</source>
        <translation>Ra&amp;ccourcir d&apos;un créneau (−)</translation>
    </message>
    <message>
        <source>Cancel the &amp;appointment…</source>
        <translation>&amp;Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Slots</source>
        <translation>&amp;Créneaux</translation>
    </message>
    <message>
        <source>&amp;Block a period…</source>
        <translation>&amp;Bloquer une période…</translation>
    </message>
    <message>
        <source>&amp;Template week…</source>
        <translation>&amp;Semaine type…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Dans l&apos;agenda&#xa0;:
Haut/Bas&#xa0;: rendez-vous précédent/suivant&#xa0;; Gauche/Droite&#xa0;: colonne voisine
Alt+Haut/Bas&#xa0;: déplacer le rendez-vous d&apos;un créneau&#xa0;; Alt+Gauche/Droite&#xa0;: vers la colonne suivante
+ / −&#xa0;: allonger / raccourcir d&apos;un créneau
Espace&#xa0;: patient arrivé&#xa0;; Entrée&#xa0;: actions possibles sur le rendez-vous
Ctrl+N&#xa0;: nouveau rendez-vous&#xa0;; Ctrl+Z / Ctrl+Y&#xa0;: annuler / rétablir
Ctrl+Page préc / Ctrl+Page suiv&#xa0;: jour précédent / suivant&#xa0;; Ctrl+T&#xa0;: aujourd&apos;hui
Ctrl+1 / Ctrl+2&#xa0;: vue jour / semaine</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Connection to the database restored.</source>
        <translation>Connexion à la base de données rétablie.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accueil</translation>
    </message>
    <message numerus="yes">
        <source>Messages — %n unread</source>
        <translation>
            <numerusform>Messages — %n non lu</numerusform>
            <numerusform>Messages — %n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s): click to read</source>
        <translation>
            <numerusform>%n message non lu&#xa0;: cliquez pour le lire</numerusform>
            <numerusform>%n messages non lus&#xa0;: cliquez pour les lire</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread message</source>
        <translation>Aucun message non lu</translation>
    </message>
    <message numerus="yes">
        <source>Accueil — %n unread message(s)</source>
        <translation>
            <numerusform>Accueil — %n message non lu</numerusform>
            <numerusform>Accueil — %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Send a &amp;message about it…</source>
        <translation>Envoyer un &amp;message à ce sujet…</translation>
    </message>
    <message>
        <source>Connection to the database lost — read only. Reconnecting by itself…</source>
        <translation>Connexion à la base de données perdue — lecture seule. Reconnexion automatique en cours…</translation>
    </message>
    <message>
        <source>Patient &amp;record…</source>
        <translation>&amp;Fiche patient…</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find a patient…</source>
        <translation>&amp;Rechercher un patient…</translation>
    </message>
    <message>
        <source>&amp;Print the day list…</source>
        <translation>&amp;Imprimer la liste du jour…</translation>
    </message>
    <message>
        <source>Save the day list as P&amp;DF…</source>
        <translation>Enregistrer la liste du jour en P&amp;DF…</translation>
    </message>
    <message>
        <source>Day list saved: %1</source>
        <translation>Liste du jour enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print the &amp;waiting-room list…</source>
        <translation>Imprimer la liste de la &amp;salle d&apos;attente…</translation>
    </message>
    <message>
        <source>&amp;Print an appointment card…</source>
        <translation>&amp;Imprimer une carte de rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Search the &amp;history…</source>
        <translation>Rechercher dans l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>Ce&amp;ntre</translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <source>My &amp;calendar on my phone…</source>
        <translation>Mon &amp;agenda sur mon téléphone…</translation>
    </message>
</context>
<context>
    <name>Accueil::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Accueil::MessageComposer</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Save as canned reply</source>
        <translation>Enregistrer comme réponse type</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>To a colleague or to a group</source>
        <translation>À un collègue ou à un groupe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message (Ctrl+Return sends)</source>
        <translation>Message (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Urgent messages notify even a practitioner who set &quot;Do not disturb&quot;</source>
        <translation>Les messages urgents préviennent même un praticien en «&#xa0;Ne pas déranger&#xa0;»</translation>
    </message>
    <message>
        <source>Insert a canned reply into the text</source>
        <translation>Insérer une réponse type dans le texte</translation>
    </message>
    <message>
        <source>Name of the canned reply</source>
        <translation>Nom de la réponse type</translation>
    </message>
    <message>
        <source>Keep this text as a canned reply for the whole secretariat</source>
        <translation>Garder ce texte comme réponse type pour tout le secrétariat</translation>
    </message>
    <message>
        <source>Not about this any more</source>
        <translation>Ne plus rattacher à ce sujet</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No canned reply yet</source>
        <translation>Pas encore de réponse type</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>Réponse type…</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>À propos de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re: </source>
        <translation>Re&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Accueil::MessageListModel</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient — %1</source>
        <translation>Patient — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>Accueil::Messaging</name>
    <message>
        <source>The whole centre</source>
        <translation>Tout le centre</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (tous)</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Choose to whom the message goes.</source>
        <translation>Choisissez le destinataire du message.</translation>
    </message>
    <message>
        <source>A message goes to one colleague or to one group.</source>
        <translation>Un message va à un seul collègue ou à un seul groupe.</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Un patient</translation>
    </message>
    <message>
        <source>Patient arrived</source>
        <translation>Patient arrivé</translation>
    </message>
    <message>
        <source>%1 has arrived for the appointment at %2.</source>
        <translation>%1 est arrivé(e) pour le rendez-vous de %2.</translation>
    </message>
    <message>
        <source>A canned reply needs a name and a text.</source>
        <translation>Une réponse type doit avoir un nom et un texte.</translation>
    </message>
</context>
<context>
    <name>Accueil::MessagingPane</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Sélectionnez un message pour le lire.</translation>
    </message>
    <message>
        <source>Open the appointment</source>
        <translation>Ouvrir le rendez-vous</translation>
    </message>
    <message>
        <source>Book for this patient…</source>
        <translation>Prendre rendez-vous pour ce patient…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>URGENT — %1</source>
        <translation>URGENT — %1</translation>
    </message>
    <message>
        <source>From %1 to %2, %3</source>
        <translation>De %1 à %2, %3</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>À propos de&#xa0;: %1</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>le rendez-vous</translation>
    </message>
    <message>
        <source>Do not disturb: only urgent messages notify you</source>
        <translation>Ne pas déranger&#xa0;: seuls les messages urgents vous préviennent</translation>
    </message>
    <message>
        <source>Every new message notifies you</source>
        <translation>Chaque nouveau message vous prévient</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <source>To call back (%1)</source>
        <translation>À rappeler (%1)</translation>
    </message>
    <message>
        <source>URGENT — %1: %2</source>
        <translation>URGENT — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Message de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Web bookings</source>
        <translation>Rendez-vous en ligne</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>The new web bookings (in bold) have been looked at</source>
        <translation>Les nouveaux rendez-vous en ligne (en gras) ont été vus</translation>
    </message>
    <message numerus="yes">
        <source>Bookings made by patients on the booking page, the last %n day(s).</source>
        <translation>
            <numerusform>Rendez-vous pris par les patients en ligne, le dernier jour.</numerusform>
            <numerusform>Rendez-vous pris par les patients en ligne, les %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Web bookings (%1 new)</source>
        <translation>Rendez-vous en ligne (%1 nouveaux)</translation>
    </message>
</context>
<context>
    <name>Accueil::NoShows</name>
    <message numerus="yes">
        <source>%n no-show(s) in 12 months</source>
        <translation>
            <numerusform>%n absence en 12 mois</numerusform>
            <numerusform>%n absences en 12 mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s)</source>
        <translation>
            <numerusform>%n annulation tardive</numerusform>
            <numerusform>%n annulations tardives</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a missed appointment can be excused.</source>
        <translation>Seul un rendez-vous non honoré peut être excusé.</translation>
    </message>
</context>
<context>
    <name>Accueil::PatientDirectory</name>
    <message>
        <source>A patient needs a last name and a first name.</source>
        <translation>Un patient doit avoir un nom et un prénom.</translation>
    </message>
    <message>
        <source>The birth date is not plausible.</source>
        <translation>La date de naissance n&apos;est pas plausible.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>Accueil::PatientFinderDialog</name>
    <message>
        <source>Find a patient</source>
        <translation>Rechercher un patient</translation>
    </message>
</context>
<context>
    <name>Accueil::PatientForm</name>
    <message>
        <source>&amp;Create the patient</source>
        <translation>&amp;Créer le patient</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Retour à la recherche</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>P&amp;rénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Mob&amp;ile phone:</source>
        <translation>Téléphone p&amp;ortable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>The birth date is not a date: type it as dd/mm/yyyy.</source>
        <translation>La date de naissance n&apos;est pas une date&#xa0;: saisissez-la sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>No reminders (the patient asked)</source>
        <translation>Pas de rappels (à la demande du patient)</translation>
    </message>
</context>
<context>
    <name>Accueil::PatientRecordDialog</name>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>conjoint</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>Hand out an invitation code…</source>
        <translation>Donner un code d&apos;invitation…</translation>
    </message>
    <message>
        <source>A code for the patient to create their account on the booking page</source>
        <translation>Un code pour que le patient crée son compte sur la page de rendez-vous en ligne</translation>
    </message>
    <message>
        <source>Booking page</source>
        <translation>Rendez-vous en ligne</translation>
    </message>
    <message>
        <source>Patient record — %1</source>
        <translation>Fiche patient — %1</translation>
    </message>
    <message>
        <source>No account on the booking page.</source>
        <translation>Pas de compte sur la page de rendez-vous en ligne.</translation>
    </message>
    <message>
        <source>Has an account on the booking page: %1.</source>
        <translation>A un compte sur la page de rendez-vous en ligne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Has an account on the booking page: %1 (address not confirmed yet).</source>
        <translation>A un compte sur la page de rendez-vous en ligne&#xa0;: %1 (adresse pas encore confirmée).</translation>
    </message>
    <message>
        <source>Booked online by the account %1 (as a %2).</source>
        <translation>Réservé en ligne par le compte %1 (en tant que %2).</translation>
    </message>
    <message>
        <source>An invitation code was handed out; it works until %1.</source>
        <translation>Un code d&apos;invitation a été remis&#xa0;; il est valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>1 appointment in all</source>
        <translation>1 rendez-vous en tout</translation>
    </message>
    <message>
        <source>%1 appointments in all</source>
        <translation>%1 rendez-vous en tout</translation>
    </message>
    <message>
        <source>none to come</source>
        <translation>aucun à venir</translation>
    </message>
    <message>
        <source>1 to come</source>
        <translation>1 à venir</translation>
    </message>
    <message>
        <source>%1 to come</source>
        <translation>%1 à venir</translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation>Aucun rendez-vous pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>No reminders (the patient asked)</source>
        <translation>Pas de rappels (à la demande du patient)</translation>
    </message>
</context>
<context>
    <name>Accueil::PatientSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>Accueil::PatientVisitModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Accueil::PrintCommands</name>
    <message>
        <source>day-list-%1.pdf</source>
        <translation>liste-du-jour-%1.pdf</translation>
    </message>
    <message>
        <source>Save the day list as PDF</source>
        <translation>Enregistrer la liste du jour en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Impossible d&apos;écrire le PDF dans %1.</translation>
    </message>
    <message>
        <source>No card: this appointment was cancelled or no longer exists.</source>
        <translation>Pas de carte&#xa0;: ce rendez-vous a été annulé ou n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Accueil::PrintSheets</name>
    <message>
        <source>Booked online</source>
        <translation>Pris en ligne</translation>
    </message>
    <message>
        <source>Arrived at %1</source>
        <translation>Arrivé à %1</translation>
    </message>
    <message>
        <source>No-show, excused</source>
        <translation>Absent, excusé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Printed on %1 at %2 by %3</source>
        <translation>Imprimé le %1 à %2 par %3</translation>
    </message>
    <message>
        <source>No appointment on this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <source>Accompanied by %1</source>
        <translation>Accompagné(e) par %1</translation>
    </message>
    <message>
        <source>1 appointment.</source>
        <translation>1 rendez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments.</source>
        <translation>
            <numerusform>%n rendez-vous.</numerusform>
            <numerusform>%n rendez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 cancelled appointment not listed.</source>
        <translation>1 rendez-vous annulé non listé.</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled appointments not listed.</source>
        <translation>
            <numerusform>%n rendez-vous annulé non listé.</numerusform>
            <numerusform>%n rendez-vous annulés non listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Liste du jour</translation>
    </message>
    <message>
        <source>No appointment that day: %1.</source>
        <translation>Aucun rendez-vous ce jour-là&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Day list — %1</source>
        <translation>Liste du jour — %1</translation>
    </message>
    <message>
        <source>Cancelled appointments are not listed.</source>
        <translation>Les rendez-vous annulés ne sont pas listés.</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>1 patient waiting.</source>
        <translation>1 patient en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n patients waiting.</source>
        <translation>
            <numerusform>%n patient en attente.</numerusform>
            <numerusform>%n patients en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Waiting room — %1</source>
        <translation>Salle d&apos;attente — %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Votre rendez-vous</translation>
    </message>
    <message>
        <source>with</source>
        <comment>card: above the practitioner&apos;s name</comment>
        <translation>avec</translation>
    </message>
    <message>
        <source>on</source>
        <comment>card: above the weekday and date</comment>
        <translation>le</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — %2 min</source>
        <translation>%1 — %2 min</translation>
    </message>
    <message>
        <source>If you cannot come, please let us know.</source>
        <translation>Si vous ne pouvez pas venir, merci de nous prévenir.</translation>
    </message>
    <message>
        <source>If you cannot come, please let us know at least 1 hour before, by %1 at the latest.</source>
        <translation>Si vous ne pouvez pas venir, merci de nous prévenir au moins 1 heure à l&apos;avance, au plus tard le %1.</translation>
    </message>
    <message numerus="yes">
        <source>If you cannot come, please let us know at least %n hours before, by %1 at the latest.</source>
        <translation>
            <numerusform>Si vous ne pouvez pas venir, merci de nous prévenir au moins %n heure à l&apos;avance, au plus tard le %1.</numerusform>
            <numerusform>Si vous ne pouvez pas venir, merci de nous prévenir au moins %n heures à l&apos;avance, au plus tard le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment card — %1</source>
        <translation>Carte de rendez-vous — %1</translation>
    </message>
</context>
<context>
    <name>Accueil::Printout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Accueil::Professions</name>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Chirurgien-dentiste</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier(ère)</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Kinésithérapeute</translation>
    </message>
    <message>
        <source>Osteopath</source>
        <translation>Ostéopathe</translation>
    </message>
    <message>
        <source>Dietician</source>
        <translation>Diététicien(ne)</translation>
    </message>
    <message>
        <source>Psychomotor therapist</source>
        <translation>Psychomotricien(ne)</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>Orthoptist</source>
        <translation>Orthoptiste</translation>
    </message>
    <message>
        <source>Podiatrist</source>
        <translation>Pédicure-podologue</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Sage-femme</translation>
    </message>
    <message>
        <source>Speech therapist</source>
        <translation>Orthophoniste</translation>
    </message>
</context>
<context>
    <name>Accueil::ReminderRuleModel</name>
    <message>
        <source>Only the coordinator and administrators can change the reminders.</source>
        <translation>Seuls le coordinateur et les administrateurs peuvent modifier les rappels.</translation>
    </message>
    <message>
        <source>This rule exists already.</source>
        <translation>Cette règle existe déjà.</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Tout le centre</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (no longer offered)</source>
        <translation>%1 – %2 (n&apos;est plus proposé)</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Nothing is sent in the last hour before an appointment: a reminder goes at least 1 h before.</source>
        <translation>Rien n&apos;est envoyé dans la dernière heure avant un rendez-vous&#xa0;: un rappel part au moins 1 h avant.</translation>
    </message>
    <message>
        <source>A reminder goes at most 14 days (336 h) before the appointment.</source>
        <translation>Un rappel part au plus tôt 14 jours (336 h) avant le rendez-vous.</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>This type follows only its own rules (even switched off), not the centre&apos;s.</source>
        <translation>Ce type suit uniquement ses propres règles (même désactivées), et non celles du centre.</translation>
    </message>
    <message>
        <source>Double-click to change: 48 h, 2 h, 90 min…</source>
        <translation>Double-cliquez pour modifier&#xa0;: 48 h, 2 h, 90 min…</translation>
    </message>
    <message>
        <source>Type how long before the appointment, such as 48 h, 2 h or 90 min.</source>
        <translation>Indiquez combien de temps avant le rendez-vous, par exemple 48 h, 2 h ou 90 min.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>Accueil::ReminderSettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>48 h, 2 h, 90 min…</source>
        <translation>48 h, 2 h, 90 min…</translation>
    </message>
    <message>
        <source>Switches the rule off. Rules are kept, not deleted: the reminders already written refer to them.</source>
        <translation>Désactive la règle. Les règles sont conservées, pas supprimées&#xa0;: les rappels déjà enregistrés y font référence.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Reminders are sent by the booking server (accueil-server), with the centre&apos;s e-mail settings and, for SMS, its SMS gateway. The centre&apos;s rules apply to every type of appointment; a type with rules of its own follows only those, even switched off. Nothing is sent in the last hour before an appointment, nor to patients who asked for no reminders.</source>
        <translation>Les rappels sont envoyés par le serveur de rendez-vous (accueil-server), avec les réglages e-mail du centre et, pour les SMS, sa passerelle SMS. Les règles du centre s&apos;appliquent à tous les types de rendez-vous&#xa0;; un type qui a ses propres règles ne suit que celles-ci, même désactivées. Rien n&apos;est envoyé dans la dernière heure avant un rendez-vous, ni aux patients qui ont demandé à ne pas recevoir de rappels.</translation>
    </message>
    <message>
        <source>Only the coordinator and administrators can change the reminders.</source>
        <translation>Seuls le coordinateur et les administrateurs peuvent modifier les rappels.</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Tout le centre</translation>
    </message>
    <message>
        <source>Type how long before the appointment, such as 48 h, 2 h or 90 min.</source>
        <translation>Indiquez combien de temps avant le rendez-vous, par exemple 48 h, 2 h ou 90 min.</translation>
    </message>
    <message>
        <source>Added: %1 by %2, %3 before.</source>
        <translation>Règle ajoutée&#xa0;: %1, par %2, %3 avant.</translation>
    </message>
    <message>
        <source>From now on this type follows only its own rules, not the centre&apos;s.</source>
        <translation>Désormais, ce type suit uniquement ses propres règles, et non celles du centre.</translation>
    </message>
    <message>
        <source>The rule is switched off. Rules are kept, not deleted: tick its box to switch it on again.</source>
        <translation>La règle est désactivée. Les règles sont conservées, pas supprimées&#xa0;: cochez sa case pour la réactiver.</translation>
    </message>
    <message>
        <source>Some texts were changed and not saved. Save them?</source>
        <translation>Des textes ont été modifiés sans être enregistrés. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Accueil::ReminderTextEditor</name>
    <message>
        <source>no-break space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Restore the &amp;default</source>
        <translation>Rétablir le texte par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Save this text</source>
        <translation>&amp;Enregistrer ce texte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Double-click to insert it into the text</source>
        <translation>Double-cliquez pour l&apos;insérer dans le texte</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Envoi par&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Variables&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters with these sample values: about %n SMS.</source>
        <translation>
            <numerusform>%1 caractères avec ces valeurs d&apos;exemple&#xa0;: environ %n SMS.</numerusform>
            <numerusform>%1 caractères avec ces valeurs d&apos;exemple&#xa0;: environ %n SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters with these sample values: about %n SMS. These characters are not in the SMS alphabet, so one SMS holds 70 characters instead of 160: %2.</source>
        <translation>
            <numerusform>%1 caractères avec ces valeurs d&apos;exemple&#xa0;: environ %n SMS. Ces caractères ne font pas partie de l&apos;alphabet SMS, un SMS ne contient donc que 70 caractères au lieu de 160&#xa0;: %2.</numerusform>
            <numerusform>%1 caractères avec ces valeurs d&apos;exemple&#xa0;: environ %n SMS. Ces caractères ne font pas partie de l&apos;alphabet SMS, un SMS ne contient donc que 70 caractères au lieu de 160&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a placeholder, sent as typed: %1</source>
        <translation>Pas une variable, envoyé tel quel&#xa0;: %1</translation>
    </message>
    <message>
        <source>The default text.</source>
        <translation>Le texte par défaut.</translation>
    </message>
    <message>
        <source>The centre&apos;s own text.</source>
        <translation>Le texte propre au centre.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <source>The text is empty: type one, or restore the default.</source>
        <translation>Le texte est vide&#xa0;: saisissez-en un, ou rétablissez le texte par défaut.</translation>
    </message>
    <message>
        <source>An e-mail needs a subject.</source>
        <translation>Un e-mail doit avoir un objet.</translation>
    </message>
    <message>
        <source>Someone else saved this text meanwhile. Save again to replace it with yours.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce texte entre-temps. Enregistrez à nouveau pour le remplacer par le vôtre.</translation>
    </message>
</context>
<context>
    <name>Accueil::Reminders</name>
    <message>
        <source>A reminder is sent by e-mail or by SMS.</source>
        <translation>Un rappel est envoyé par e-mail ou par SMS.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 sent on %2</source>
        <translation>%1 envoyé le %2</translation>
    </message>
    <message>
        <source>%1 planned for %2</source>
        <translation>%1 prévu le %2</translation>
    </message>
    <message>
        <source>%1 waiting to be sent (since %2)</source>
        <translation>%1 en attente d&apos;envoi (depuis le %2)</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>%1 n&apos;a pas pu être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the patient asked for no reminders</source>
        <translation>le patient a demandé à ne pas recevoir de rappels</translation>
    </message>
    <message>
        <source>no mobile number</source>
        <translation>pas de numéro de portable</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>booked after the reminder&apos;s time</source>
        <translation>rendez-vous pris après l&apos;heure prévue du rappel</translation>
    </message>
    <message>
        <source>less than an hour before the appointment</source>
        <translation>moins d&apos;une heure avant le rendez-vous</translation>
    </message>
    <message>
        <source>the appointment was moved</source>
        <translation>le rendez-vous a été déplacé</translation>
    </message>
    <message>
        <source>the appointment is no longer booked</source>
        <translation>le rendez-vous n&apos;est plus prévu</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 non envoyé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accueil::RuleBook</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation>Cet horaire est déjà passé.</translation>
    </message>
    <message>
        <source>Online bookings open %1 ahead: this day can be booked from %2.</source>
        <translation>La prise de rendez-vous en ligne ouvre %1 à l&apos;avance&#xa0;: ce jour pourra être réservé à partir du %2.</translation>
    </message>
    <message>
        <source>Online bookings close %1 before the appointment; please phone the centre.</source>
        <translation>La prise de rendez-vous en ligne ferme %1 avant le rendez-vous&#xa0;; merci de téléphoner au centre.</translation>
    </message>
    <message>
        <source>This slot is kept for same-day needs and opens online on %1.</source>
        <translation>Ce créneau est gardé pour les besoins du jour même&#xa0;; il sera ouvert en ligne le %1.</translation>
    </message>
    <message>
        <source>This slot is not open for online booking.</source>
        <translation>Ce créneau n&apos;est pas ouvert à la réservation en ligne.</translation>
    </message>
    <message>
        <source>Appointments can be cancelled online until %1 before (here: %2); please phone the centre.</source>
        <translation>Un rendez-vous peut être annulé en ligne jusqu&apos;à %1 avant (ici&#xa0;: jusqu&apos;au %2)&#xa0;; merci de téléphoner au centre.</translation>
    </message>
    <message numerus="yes">
        <source>This appointment has already been moved online %n time(s), the most allowed; please phone the centre.</source>
        <translation>
            <numerusform>Ce rendez-vous a déjà été déplacé en ligne %n fois, le maximum autorisé&#xa0;; merci de téléphoner au centre.</numerusform>
            <numerusform>Ce rendez-vous a déjà été déplacé en ligne %n fois, le maximum autorisé&#xa0;; merci de téléphoner au centre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n online appointment(s) per person and per day; please phone the centre.</source>
        <translation>
            <numerusform>Pas plus de %n rendez-vous en ligne par personne et par jour&#xa0;; merci de téléphoner au centre.</numerusform>
            <numerusform>Pas plus de %n rendez-vous en ligne par personne et par jour&#xa0;; merci de téléphoner au centre.</numerusform>
        </translation>
    </message>
    <message>
        <source>New patients cannot book this practitioner online; please phone the centre.</source>
        <translation>Les nouveaux patients ne peuvent pas prendre rendez-vous en ligne avec ce praticien&#xa0;; merci de téléphoner au centre.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Accueil::Scheduler</name>
    <message>
        <source>This agenda does not exist.</source>
        <translation>Cet agenda n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This type of appointment does not belong to this agenda.</source>
        <translation>Ce type de rendez-vous n&apos;appartient pas à cet agenda.</translation>
    </message>
    <message>
        <source>There is no slot starting at this time in this agenda.</source>
        <translation>Aucun créneau ne commence à cette heure dans cet agenda.</translation>
    </message>
    <message>
        <source>This time is blocked: %1.</source>
        <translation>Cet horaire est bloqué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This slot is marked unavailable.</source>
        <translation>Ce créneau est marqué indisponible.</translation>
    </message>
    <message>
        <source>This time is already taken.</source>
        <translation>Cet horaire est déjà pris.</translation>
    </message>
    <message>
        <source>This type of appointment cannot be booked online; please phone the centre.</source>
        <translation>Ce type de rendez-vous ne peut pas être pris en ligne&#xa0;; merci de téléphoner au centre.</translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation>Cet horaire est déjà passé.</translation>
    </message>
    <message>
        <source>There is not enough free time here for a %1 of %2 minutes.</source>
        <translation>Il n&apos;y a pas assez de temps libre ici pour «&#xa0;%1&#xa0;» (%2 minutes).</translation>
    </message>
    <message>
        <source>An online booking needs the patient it is for.</source>
        <translation>Une réservation en ligne doit indiquer le patient concerné.</translation>
    </message>
    <message>
        <source>This type of appointment is not for the age of %1; please choose another one or phone the centre.</source>
        <translation>Ce type de rendez-vous ne convient pas à l&apos;âge de %1&#xa0;; merci d&apos;en choisir un autre ou de téléphoner au centre.</translation>
    </message>
    <message>
        <source>Only the centre&apos;s staff can overbook.</source>
        <translation>Seul le personnel du centre peut ajouter un rendez-vous en surbooking.</translation>
    </message>
    <message>
        <source>The appointment has no start time.</source>
        <translation>Le rendez-vous n&apos;a pas d&apos;heure de début.</translation>
    </message>
    <message>
        <source>This type of appointment is not a series.</source>
        <translation>Ce type de rendez-vous n&apos;est pas une série de séances.</translation>
    </message>
    <message>
        <source>A cancelled appointment cannot be moved.</source>
        <translation>Un rendez-vous annulé ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation>La durée doit être comprise entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <source>The other agenda has no &quot;%1&quot; type of appointment.</source>
        <translation>L&apos;autre agenda n&apos;a pas de type de rendez-vous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cancelling an appointment asks for a reason.</source>
        <translation>L&apos;annulation d&apos;un rendez-vous demande un motif.</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>Ce rendez-vous a été annulé.</translation>
    </message>
    <message>
        <source>The appointment has not started yet: the patient cannot be marked absent.</source>
        <translation>Le rendez-vous n&apos;a pas encore commencé&#xa0;: le patient ne peut pas être noté absent.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <source>The template needs the date it starts from.</source>
        <translation>La semaine type doit avoir une date de début.</translation>
    </message>
    <message>
        <source>A range of the template week is not valid (weekday 1–7, start before end, slots of at least one minute).</source>
        <translation>Une plage de la semaine type n&apos;est pas valide (jour 1–7, début avant la fin, créneaux d&apos;au moins une minute).</translation>
    </message>
    <message>
        <source>Another template week already starts on %1.</source>
        <translation>Une autre semaine type commence déjà le %1.</translation>
    </message>
    <message>
        <source>Say why the period is blocked (holidays, training ...).</source>
        <translation>Indiquez pourquoi la période est bloquée (congés, formation…).</translation>
    </message>
    <message>
        <source>Split slots last at least 5 minutes.</source>
        <translation>Un créneau dédoublé dure au moins 5 minutes.</translation>
    </message>
    <message>
        <source>Open on a public holiday</source>
        <translation>Ouvert un jour férié</translation>
    </message>
</context>
<context>
    <name>Accueil::SmsSender</name>
    <message>
        <source>The SMS gateway could not be reached: libcurl did not start.</source>
        <translation>La passerelle SMS est injoignable&#xa0;: libcurl n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The SMS gateway could not be reached: %1</source>
        <translation>La passerelle SMS est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message: HTTP %1 %2</source>
        <translation>La passerelle SMS a refusé le message&#xa0;: HTTP %1 %2</translation>
    </message>
    <message>
        <source>The SMS gateway did not accept the message: %1</source>
        <translation>La passerelle SMS n&apos;a pas accepté le message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Accueil::SmsSettings</name>
    <message>
        <source>sms_gateway: &quot;%1&quot; is not one of generic, smsfactor, octopush.</source>
        <translation>sms_gateway&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni generic, ni smsfactor, ni octopush.</translation>
    </message>
    <message>
        <source>sms_url: &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>sms_url&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>sms_method: &quot;%1&quot; is neither get nor post.</source>
        <translation>sms_method&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni get ni post.</translation>
    </message>
    <message>
        <source>sms_format: &quot;%1&quot; is not one of none, form, json.</source>
        <translation>sms_format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni none, ni form, ni json.</translation>
    </message>
    <message>
        <source>sms_body: a POST gateway needs the body&apos;s template, for example to={to}&amp;message={text}.</source>
        <translation>sms_body&#xa0;: une passerelle POST a besoin du modèle du corps de la requête, par exemple to={to}&amp;message={text}.</translation>
    </message>
    <message>
        <source>sms_header: &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>sms_header&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>sms_timeout: &quot;%1&quot; is not a number of seconds from 1 to 300.</source>
        <translation>sms_timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes entre 1 et 300.</translation>
    </message>
</context>
<context>
    <name>Accueil::SmtpSender</name>
    <message>
        <source>The recipient&apos;s address is not a plain e-mail address.</source>
        <translation>L&apos;adresse du destinataire n&apos;est pas une simple adresse e-mail.</translation>
    </message>
    <message>
        <source>Sending was interrupted.</source>
        <translation>L&apos;envoi a été interrompu.</translation>
    </message>
    <message>
        <source>The sender&apos;s address (mail_from) is not a plain e-mail address.</source>
        <translation>L&apos;adresse de l&apos;expéditeur (mail_from) n&apos;est pas une simple adresse e-mail.</translation>
    </message>
    <message>
        <source>The mail library could not start: %1</source>
        <translation>La bibliothèque d&apos;envoi des e-mails n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>La bibliothèque d&apos;envoi des e-mails n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The mail server refused the message (SMTP %1): %2</source>
        <translation>Le serveur de messagerie a refusé le message (SMTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message could not be handed to the mail server: %1</source>
        <translation>Le message n&apos;a pas pu être remis au serveur de messagerie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Accueil::SmtpSettings</name>
    <message>
        <source>The setting smtp_url is missing: give the mail server as smtp://host:port or smtps://host:port.</source>
        <translation>Le réglage smtp_url manque&#xa0;: indiquez le serveur de messagerie sous la forme smtp://hôte:port ou smtps://hôte:port.</translation>
    </message>
    <message>
        <source>The setting smtp_url must look like smtp://host:port or smtps://host:port.</source>
        <translation>Le réglage smtp_url doit avoir la forme smtp://hôte:port ou smtps://hôte:port.</translation>
    </message>
    <message>
        <source>The setting smtp_url names no host.</source>
        <translation>Le réglage smtp_url ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>The setting smtp_url has a port out of range.</source>
        <translation>Le réglage smtp_url a un port hors limites.</translation>
    </message>
    <message>
        <source>The setting smtp_url must not hold a user name or password: use smtp_user and smtp_password.</source>
        <translation>Le réglage smtp_url ne doit contenir ni utilisateur ni mot de passe&#xa0;: utilisez smtp_user et smtp_password.</translation>
    </message>
    <message>
        <source>The setting smtp_url may only carry a host, a port and the name to greet the server with (smtp://host:port/name).</source>
        <translation>Le réglage smtp_url ne peut porter qu&apos;un hôte, un port et le nom à annoncer au serveur (smtp://hôte:port/nom).</translation>
    </message>
    <message>
        <source>The setting smtp_tls applies to smtp:// only: smtps:// is encrypted from the start, leave smtp_tls empty.</source>
        <translation>Le réglage smtp_tls ne s&apos;applique qu&apos;à smtp://&#xa0;: smtps:// est chiffré dès le début, laissez smtp_tls vide.</translation>
    </message>
    <message>
        <source>The setting smtp_tls must be none, starttls or starttls-if-offered, not &quot;%1&quot;.</source>
        <translation>Le réglage smtp_tls doit valoir none, starttls ou starttls-if-offered, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The setting smtp_user must fit on one line.</source>
        <translation>Le réglage smtp_user doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The setting smtp_password must fit on one line.</source>
        <translation>Le réglage smtp_password doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The setting smtp_password is missing: smtp_user is set.</source>
        <translation>Le réglage smtp_password manque&#xa0;: smtp_user est renseigné.</translation>
    </message>
    <message>
        <source>The setting smtp_user is missing: smtp_password is set.</source>
        <translation>Le réglage smtp_user manque&#xa0;: smtp_password est renseigné.</translation>
    </message>
    <message>
        <source>The setting smtp_timeout must be a number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Le réglage smtp_timeout doit être un nombre de secondes de 1 à %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The setting mail_from is missing: give the address the centre&apos;s e-mails come from.</source>
        <translation>Le réglage mail_from manque&#xa0;: indiquez l&apos;adresse d&apos;où partent les e-mails du centre.</translation>
    </message>
    <message>
        <source>The setting mail_from must be a plain address such as accueil@example.org, not &quot;%1&quot;.</source>
        <translation>Le réglage mail_from doit être une simple adresse comme accueil@example.org, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The setting mail_from_name must fit on one line.</source>
        <translation>Le réglage mail_from_name doit tenir sur une ligne.</translation>
    </message>
</context>
<context>
    <name>Accueil::StaffAuth</name>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>Accueil::Store</name>
    <message>
        <source>This record (%1 %2) no longer exists.</source>
        <translation>Cet enregistrement (%1 %2) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>l&apos;horaire</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>l&apos;agenda</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>this appointment</source>
        <translation>ce rendez-vous</translation>
    </message>
    <message>
        <source>this patient&apos;s record</source>
        <translation>la fiche de ce patient</translation>
    </message>
    <message>
        <source>this call-back</source>
        <translation>ce rappel</translation>
    </message>
    <message>
        <source>these slots</source>
        <translation>ces créneaux</translation>
    </message>
    <message>
        <source>this user&apos;s account</source>
        <translation>le compte de cet utilisateur</translation>
    </message>
    <message>
        <source>this canned reply</source>
        <translation>cette réponse type</translation>
    </message>
    <message>
        <source>this record (%1 %2)</source>
        <translation>cet enregistrement (%1 %2)</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; look at it again and redo your change if it still applies.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 depuis que vous l&apos;avez ouvert&#xa0;; vérifiez et refaites votre modification si elle est toujours valable.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since you opened it; look at it again and redo your change if it still applies.</source>
        <translation>%1 a modifié %2 le %3 depuis que vous l&apos;avez ouvert&#xa0;; vérifiez et refaites votre modification si elle est toujours valable.</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 at %4 since you opened it; look at it again and redo your change if it still applies.</source>
        <translation>%1 a modifié %2 de %3 le %4 depuis que vous l&apos;avez ouvert&#xa0;; vérifiez et refaites votre modification si elle est toujours valable.</translation>
    </message>
</context>
<context>
    <name>Accueil::TemplateWeekDialog</name>
    <message>
        <source>Template week — %1</source>
        <translation>Semaine type — %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Slot (min)</source>
        <translation>Créneau (min)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add a range</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>Remove the range</source>
        <translation>Supprimer la plage</translation>
    </message>
    <message>
        <source>Every slot to</source>
        <translation>Tous les créneaux à</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Appointments already booked are never moved; those that no longer fit the new week are listed after saving.</source>
        <translation>Les rendez-vous déjà pris ne sont jamais déplacés&#xa0;; ceux qui ne correspondent plus à la nouvelle semaine sont listés après l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Apply from this date</source>
        <translation>Appliquer à partir de cette date</translation>
    </message>
</context>
<context>
    <name>Accueil::WaitingRoomModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>RDV</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
</context>
<context>
    <name>Accueil::WaitingRoomPanel</name>
    <message>
        <source>Call in (in consultation)</source>
        <translation>Faire entrer (en consultation)</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne en salle d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n patient en attente</numerusform>
            <numerusform>%n patients en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accueil::WebBookingListModel</name>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Desk</source>
        <comment>slot kind: bookable at the desk only</comment>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgence du jour</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Desk</source>
        <comment>channel: booked at the front desk</comment>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>Surbooking</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message>
        <source>Release to cancel</source>
        <translation>Relâchez pour annuler</translation>
    </message>
    <message>
        <source>%1 not free</source>
        <comment>a time</comment>
        <translation>%1 non libre</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>when a booking was made</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>when a booking was made</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>(no patient)</source>
        <translation>(aucun patient)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>start time, patient name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <comment>arrival time</comment>
        <translation>Arrivé %1</translation>
    </message>
    <message>
        <source>web</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>web · %1</source>
        <comment>when the patient booked online</comment>
        <translation>internet · %1</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>start, end, patient</comment>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Companion: %1</source>
        <translation>Accompagnant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation>Prise de RDV&#xa0;: %1</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>slot start, end</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>This slot is unavailable.</source>
        <translation>Ce créneau est indisponible.</translation>
    </message>
    <message>
        <source>This slot is blocked.</source>
        <translation>Ce créneau est bloqué.</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <comment>why a slot is blocked</comment>
        <translation>Bloqué&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough free time here for %n minutes.</source>
        <translation>
            <numerusform>Pas assez de temps libre ici pour %n minute.</numerusform>
            <numerusform>Pas assez de temps libre ici pour %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This time is already taken.</source>
        <translation>Cet horaire est déjà pris.</translation>
    </message>
    <message>
        <source>This time is taken by %1.</source>
        <comment>a patient&apos;s name</comment>
        <translation>Cet horaire est pris par %1.</translation>
    </message>
    <message>
        <source>No slot at this time.</source>
        <translation>Aucun créneau à cet horaire.</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Rappel envoyé</translation>
    </message>
    <message>
        <source>No reminder sent yet (Ctrl+H tells more)</source>
        <translation>Aucun rappel envoyé pour l&apos;instant (Ctrl+H pour en savoir plus)</translation>
    </message>
</context>
<context>
    <name>AppointmentText</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 min, %n sessions</source>
        <translation>
            <numerusform>%1 — %2 min, %n séance</numerusform>
            <numerusform>%1 — %2 min, %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 min</source>
        <translation>%1 — %2 min</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Urgent of the day</source>
        <translation>Urgence du jour</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1 (née %2)</source>
        <translation>%1 (née %2)</translation>
    </message>
    <message>
        <source>%1 (né %2)</source>
        <translation>%1 (né %2)</translation>
    </message>
    <message>
        <source>%1 (birth name %2)</source>
        <translation>%1 (nom de naissance %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Accueil cannot start</source>
        <translation>Accueil ne peut pas démarrer</translation>
    </message>
    <message>
        <source>No database is set for this computer.

Write the centre&apos;s database in %1, for example
  database = postgresql://accueil:PASSWORD@server/accueil
or start Accueil with --database.</source>
        <translation>Aucune base de données n&apos;est indiquée pour cet ordinateur.

Écrivez celle du centre dans %1, par exemple
  database = postgresql://accueil:MOT-DE-PASSE@serveur/accueil
ou lancez Accueil avec --database.</translation>
    </message>
</context>
</TS>
