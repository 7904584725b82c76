#include "figurescsv.h"

#include <QDir>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString count(qint64 value)
{
    return QString::number(value);
}

// A rate as a percentage with one decimal in the locale's notation; empty when there is none.
QString percent(const std::optional<double> &rate, const QLocale &locale)
{
    return rate ? locale.toString(*rate * 100.0, 'f', 1) : QString();
}

} // namespace

QString FiguresCsv::field(const QString &text)
{
    if (!text.contains(QLatin1Char(separator)) && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray FiguresCsv::toCsv(const FiguresReport &report, const QLocale &locale)
{
    QLocale numbers = locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    const QStringList header{
            tr("From"),
            tr("To"),
            tr("Practitioner"),
            tr("Appointments"),
            tr("Booked at the desk"),
            tr("Booked online"),
            tr("Booked by the practitioner"),
            tr("Booked by the system"),
            tr("Online share %"),
            tr("Internet slot minutes"),
            tr("Internet minutes booked"),
            tr("Internet fill rate %"),
            tr("Urgent slots"),
            tr("Urgent slots used"),
            tr("Urgent slots used %"),
            tr("Appointments passed"),
            tr("No-shows"),
            tr("Excused no-shows"),
            tr("No-show rate %"),
            tr("No-show rate, desk %"),
            tr("No-show rate, online %"),
            tr("No-show rate, practitioner %"),
            tr("No-show rate, system %"),
            tr("Cancellations"),
            tr("Late cancellations"),
            tr("Late-cancel rate %"),
    };
    const QString from = report.from.toString(Qt::ISODate);
    const QString to = report.to.toString(Qt::ISODate);
    const auto line = [&](const FiguresRow &row) -> QString {
        const ChannelFigures all = row.all();
        QStringList fields{from,
                           to,
                           row.name,
                           count(all.appointments),
                           count(row.channel(Channel::Desk).appointments),
                           count(row.channel(Channel::Web).appointments),
                           count(row.channel(Channel::Practitioner).appointments),
                           count(row.channel(Channel::System).appointments),
                           percent(row.onlineShare(), numbers),
                           count(row.internetMinutes),
                           count(row.internetFilledMinutes),
                           percent(row.internetFillRate(), numbers),
                           count(row.urgentSlots),
                           count(row.urgentSlotsUsed),
                           percent(row.urgentUseRate(), numbers),
                           count(all.passed),
                           count(all.noShows),
                           count(all.excusedNoShows),
                           percent(all.noShowRate(), numbers)};
        for (const Channel channel : figuresChannels)
            fields << percent(row.channel(channel).noShowRate(), numbers);
        fields << count(all.cancellations) << count(all.lateCancellations)
               << percent(all.lateCancelRate(), numbers);
        for (QString &text : fields)
            text = field(text);
        return fields.join(QLatin1Char(separator)) + u"\r\n"_s;
    };

    QString text;
    for (const QString &title : header)
        text += field(title) + QLatin1Char(separator);
    text.chop(1);
    text += u"\r\n"_s;
    for (const FiguresRow &row : report.practitioners)
        text += line(row);
    text += line(report.total);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

std::optional<QString> FiguresCsv::write(const FiguresReport &report, const QLocale &locale,
                                         const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("The figures could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    file.write(toCsv(report, locale));
    if (!file.commit()) {
        return tr("The figures could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return std::nullopt;
}

} // namespace Accueil
