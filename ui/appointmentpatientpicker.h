#pragma once

#include "domain/patient.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Accueil {

class DeskSession;
class PatientForm;
class PatientSearchModel;

// The patient part of the appointment dialog: a search as you type (Down/Up move in the results
// while the field keeps the focus, Return picks the highlighted patient, or the only one), the
// chosen patient shown plainly with a way to change it, and the new-patient form inline.
class AppointmentPatientPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentPatientPicker)

public:
    explicit AppointmentPatientPicker(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<Patient> &patient() const { return m_patient; }
    void setPatient(const Patient &patient);
    // Back to the search, keeping what was typed there.
    void changePatient();
    // Opens the new-patient form, filled from the search text.
    void startNewPatient();

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] PatientSearchModel *model() const { return m_model; }

Q_SIGNALS:
    void patientChosen(const Accueil::Patient &patient);
    void patientCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode {
        Search,
        Chosen,
        Create
    };
    void setMode(Mode mode);
    void runSearch();
    void flushSearch(); // a key that needs the results runs the pending search at once
    void moveHighlight(int rows);
    void pickCurrent();
    void updateHint();

    DeskSession &m_session;
    PatientSearchModel *m_model;
    QLineEdit *m_search;
    QPushButton *m_newButton;
    QTableView *m_results;
    QLabel *m_hint;
    QWidget *m_chosenBox;
    QLabel *m_chosen;
    QPushButton *m_changeButton;
    PatientForm *m_form;
    QTimer m_debounce;
    std::optional<Patient> m_patient;
    Mode m_mode = Mode::Search;
};

} // namespace Accueil
