#include "agendaselectiondialog.h"

#include "desk/directory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

AgendaSelectionDialog::AgendaSelectionDialog(const Directory &directory, const QList<qint64> &checked,
                                             QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Choose the agendas shown side by side"));
    for (const AgendaEntry &entry : directory.agendas()) {
        auto *item = new QListWidgetItem(entry.title() + u" — "_s + entry.subtitle(), m_list);
        item->setData(Qt::UserRole, entry.agenda.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(entry.agenda.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_name->setPlaceholderText(tr("e.g. Morning: GPs and nurses"));
    m_name->setMaxLength(60);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save and show"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name of the selection"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, 560);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &AgendaSelectionDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &AgendaSelectionDialog::updateOk);
    updateOk();
}

QList<qint64> AgendaSelectionDialog::agendaIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

QString AgendaSelectionDialog::name() const
{
    // "/" would make a sub-group of the settings key.
    return m_name->text().simplified().replace(u'/', u'-');
}

void AgendaSelectionDialog::updateOk()
{
    m_ok->setEnabled(!name().isEmpty() && !agendaIds().isEmpty());
}

} // namespace Accueil
