// The catalogue anyone may read, and the booking page itself.
#include "bookingapi.h"
#include "jsonviews.h"
#include "portal/catalogue.h"
#include "store/store.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int maxQuery = 100;
// A kept answer's key: its parts percent-encoded, then joined with "|" (which the encoding never
// leaves), so that "a|b" + "" and "a" + "|b" cannot share a key.
QString readKey(const QStringList &parts)
{
    QStringList encoded;
    for (const QString &part : parts)
        encoded << QString::fromLatin1(QUrl::toPercentEncoding(part));
    return encoded.join(u'|');
}

// A query parameter that must fit; 422 beyond.
QString limitedQuery(const ApiRequest &request, const QString &key, int maximum)
{
    const QString value = request.query(key).value_or(QString()).trimmed();
    if (value.size() > maximum) {
        const Wording say(request.language);
        throw ApiError{HttpStatus::UnprocessableEntity, u"invalid"_s,
                       say(u"The search is too long (%1 characters at most)."_s,
                           u"La recherche est trop longue (%1 caractères au plus)."_s)
                               .arg(maximum)};
    }
    return value;
}

QByteArray contentType(const QString &name)
{
    static const QList<QPair<QString, QByteArray>> types{{u".html"_s, "text/html; charset=utf-8"},
                                                         {u".css"_s, "text/css; charset=utf-8"},
                                                         {u".js"_s, "text/javascript; charset=utf-8"},
                                                         {u".json"_s, "application/json; charset=utf-8"},
                                                         {u".svg"_s, "image/svg+xml"},
                                                         {u".png"_s, "image/png"},
                                                         {u".ico"_s, "image/x-icon"},
                                                         {u".woff2"_s, "font/woff2"},
                                                         {u".txt"_s, "text/plain; charset=utf-8"},
                                                         {u".webmanifest"_s, "application/manifest+json"}};
    for (const auto &type : types) {
        if (name.endsWith(type.first, Qt::CaseInsensitive))
            return type.second;
    }
    return "application/octet-stream";
}

ApiReply resource(const QString &name, Language language)
{
    // Only names the router let through (no "/", no leading dot) reach here, and only the
    // compiled-in resources under :/booking are ever read.
    QFile file(u":/booking/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        const Wording say(language);
        return ApiReply::error(
                HttpStatus::NotFound, u"not_found"_s,
                say(u"There is nothing at this address."_s, u"Il n'y a rien à cette adresse."_s));
    }
    ApiReply reply;
    reply.mimeType = contentType(name);
    reply.body = file.readAll();
    reply.addHeader("Cache-Control", "no-cache");
    return reply;
}

} // namespace

ApiReply BookingApi::page(ApiRequest &request)
{
    return resource(u"index.html"_s, request.language);
}

ApiReply BookingApi::asset(ApiRequest &request)
{
    return resource(request.pathParameters.front(), request.language);
}

ApiReply BookingApi::centre(ApiRequest &request)
{
    const Centre centre = Catalogue(m_store, request.language).centre();
    const JsonViews views(QTimeZone(centre.timeZone.toUtf8()));
    return ApiReply::json(views.centre(centre, m_store.clock().now()));
}

Catalogue &BookingApi::catalogue(Language language)
{
    if (!m_reads.isEnabled() || !m_catalogue || m_catalogueRevision != m_reads.revision()) {
        m_catalogue = std::make_unique<Catalogue>(m_store, language,
                                                  m_reads.isEnabled() ? Catalogue::Memory::RememberStructure
                                                                      : Catalogue::Memory::ReadEachTime);
        m_catalogueRevision = m_reads.revision();
    }
    m_catalogue->setLanguage(language);
    return *m_catalogue;
}

ApiReply BookingApi::cachedRead(const ApiRequest &request, const QString &key,
                                const std::function<ApiReply()> &compute)
{
    // The answers' sentences and profession names follow the language.
    return m_reads.answer(toKey(request.language) + u'|' + key, compute);
}

ApiReply BookingApi::practitioners(ApiRequest &request)
{
    const QString profession = limitedQuery(request, u"profession"_s, maxQuery);
    const QString query = limitedQuery(request, u"q"_s, maxQuery);
    return cachedRead(request, readKey({u"practitioners"_s, profession, query}), [&] {
        return ApiReply::json(
                JsonViews::practitioners(catalogue(request.language).practitioners(profession, query)));
    });
}

ApiReply BookingApi::services(ApiRequest &request)
{
    const QString query = limitedQuery(request, u"q"_s, maxQuery);
    return cachedRead(request, readKey({u"services"_s, query}), [&] {
        return ApiReply::json(JsonViews::services(catalogue(request.language).services(query)));
    });
}

ApiReply BookingApi::types(ApiRequest &request)
{
    const qint64 agendaId = request.pathParameters.front().toLongLong();
    return cachedRead(request, readKey({u"types"_s, QString::number(agendaId)}), [&] {
        return ApiReply::json(JsonViews::types(catalogue(request.language).types(agendaId)));
    });
}

ApiReply BookingApi::availability(ApiRequest &request)
{
    const Parse parse(request.language);
    const qint64 agendaId = request.pathParameters.front().toLongLong();
    const qint64 typeId = parse.id(request.query(u"type"_s).value_or(QString()), u"type"_s);
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (const auto text = request.query(u"from"_s))
        from = parse.date(*text, u"from"_s);
    if (const auto text = request.query(u"to"_s))
        to = parse.date(*text, u"to"_s);
    const auto day
            = [](const std::optional<QDate> &date) { return date ? date->toString(Qt::ISODate) : QString(); };
    const QString key = readKey(
            {u"availability"_s, QString::number(agendaId), QString::number(typeId), day(from), day(to)});
    return cachedRead(request, key, [&] {
        Catalogue &reader = catalogue(request.language);
        const WebAvailability free = reader.availability(agendaId, typeId, from, to);
        return ApiReply::json(JsonViews(QTimeZone(reader.centre().timeZone.toUtf8())).availability(free));
    });
}

} // namespace Accueil
