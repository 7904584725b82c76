#include "printout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Accueil {

void Printout::prepare(QPrinter &printer, const PrintSheet &sheet)
{
    printer.setPageSize(sheet.pageSize);
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(sheet.margins, QPageLayout::Millimeter);
    printer.setDocName(sheet.title);
    printer.setCreator(QCoreApplication::applicationName());
}

bool Printout::render(const PrintSheet &sheet, QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // The painter starts at the top left of the printable area, in device pixels.
    const QRectF area(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size());

    QFont footerFont = QGuiApplication::font();
    footerFont.setPointSizeF(7.5);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF footerMetrics(footerFont, &printer);
    const bool hasFooter = !sheet.footer.isEmpty() || sheet.numberPages;
    // Two lines: a long footer wraps rather than running under the page number.
    const qreal footerHeight = hasFooter ? footerMetrics.lineSpacing() * 2.6 : 0;

    QTextDocument document;
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9.5);
    // No ligatures: "fièvre" must stay findable and copyable in the PDF, not "ﬁèvre".
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // Laid out for the printer itself: points become the printer's pixels, and pages its pages.
    document.documentLayout()->setPaintDevice(&printer);
    document.setHtml(sheet.html);
    const qreal bodyHeight = area.height() - footerHeight;
    document.setPageSize(QSizeF(area.width(), bodyHeight));

    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer.newPage())
            return false;
        painter.save();
        const QRectF body(0, page * bodyHeight, area.width(), bodyHeight);
        painter.translate(0, -body.top());
        painter.setClipRect(body);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body;
        // Black on white whatever the desktop's colours.
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        if (!hasFooter)
            continue;
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF foot(0, bodyHeight, area.width(), footerHeight);
        qreal numberWidth = 0;
        if (sheet.numberPages) {
            const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
            numberWidth = footerMetrics.horizontalAdvance(number) + footerMetrics.averageCharWidth() * 3;
            painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, number);
        }
        painter.drawText(foot.adjusted(0, 0, -numberWidth, 0),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, sheet.footer);
    }
    return painter.end();
}

bool Printout::saveAsPdf(const PrintSheet &sheet, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    prepare(printer, sheet);
    return render(sheet, printer);
}

} // namespace Accueil
