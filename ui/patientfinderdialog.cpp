#include "patientfinderdialog.h"

#include "appointmentpatientpicker.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Accueil {

PatientFinderDialog::PatientFinderDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_picker(new AppointmentPatientPicker(session, this))
{
    setWindowTitle(tr("Find a patient"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(m_picker, &AppointmentPatientPicker::patientChosen, this, [this](const Patient &patient) {
        m_patientId = patient.id;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_picker->setFocus();
}

QLineEdit *PatientFinderDialog::searchField() const
{
    return m_picker->searchField();
}

} // namespace Accueil
