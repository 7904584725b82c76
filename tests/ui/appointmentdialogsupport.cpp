#include "appointmentdialogsupport.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

void typeText(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

std::vector<Appointment> appointmentsIn(Store &store, qint64 agendaId)
{
    return store.select<Appointment>(u"agenda_id = ? AND status <> ?"_s, {agendaId, u"cancelled"_s},
                                     u"start_utc"_s);
}

} // namespace Accueil::Test
