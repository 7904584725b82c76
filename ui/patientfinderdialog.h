#pragma once

#include <QDialog>

class QLineEdit;

namespace Accueil {

class AppointmentPatientPicker;
class DeskSession;

// "Which patient?": the appointment dialog's patient search (name, phone digits or birth date;
// Down/Up move in the results, Return opens the highlighted one; Ctrl+N records a new patient),
// and the chosen patient's record opens.
class PatientFinderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientFinderDialog)

public:
    explicit PatientFinderDialog(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *searchField() const;
    // The patient chosen once accepted, else 0.
    [[nodiscard]] qint64 patientId() const { return m_patientId; }

private:
    AppointmentPatientPicker *m_picker;
    qint64 m_patientId = 0;
};

} // namespace Accueil
