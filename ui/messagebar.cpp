#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace Accueil {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> callback = std::exchange(m_callback, {});
        hide();
        if (callback)
            callback();
    });
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString &text)
{
    present(text, true, 20000);
}

void MessageBar::showChoice(const QString &text, const QString &actionText,
                            const std::function<void()> &action)
{
    present(text, true, 60000);
    m_callback = action;
    m_action->setText(actionText);
    m_action->show();
}

void MessageBar::showInfo(const QString &text)
{
    present(text, false, 12000);
}

QString MessageBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageBar::present(const QString &text, bool error, int milliseconds)
{
    m_callback = {};
    m_action->hide();
    m_error = error;
    m_text->setText(text);
    setStyleSheet(
            error ? u"Accueil--MessageBar { background: #fdecea; border: 1px solid #e57373; } QLabel { color: #8a1c1c; }"_s
                  : u"Accueil--MessageBar { background: #e8f1fb; border: 1px solid #7aa7d9; } QLabel { color: #17375e; }"_s);
    show();
    m_hide.start(milliseconds);
}

} // namespace Accueil
