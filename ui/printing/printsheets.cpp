#include "printsheets.h"

#include "agenda/agendapalette.h"
#include "appointmenttext.h"
#include "desksession.h"
#include "schedule/bookingrules.h"
#include "store/store.h"
#include "waitingroommodel.h"

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// Qt's rich text understands this much CSS; sizes in points so they follow the printer.
const QString listStyle = u"<style>"
                          "p.centre { font-size: 8pt; color: #555555; margin-bottom: 2pt; }"
                          "h1 { font-size: 15pt; margin-top: 0; margin-bottom: 2pt; }"
                          "p.day { font-size: 12pt; font-weight: bold; margin-top: 0; margin-bottom: 6pt; }"
                          "table.list { border-collapse: collapse; }"
                          "td { vertical-align: top; }"
                          "td.keep { white-space: nowrap; }"
                          "th { text-align: left; }"
                          "th.title { font-weight: normal; padding-bottom: 4pt; }"
                          "tr.head { background-color: #dddddd; }"
                          "tr.even { background-color: #f3f3f3; }"
                          "td.group { font-weight: bold; background-color: #e8e8e8; }"
                          "span.who { font-size: 15pt; font-weight: bold; }"
                          "span.what { font-size: 9pt; color: #555555; }"
                          "span.day { font-size: 12pt; font-weight: bold; }"
                          "span.small { font-size: 8pt; color: #444444; }"
                          "p.note { font-size: 8pt; color: #444444; margin-top: 4pt; }"
                          "</style>"_s;

// Patients' names, reasons, phones, the centre's own words: always plain text.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Plain text over several lines (an address), the line breaks kept.
QString escLines(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString cell(const QString &html)
{
    return u"<td>"_s + html + u"</td>"_s;
}

// A cell kept on one line: a time range, a phone number.
QString keptCell(const QString &html)
{
    return u"<td class=\"keep\">"_s + html + u"</td>"_s;
}

// Where the patient stands, for the practitioner: arrived at, no-show, booked online ...
QString statusMark(const Appointment &appointment, const QTimeZone &zone)
{
    QString text;
    switch (appointment.status) {
    case AppointmentStatus::Booked:
        if (appointment.channel == Channel::Web)
            text = PrintSheets::tr("Booked online");
        break;
    case AppointmentStatus::Arrived:
        text = appointment.arrivedAt.isValid()
                       ? PrintSheets::tr("Arrived at %1")
                                 .arg(AppointmentText::time(appointment.arrivedAt, zone))
                       : statusName(appointment.status);
        break;
    case AppointmentStatus::NoShow:
        text = u"<b>"_s
               + (appointment.noShowExcused ? PrintSheets::tr("No-show, excused")
                                            : statusName(appointment.status))
               + u"</b>"_s;
        break;
    case AppointmentStatus::InConsultation:
    case AppointmentStatus::Done:
    case AppointmentStatus::Cancelled:
        text = statusName(appointment.status);
        break;
    }
    if (appointment.overbooked)
        text += (text.isEmpty() ? QString() : u"<br/>"_s) + overbookedName();
    return text;
}

// A day list's table head: the practitioner and the day above the column names, repeated on every
// page the table runs over.
QString dayTableHead(const AgendaEntry &agenda, const QString &day)
{
    return u"<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead>"
           "<tr><th colspan=\"6\" class=\"title\"><span class=\"who\">"_s
           + esc(agenda.title()) + u"</span>&nbsp;&nbsp;<span class=\"what\">"_s + esc(agenda.subtitle())
           + u"</span><br/><span class=\"day\">"_s + esc(day) + u"</span></th></tr><tr class=\"head\">"_s
           + u"<th width=\"12%\">"_s + PrintSheets::tr("Time") + u"</th><th width=\"23%\">"_s
           + PrintSheets::tr("Patient") + u"</th><th width=\"15%\">"_s + PrintSheets::tr("Phone")
           + u"</th><th width=\"15%\">"_s + PrintSheets::tr("Type") + u"</th><th width=\"22%\">"_s
           + PrintSheets::tr("Reason") + u"</th><th width=\"13%\">"_s + PrintSheets::tr("Status")
           + u"</th></tr></thead>"_s;
}

} // namespace

PrintSheets::PrintSheets(DeskSession &session)
    : m_session(session)
    // Read again: the address or phone may have changed since this desk logged in.
    , m_centre(session.store().centre().value_or(session.centre()))
{}

QString PrintSheets::printedLine() const
{
    const QDateTime now = m_session.local(m_session.now());
    return tr("Printed on %1 at %2 by %3")
            .arg(RuleBook::longDate(now.date()), now.toString(u"HH:mm"_s), m_session.user().initials);
}

QString PrintSheets::centreLine(bool pageBreak) const
{
    return (pageBreak ? u"<p class=\"centre\" style=\"page-break-before: always\">"_s
                      : u"<p class=\"centre\">"_s)
           + esc(m_centre.name) + u"</p>"_s;
}

PrintSheet PrintSheets::dayList(const QDate &date, const QList<qint64> &agendaIds)
{
    const QTimeZone &zone = m_session.zone();
    const std::vector<AppointmentRow> rows = m_session.store().appointmentsBetween(
            agendaIds, m_session.utcOf(date, QTime(0, 0)), m_session.utcOf(date.addDays(1), QTime(0, 0)));
    const QString day = AppointmentText::capitalised(RuleBook::longDate(date));
    // The number to call: the one given for this appointment, else the patient's own.
    std::unordered_map<qint64, QString> patientPhones;
    const auto phoneOf = [&](const Appointment &appointment) {
        if (!appointment.phone.isEmpty() || !appointment.patientId)
            return appointment.phone;
        const qint64 id = *appointment.patientId;
        if (const auto known = patientPhones.find(id); known != patientPhones.end())
            return known->second;
        const auto patient = m_session.store().find<Patient>(id);
        return patientPhones[id] = patient ? AppointmentText::phone(*patient) : QString();
    };
    QString html = listStyle;
    QStringList idle; // several agendas: those with nothing that day are only named
    int sections = 0;
    for (const qint64 agendaId : agendaIds) {
        const AgendaEntry *agenda = m_session.directory().agenda(agendaId);
        if (!agenda)
            continue;
        std::vector<const AppointmentRow *> listed;
        int cancelled = 0;
        for (const AppointmentRow &row : rows) {
            if (row.appointment.agendaId != agendaId)
                continue;
            if (row.appointment.status == AppointmentStatus::Cancelled)
                ++cancelled;
            else
                listed.push_back(&row);
        }
        if (listed.empty() && agendaIds.size() > 1) {
            idle << agenda->title();
            continue;
        }
        html += centreLine(sections > 0) + dayTableHead(*agenda, day);
        if (listed.empty()) {
            html += u"<tr><td colspan=\"6\">"_s + tr("No appointment on this day.") + u"</td></tr>"_s;
        }
        for (std::size_t i = 0; i < listed.size(); ++i) {
            const AppointmentRow &row = *listed[i];
            const Appointment &appointment = row.appointment;
            QString patient
                    = u"<b>"_s + (row.patientName.isEmpty() ? u"—"_s : esc(row.patientName)) + u"</b>"_s;
            if (const QString born = AppointmentText::birthDate(row.patientBirthDate, date); !born.isEmpty())
                patient += u"<br/><span class=\"small\">"_s + esc(born) + u"</span>"_s;
            if (!appointment.companion.isEmpty()) {
                patient += u"<br/><span class=\"small\">"_s
                           + tr("Accompanied by %1").arg(esc(appointment.companion)) + u"</span>"_s;
            }
            html += (i % 2 == 1 ? u"<tr class=\"even\">"_s : u"<tr>"_s)
                    + keptCell(AppointmentText::time(appointment.start, zone) + u"–"_s
                               + AppointmentText::time(appointment.end, zone))
                    + cell(patient) + keptCell(esc(phoneOf(appointment))) + cell(esc(row.typeLabel))
                    + cell(esc(appointment.reason)) + cell(statusMark(appointment, zone)) + u"</tr>"_s;
        }
        html += u"</table><p class=\"note\">"_s;
        const auto count = int(listed.size());
        // English is the source language with no translation of its own: the singular is spelt out.
        html += count == 1 ? tr("1 appointment.") : tr("%n appointments.", nullptr, count);
        if (cancelled == 1)
            html += u' ' + tr("1 cancelled appointment not listed.");
        else if (cancelled > 1)
            html += u' ' + tr("%n cancelled appointments not listed.", nullptr, cancelled);
        html += u"</p>"_s;
        ++sections;
    }
    if (sections == 0) {
        html += centreLine(false) + u"<h1>"_s + tr("Day list") + u"</h1><p class=\"day\">"_s + esc(day)
                + u"</p>"_s;
    }
    if (!idle.isEmpty())
        html += u"<p class=\"note\">"_s + tr("No appointment that day: %1.").arg(esc(idle.join(u", "_s)))
                + u"</p>"_s;

    PrintSheet sheet;
    sheet.title = tr("Day list — %1").arg(day);
    sheet.html = html;
    sheet.footer = printedLine() + u" — "_s + tr("Cancelled appointments are not listed.");
    return sheet;
}

PrintSheet PrintSheets::waitingRoom(const WaitingRoomModel &model)
{
    const QDateTime now = m_session.local(m_session.now());
    const QString when = AppointmentText::capitalised(RuleBook::longDate(now.date())) + u", "_s
                         + now.toString(u"HH:mm"_s);
    QString html = listStyle + centreLine(false) + u"<h1>"_s + tr("Waiting room")
                   + u"</h1><p class=\"day\">"_s + esc(when) + u"</p>"_s;
    const int waiting = model.rowCount();
    if (waiting == 0) {
        html += u"<p>"_s + tr("Nobody is waiting.") + u"</p>"_s;
    } else {
        html += u"<p>"_s
                + (waiting == 1 ? tr("1 patient waiting.") : tr("%n patients waiting.", nullptr, waiting))
                + u"</p>"_s
                + u"<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead>"
                  "<tr class=\"head\"><th width=\"46%\">"_s
                + tr("Patient") + u"</th><th width=\"18%\">"_s + tr("Appointment")
                + u"</th><th width=\"18%\">"_s + tr("Arrived") + u"</th><th width=\"18%\">"_s + tr("Waiting")
                + u"</th></tr></thead>"_s;
        const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        qint64 agendaId = 0;
        for (int row = 0; row < waiting; ++row) {
            // Grouped by practitioner as on screen: the group says with whom.
            const qint64 agenda = model.index(row, 0).data(WaitingRoomModel::AgendaIdRole).toLongLong();
            if (row == 0 || agenda != agendaId) {
                html += u"<tr><td colspan=\"4\" class=\"group\">"_s
                        + esc(text(row, WaitingRoomModel::PractitionerColumn, Qt::ToolTipRole))
                        + u"</td></tr>"_s;
                agendaId = agenda;
            }
            html += u"<tr>"_s + cell(u"<b>"_s + esc(text(row, WaitingRoomModel::PatientColumn)) + u"</b>"_s)
                    + cell(esc(text(row, WaitingRoomModel::AppointmentColumn)))
                    + cell(esc(text(row, WaitingRoomModel::ArrivedColumn)))
                    + cell(esc(text(row, WaitingRoomModel::WaitingColumn))) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }

    PrintSheet sheet;
    sheet.title = tr("Waiting room — %1").arg(when);
    sheet.html = html;
    sheet.footer = printedLine();
    return sheet;
}

std::optional<PrintSheet> PrintSheets::appointmentCard(qint64 appointmentId)
{
    const std::optional<Appointment> found = m_session.store().find<Appointment>(appointmentId);
    if (!found || found->status == AppointmentStatus::Cancelled)
        return std::nullopt;
    // Its row, for the patient's name and the type's label as every list reads them.
    const std::vector<AppointmentRow> rows
            = m_session.store().appointmentsBetween({found->agendaId}, found->start, found->end);
    const auto row = std::find_if(rows.begin(), rows.end(), [appointmentId](const AppointmentRow &r) {
        return r.appointment.id == appointmentId;
    });
    if (row == rows.end())
        return std::nullopt;
    const Appointment &appointment = row->appointment;
    const AgendaEntry *agenda = m_session.directory().agenda(appointment.agendaId);
    const RuleBook rules = m_session.scheduler().rulesFor(appointment.agendaId);
    const QDateTime start = m_session.local(appointment.start);
    const QString day = AppointmentText::capitalised(RuleBook::longDate(start.date()));

    QString html = u"<style>"
                   "p { margin-top: 0; margin-bottom: 0; }"
                   "p.centre { font-size: 11pt; font-weight: bold; }"
                   "p.small { font-size: 7.5pt; color: #444444; }"
                   "p.label { font-size: 8pt; color: #555555; margin-top: 8pt; }"
                   "p.big { font-size: 12pt; font-weight: bold; }"
                   "p.time { font-size: 20pt; font-weight: bold; }"
                   "p.rule { font-size: 8pt; margin-top: 10pt; }"
                   "</style>"_s;
    html += u"<p align=\"center\" class=\"centre\">"_s + esc(m_centre.name) + u"</p>"_s;
    if (!m_centre.address.isEmpty())
        html += u"<p align=\"center\" class=\"small\">"_s + escLines(m_centre.address) + u"</p>"_s;
    if (!m_centre.phone.isEmpty())
        html += u"<p align=\"center\" class=\"small\">"_s + tr("Phone: %1").arg(esc(m_centre.phone))
                + u"</p>"_s;
    html += u"<hr/><p align=\"center\" class=\"label\">"_s + tr("Your appointment") + u"</p>"_s;
    if (!row->patientName.isEmpty())
        html += u"<p align=\"center\">"_s + esc(row->patientName) + u"</p>"_s;
    html += u"<p align=\"center\" class=\"label\">"_s + tr("with", "card: above the practitioner's name")
            + u"</p><p align=\"center\" class=\"big\">"_s + esc(agenda ? agenda->title() : QString())
            + u"</p>"_s;
    if (agenda)
        html += u"<p align=\"center\" class=\"small\">"_s + esc(agenda->subtitle()) + u"</p>"_s;
    html += u"<p align=\"center\" class=\"label\">"_s + tr("on", "card: above the weekday and date")
            + u"</p><p align=\"center\" class=\"big\">"_s + esc(day)
            + u"</p><p align=\"center\" class=\"time\">"_s + start.toString(u"HH:mm"_s) + u"</p>"_s;
    const QString minutes = QString::number(appointment.durationMinutes());
    html += u"<p align=\"center\">"_s
            + (row->typeLabel.isEmpty() ? tr("%1 min").arg(minutes)
                                        : tr("%1 — %2 min").arg(esc(row->typeLabel), minutes))
            + u"</p>"_s;
    // The agenda's own deadline when it has one, else the centre's.
    const int hours = rules.rules().cancellationDeadlineHours;
    const QString deadline = esc(rules.longDateTime(rules.cancellationDeadline(appointment)));
    QString rule = tr("If you cannot come, please let us know.");
    if (hours == 1) {
        rule = tr("If you cannot come, please let us know at least 1 hour before, by %1 at the latest.")
                       .arg(deadline);
    } else if (hours > 1) {
        rule = tr("If you cannot come, please let us know at least %n hours before, by %1 at the latest.",
                  nullptr, hours)
                       .arg(deadline);
    }
    if (!m_centre.phone.isEmpty())
        rule += u"<br/><b>"_s + tr("Phone: %1").arg(esc(m_centre.phone)) + u"</b>"_s;
    html += u"<hr/><p class=\"rule\">"_s + rule + u"</p>"_s;

    PrintSheet sheet;
    sheet.title = tr("Appointment card — %1").arg(row->patientName);
    sheet.html = html;
    sheet.pageSize = QPageSize(QPageSize::A6);
    sheet.margins = QMarginsF(8, 8, 8, 8);
    sheet.numberPages = false;
    return sheet;
}

} // namespace Accueil
