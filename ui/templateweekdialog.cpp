#include "templateweekdialog.h"

#include "agenda/agendapalette.h"
#include "desksession.h"
#include "errorlabel.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

enum Column {
    WeekdayColumn,
    StartColumn,
    EndColumn,
    SlotColumn,
    KindColumn,
    ColumnCount
};

constexpr std::array kinds{SlotKind::Desk, SlotKind::Internet, SlotKind::Urgent, SlotKind::Unavailable};

QTime timeOf(int minute)
{
    return QTime(0, 0).addSecs(qint64(minute) * 60);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

TemplateWeekDialog::TemplateWeekDialog(DeskSession &session, qint64 agendaId, const QDate &from,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_agendaId(agendaId)
    , m_validFrom(new QDateEdit(this))
    , m_label(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_allSlots(new QSpinBox(this))
    , m_error(new ErrorLabel(this))
{
    const AgendaEntry *agenda = session.directory().agenda(agendaId);
    setWindowTitle(tr("Template week — %1").arg(agenda ? agenda->title() : QString()));
    m_validFrom->setDisplayFormat(u"dddd d MMMM yyyy"_s);
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDate(from);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("To"), tr("Slot (min)"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allSlots->setRange(5, 240);
    m_allSlots->setSingleStep(5);
    m_allSlots->setValue(15);
    m_allSlots->setSuffix(tr(" min"));

    auto *add = new QPushButton(tr("Add a range"), this);
    auto *remove = new QPushButton(tr("Remove the range"), this);
    auto *applyAll = new QPushButton(tr("Every slot to"), this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(add);
    tools->addWidget(remove);
    tools->addStretch(1);
    tools->addWidget(applyAll);
    tools->addWidget(m_allSlots);

    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_validFrom);
    form->addRow(tr("Name"), m_label);
    auto *note = new QLabel(tr("Appointments already booked are never moved; those that no longer fit "
                               "the new week are listed after saving."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply from this date"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(tools);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(add, &QPushButton::clicked, this, [this] {
        TemplateRange range;
        range.weekday = 1;
        range.startMinute = 8 * 60;
        range.endMinute = 12 * 60;
        range.slotMinutes = m_allSlots->value();
        addRange(range);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(applyAll, &QPushButton::clicked, this, [this] { setAllSlotMinutes(m_allSlots->value()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateWeekDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateWeekDialog::reject);
    load(from);
}

void TemplateWeekDialog::load(const QDate &date)
{
    m_table->setRowCount(0);
    try {
        if (const auto current = m_session.scheduler().templateAt(m_agendaId, date)) {
            m_label->setText(current->first.label);
            for (const TemplateRange &range : current->second)
                addRange(range);
        }
    } catch (const StoreError &error) {
        m_error->showError(error.message());
    }
}

void TemplateWeekDialog::addRange(const TemplateRange &range)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *weekday = new QComboBox(m_table);
    for (int day = 1; day <= 7; ++day)
        weekday->addItem(QLocale().dayName(day), day);
    weekday->setCurrentIndex(std::clamp(range.weekday, 1, 7) - 1);
    auto *start = new QTimeEdit(timeOf(range.startMinute), m_table);
    auto *end = new QTimeEdit(timeOf(std::min(range.endMinute, 24 * 60 - 1)), m_table);
    for (QTimeEdit *edit : {start, end})
        edit->setDisplayFormat(u"HH:mm"_s);
    auto *slot = new QSpinBox(m_table);
    slot->setRange(5, 240);
    slot->setSingleStep(5);
    slot->setValue(range.slotMinutes);
    auto *kind = new QComboBox(m_table);
    for (const SlotKind k : kinds)
        kind->addItem(slotKindName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(range.kind)));
    m_table->setCellWidget(row, WeekdayColumn, weekday);
    m_table->setCellWidget(row, StartColumn, start);
    m_table->setCellWidget(row, EndColumn, end);
    m_table->setCellWidget(row, SlotColumn, slot);
    m_table->setCellWidget(row, KindColumn, kind);
}

void TemplateWeekDialog::setAllSlotMinutes(int minutes)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        qobject_cast<QSpinBox *>(m_table->cellWidget(row, SlotColumn))->setValue(minutes);
}

std::vector<TemplateRange> TemplateWeekDialog::ranges() const
{
    std::vector<TemplateRange> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        TemplateRange range;
        range.weekday
                = qobject_cast<QComboBox *>(m_table->cellWidget(row, WeekdayColumn))->currentData().toInt();
        range.startMinute
                = minuteOf(qobject_cast<QTimeEdit *>(m_table->cellWidget(row, StartColumn))->time());
        range.endMinute = minuteOf(qobject_cast<QTimeEdit *>(m_table->cellWidget(row, EndColumn))->time());
        range.slotMinutes = qobject_cast<QSpinBox *>(m_table->cellWidget(row, SlotColumn))->value();
        range.kind = SlotKind(
                qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
        result.push_back(range);
    }
    return result;
}

QString TemplateWeekDialog::errorText() const
{
    return m_error->message();
}

void TemplateWeekDialog::accept()
{
    try {
        m_result = m_session.scheduler().changeTemplate(m_agendaId, m_validFrom->date(), ranges(),
                                                        m_label->text().trimmed(), m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace Accueil
