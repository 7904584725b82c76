#include "remindersettingsdialog.h"

#include "desksession.h"
#include "errorlabel.h"
#include "plainlabel.h"
#include "reminderrulemodel.h"
#include "remindertexteditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

ReminderSettingsDialog::ReminderSettingsDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_editable(mayEdit(session.user()))
    , m_model(new ReminderRuleModel(session, this))
    , m_tabs(new QTabWidget(this))
    , m_view(new QTableView(this))
    , m_scope(new QComboBox(this))
    , m_medium(new QComboBox(this))
    , m_when(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(plainTextLabel(QString(), this))
    , m_texts(new ReminderTextEditor(session, this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Reminders"));
    m_model->setEditable(m_editable);
    m_texts->setEditable(m_editable);
    m_view->setObjectName(u"reminderRules"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ReminderRuleModel::ScopeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderRuleModel::MediumColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderRuleModel::WhenColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderRuleModel::ActiveColumn,
                                                     QHeaderView::ResizeToContents);
    m_scope->setObjectName(u"ruleScope"_s);
    m_medium->setObjectName(u"ruleMedium"_s);
    m_medium->addItem(ReminderRuleModel::mediumText(u"email"_s), u"email"_s);
    m_medium->addItem(ReminderRuleModel::mediumText(u"sms"_s), u"sms"_s);
    m_when->setObjectName(u"ruleWhen"_s);
    m_when->setPlaceholderText(tr("48 h, 2 h, 90 min…"));
    m_when->setText(ReminderRuleModel::durationText(48 * 60));
    m_add->setObjectName(u"addRule"_s);
    m_remove->setObjectName(u"removeRule"_s);
    // Return adds from the When field only (returnPressed): never a click of whichever button is
    // the dialog's default.
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Switches the rule off. Rules are kept, not deleted: the reminders already "
                            "written refer to them."));
    m_status->setObjectName(u"ruleStatus"_s);
    m_tabs->setObjectName(u"reminderTabs"_s);
    fillScopes();

    auto *rulesPage = new QWidget(m_tabs);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("For:"), rulesPage));
    addRow->addWidget(m_scope, 1);
    addRow->addWidget(new QLabel(tr("By:"), rulesPage));
    addRow->addWidget(m_medium);
    addRow->addWidget(new QLabel(tr("Before:"), rulesPage));
    addRow->addWidget(m_when);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_remove);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addWidget(m_view);
    rulesLayout->addLayout(addRow);
    rulesLayout->addWidget(m_status);
    m_tabs->addTab(rulesPage, tr("When"));
    m_tabs->addTab(m_texts, tr("Texts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainTextLabel(
            tr("Reminders are sent by the booking server (accueil-server), with the centre's e-mail "
               "settings and, for SMS, its SMS gateway. The centre's rules apply to every type of "
               "appointment; a type with rules of its own follows only those, even switched off. "
               "Nothing is sent in the last hour before an appointment, nor to patients who asked "
               "for no reminders."),
            this));
    if (!m_editable) {
        auto *readOnly = plainTextLabel(
                tr("Only the coordinator and administrators can change the reminders."), this);
        readOnly->setObjectName(u"readOnlyNote"_s);
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &ReminderSettingsDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ReminderSettingsDialog::addRule);
    connect(m_when, &QLineEdit::returnPressed, this, &ReminderSettingsDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &ReminderSettingsDialog::removeRule);
    connect(m_model, &ReminderRuleModel::errorOccurred, this, &ReminderSettingsDialog::showError);
    connect(m_model, &ReminderRuleModel::ruleSaved, m_error, &ErrorLabel::clearError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReminderSettingsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReminderSettingsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReminderSettingsDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReminderSettingsDialog::updateButtons);
    connect(m_texts, &ReminderTextEditor::errorOccurred, this, &ReminderSettingsDialog::showError);
    connect(m_texts, &ReminderTextEditor::textSaved, m_error, &ErrorLabel::clearError);
    // Another desk's change shows here; what is being typed stays.
    connect(&m_session, &DeskSession::changed, this, [this] {
        m_model->reload();
        m_texts->reload();
    });

    m_model->reload();
    m_texts->reload();
    for (QWidget *widget : {static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_medium),
                            static_cast<QWidget *>(m_when), static_cast<QWidget *>(m_add)})
        widget->setEnabled(m_editable);
    updateButtons();
}

bool ReminderSettingsDialog::mayEdit(const StaffUser &user)
{
    return user.active && (user.role == Role::Admin || user.role == Role::Coordinator);
}

void ReminderSettingsDialog::fillScopes()
{
    m_scope->clear();
    m_scope->addItem(tr("Whole centre"), qint64(0));
    for (const AgendaEntry &entry : m_session.directory().agendas()) {
        for (const AppointmentType &type : entry.types)
            m_scope->addItem(m_model->scopeText(type.id), type.id);
    }
}

bool ReminderSettingsDialog::addRule()
{
    m_error->clearError();
    m_status->clear();
    const std::optional<int> minutes = ReminderRuleModel::parseDuration(m_when->text());
    if (!minutes) {
        showError(tr("Type how long before the appointment, such as 48 h, 2 h or 90 min."));
        m_when->setFocus();
        return false;
    }
    if (const std::optional<QString> refusal = ReminderRuleModel::durationRefusal(*minutes)) {
        showError(*refusal);
        m_when->setFocus();
        return false;
    }
    const qint64 typeId = m_scope->currentData().toLongLong();
    const std::optional<qint64> scope = typeId > 0 ? std::optional<qint64>(typeId) : std::nullopt;
    bool firstOfType = scope.has_value();
    for (int row = 0; row < m_model->rowCount(); ++row)
        firstOfType = firstOfType && m_model->ruleAt(row).typeId != scope;
    const qint64 id = m_model->addRule(scope, m_medium->currentData().toString(), *minutes);
    if (id == 0)
        return false;
    m_when->setText(ReminderRuleModel::durationText(*minutes));
    if (const int row = m_model->rowOf(id); row >= 0)
        m_view->selectRow(row);
    QString status = tr("Added: %1 by %2, %3 before.")
                             .arg(m_model->scopeText(scope),
                                  ReminderRuleModel::mediumText(m_medium->currentData().toString()),
                                  ReminderRuleModel::durationText(*minutes));
    if (firstOfType)
        status += u' ' + tr("From now on this type follows only its own rules, not the centre's.");
    m_status->setText(status);
    return true;
}

void ReminderSettingsDialog::removeRule()
{
    m_error->clearError();
    m_status->clear();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    if (m_model->setActive(selected.front().row(), false)) {
        m_status->setText(tr("The rule is switched off. Rules are kept, not deleted: tick its box to switch "
                             "it on again."));
    }
}

void ReminderSettingsDialog::reject()
{
    if (m_editable && m_texts->hasUnsavedChanges()) {
        const QMessageBox::StandardButton answer = QMessageBox::question(
                this, tr("Reminders"), tr("Some texts were changed and not saved. Save them?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !m_texts->saveAll()) {
            m_tabs->setCurrentWidget(m_texts);
            return; // the error is shown; nothing typed is lost
        }
    }
    QDialog::reject();
}

void ReminderSettingsDialog::updateButtons()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    m_remove->setEnabled(m_editable && !selected.isEmpty() && m_model->ruleAt(selected.front().row()).active);
}

void ReminderSettingsDialog::showError(const QString &message)
{
    m_error->showError(message);
}

} // namespace Accueil
