#include "agendamargin.h"

#include <QPaintEvent>
#include <QPainter>

#include <utility>

namespace Accueil {

AgendaMargin::AgendaMargin(Painter painter, QWidget *parent) : QWidget(parent), m_painter(std::move(painter))
{
    // Wheel events fall through to the scroll area, which scrolls the body.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void AgendaMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    // Margins are small: paint all of it, the painter clips to the exposed part.
    Q_UNUSED(event)
    m_painter(painter, rect());
}

} // namespace Accueil
