#pragma once

#include "catch.h"
#include "deskfixture.h"

#include <QApplication>
#include <QLocale>
#include <QTest>
#include <QWidget>

#include <vector>

namespace Accueil::Test {

// The dialog's strings come from QLocale(); each test picks the locale it reads, and puts the
// previous one back.
class LocaleGuard
{
public:
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(LocaleGuard)

private:
    QLocale m_previous;
};

// Shows the window for real (offscreen) and makes it the active one, so focus and shortcuts
// behave as at the desk.
void showActive(QWidget &window);

// Keys go where the focus is, as from a keyboard: the test never picks the receiving widget.
QWidget *focused();
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void typeText(const QString &text);

// A named child that must exist.
template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("child " << name.toStdString());
    REQUIRE(found);
    return found;
}

[[nodiscard]] bool waitFor(const std::function<bool()> &condition, int timeoutMs = 2000);

// Active appointments of an agenda, by start.
[[nodiscard]] std::vector<Appointment> appointmentsIn(Store &store, qint64 agendaId);

} // namespace Accueil::Test
