#pragma once

#include <QMarginsF>
#include <QPageSize>
#include <QString>

namespace Accueil {

// Pages ready to print: HTML in which every text that came from a person (patients' names and
// reasons, the centre's address) is escaped, the paper they are made for, and the line printed at
// the foot of every page beside the page number.
struct PrintSheet
{
    QString title; // the PDF's document name, the preview's window title
    QString html;
    QPageSize pageSize{QPageSize::A4};
    QMarginsF margins{15, 12, 15, 10}; // millimetres: left, top, right, bottom
    QString footer;                    // empty: no footer
    bool numberPages = true;           // "Page 2 of 3" at the foot, right
};

} // namespace Accueil
