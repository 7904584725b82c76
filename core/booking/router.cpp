#include "router.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accueil {

void Router::add(QHttpServerRequest::Method method, const QString &pattern, Access access, Handler handler)
{
    m_routes.push_back({method, pattern, pattern.split(u'/'), access, std::move(handler)});
}

const Router::Route *Router::match(ApiRequest &request) const
{
    static const QRegularExpression number(u"^[1-9][0-9]{0,14}$"_s);
    static const QRegularExpression fileName(u"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"_s);
    const QStringList segments = request.path().split(u'/');
    for (const Route &route : m_routes) {
        if (route.method != request.method() || route.segments.size() != segments.size())
            continue;
        QStringList parameters;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments[i];
            const QString &actual = segments[i];
            if (expected == u"{id}")
                matches = number.match(actual).hasMatch();
            else if (expected == u"{name}")
                matches = fileName.match(actual).hasMatch();
            else
                matches = expected == actual;
            if (matches && expected.startsWith(u'{'))
                parameters << actual;
        }
        if (matches) {
            request.pathParameters = parameters;
            return &route;
        }
    }
    return nullptr;
}

} // namespace Accueil
