#include "smsendpoint.h"

#include "catch.h"

#include <QHostAddress>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace Accueil::Test {

// Lives in the endpoint's thread: accepts connections and answers one request per connection.
class SmsEndpointWorker final : public QObject
{
public:
    explicit SmsEndpointWorker(SmsEndpoint &endpoint) : m_endpoint(endpoint) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        SmsEndpoint::Request request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);
        m_endpoint.received(request);
        const auto [status, body] = m_endpoint.currentAnswer();
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Answer\r\nContent-Type: application/json\r\n"
                        "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    SmsEndpoint &m_endpoint;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray SmsEndpoint::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

SmsEndpoint::SmsEndpoint()
{
    auto *worker = new SmsEndpointWorker(*this);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
            worker, [this, worker] { m_port = worker->listen(); }, Qt::BlockingQueuedConnection);
    REQUIRE(m_port != 0);
}

SmsEndpoint::~SmsEndpoint()
{
    m_thread.quit();
    m_thread.wait();
}

QString SmsEndpoint::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void SmsEndpoint::answer(int status, const QByteArray &body)
{
    const QMutexLocker lock(&m_mutex);
    m_status = status;
    m_body = body;
}

QList<SmsEndpoint::Request> SmsEndpoint::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

void SmsEndpoint::received(Request request)
{
    const QMutexLocker lock(&m_mutex);
    m_requests.append(std::move(request));
}

std::pair<int, QByteArray> SmsEndpoint::currentAnswer() const
{
    const QMutexLocker lock(&m_mutex);
    return {m_status, m_body};
}

} // namespace Accueil::Test
