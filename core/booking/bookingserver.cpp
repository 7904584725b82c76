#include "bookingserver.h"

#include "bookingapi.h"
#include "requestlanguage.h"
#include "store/store.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::StringLiterals;

// The page's files are compiled into this static library: its resources need asking for.
static void initBookingResources()
{
    Q_INIT_RESOURCE(booking);
}

namespace Accueil {

// Every request goes to the API, which has its own route table: Qt's router would answer some
// requests (unknown routes, bad captures) by itself, without the security checks and headers.
class HttpFrontend final : public QAbstractHttpServer
{
public:
    HttpFrontend(BookingApi &api, QObject *parent) : QAbstractHttpServer(parent), m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ApiReply reply;
        try {
            reply = m_api.handle(request);
        } catch (...) {
            reply = ApiReply::error(HttpStatus::ServiceUnavailable, u"unavailable"_s,
                                    u"The booking service cannot answer right now; nothing was changed."_s);
        }
        reply.write(makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket);
    }

private:
    BookingApi &m_api;
};

BookingServer::BookingServer(const DatabaseUrl &url, const Clock &clock, BookingServerOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(Store::open(url, clock))
{
    BookingApiOptions api;
    api.portal.passwordStrength = m_options.passwordStrength;
    api.cacheReads = m_options.cacheReads;
    m_api = std::make_unique<BookingApi>(*m_store, clock, api);
    m_http = new HttpFrontend(*m_api, this);
    initBookingResources();
    LanguageScope::installTranslator();
}

BookingServer::~BookingServer()
{
    delete m_http; // before the API it calls
    m_http = nullptr;
}

bool BookingServer::usesTls() const
{
    return !m_options.certificateFile.isEmpty() || !m_options.privateKeyFile.isEmpty();
}

QString BookingServer::siteUrl() const
{
    return m_api->options().portal.siteUrl;
}

bool BookingServer::setUpTls()
{
    if (m_options.certificateFile.isEmpty() || m_options.privateKeyFile.isEmpty()) {
        m_error = u"TLS needs both a certificate file and a private key file"_s;
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        m_error = u"this Qt has no TLS support (the OpenSSL backend is not installed)"_s;
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.front().isNull()) {
        m_error = u"cannot read a PEM certificate from %1"_s.arg(m_options.certificateFile);
        return false;
    }
    QFile keyFile(m_options.privateKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read the private key file %1"_s.arg(m_options.privateKeyFile);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        m_error = u"%1 holds no unencrypted RSA or EC private key in PEM"_s.arg(m_options.privateKeyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_http->sslSetup(configuration);
    return true;
}

quint16 BookingServer::listen(const QHostAddress &address, quint16 port)
{
    if (usesTls() && !setUpTls())
        return 0;
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        // QHttpServer keeps the reason to its log: ask the system again for it (the port in use, a
        // port below 1024 without the capability, an address that is not this machine's).
        QTcpServer probe;
        const QString reason = probe.listen(address, port) ? u"refused"_s : probe.errorString();
        m_error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(reason);
        return 0;
    }
    BookingApiOptions api = m_api->options();
    const QStringList names
            = m_options.hostNames.isEmpty() ? HostPolicy::defaultNames(address, bound) : m_options.hostNames;
    api.hosts = HostPolicy(names, bound);
    // TLS here, or ended by a proxy in front of a public https address: the patient's browser sees
    // https either way.
    api.tls = usesTls() || m_options.siteUrl.startsWith(u"https://"_s);
    api.trustedProxies = m_options.trustedProxies;
    api.portal.siteUrl = m_options.siteUrl.isEmpty()
                                 ? (api.tls ? u"https://"_s : u"http://"_s) + names.front()
                                 : m_options.siteUrl;
    m_api->setOptions(api);
    return bound;
}

bool parseListenAddress(const QString &text, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = u"127.0.0.1"_s;
    if (!address.setAddress(host))
        return false;
    port = quint16(value);
    return true;
}

} // namespace Accueil
