#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QWebSocket>

#include <memory>

namespace Accueil::Test {

// A real headless Chromium driven over the DevTools protocol (a WebSocket), for the booking
// page's browser tests: open a page, run script in it, click and type like a person, wait for
// something to show, take screenshots. One fresh profile per instance; killed on destruction.
// The binary is $CHROMIUM, else "chromium". Every failure fails the running test.
class Chromium
{
public:
    // A phone-sized window by default (an iPhone 12-class screen, the journey's usual device), in
    // French as the centre's patients.
    explicit Chromium(int width = 390, int height = 844, const QString &locale = QStringLiteral("fr-FR"));
    ~Chromium();
    Q_DISABLE_COPY_MOVE(Chromium)

    // Loads the address and waits for the page's load event.
    void open(const QString &url);
    // Runs a script expression in the page (promises are awaited) and returns its JSON value;
    // a thrown exception fails the test with its text.
    QJsonValue evaluate(const QString &expression);
    // Waits until the expression is truthy in the page (re-evaluated every 50 ms).
    void waitFor(const QString &expression, int timeoutMs = 10000);
    // Waits for a visible element matching the CSS selector.
    void waitForVisible(const QString &selector, int timeoutMs = 10000);
    // A real mouse click (pressed and released) at the centre of the first visible match.
    void click(const QString &selector);
    // Focuses the element, selects what it holds and types the text as keyboard input.
    void type(const QString &selector, const QString &text);
    // Focuses the element and presses the keys of the text one by one (for fields that take no
    // pasted text, such as a date field: "17051980" in a French browser).
    void pressKeys(const QString &selector, const QString &text);
    // Types a date into an <input type=date> key by key, in the order the browser shows it
    // (day first in French, month first in American English).
    void typeDate(const QString &selector, const QDate &date);
    // Chooses the <option> of a <select> whose value is `value`, as a person would (fires change).
    void choose(const QString &selector, const QString &value);
    // The visible text of the first match (innerText), empty when none.
    QString text(const QString &selector);
    // Saves a PNG of the page as it is on screen.
    void screenshot(const QString &path);
    // Console errors and uncaught exceptions seen so far (a page under test should have none).
    [[nodiscard]] const QStringList &pageErrors() const { return m_pageErrors; }

private:
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 15000);
    void onMessage(const QString &message);
    QJsonObject waitForEvent(const QString &method, int timeoutMs);
    QString debuggerAddress();

    QTemporaryDir m_profile;
    QProcess m_process;
    std::unique_ptr<QWebSocket> m_socket;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    QList<QJsonObject> m_events;
    QStringList m_pageErrors;
};

} // namespace Accueil::Test
