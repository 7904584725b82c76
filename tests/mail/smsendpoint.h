#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

#include <memory>

class QTcpServer;

namespace Accueil::Test {

// A real HTTP server on 127.0.0.1 standing in for an SMS gateway: it runs in a thread of its own
// (the sender blocks the test's thread while it waits for the answer), keeps every request it
// receives and answers each with the status and body it is told to.
class SmsEndpoint
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    SmsEndpoint();
    ~SmsEndpoint();
    Q_DISABLE_COPY_MOVE(SmsEndpoint)

    [[nodiscard]] quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" + path
    [[nodiscard]] QString url(const QString &path) const;
    void answer(int status, const QByteArray &body);
    [[nodiscard]] QList<Request> requests() const;

private:
    friend class SmsEndpointWorker;
    void received(Request request);
    [[nodiscard]] std::pair<int, QByteArray> currentAnswer() const;

    mutable QMutex m_mutex;
    QList<Request> m_requests;
    int m_status = 200;
    QByteArray m_body = R"({"status":1})";
    QThread m_thread;
    quint16 m_port = 0;
};

} // namespace Accueil::Test
