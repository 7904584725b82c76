#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace Accueil {

class CallbackListModel;
class DeskSession;
class ErrorLabel;

// "To call back": the open call-back tasks of the whole centre, and "Done" once the patient was
// reached. A double-click shows the task's appointment.
class CallbackListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListPanel)

public:
    explicit CallbackListPanel(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] CallbackListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QPushButton *doneButton() const { return m_done; }
    [[nodiscard]] QString errorText() const;

    void reload();
    // Marks the selected task done (what the "Done" button does).
    void markCurrentDone();

Q_SIGNALS:
    void appointmentRequested(qint64 appointmentId);

private:
    void updateButtons();

    DeskSession &m_session;
    CallbackListModel *m_model;
    QTableView *m_view;
    QPushButton *m_done;
    ErrorLabel *m_error;
};

} // namespace Accueil
