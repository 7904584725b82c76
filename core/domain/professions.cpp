#include "professions.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

struct Profession
{
    QStringView key;
    const char *name; // English source text, translated on use
};

constexpr auto professions = std::to_array<Profession>({
        {u"gp", QT_TRANSLATE_NOOP("Accueil::Professions", "General practitioner")},
        {u"dentist", QT_TRANSLATE_NOOP("Accueil::Professions", "Dentist")},
        {u"nurse", QT_TRANSLATE_NOOP("Accueil::Professions", "Nurse")},
        {u"physiotherapist", QT_TRANSLATE_NOOP("Accueil::Professions", "Physiotherapist")},
        {u"osteopath", QT_TRANSLATE_NOOP("Accueil::Professions", "Osteopath")},
        {u"dietician", QT_TRANSLATE_NOOP("Accueil::Professions", "Dietician")},
        {u"psychomotor_therapist", QT_TRANSLATE_NOOP("Accueil::Professions", "Psychomotor therapist")},
        {u"psychologist", QT_TRANSLATE_NOOP("Accueil::Professions", "Psychologist")},
        {u"orthoptist", QT_TRANSLATE_NOOP("Accueil::Professions", "Orthoptist")},
        {u"podiatrist", QT_TRANSLATE_NOOP("Accueil::Professions", "Podiatrist")},
        {u"midwife", QT_TRANSLATE_NOOP("Accueil::Professions", "Midwife")},
        {u"speech_therapist", QT_TRANSLATE_NOOP("Accueil::Professions", "Speech therapist")},
});

} // namespace

QString professionName(const QString &key)
{
    for (const Profession &profession : professions) {
        if (profession.key == key)
            return QCoreApplication::translate("Accueil::Professions", profession.name);
    }
    return key; // a profession this version does not know: its key is still better than nothing
}

const QStringList &professionKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const Profession &profession : professions)
            list << profession.key.toString();
        return list;
    }();
    return keys;
}

int professionRank(const QString &key)
{
    const qsizetype index = professionKeys().indexOf(key);
    return index < 0 ? int(professionKeys().size()) : int(index);
}

} // namespace Accueil
