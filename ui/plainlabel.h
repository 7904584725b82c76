#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Accueil {

// A label for text people typed (patients' names, reasons): plain text, never read as markup,
// wrapped and selectable.
[[nodiscard]] QLabel *plainTextLabel(QWidget *parent, const QString &objectName = {});
// The same, holding text (an explanation line).
[[nodiscard]] QLabel *plainTextLabel(const QString &text, QWidget *parent);

} // namespace Accueil
