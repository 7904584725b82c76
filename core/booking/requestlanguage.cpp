#include "requestlanguage.h"

#include "apirequest.h"

#include <QCoreApplication>
#include <QThread>
#include <QTranslator>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

thread_local std::optional<Language> currentLanguage;

// Answers only while a request is handled on its thread: English is the source text itself (so
// a desk translated into French in the same process does not leak into English answers), French
// comes from Accueil's catalogue.
class RequestTranslator final : public QTranslator
{
public:
    explicit RequestTranslator(QObject *parent) : QTranslator(parent)
    {
        m_frenchLoaded = m_french.load(u":/i18n/accueil_fr.qm"_s);
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (!currentLanguage)
            return {};
        if (*currentLanguage == Language::English)
            return QString::fromUtf8(sourceText);
        return m_frenchLoaded ? m_french.translate(context, sourceText, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_french;
    bool m_frenchLoaded = false;
};

QLocale localeOf(Language language)
{
    return Wording(language).locale();
}

} // namespace

Language requestLanguage(const ApiRequest &request)
{
    if (const std::optional<QString> lang = request.query(u"lang"_s)) {
        if (*lang == u"en" || *lang == u"fr")
            return languageFromKey(*lang);
    }
    // "en-GB,en;q=0.9,fr;q=0.8": the preferred of the two we speak.
    const QString accept = QString::fromLatin1(request.header("Accept-Language"));
    std::optional<Language> best;
    double bestWeight = 0;
    for (const QStringView part : QStringView(accept).split(u',')) {
        const QList<QStringView> fields = part.split(u';');
        const QStringView tag = fields.front().trimmed();
        double weight = 1;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QStringView field = fields[i].trimmed();
            if (field.startsWith(u"q="))
                weight = field.mid(2).toDouble();
        }
        const QStringView primary = tag.left(2);
        if (weight <= bestWeight || (tag.size() > 2 && tag[2] != u'-'))
            continue;
        if (primary.compare(u"fr", Qt::CaseInsensitive) == 0
            || primary.compare(u"en", Qt::CaseInsensitive) == 0) {
            best = languageFromKey(primary);
            bestWeight = weight;
        }
    }
    return best.value_or(Language::French);
}

LanguageScope::LanguageScope(Language language) : m_previous(currentLanguage), m_locale(localeOf(language))
{
    currentLanguage = language;
}

LanguageScope::~LanguageScope()
{
    currentLanguage = m_previous;
}

void LanguageScope::installTranslator()
{
    static std::atomic_bool installed = false;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || installed.exchange(true))
        return;
    const auto install = [app] { QCoreApplication::installTranslator(new RequestTranslator(app)); };
    if (QThread::currentThread() == app->thread())
        install();
    else
        QMetaObject::invokeMethod(app, install, Qt::QueuedConnection);
}

} // namespace Accueil
