#pragma once

#include "apireply.h"
#include "apirequest.h"

#include <QHttpServerRequest>
#include <QStringList>

#include <functional>
#include <vector>

namespace Accueil {

// The API's declarative table: method, path pattern and whether a session is needed, for each
// handler. Patterns are literal segments, "{id}" (a positive number) or "{name}" (a file name:
// letters, digits, ".", "_" and "-", not starting with a dot).
class Router
{
public:
    using Handler = std::function<ApiReply(ApiRequest &)>;
    enum class Access {
        Public,
        Session
    };
    struct Route
    {
        QHttpServerRequest::Method method;
        QString pattern; // as written, for the logs: never the path itself
        QStringList segments;
        Access access;
        Handler handler;
    };

    void add(QHttpServerRequest::Method method, const QString &pattern, Access access, Handler handler);
    // The route for the request's method and path, its parameters put into the request; nullptr
    // when there is none.
    [[nodiscard]] const Route *match(ApiRequest &request) const;

private:
    std::vector<Route> m_routes;
};

} // namespace Accueil
