#include "blockperioddialog.h"

#include "desksession.h"
#include "errorlabel.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accueil {

BlockPeriodDialog::BlockPeriodDialog(DeskSession &session, qint64 agendaId, const QDateTime &startUtc,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_agendaId(agendaId)
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_label(new QComboBox(this))
    , m_error(new ErrorLabel(this))
{
    const AgendaEntry *agenda = session.directory().agenda(agendaId);
    setWindowTitle(tr("Block a period — %1").arg(agenda ? agenda->title() : QString()));
    // The weekday is always written with the date.
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"dddd d MMMM yyyy HH:mm"_s);
        edit->setCalendarPopup(true);
    }
    // The edits show the centre's wall-clock time (QDateTimeEdit knows no other zone before Qt 6.7).
    const QDateTime localStart = session.local(startUtc);
    m_from->setDate(localStart.date());
    m_from->setTime(localStart.time());
    m_to->setDate(localStart.date());
    m_to->setTime(QTime(20, 0));
    m_label->setEditable(true);
    m_label->addItems({tr("Leave"), tr("Training"), tr("Absence"), tr("Meeting")});

    auto *form = new QFormLayout(this);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Reason"), m_label);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Block"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BlockPeriodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BlockPeriodDialog::reject);
}

QString BlockPeriodDialog::errorText() const
{
    return m_error->message();
}

void BlockPeriodDialog::accept()
{
    const QString label = m_label->currentText().trimmed();
    if (label.isEmpty()) {
        m_error->showError(tr("Say why the period is blocked: patients and colleagues will read it."));
        return;
    }
    try {
        m_result = m_session.scheduler().blockPeriod(
                m_agendaId, m_session.utcOf(m_from->date(), m_from->time()),
                m_session.utcOf(m_to->date(), m_to->time()), label, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace Accueil
