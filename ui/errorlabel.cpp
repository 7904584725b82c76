#include "errorlabel.h"

using namespace Qt::StringLiterals;

namespace Accueil {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // messages may quote patient text
    setWordWrap(true);
    setStyleSheet(u"color: #b00020;"_s);
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    show();
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

QString ErrorLabel::message() const
{
    return isHidden() ? QString() : text();
}

} // namespace Accueil
