#pragma once

#include "printsheet.h"

#include <QCoreApplication>

class QPrinter;

namespace Accueil {

// Puts a PrintSheet on paper, in a print preview or in a PDF file: the same pages everywhere,
// laid out by QTextDocument on the printer's own page, with the sheet's footer and the page
// number painted at the foot of each page.
class Printout
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::Printout)

public:
    // The sheet's paper, margins and name on the printer (before a dialog shows it).
    static void prepare(QPrinter &printer, const PrintSheet &sheet);
    // Paints every page; false when the printer cannot start (a file that cannot be written).
    static bool render(const PrintSheet &sheet, QPrinter &printer);
    // "Save as PDF" without a dialog: the menu asks for the file, tests give it.
    static bool saveAsPdf(const PrintSheet &sheet, const QString &path);
};

} // namespace Accueil
