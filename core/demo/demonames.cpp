#include "demonames.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Accueil::Demo {

namespace {

// Data tables: one name per cell, never reflowed.
// clang-format off
constexpr auto lastNameTable = std::to_array<QStringView>({
    u"Martin", u"Bernard", u"Thomas", u"Petit", u"Robert", u"Richard", u"Durand", u"Dubois", u"Moreau",
    u"Laurent", u"Simon", u"Michel", u"Lefèvre", u"Leroy", u"Roux", u"David", u"Bertrand", u"Morel",
    u"Fournier", u"Girard", u"Bonnet", u"Dupont", u"Lambert", u"Fontaine", u"Rousseau", u"Vincent",
    u"Muller", u"Lefebvre", u"Faure", u"André", u"Mercier", u"Blanc", u"Guérin", u"Boyer", u"Garnier",
    u"Chevalier", u"François", u"Legrand", u"Gauthier", u"Garcia", u"Perrin", u"Robin", u"Clément",
    u"Morin", u"Nicolas", u"Henry", u"Roussel", u"Mathieu", u"Gautier", u"Masson", u"Marchand", u"Duval",
    u"Denis", u"Dumont", u"Marie", u"Lemaire", u"Noël", u"Meyer", u"Dufour", u"Meunier", u"Brun",
    u"Blanchard", u"Giraud", u"Joly", u"Rivière", u"Lucas", u"Brunet", u"Gaillard", u"Barbier", u"Arnaud",
    u"Martinez", u"Gérard", u"Roche", u"Renard", u"Schmitt", u"Roy", u"Leroux", u"Colin", u"Vidal",
    u"Caron", u"Picard", u"Roger", u"Fabre", u"Aubert", u"Lemoine", u"Renaud", u"Dumas", u"Lacroix",
    u"Olivier", u"Philippe", u"Bourgeois", u"Pierre", u"Benoît", u"Rey", u"Leclerc", u"Payet", u"Rolland",
    u"Leclercq", u"Guillaume", u"Lecomte", u"Lopez", u"Jean", u"Dupuy", u"Guillot", u"Hubert", u"Berger",
    u"Carpentier", u"Sanchez", u"Dupuis", u"Moulin", u"Louis", u"Deschamps", u"Huet", u"Vasseur", u"Perez",
    u"Boucher", u"Fleury", u"Royer", u"Klein", u"Jacquet", u"Adam", u"Paris", u"Poirier", u"Marty",
    u"Aubry", u"Guyot", u"Carré", u"Charles", u"Renault", u"Charpentier", u"Ménard", u"Maillard", u"Baron",
    u"Bertin", u"Bailly", u"Hervé", u"Schneider", u"Fernandez", u"Le Gall", u"Collet", u"Léger",
    u"Bouvier", u"Julien", u"Prévost", u"Millet", u"Perrot", u"Daniel", u"Le Roux", u"Cousin", u"Germain",
    u"Breton", u"Besson", u"Langlois", u"Rémy", u"Le Goff", u"Pelletier", u"Lévêque", u"Perrier",
    u"Leblanc", u"Barré", u"Lebrun", u"Marchal", u"Weber", u"Mallet", u"Hamon", u"Boulanger", u"Jacob",
    u"Monnier", u"Michaud", u"Rodriguez", u"Guichard", u"Gillet", u"Étienne", u"Grondin", u"Poulain",
    u"Tessier", u"Chevallier", u"Collin", u"Chauvin", u"Da Silva", u"Bouchet", u"Gay", u"Lemaître",
    u"Bénard", u"Maréchal", u"Humbert", u"Reynaud", u"Antoine", u"Hoarau", u"Perret", u"Barthélemy",
    u"Cordier", u"Pichon", u"Lejeune", u"Gilbert", u"Lamy", u"Delaunay", u"Pasquier", u"Carlier",
    u"Laporte", u"Le Bihan", u"Tanguy", u"Le Corre", u"Guéguen", u"Morvan", u"Bénéteau", u"Chéreau",
    u"Hérault", u"Riou", u"Le Floch", u"Jégou", u"Bréhier", u"Cadiou", u"Benali", u"Haddad", u"Nguyen",
    u"Diallo", u"Traoré", u"Mendes", u"Ferreira", u"Cohen", u"Bensaïd", u"Kaya", u"Belkacem", u"Tran",
});

// Born before 1960.
constexpr auto femaleOld = std::to_array<QStringView>({
    u"Monique", u"Jacqueline", u"Françoise", u"Christiane", u"Denise", u"Geneviève", u"Ginette", u"Simone",
    u"Yvette", u"Josiane", u"Odette", u"Madeleine", u"Suzanne", u"Jeannine", u"Colette", u"Michèle",
    u"Danielle", u"Marie-Thérèse", u"Thérèse", u"Marthe", u"Renée", u"Paulette", u"Huguette", u"Andrée",
    u"Annie", u"Nicole", u"Martine", u"Jeanne", u"Bernadette", u"Lucienne", u"Germaine", u"Marcelle",
    u"Raymonde", u"Éliane", u"Arlette", u"Solange", u"Gisèle", u"Marie-Claude", u"Évelyne", u"Régine",
});
// Born 1960-1989.
constexpr auto femaleMiddle = std::to_array<QStringView>({
    u"Nathalie", u"Isabelle", u"Sylvie", u"Catherine", u"Christine", u"Valérie", u"Sandrine", u"Sophie",
    u"Céline", u"Stéphanie", u"Véronique", u"Chantal", u"Anne", u"Patricia", u"Laurence", u"Corinne",
    u"Karine", u"Delphine", u"Virginie", u"Caroline", u"Audrey", u"Mélanie", u"Laetitia", u"Élodie",
    u"Aurélie", u"Émilie", u"Julie", u"Hélène", u"Agnès", u"Brigitte", u"Fabienne", u"Béatrice",
    u"Nadège", u"Gaëlle", u"Séverine", u"Magali", u"Marie", u"Cécile", u"Florence", u"Fatima", u"Élise",
});
// Born 1990 on.
constexpr auto femaleYoung = std::to_array<QStringView>({
    u"Léa", u"Manon", u"Chloé", u"Emma", u"Inès", u"Jade", u"Louise", u"Alice", u"Lina", u"Rose",
    u"Anna", u"Mila", u"Ambre", u"Julia", u"Mia", u"Léna", u"Zoé", u"Camille", u"Marion", u"Pauline",
    u"Laura", u"Sarah", u"Clara", u"Lucie", u"Anaïs", u"Océane", u"Mathilde", u"Charlotte", u"Margaux",
    u"Juliette", u"Lola", u"Eva", u"Romane", u"Agathe", u"Capucine", u"Adèle", u"Margot", u"Léonie",
    u"Lou", u"Iris", u"Nina", u"Gabrielle", u"Apolline", u"Salomé", u"Maëlys", u"Noémie", u"Clémence",
    u"Justine", u"Morgane", u"Solène", u"Yasmine", u"Amina", u"Héloïse", u"Maëlle",
});
constexpr auto maleOld = std::to_array<QStringView>({
    u"Jean", u"Pierre", u"Michel", u"André", u"Bernard", u"Jacques", u"Claude", u"René", u"Roger",
    u"Marcel", u"Robert", u"Henri", u"Georges", u"Lucien", u"Raymond", u"Maurice", u"Gérard", u"Jean-Pierre",
    u"Jean-Claude", u"Fernand", u"Gaston", u"Albert", u"Émile", u"Joseph", u"Guy", u"Yves", u"Francis",
    u"Léon", u"Roland", u"Gilbert", u"Jean-Louis", u"Daniel", u"Alain", u"Louis", u"Paul", u"Noël",
    u"Hubert", u"Edmond", u"Armand", u"Jean-Marie",
});
constexpr auto maleMiddle = std::to_array<QStringView>({
    u"Philippe", u"Christian", u"Patrick", u"Serge", u"Thierry", u"Éric", u"Pascal", u"Frédéric",
    u"Laurent", u"Stéphane", u"Olivier", u"David", u"Christophe", u"Sébastien", u"Nicolas", u"Julien",
    u"Guillaume", u"Jérôme", u"Vincent", u"François", u"Franck", u"Didier", u"Dominique", u"Hervé",
    u"Bruno", u"Arnaud", u"Cédric", u"Fabrice", u"Benoît", u"Mickaël", u"Anthony", u"Jonathan",
    u"Lionel", u"Joël", u"Gilles", u"Jean-Luc", u"Jean-François", u"Marc", u"Karim", u"Loïc", u"Yann",
});
constexpr auto maleYoung = std::to_array<QStringView>({
    u"Kévin", u"Maxime", u"Romain", u"Alexandre", u"Thomas", u"Antoine", u"Mathieu", u"Florian",
    u"Adrien", u"Quentin", u"Clément", u"Hugo", u"Lucas", u"Théo", u"Nathan", u"Enzo", u"Léo",
    u"Gabriel", u"Raphaël", u"Arthur", u"Jules", u"Adam", u"Noah", u"Mathis", u"Tom", u"Ethan", u"Sacha",
    u"Timéo", u"Nolan", u"Baptiste", u"Valentin", u"Victor", u"Martin", u"Aurélien", u"Damien", u"Gaël",
    u"Erwan", u"Killian", u"Maël", u"Noé", u"Axel", u"Eliott", u"Côme", u"Gaspard", u"Augustin",
    u"Marius", u"Samuel", u"Hamza", u"Mehdi", u"Youssef", u"Rayan", u"Louka", u"Malo", u"Titouan",
});

constexpr auto streetTable = std::to_array<QStringView>({
    u"rue des Tilleuls", u"rue de la Paix", u"avenue Jean Jaurès", u"boulevard Charles de Gaulle",
    u"rue Victor Hugo", u"allée des Peupliers", u"impasse des Mésanges", u"rue du Moulin",
    u"chemin de la Métairie", u"rue Pasteur", u"rue de la Gare", u"place de l'Église", u"rue des Écoles",
    u"rue Jules Verne", u"rue Aristide Briand", u"rue du Stade", u"avenue des Sports", u"rue de Bretagne",
    u"rue de la Loire", u"rue des Vignes", u"rue des Lilas", u"rue des Rosiers", u"rue du Château",
    u"rue de l'Océan", u"allée des Chênes", u"rue Marcel Pagnol", u"rue Anne de Bretagne",
    u"rue de la Fontaine", u"rue Émile Zola", u"rue Jean Moulin", u"rue de la Libération",
    u"rue des Acacias", u"rue Saint-Exupéry", u"rue des Hirondelles", u"rue Édith Piaf",
    u"avenue de la République", u"rue Gambetta", u"rue Voltaire", u"rue du Général Leclerc",
    u"boulevard de la Baule", u"rue de la Métallerie", u"rue du Bois Raguenet", u"allée des Cerisiers",
});

constexpr auto townTable = std::to_array<Town>({
    {u"44800", u"Saint-Herblain", 40}, {u"44000", u"Nantes", 8}, {u"44100", u"Nantes", 10},
    {u"44220", u"Couëron", 10},        {u"44700", u"Orvault", 8}, {u"44610", u"Indre", 5},
    {u"44640", u"Le Pellerin", 4},     {u"44340", u"Bouguenais", 5}, {u"44880", u"Sautron", 5},
    {u"44400", u"Rezé", 5},
});

constexpr auto domainTable = std::to_array<WeightedText>({
    {u"gmail.com", 32}, {u"orange.fr", 18}, {u"free.fr", 12}, {u"laposte.net", 8}, {u"hotmail.fr", 9},
    {u"yahoo.fr", 6},   {u"sfr.fr", 6},     {u"outlook.fr", 5}, {u"wanadoo.fr", 4},
});

constexpr auto noteTable = std::to_array<QStringView>({
    u"Malentendant : parler fort et face à lui.",
    u"Préfère être appelé(e) sur le fixe.",
    u"Vient en fauteuil roulant : prévoir la salle du rez-de-chaussée.",
    u"Ne lit pas les SMS, appeler la veille.",
    u"Parle peu le français : sa fille sert d'interprète.",
    u"Sous tutelle : contacter l'UDAF pour les papiers.",
    u"Anxieux : éviter l'attente en salle, appeler quand le médecin est prêt.",
    u"Transport VSL : prévoir 15 minutes de marge.",
    u"Tiers payant : attestation CSS à jour en accueil.",
});
// clang-format on

} // namespace

std::span<const QStringView> lastNames()
{
    return lastNameTable;
}

std::span<const QStringView> firstNames(Sex sex, int birthYear)
{
    const bool male = sex == Sex::Male;
    if (birthYear < 1960)
        return male ? std::span<const QStringView>(maleOld) : std::span<const QStringView>(femaleOld);
    if (birthYear < 1990)
        return male ? std::span<const QStringView>(maleMiddle) : std::span<const QStringView>(femaleMiddle);
    return male ? std::span<const QStringView>(maleYoung) : std::span<const QStringView>(femaleYoung);
}

std::span<const QStringView> streets()
{
    return streetTable;
}

std::span<const Town> towns()
{
    return townTable;
}

std::span<const WeightedText> emailDomains()
{
    return domainTable;
}

std::span<const QStringView> deskNotes()
{
    return noteTable;
}

QString asciiFold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == u'œ' || c == u'Œ') {
            result += u"oe"_s;
        } else if (c == u'æ' || c == u'Æ') {
            result += u"ae"_s;
        } else if (c.unicode() < 128 && c.isLetterOrNumber()) {
            result += c.toLower();
        }
        // Combining accents, spaces, hyphens and apostrophes are dropped.
    }
    return result;
}

} // namespace Accueil::Demo
