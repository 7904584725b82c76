#pragma once

#include "domain/staff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Accueil {

class DeskSession;
class ErrorLabel;
class ReminderRuleModel;
class ReminderTextEditor;

// "Centre › Reminders…": when the patients are reminded of their appointments (rules for the whole
// centre or for one appointment type, by e-mail or SMS, so many hours before) and what the
// reminders say (ReminderTextEditor). The coordinator and administrators change them; everyone
// else reads them. Follows what other desks change while open.
class ReminderSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettingsDialog)

public:
    explicit ReminderSettingsDialog(DeskSession &session, QWidget *parent = nullptr);

    // Whether the user may change the reminders (not only read them).
    [[nodiscard]] static bool mayEdit(const StaffUser &user);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    [[nodiscard]] ReminderRuleModel *rules() const { return m_model; }
    [[nodiscard]] QTableView *rulesView() const { return m_view; }
    [[nodiscard]] QComboBox *scopeBox() const { return m_scope; }
    [[nodiscard]] QComboBox *mediumBox() const { return m_medium; }
    [[nodiscard]] QLineEdit *whenEdit() const { return m_when; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] ReminderTextEditor *texts() const { return m_texts; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] ErrorLabel *errorLabel() const { return m_error; }

    // Adds the rule typed in the row under the table; false when refused (said in the dialog).
    bool addRule();
    // Switches off the selected rule.
    void removeRule();

public Q_SLOTS:
    // Asks about texts not saved yet before closing.
    void reject() override;

private:
    void fillScopes();
    void updateButtons();
    void showError(const QString &message);

    DeskSession &m_session;
    bool m_editable;
    ReminderRuleModel *m_model;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QComboBox *m_scope;
    QComboBox *m_medium;
    QLineEdit *m_when;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    ReminderTextEditor *m_texts;
    ErrorLabel *m_error;
};

} // namespace Accueil
