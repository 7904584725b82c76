#include "demoprofiles.h"

#include <array>

namespace Accueil::Demo {

namespace {

// Data tables, laid out by hand.
// clang-format off
constexpr auto gpTypes = std::to_array<TypeSpec>({
    typeSpec(u"Consultation", 15, u"#4f81bd", 62,
             u"fièvre|toux|mal de gorge|douleur genou|lombalgie|angine|otite|gastro-entérite|douleur "
             u"abdominale|suivi tension|suivi diabète|éruption cutanée|vertiges|fatigue|entorse de la "
             u"cheville|conjonctivite|résultats de prise de sang|certificat de sport|vaccin grippe|mal de "
             u"dos|migraine|cystite|sinusite|bilan annuel|arrêt de travail|douleur épaule"),
    typeSpec(u"Consultation nourrisson", 30, u"#f79ac0", 9,
             u"vaccins 2 mois|visite du 4e mois|examen du 9e mois|vaccins 11 mois|suivi poids|examen du "
             u"1er mois|fièvre|bronchiolite|examen du 24e mois")
            .ageMonths(-1, 24)
            .forService(u"Suivi du nourrisson"),
    typeSpec(u"Suivi gynécologique", 30, u"#c0504d", 6,
             u"frottis|renouvellement pilule|contraception|suivi ménopause|douleurs pelviennes")
            .patients(16, 70, Sex::Female)
            .forService(u"Frottis / suivi gynécologique"),
    typeSpec(u"Renouvellement d'ordonnance", 15, u"#9bbb59", 14,
             u"renouvellement|renouvellement traitement|renouvellement ordonnance|renouvellement + prise de "
             u"sang")
            .patients(35, 99),
    typeSpec(u"Urgence du jour", 15, u"#e36c09", 100,
             u"fièvre|douleur aiguë|angine|otite|crise d'asthme|brûlure|plaie|douleur thoracique|colique "
             u"néphrétique|lumbago|fièvre enfant|vomissements")
            .urgentOnly(),
    typeSpec(u"Pose d'implant", 30, u"#8064a2", 2,
             u"pose Nexplanon|retrait Nexplanon|changement d'implant|pose de stérilet")
            .offline()
            .patients(16, 45, Sex::Female)
            .forService(u"Pose et retrait d'implant contraceptif (Nexplanon)", true),
});

constexpr auto internTypes = std::to_array<TypeSpec>({
    typeSpec(u"Consultation", 30, u"#4f81bd", 80,
             u"fièvre|toux|mal de gorge|lombalgie|angine|otite|douleur abdominale|fatigue|renouvellement"),
    typeSpec(u"Consultation nourrisson", 30, u"#f79ac0", 8, u"vaccins 2 mois|visite du 4e mois|suivi poids")
            .ageMonths(-1, 24),
    typeSpec(u"Urgence du jour", 30, u"#e36c09", 100, u"fièvre|douleur aiguë|angine|otite|plaie").urgentOnly(),
});

constexpr auto dentistTypes = std::to_array<TypeSpec>({
    typeSpec(u"Contrôle", 30, u"#4bacc6", 35, u"contrôle annuel|contrôle enfant|douleur dent|gencives qui saignent"),
    typeSpec(u"Soins", 45, u"#1f497d", 35, u"carie|dévitalisation|couronne|plombage|suite de soins").offline(),
    typeSpec(u"Détartrage", 30, u"#92cddc", 20, u"détartrage|détartrage annuel").patients(12, 95),
    typeSpec(u"Urgence dentaire", 30, u"#e36c09", 100, u"rage de dents|dent cassée|abcès|couronne descellée")
            .urgentOnly(),
});

constexpr auto nurseTypes = std::to_array<TypeSpec>({
    typeSpec(u"Prise de sang", 15, u"#c0504d", 55,
             u"bilan sanguin|INR|glycémie|bilan thyroïdien|sérologie|bilan lipidique|bilan à jeun"),
    typeSpec(u"Pansement", 15, u"#f79646", 25, u"pansement|ablation des fils|plaie|ulcère de jambe|brûlure")
            .patients(3, 99),
    typeSpec(u"Injection", 15, u"#9bbb59", 20,
             u"vaccin grippe|injection vitamine B12|injection anticoagulant|vaccin|injection retard"),
});

constexpr auto physioTypes = std::to_array<TypeSpec>({
    typeSpec(u"Séance de kinésithérapie", 30, u"#4f81bd", 85,
             u"lombalgie|rééducation genou|entorse cheville|épaule|cervicalgie|rééducation "
             u"post-opératoire|rééducation du périnée|tendinite")
            .series(10, 2),
    typeSpec(u"Bilan", 45, u"#1f497d", 15, u"bilan initial|bilan de fin de série|première séance"),
});

constexpr auto osteopathyTypes = std::to_array<TypeSpec>({
    typeSpec(u"Séance d'ostéopathie", 45, u"#9bbb59", 85,
             u"mal de dos|cervicalgie|suite d'accouchement|sciatique|torticolis"),
    typeSpec(u"Ostéopathie du nourrisson", 45, u"#f79ac0", 15, u"torticolis|coliques|plagiocéphalie")
            .ageMonths(-1, 12),
});

constexpr auto dieticianTypes = std::to_array<TypeSpec>({
    typeSpec(u"Première consultation diététique", 45, u"#9bbb59", 35,
             u"perte de poids|diabète|cholestérol|nutrition enfant|grossesse"),
    typeSpec(u"Suivi diététique", 30, u"#c3d69b", 65, u"suivi poids|suivi diabète|suivi"),
});

constexpr auto psychomotorTypes = std::to_array<TypeSpec>({
    typeSpec(u"Bilan psychomoteur", 45, u"#8064a2", 20,
             u"troubles de l'écriture|agitation|retard de développement|maladresse")
            .ageMonths(24, 216),
    typeSpec(u"Séance de psychomotricité", 45, u"#b2a1c7", 80).offline().ageMonths(24, 216),
});

constexpr auto psychologistTypes = std::to_array<TypeSpec>({
    typeSpec(u"Première consultation", 45, u"#8064a2", 20,
             u"anxiété|deuil|épuisement professionnel|stress|troubles du sommeil"),
    typeSpec(u"Séance", 45, u"#b2a1c7", 80),
});

constexpr auto orthoptistTypes = std::to_array<TypeSpec>({
    typeSpec(u"Bilan orthoptique", 30, u"#4bacc6", 40, u"strabisme|fatigue visuelle|bilan avant lunettes|maux de tête"),
    typeSpec(u"Rééducation orthoptique", 30, u"#92cddc", 60),
});

constexpr auto podiatristTypes = std::to_array<TypeSpec>({
    typeSpec(u"Soins de pédicurie", 30, u"#f79646", 55, u"cors|ongle incarné|durillons|soins des pieds"),
    typeSpec(u"Bilan podologique et semelles", 45, u"#e36c09", 25, u"semelles|douleur talon|bilan postural")
            .patients(15, 75),
    typeSpec(u"Soins du pied diabétique", 45, u"#c0504d", 20,
             u"pied diabétique|gradation du risque|soins pied diabétique")
            .offline()
            .patients(45, 95),
});

constexpr auto surgeryRoomTypes = std::to_array<TypeSpec>({
    typeSpec(u"Petite chirurgie", 30, u"#7f7f7f", 100, u"kyste|ongle incarné|suture|exérèse grain de beauté")
            .offline(),
});

// Meetings are placed by the generator itself (weekly case review, monthly team meeting).
constexpr auto meetingRoomTypes = std::to_array<TypeSpec>({
    typeSpec(u"Réunion de concertation pluriprofessionnelle", 60, u"#7f7f7f", 0).offline(),
    typeSpec(u"Réunion", 60, u"#bfbfbf", 0).offline(),
});

constexpr auto ultrasoundTypes = std::to_array<TypeSpec>({
    typeSpec(u"Échographie", 30, u"#4bacc6", 100,
             u"échographie abdominale|échographie pelvienne|échographie thyroïde|échographie de grossesse")
            .offline(),
});
// clang-format on

const std::array profiles{
        AgendaProfile{u"gp", gpTypes, 0.9, 0, 99, true, 0.45},
        AgendaProfile{u"intern", internTypes, 0.75, 0, 99, false, 0.45},
        AgendaProfile{u"dentist", dentistTypes, 0.85, 3, 95, false, 0.5},
        AgendaProfile{u"nurse", nurseTypes, 0.85, 1, 99, true, 0.4},
        AgendaProfile{u"physiotherapist", physioTypes, 0.85, 10, 90, false, 0.5},
        AgendaProfile{u"osteopathy", osteopathyTypes, 0.78, 0, 90, false, 0.5},
        AgendaProfile{u"dietician", dieticianTypes, 0.55, 6, 85, false, 0.4},
        AgendaProfile{u"psychomotor_therapist", psychomotorTypes, 0.8, 3, 14, false, 0.3},
        AgendaProfile{u"psychologist", psychologistTypes, 0.82, 12, 85, false, 0.2},
        AgendaProfile{u"orthoptist", orthoptistTypes, 0.72, 4, 85, false, 0.4},
        AgendaProfile{u"podiatrist", podiatristTypes, 0.6, 15, 95, true, 0.4},
        AgendaProfile{u"surgery_room", surgeryRoomTypes, 0.12, 10, 90, false, 0.8},
        AgendaProfile{u"meeting_room", meetingRoomTypes, 0.0, 0, 0, false, 0.0},
        AgendaProfile{u"ultrasound", ultrasoundTypes, 0.35, 18, 90, false, 0.8},
};

} // namespace

const AgendaProfile &agendaProfile(QStringView key)
{
    for (const AgendaProfile &profile : profiles) {
        if (profile.key == key)
            return profile;
    }
    Q_UNREACHABLE();
    return profiles.front();
}

} // namespace Accueil::Demo
