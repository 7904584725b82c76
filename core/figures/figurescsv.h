#pragma once

#include "centrefigures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace Accueil {

// The figures of a period as a CSV file for a spreadsheet: a header line, one line per
// practitioner, then the total; the counts beside each rate so it can be checked or summed.
//
// Written for Excel as French centres use it: ";" between fields (Excel in a French locale reads
// "," as the decimal comma, so it neither splits on it nor opens a comma-separated file in
// columns), rates as percentages with the locale's decimal separator ("33,3"), dates in ISO form
// (every Excel reads them), UTF-8 with a byte-order mark (without it Excel reads the file as
// Windows-1252 and accents come out wrong), RFC 4180 quoting and CRLF line ends.
class FiguresCsv
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::FiguresCsv)

public:
    static constexpr char separator = ';';

    [[nodiscard]] static QByteArray toCsv(const FiguresReport &report, const QLocale &locale);
    // Writes the whole file or nothing (an existing file is replaced only once the new one is
    // complete). Returns the sentence to show when it could not, nothing when written.
    [[nodiscard]] static std::optional<QString> write(const FiguresReport &report, const QLocale &locale,
                                                      const QString &path);
    // One field, quoted when it holds the separator, a quote or a line break (quotes doubled).
    [[nodiscard]] static QString field(const QString &text);
};

} // namespace Accueil
