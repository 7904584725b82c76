#include "callbackdialog.h"

#include "desksession.h"
#include "errorlabel.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

CallbackDialog::CallbackDialog(DeskSession &session, const AppointmentRow &row, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_row(row)
    , m_open(new QListWidget(this))
    , m_done(new QPushButton(tr("Mark as done"), this))
    , m_note(new QLineEdit(this))
    , m_assignee(new QComboBox(this))
    , m_hasDue(new QCheckBox(tr("By"), this))
    , m_due(new QDateTimeEdit(this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Call the patient back"));
    const QString patient = row.patientName.isEmpty() ? tr("(no patient)") : row.patientName;
    const QString when
            = QLocale().toString(session.local(row.appointment.start), u"dddd d MMMM yyyy HH:mm"_s);
    auto *who = new QLabel(tr("%1 — appointment of %2").arg(patient, when), this);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);

    m_open->setMaximumHeight(90);
    m_done->setEnabled(false);
    m_note->setPlaceholderText(tr("Why: results to give, appointment to move…"));
    m_note->setMaxLength(500);
    m_assignee->addItem(tr("The secretariat (whoever is free)"), QVariant());
    for (const StaffUser &user : session.directory().staff())
        m_assignee->addItem(u"%1 (%2)"_s.arg(user.displayName, user.initials), user.id);
    m_due->setDisplayFormat(u"dddd d MMMM HH:mm"_s);
    m_due->setCalendarPopup(true);
    // The centre's wall-clock time (QDateTimeEdit knows no other zone before Qt 6.7).
    const QDateTime inAnHour = session.local(session.now().addSecs(3600));
    m_due->setDate(inAnHour.date());
    m_due->setTime(QTime(inAnHour.time().hour(), inAnHour.time().minute()));
    m_due->setEnabled(false);

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Who calls"), m_assignee);
    form->addRow(tr("When"), dueRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("To call back"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    auto *openLabel = new QLabel(tr("Already to call back:"), this);
    layout->addWidget(openLabel);
    layout->addWidget(m_open);
    layout->addWidget(m_done, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CallbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CallbackDialog::reject);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_open, &QListWidget::currentRowChanged, this, [this](int r) { m_done->setEnabled(r >= 0); });
    connect(m_done, &QPushButton::clicked, this, &CallbackDialog::markDone);
    loadOpenTasks();
    openLabel->setVisible(!m_tasks.empty());
    m_open->setVisible(!m_tasks.empty());
    m_done->setVisible(!m_tasks.empty());
    m_note->setFocus();
}

QString CallbackDialog::errorText() const
{
    return m_error->message();
}

void CallbackDialog::loadOpenTasks()
{
    m_open->clear();
    try {
        m_tasks = m_session.callbacks().openForAppointment(m_row.appointment.id);
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    for (const CallbackTask &task : m_tasks) {
        const StaffUser *assignee
                = task.assigneeId ? m_session.directory().staffUser(*task.assigneeId) : nullptr;
        QString text = task.note + u" — "_s + task.phone;
        if (assignee)
            text += u" — "_s + assignee->initials;
        // QListWidgetItem text is plain text: patient words are never interpreted.
        m_open->addItem(text);
    }
}

void CallbackDialog::markDone()
{
    const int index = m_open->currentRow();
    if (index < 0 || std::size_t(index) >= m_tasks.size())
        return;
    try {
        m_session.callbacks().markDone(m_tasks[std::size_t(index)].id, m_tasks[std::size_t(index)].version,
                                       m_session.actor());
    } catch (const StoreError &error) {
        showError(error.message());
    }
    loadOpenTasks();
    m_session.notifyChanged();
}

void CallbackDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void CallbackDialog::accept()
{
    const QVariant assignee = m_assignee->currentData();
    try {
        m_created = m_session.callbacks().requestForAppointment(
                m_row.appointment.id, m_note->text(),
                assignee.isValid() ? std::optional<qint64>(assignee.toLongLong()) : std::nullopt,
                m_hasDue->isChecked() ? m_session.utcOf(m_due->date(), m_due->time()) : QDateTime(),
                m_session.actor());
    } catch (const StoreError &error) {
        showError(error.message());
        return; // keep what was typed
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace Accueil
