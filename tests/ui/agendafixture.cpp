#include "agendafixture.h"

#include "agenda/agendaview.h"
#include "fixtures.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

QDateTime at(int hour, int minute, const QDate &day)
{
    return QDateTime(day, QTime(hour, minute), paris()).toUTC();
}

Slot slotAt(int hour, int minute, int minutes, SlotKind kind, bool blocked, const QString &label,
            const QDate &day)
{
    Slot slot;
    slot.start = at(hour, minute, day);
    slot.end = slot.start.addSecs(qint64(minutes) * 60);
    slot.kind = kind;
    slot.blocked = blocked;
    slot.label = label;
    return slot;
}

std::vector<Slot> quarterSlots(int fromHour, int toHour, const QDate &day)
{
    std::vector<Slot> slots;
    for (int minute = fromHour * 60; minute < toHour * 60; minute += 15)
        slots.push_back(slotAt(minute / 60, minute % 60, 15, SlotKind::Desk, false, {}, day));
    return slots;
}

AppointmentRow appointmentAt(qint64 id, qint64 agendaId, int hour, int minute, int minutes,
                             const QString &patient, const QDate &day)
{
    AppointmentRow row;
    row.appointment.id = id;
    row.appointment.agendaId = agendaId;
    row.appointment.start = at(hour, minute, day);
    row.appointment.end = row.appointment.start.addSecs(qint64(minutes) * 60);
    row.appointment.createdAt = at(9, 2, day.addDays(-5));
    row.createdByInitials = u"MD"_s;
    row.patientName = patient;
    row.typeLabel = u"Consultation"_s;
    return row;
}

std::vector<GridColumn> sampleColumns()
{
    GridColumn durand;
    durand.agendaId = 1;
    durand.date = gridDay;
    durand.title = u"Dr Marie Durand"_s;
    durand.subtitle = u"Médecin généraliste"_s;
    durand.colour = QColor(0x1e, 0x88, 0xe5);
    durand.slots = quarterSlots(8, 12);
    for (Slot &slot : durand.slots) {
        const QTime time = slot.start.toTimeZone(paris()).time();
        if (time >= QTime(9, 0) && time < QTime(10, 0)) {
            slot.kind = SlotKind::Internet;
        } else if (time >= QTime(10, 0) && time < QTime(10, 30)) {
            slot.kind = SlotKind::Urgent;
        } else if (time == QTime(10, 30)) {
            slot.kind = SlotKind::Unavailable;
        } else if (time == QTime(10, 45)) {
            slot.blocked = true;
            slot.label = u"Congés"_s;
        }
    }
    AppointmentRow dupont = appointmentAt(101, 1, 8, 0, 15, u"DUPONT Marie"_s);
    dupont.typeColour = u"#4caf50"_s;
    dupont.appointment.reason = u"Fièvre"_s;
    AppointmentRow web = appointmentAt(102, 1, 8, 30, 30, u"<b>x</b>"_s);
    web.appointment.channel = Channel::Web;
    web.appointment.createdAt = at(23, 14, gridDay.addDays(-1));
    web.appointment.reason = u"<i>toux</i>"_s;
    web.createdByInitials.clear();
    AppointmentRow arrived = appointmentAt(103, 1, 9, 15, 15, u"LEROY Jean"_s);
    arrived.appointment.status = AppointmentStatus::Arrived;
    arrived.appointment.arrivedAt = at(9, 5);
    AppointmentRow extra = appointmentAt(104, 1, 9, 15, 15, u"PETIT Anne"_s);
    extra.appointment.overbooked = true;
    durand.appointments = {dupont, web, arrived, extra};
    durand.callbackAppointmentIds = {102};

    GridColumn martin;
    martin.agendaId = 2;
    martin.date = gridDay;
    martin.title = u"Paul Martin"_s;
    martin.subtitle = u"Kinésithérapeute"_s;
    martin.colour = QColor(0x43, 0xa0, 0x47);
    martin.slots = quarterSlots(8, 12);
    martin.appointments = {appointmentAt(201, 2, 8, 15, 15, u"MOREAU Luc"_s),
                           appointmentAt(202, 2, 10, 0, 15, u"GARNIER Léa"_s)};
    return {durand, martin};
}

void showView(AgendaView &view, std::vector<GridColumn> columns, const QSize &size)
{
    view.setTimeZone(paris());
    view.setColumns(std::move(columns));
    view.resize(size);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qWarning("the agenda view was not exposed");
}

void dragTo(AgendaView &view, const QPoint &from, const QPoint &to, bool release)
{
    QWidget *viewport = view.viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(QApplication::startDragDistance() + 1, 0));
    QTest::mouseMove(viewport, to);
    if (release)
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

std::vector<GridColumn> busyColumns(int columns, int perColumn)
{
    std::vector<GridColumn> result;
    qint64 id = 1000;
    for (int c = 0; c < columns; ++c) {
        GridColumn column;
        column.agendaId = c + 1;
        column.date = gridDay;
        column.title = u"Dr Praticien numéro %1"_s.arg(c + 1);
        column.subtitle = u"Médecin généraliste"_s;
        column.colour = QColor::fromHsv((c * 37) % 360, 160, 220);
        for (int i = 0; i < 40; ++i) {
            const int minute = 8 * 60 + i * 6;
            const auto kind = static_cast<SlotKind>(i % 4);
            column.slots.push_back(slotAt(minute / 60, minute % 60, 6, kind, i % 13 == 12, u"Congés"_s));
        }
        for (int a = 0; a < perColumn; ++a) {
            const int minute = 8 * 60 + a * 16;
            ++id;
            AppointmentRow row = appointmentAt(id, c + 1, minute / 60, minute % 60, 12,
                                               u"PATIENT-NUMERO-%1 Prénom"_s.arg(id));
            row.appointment.reason = u"Renouvellement d'ordonnance et certificat"_s;
            row.appointment.channel = a % 3 == 0 ? Channel::Web : Channel::Desk;
            row.appointment.status = static_cast<AppointmentStatus>(a % 5);
            row.appointment.overbooked = a % 7 == 6;
            if (a % 4 == 0)
                column.callbackAppointmentIds.insert(id);
            column.appointments.push_back(row);
        }
        result.push_back(column);
    }
    return result;
}

} // namespace Accueil::Test
