#include "printcommands.h"

#include "desksession.h"
#include "printout.h"
#include "printsheets.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <functional>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// The sheet, or nothing when the store could not be read (said on the desk's message bar).
std::optional<PrintSheet> build(DeskSession &session, const std::function<std::optional<PrintSheet>()> &make)
{
    try {
        return make();
    } catch (const StoreError &error) {
        session.reportError(error.message());
    }
    return std::nullopt;
}

} // namespace

void PrintCommands::preview(const PrintSheet &sheet, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"printPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(sheet.title);
    Printout::prepare(*dialog->printer(), sheet);
    // Asked again for the preview, then for the printer the user chooses.
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [sheet](QPrinter *printer) { Printout::render(sheet, *printer); });
    dialog->open();
}

void PrintCommands::printDayList(DeskSession &session, const QDate &date, const QList<qint64> &agendaIds,
                                 QWidget *parent)
{
    if (const auto sheet = build(session, [&] { return PrintSheets(session).dayList(date, agendaIds); }))
        preview(*sheet, parent);
}

QString PrintCommands::saveDayListAsPdf(DeskSession &session, const QDate &date,
                                        const QList<qint64> &agendaIds, QWidget *parent)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("day-list-%1.pdf").arg(date.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(parent, tr("Save the day list as PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    const auto sheet = build(session, [&] { return PrintSheets(session).dayList(date, agendaIds); });
    if (!sheet)
        return {};
    if (!Printout::saveAsPdf(*sheet, path)) {
        session.reportError(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void PrintCommands::printWaitingRoom(DeskSession &session, const WaitingRoomModel &model, QWidget *parent)
{
    if (const auto sheet = build(session, [&] { return PrintSheets(session).waitingRoom(model); }))
        preview(*sheet, parent);
}

void PrintCommands::printAppointmentCard(DeskSession &session, qint64 appointmentId, QWidget *parent)
{
    try {
        if (const auto sheet = PrintSheets(session).appointmentCard(appointmentId))
            preview(*sheet, parent);
        else
            session.reportError(tr("No card: this appointment was cancelled or no longer exists."));
    } catch (const StoreError &error) {
        session.reportError(error.message());
    }
}

} // namespace Accueil
