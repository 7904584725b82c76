#include "appointmenthistorydialog.h"

#include "desk/appointmenthistory.h"
#include "desksession.h"
#include "plainlabel.h"
#include "reminders/reminders.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

AppointmentHistoryDialog::AppointmentHistoryDialog(DeskSession &session, qint64 appointmentId,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_appointmentId(appointmentId)
    , m_title(plainTextLabel(this, u"historyTitle"_s))
    , m_table(new QTableWidget(0, 4, this))
    , m_reminders(plainTextLabel(this, u"historyReminders"_s))
{
    setWindowTitle(tr("Appointment history"));
    resize(900, 420);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Where"), tr("What")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reminders);
    layout->addWidget(buttons);
    load();
}

void AppointmentHistoryDialog::load()
{
    const QLocale locale;
    try {
        Store &store = m_session.store();
        const Appointment appointment = store.get<Appointment>(m_appointmentId);
        QString patient;
        if (appointment.patientId) {
            const Patient p = store.get<Patient>(*appointment.patientId);
            patient = p.lastName.toUpper() + u' ' + p.firstName;
        }
        const QDateTime start = m_session.local(appointment.start);
        m_title->setText(tr("%1 – %2 at %3")
                                 .arg(patient, locale.toString(start.date(), u"dddd d MMMM yyyy"_s),
                                      locale.toString(start.time(), u"HH:mm"_s)));

        const std::vector<HistoryEntry> entries
                = AppointmentHistory(store).of(m_appointmentId, m_session.zone());
        m_table->setRowCount(int(entries.size()));
        for (int row = 0; row < int(entries.size()); ++row) {
            const HistoryEntry &entry = entries[std::size_t(row)];
            const QDateTime at = m_session.local(entry.at);
            QString what = entry.what;
            if (!entry.changes.isEmpty())
                what += u'\n' + entry.changes.join(u'\n');
            const QStringList cells{locale.toString(at.date(), u"ddd d MMM yyyy"_s) + u' '
                                            + locale.toString(at.time(), u"HH:mm:ss"_s),
                                    entry.who, entry.where, what};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();

        QStringList lines;
        for (const Reminders::Status &status : Reminders(store).forAppointment(m_appointmentId))
            lines << u"• "_s + Reminders::describe(status, m_session.zone());
        m_reminders->setText(lines.isEmpty() ? tr("Reminders: none for this appointment.")
                                             : tr("Reminders:") + u'\n' + lines.join(u'\n'));
    } catch (const StoreError &error) {
        m_title->setText(error.message());
    }
}

} // namespace Accueil
