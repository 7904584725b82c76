#pragma once

#include <QLocale>

#include <optional>

namespace Accueil {

// The locale of the sentences the core writes (weekdays and months in a refusal): the thread's
// own when a scope set one — the booking server answers each request in its language — else the
// application's default. Never QLocale::setDefault, which is process-wide and not for threads.
[[nodiscard]] QLocale textLocale();

class TextLocaleScope
{
public:
    explicit TextLocaleScope(const QLocale &locale);
    ~TextLocaleScope();
    Q_DISABLE_COPY_MOVE(TextLocaleScope)

private:
    std::optional<QLocale> m_previous;
};

} // namespace Accueil
