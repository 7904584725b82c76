#include "chromium.h"

#include "catch.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

namespace {

QString quoted(const QString &text)
{
    // A JavaScript string literal: JSON's quoting is JavaScript's.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

Chromium::Chromium(int width, int height, const QString &locale)
{
    REQUIRE(m_profile.isValid());
    const QString binary = qEnvironmentVariable("CHROMIUM", u"chromium"_s);
    m_process.setProgram(binary);
    m_process.setArguments({u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                            u"--disable-background-networking"_s, u"--disable-component-update"_s,
                            u"--disable-sync"_s, u"--no-first-run"_s, u"--no-default-browser-check"_s,
                            u"--user-data-dir="_s + m_profile.path(), u"--remote-debugging-port=0"_s,
                            u"--window-size=%1,%2"_s.arg(width).arg(height), u"--lang="_s + locale,
                            u"about:blank"_s});
    // The UI language (date fields' order, "jj/mm/aaaa") comes from the environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString posix = QString(locale).replace(u'-', u'_');
    environment.insert(u"LANGUAGE"_s, posix);
    environment.insert(u"LANG"_s, posix + u".UTF-8"_s);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    INFO("starting " << binary.toStdString());
    REQUIRE(m_process.waitForStarted(10000));

    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(256 * 1024 * 1024); // screenshots
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(),
                     [this](const QString &message) { onMessage(message); });
    m_socket->open(QUrl(debuggerAddress()));
    REQUIRE(QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 10000));
    call(u"Page.enable"_s);
    call(u"Runtime.enable"_s);
    call(u"Emulation.setDeviceMetricsOverride"_s,
         {{u"width"_s, width}, {u"height"_s, height}, {u"deviceScaleFactor"_s, 2}, {u"mobile"_s, true}});
    call(u"Emulation.setTouchEmulationEnabled"_s, {{u"enabled"_s, true}});
    call(u"Emulation.setLocaleOverride"_s, {{u"locale"_s, locale}});
}

Chromium::~Chromium()
{
    if (m_socket)
        m_socket->close();
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString Chromium::debuggerAddress()
{
    // Chromium writes the port it chose into the profile; the page's own socket is listed there.
    const QString portFile = m_profile.filePath(u"DevToolsActivePort"_s);
    QString port;
    REQUIRE(QTest::qWaitFor(
            [&] {
                QFile file(portFile);
                if (!file.open(QIODevice::ReadOnly))
                    return false;
                port = QString::fromLatin1(file.readLine()).trimmed();
                return !port.isEmpty();
            },
            20000));
    QNetworkAccessManager network;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QNetworkReply *reply
                = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/json/list"_s.arg(port))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray targets = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        for (const QJsonValue &target : targets) {
            if (target[u"type"_s].toString() == u"page")
                return target[u"webSocketDebuggerUrl"_s].toString();
        }
        QTest::qWait(100);
    }
    FAIL("Chromium lists no page to drive");
    return {};
}

void Chromium::onMessage(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.contains(u"id"_s)) {
        m_replies.insert(object[u"id"_s].toInt(), object);
        return;
    }
    const QString method = object[u"method"_s].toString();
    const QJsonObject params = object[u"params"_s].toObject();
    if (method == u"Runtime.exceptionThrown") {
        const QJsonObject details = params[u"exceptionDetails"_s].toObject();
        m_pageErrors << details[u"exception"_s][u"description"_s].toString(details[u"text"_s].toString());
    } else if (method == u"Runtime.consoleAPICalled" && params[u"type"_s].toString() == u"error") {
        QStringList parts;
        for (const QJsonValue &arg : params[u"args"_s].toArray())
            parts << arg[u"value"_s].toVariant().toString() + arg[u"description"_s].toString();
        m_pageErrors << parts.join(u' ');
    }
    m_events << object;
}

QJsonObject Chromium::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    const int id = m_nextId++;
    m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}})
                    .toJson(QJsonDocument::Compact)));
    INFO("DevTools " << method.toStdString());
    REQUIRE(QTest::qWaitFor([&] { return m_replies.contains(id); }, timeoutMs));
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(u"error"_s)) {
        INFO(QJsonDocument(reply[u"error"_s].toObject()).toJson().toStdString());
        FAIL("DevTools refused " << method.toStdString());
    }
    return reply[u"result"_s].toObject();
}

QJsonObject Chromium::waitForEvent(const QString &method, int timeoutMs)
{
    QJsonObject found;
    const auto take = [&] {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events[i][u"method"_s].toString() == method) {
                found = m_events.takeAt(i);
                return true;
            }
        }
        return false;
    };
    INFO("waiting for " << method.toStdString());
    REQUIRE(QTest::qWaitFor(take, timeoutMs));
    return found;
}

void Chromium::open(const QString &url)
{
    m_events.erase(std::remove_if(m_events.begin(), m_events.end(),
                                  [](const QJsonObject &e) {
                                      return e[u"method"_s].toString() == u"Page.loadEventFired";
                                  }),
                   m_events.end());
    const QJsonObject result = call(u"Page.navigate"_s, {{u"url"_s, url}});
    INFO("opening " << url.toStdString());
    REQUIRE(result[u"errorText"_s].toString().isEmpty());
    waitForEvent(u"Page.loadEventFired"_s, 20000);
}

QJsonValue Chromium::evaluate(const QString &expression)
{
    const QJsonObject result
            = call(u"Runtime.evaluate"_s,
                   {{u"expression"_s, expression}, {u"awaitPromise"_s, true}, {u"returnByValue"_s, true}});
    if (result.contains(u"exceptionDetails"_s)) {
        const QJsonObject details = result[u"exceptionDetails"_s].toObject();
        INFO(expression.toStdString());
        FAIL("the page threw: " << details[u"exception"_s][u"description"_s].toString().toStdString());
    }
    return result[u"result"_s][u"value"_s];
}

void Chromium::waitFor(const QString &expression, int timeoutMs)
{
    const QString check = u"!!(%1)"_s.arg(expression);
    INFO("waiting in the page for: " << expression.toStdString());
    REQUIRE(QTest::qWaitFor([&] { return evaluate(check).toBool(); }, timeoutMs));
}

void Chromium::waitForVisible(const QString &selector, int timeoutMs)
{
    waitFor(u"[...document.querySelectorAll(%1)].some(e => e.offsetParent !== null)"_s.arg(quoted(selector)),
            timeoutMs);
}

void Chromium::click(const QString &selector)
{
    waitForVisible(selector);
    const QJsonObject box
            = evaluate(u"(() => { const e = [...document.querySelectorAll(%1)]"
                       ".find(e => e.offsetParent !== null); e.scrollIntoView({block: 'center'});"
                       " const r = e.getBoundingClientRect();"
                       " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"_s.arg(
                               quoted(selector)))
                      .toObject();
    for (const char16_t *type : {u"mousePressed", u"mouseReleased"}) {
        call(u"Input.dispatchMouseEvent"_s, {{u"type"_s, QString::fromUtf16(type)},
                                             {u"x"_s, box[u"x"_s]},
                                             {u"y"_s, box[u"y"_s]},
                                             {u"button"_s, u"left"_s},
                                             {u"clickCount"_s, 1}});
    }
}

void Chromium::type(const QString &selector, const QString &text)
{
    waitForVisible(selector);
    evaluate(
            u"(() => { const e = document.querySelector(%1); e.focus(); if (e.select) e.select(); })()"_s.arg(
                    quoted(selector)));
    call(u"Input.insertText"_s, {{u"text"_s, text}});
}

void Chromium::pressKeys(const QString &selector, const QString &text)
{
    waitForVisible(selector);
    evaluate(u"document.querySelector(%1).focus()"_s.arg(quoted(selector)));
    for (const QChar c : text) {
        const QString key(c);
        call(u"Input.dispatchKeyEvent"_s, {{u"type"_s, u"keyDown"_s}, {u"key"_s, key}});
        call(u"Input.dispatchKeyEvent"_s, {{u"type"_s, u"char"_s}, {u"key"_s, key}, {u"text"_s, key}});
        call(u"Input.dispatchKeyEvent"_s, {{u"type"_s, u"keyUp"_s}, {u"key"_s, key}});
    }
}

void Chromium::typeDate(const QString &selector, const QDate &date)
{
    const QString language = evaluate(u"navigator.language"_s).toString();
    pressKeys(selector, date.toString(language == u"en-US" ? u"MMddyyyy"_s : u"ddMMyyyy"_s));
    INFO("the date field after typing, in a " << language.toStdString() << " browser");
    REQUIRE(evaluate(u"document.querySelector(%1).value"_s.arg(quoted(selector))).toString()
            == date.toString(Qt::ISODate));
}

void Chromium::choose(const QString &selector, const QString &value)
{
    waitForVisible(selector);
    const bool found
            = evaluate(u"(() => { const e = document.querySelector(%1);"
                       " if (![...e.options].some(o => o.value === %2)) return false;"
                       " e.focus(); e.value = %2;"
                       " e.dispatchEvent(new Event('input', {bubbles: true}));"
                       " e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()"_s.arg(
                               quoted(selector), quoted(value)))
                      .toBool();
    INFO(selector.toStdString() << " has no option " << value.toStdString());
    REQUIRE(found);
}

QString Chromium::text(const QString &selector)
{
    return evaluate(u"(() => { const e = document.querySelector(%1); return e ? e.innerText : ''; })()"_s.arg(
                            quoted(selector)))
            .toString();
}

void Chromium::screenshot(const QString &path)
{
    const QJsonObject result = call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}}, 30000);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromBase64(result[u"data"_s].toString().toLatin1()));
}

} // namespace Accueil::Test
