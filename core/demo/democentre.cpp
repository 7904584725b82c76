#include "democentre.h"

#include "demonames.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Accueil::Demo {

namespace {

// Data tables, laid out by hand.
// clang-format off
constexpr auto practitionerTable = std::to_array<PractitionerSpec>({
    {u"Dr", u"Philippe", u"Martin", u"gp",
     u"Médecin généraliste, maître de stage. Suivi des adultes et des enfants, petite chirurgie "
     u"(kystes, ongles incarnés), électrocardiogramme.",
     Sex::Male, false, {}, {}},
    {u"Dr", u"Catherine", u"Lefèvre", u"gp",
     u"Médecin généraliste. Gynécologie médicale : frottis, contraception, pose et retrait d'implant "
     u"contraceptif (Nexplanon) et de stérilet. Suivi du nourrisson.",
     Sex::Female, true, {}, {}},
    {u"Dr", u"Antoine", u"Girard", u"gp",
     u"Médecin généraliste, médecine du sport : certificats, traumatologie, infiltrations. "
     u"Ne prend pas de rendez-vous en ligne.",
     Sex::Male, false, {}, {}},
    {u"Dr", u"Élodie", u"Fournier", u"gp",
     u"Médecin généraliste. Pédiatrie et suivi du nourrisson, vaccinations, dermatologie "
     u"(molluscum, verrues).",
     Sex::Female, true, {}, {}},
    {u"Dr", u"Marc", u"Bonnet", u"gp",
     u"Médecin généraliste, maître de stage. Maladies chroniques (diabète, hypertension), personnes "
     u"âgées, visites à domicile le jeudi après-midi.",
     Sex::Male, false, {}, {}},
    {u"Dr", u"Sarah", u"Mercier", u"gp",
     u"Médecin généraliste. Suivi gynécologique, contraception (Nexplanon), suivi de grossesse "
     u"jusqu'au 6e mois.",
     Sex::Female, true, {}, {}},
    {u"Dr", u"Julien", u"Chevalier", u"gp",
     u"Médecin généraliste. Créneaux d'urgence du jour chaque matin, petite chirurgie, "
     u"électrocardiogramme, traitement du molluscum.",
     Sex::Male, true, {}, {}},
    {u"Dr", u"Nicolas", u"Roux", u"dentist",
     u"Chirurgien-dentiste. Soins conservateurs, prothèses, détartrage.", Sex::Male, true, {}, {}},
    {u"Dr", u"Camille", u"Blanc", u"dentist",
     u"Chirurgienne-dentiste. Soins des enfants dès 3 ans, soins conservateurs, détartrage.", Sex::Female,
     true, {}, {}},
    {u"Dr", u"Thomas", u"Guérin", u"dentist",
     u"Chirurgien-dentiste. Implantologie, extractions, urgences dentaires du matin.", Sex::Male, false, {},
     {}},
    {{}, u"Isabelle", u"Perrin", u"nurse",
     u"Infirmière. Prises de sang à jeun dès 7 h 30, pansements, injections. Soins à domicile "
     u"l'après-midi.",
     Sex::Female, true, {}, {}},
    {{}, u"Nathalie", u"Robin", u"nurse",
     u"Infirmière. Prises de sang, pansements complexes et ulcères de jambe, vaccinations.", Sex::Female,
     true, {}, {}},
    {{}, u"Céline", u"Clément", u"nurse",
     u"Infirmière. Prises de sang, injections, éducation thérapeutique du diabète.", Sex::Female, true, {},
     {}},
    {{}, u"Aurélie", u"Gauthier", u"nurse",
     u"Infirmière. Prises de sang, retrait de fils et d'agrafes, pansements.", Sex::Female, true, {}, {}},
    {{}, u"Mickaël", u"Dumas", u"nurse",
     u"Infirmier. Prises de sang, injections, vaccinations, soins à domicile.", Sex::Male, true, {}, {}},
    {{}, u"Virginie", u"Lemaire", u"nurse",
     u"Infirmière. Prises de sang, pansements, suivi des anticoagulants (INR).", Sex::Female, true, {}, {}},
    {{}, u"Maxime", u"Rousseau", u"physiotherapist",
     u"Masseur-kinésithérapeute. Rééducation post-opératoire (genou, épaule), kinésithérapie "
     u"respiratoire de l'enfant.",
     Sex::Male, true, {}, {}},
    {{}, u"Julie", u"Marchand", u"physiotherapist",
     u"Masseur-kinésithérapeute. Rééducation du périnée, rééducation post-natale, lombalgies.",
     Sex::Female, true, {}, {}},
    {{}, u"Romain", u"Lefort", u"physiotherapist",
     u"Masseur-kinésithérapeute et ostéopathe (agenda d'ostéopathie séparé, le mercredi).", Sex::Male, true,
     {}, u"Ostéopathie"},
    {{}, u"Émilie", u"Caron", u"physiotherapist",
     u"Masseur-kinésithérapeute. Rééducation du périnée, rééducation vestibulaire (vertiges).", Sex::Female,
     false, {}, {}},
    {{}, u"Hugo", u"Barbier", u"physiotherapist",
     u"Masseur-kinésithérapeute. Sportifs, kinésithérapie respiratoire (bronchiolite), rééducation "
     u"post-opératoire.",
     Sex::Male, true, {}, {}},
    {{}, u"Laura", u"Picard", u"dietician",
     u"Diététicienne-nutritionniste. Surpoids, diabète, cholestérol, alimentation de l'enfant.", Sex::Female,
     true, {}, {}},
    {{}, u"Manon", u"Renaud", u"dietician",
     u"Diététicienne. Nutrition pendant la grossesse, troubles du comportement alimentaire.", Sex::Female,
     true, {}, {}},
    {{}, u"Chloé", u"Arnaud", u"psychomotor_therapist",
     u"Psychomotricienne. Bilans et séances pour les enfants de 2 à 14 ans (graphisme, motricité, "
     u"attention).",
     Sex::Female, true, {}, {}},
    {{}, u"Pauline", u"Brunet", u"psychomotor_therapist",
     u"Psychomotricienne. Enfants et adolescents, troubles du neuro-développement.", Sex::Female, false, {},
     {}},
    {{}, u"Mathilde", u"Colin", u"psychologist",
     u"Psychologue clinicienne. Anxiété, deuil, épuisement professionnel ; dispositif Mon soutien psy.",
     Sex::Female, true, {}, {}},
    {{}, u"Olivier", u"Vasseur", u"psychologist",
     u"Psychologue. Adolescents et adultes, thérapies brèves, thérapie de couple.", Sex::Male, true, {}, {}},
    {{}, u"Lucie", u"Roche", u"orthoptist",
     u"Orthoptiste. Bilan orthoptique, rééducation de la vision (strabisme, fatigue visuelle), "
     u"dépistage chez l'enfant.",
     Sex::Female, true, {}, {}},
    {{}, u"Benoît", u"Leclerc", u"podiatrist",
     u"Pédicure-podologue. Soins des pieds, semelles orthopédiques, soins des pieds diabétiques.",
     Sex::Male, true, {}, {}},
    {{}, u"Vincent", u"Masson", u"osteopath",
     u"Ostéopathe. Adultes, femmes enceintes et nourrissons.", Sex::Male, true, {}, {}},
    {{}, u"Lucas", u"Garnier", u"gp",
     u"Interne en médecine générale (SASPAS). Consulte sous la supervision du Dr Martin.", Sex::Male, true,
     u"Martin", {}},
    {{}, u"Inès", u"Faure", u"gp",
     u"Interne en médecine générale (SASPAS). Consulte sous la supervision du Dr Bonnet.", Sex::Female, true,
     u"Bonnet", {}},
});

constexpr auto serviceTable = std::to_array<ServiceSpec>({
    {u"Pose et retrait d'implant contraceptif (Nexplanon)", u"implant, contraception, Nexplanon, bras",
     u"Lefèvre,Mercier"},
    {u"Pose de stérilet (DIU)", u"stérilet, DIU, contraception", u"Lefèvre,Mercier"},
    {u"Suivi du nourrisson", u"bébé, nourrisson, pédiatrie, vaccins, croissance",
     u"Lefèvre,Fournier,Martin,Garnier"},
    {u"Frottis / suivi gynécologique", u"frottis, gynécologie, pilule, ménopause",
     u"Lefèvre,Mercier,Fournier"},
    {u"Suivi de grossesse", u"grossesse, enceinte, déclaration", u"Mercier"},
    {u"Traitement du molluscum", u"molluscum, verrues, azote, cryothérapie", u"Fournier,Chevalier"},
    {u"Électrocardiogramme", u"ECG, cœur, coeur, électro, palpitations", u"Martin,Chevalier,Bonnet"},
    {u"Vaccination", u"vaccin, grippe, covid, rappel, tétanos",
     u"Martin,Lefèvre,Girard,Fournier,Bonnet,Mercier,Chevalier,Perrin,Robin,Clément,Gauthier,Dumas,Lemaire"},
    {u"Certificat de sport", u"certificat, licence, sport, aptitude", u"Girard,Martin,Chevalier"},
    {u"Petite chirurgie", u"kyste, ongle incarné, suture, points, grain de beauté", u"Martin,Chevalier"},
    {u"Infiltration", u"infiltration, tendinite, épaule, genou", u"Girard"},
    {u"Suivi des maladies chroniques", u"diabète, hypertension, tension, cholestérol", u"Bonnet,Martin"},
    {u"Consultation avec un interne supervisé", u"interne, SASPAS, étudiant", u"Garnier,Faure"},
    {u"Soins dentaires", u"carie, dent, plombage, dévitalisation", u"Roux,Blanc,Guérin"},
    {u"Détartrage", u"tartre, gencives, dents", u"Roux,Blanc,Guérin"},
    {u"Soins dentaires des enfants", u"enfant, dent de lait, pédodontie", u"Blanc"},
    {u"Implants dentaires", u"implant, prothèse, couronne", u"Guérin"},
    {u"Urgences dentaires", u"rage de dents, abcès, dent cassée", u"Guérin,Roux"},
    {u"Prise de sang", u"bilan sanguin, analyse, laboratoire, à jeun, INR",
     u"Perrin,Robin,Clément,Gauthier,Dumas,Lemaire"},
    {u"Pansements", u"plaie, brûlure, ulcère, pansement", u"Perrin,Robin,Gauthier,Lemaire"},
    {u"Injections", u"piqûre, injection, anticoagulant, vitamine", u"Perrin,Clément,Dumas,Lemaire"},
    {u"Retrait de fils et d'agrafes", u"fils, agrafes, cicatrice", u"Gauthier,Robin"},
    {u"Éducation thérapeutique du diabète", u"diabète, glycémie, insuline", u"Clément,Picard,Bonnet"},
    {u"Rééducation du périnée", u"périnée, post-partum, incontinence, accouchement", u"Marchand,Caron"},
    {u"Kinésithérapie respiratoire", u"bronchiolite, bébé, encombrement, kiné respiratoire",
     u"Rousseau,Barbier"},
    {u"Rééducation post-opératoire", u"genou, épaule, prothèse, ligament, opération",
     u"Rousseau,Marchand,Lefort,Caron,Barbier"},
    {u"Rééducation vestibulaire", u"vertiges, équilibre", u"Caron"},
    {u"Ostéopathie", u"ostéo, dos, torticolis, nourrisson, coliques", u"Masson,Lefort"},
    {u"Bilan orthoptique", u"strabisme, vision, yeux, lunettes", u"Roche"},
    {u"Rééducation orthoptique", u"rééducation visuelle, convergence, fatigue visuelle", u"Roche"},
    {u"Soins des pieds diabétiques", u"diabète, podologie, pied, forfait podologique", u"Leclerc"},
    {u"Semelles orthopédiques", u"semelles, orthèses, posture, talon", u"Leclerc"},
    {u"Consultation diététique", u"nutrition, poids, régime, alimentation, maigrir", u"Picard,Renaud"},
    {u"Bilan psychomoteur", u"enfant, motricité, graphisme, écriture, TDAH", u"Arnaud,Brunet"},
    {u"Soutien psychologique", u"anxiété, dépression, stress, deuil, Mon soutien psy", u"Colin,Vasseur"},
    {u"Thérapie de couple", u"couple, conflit", u"Vasseur"},
});

constexpr auto officeTable = std::to_array<OfficeStaffSpec>({
    {u"sophie", u"Sophie Vidal", u"SV", Role::Secretary},
    {u"nadia", u"Nadia Benali", u"NB", Role::Secretary},
    {u"claire", u"Claire Hamon", u"CH", Role::Secretary},
    {u"coordination", u"Anne Le Gall", u"ALG", Role::Coordinator},
    {u"admin", u"Administrateur", u"ADM", Role::Admin},
});
// clang-format on

} // namespace

std::span<const PractitionerSpec> practitionerSpecs()
{
    return practitionerTable;
}

std::span<const ServiceSpec> serviceSpecs()
{
    return serviceTable;
}

std::span<const OfficeStaffSpec> officeStaffSpecs()
{
    return officeTable;
}

QString practitionerLogin(const PractitionerSpec &spec)
{
    if (spec.title == u"Dr")
        return u"dr."_s + asciiFold(spec.lastName);
    return asciiFold(spec.firstName) + u'.' + asciiFold(spec.lastName);
}

CentreSpec centreSpec()
{
    return {u"Maison de santé pluriprofessionnelle des Tilleuls",
            u"12 rue des Tilleuls, 44800 Saint-Herblain", u"02 40 58 31 20", u"accueil@msp-tilleuls.fr"};
}

} // namespace Accueil::Demo
