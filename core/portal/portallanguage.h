#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Accueil {

// The booking page and its e-mails speak French (the default) and English. Their sentences are
// written in both languages side by side (Wording), so the French is read and checked where it is
// written rather than in a catalogue nobody opens.
enum class Language {
    French,
    English
};

// "en", "en-GB" … → English; anything else (including nothing) → French.
[[nodiscard]] Language languageFromKey(QStringView key);
[[nodiscard]] QString toKey(Language language);

class Wording
{
public:
    explicit Wording(Language language) : m_language(language) {}

    [[nodiscard]] Language language() const { return m_language; }
    [[nodiscard]] QLocale locale() const;
    // The sentence in this language.
    [[nodiscard]] QString operator()(const QString &english, const QString &french) const
    {
        return m_language == Language::English ? english : french;
    }
    // "mardi 24 novembre 2026" / "Tuesday 24 November 2026": always with the weekday.
    [[nodiscard]] QString date(const QDate &date) const;
    // "mardi 24 novembre 2026 à 10 h 15" / "Tuesday 24 November 2026 at 10:15", in the zone.
    [[nodiscard]] QString dateTime(const QDateTime &instant, const QTimeZone &zone) const;
    [[nodiscard]] QString time(const QTime &time) const;

private:
    Language m_language;
};

} // namespace Accueil
