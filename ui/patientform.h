#pragma once

#include "domain/patient.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Accueil {

class ErrorLabel;

class DeskSession;

// A new patient typed at the desk without leaving the appointment dialog: last name, first name,
// birth date, mobile phone, e-mail, and whether they asked for no reminders. Created through
// PatientDirectory::create; a refusal is shown under the fields, which keep what was typed. Return
// creates, Escape closes the form.
class PatientForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientForm)

public:
    explicit PatientForm(DeskSession &session, QWidget *parent = nullptr);

    // Fills the fields from what was typed in the search: "dupont marie 03/04/1990 0612345678" →
    // Dupont, Marie, 03/04/1990, 0612345678; then focuses the first field left to fill.
    void prefill(const QString &typed);
    void clear();

    // Validates and records the patient; emits created() on success.
    void submit();

Q_SIGNALS:
    void created(const Accueil::Patient &patient);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showError(const QString &message);

    DeskSession &m_session;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_birthDate;
    QLineEdit *m_mobile;
    QLineEdit *m_email;
    QCheckBox *m_noReminders;
    ErrorLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_cancel;
};

} // namespace Accueil
