#include "plainlabel.h"

#include <QLabel>

namespace Accueil {

QLabel *plainTextLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *plainTextLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainTextLabel(parent);
    label->setText(text);
    return label;
}

} // namespace Accueil
