#pragma once

#include "domain/messaging.h"
#include "store/store.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Accueil {

class ErrorLabel;

class DeskSession;

// The telephone icon: "call this patient back", with why, who should call and by when. Tasks
// already open for the appointment are listed and can be marked done.
class CallbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackDialog)

public:
    CallbackDialog(DeskSession &session, const AppointmentRow &row, QWidget *parent = nullptr);

    [[nodiscard]] std::optional<CallbackTask> created() const { return m_created; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QComboBox *assigneeBox() const { return m_assignee; }
    [[nodiscard]] QListWidget *openTasks() const { return m_open; }
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    void loadOpenTasks();
    void markDone();
    void showError(const QString &message);

    DeskSession &m_session;
    AppointmentRow m_row;
    QListWidget *m_open;
    QPushButton *m_done;
    QLineEdit *m_note;
    QComboBox *m_assignee;
    QCheckBox *m_hasDue;
    QDateTimeEdit *m_due;
    ErrorLabel *m_error;
    std::vector<CallbackTask> m_tasks;
    std::optional<CallbackTask> m_created;
};

} // namespace Accueil
