#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QWidget;

namespace Accueil {

class DeskSession;
class WaitingRoomModel;
struct PrintSheet;

// What the menus call. Paper goes through a print preview (opened, not run: the desk stays
// alive behind it), from which the user prints; "Save as PDF" asks for a file first. A store
// failure or a refusal is reported through the session and nothing is printed.
class PrintCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accueil::PrintCommands)

public:
    static void printDayList(DeskSession &session, const QDate &date, const QList<qint64> &agendaIds,
                             QWidget *parent);
    // Returns the file written, empty when the user gave up or it failed (already reported).
    static QString saveDayListAsPdf(DeskSession &session, const QDate &date, const QList<qint64> &agendaIds,
                                    QWidget *parent);
    static void printWaitingRoom(DeskSession &session, const WaitingRoomModel &model, QWidget *parent);
    static void printAppointmentCard(DeskSession &session, qint64 appointmentId, QWidget *parent);

private:
    static void preview(const PrintSheet &sheet, QWidget *parent);
};

} // namespace Accueil
