#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Accueil {

// A band above the agenda for what the user must read: a refused drop and why, an undo that no
// longer applies, the appointments left inside a blocked period. Never a modal pop-up over the
// work; plain text only.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &text);
    // An error with one way out ("Apply my change anyway"), offered until the bar closes.
    void showChoice(const QString &text, const QString &actionText, const std::function<void()> &action);
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }
    void showInfo(const QString &text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isError() const { return m_error; }

private:
    void present(const QString &text, bool error, int milliseconds);

    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
    QTimer m_hide;
    bool m_error = false;
};

} // namespace Accueil
