#pragma once

#include <QWidget>

#include <functional>

namespace Accueil {

// The agenda's column header and time ruler: plain widgets in the scroll area's viewport margins
// (like QTableView's headers) that stay put while the body scrolls. The view paints them.
class AgendaMargin final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaMargin)

public:
    using Painter = std::function<void(QPainter &, const QRect &)>;
    AgendaMargin(Painter painter, QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Painter m_painter;
};

} // namespace Accueil
