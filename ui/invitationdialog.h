#pragma once

#include <QDialog>

class QLabel;

namespace Accueil {

class DeskSession;

// Hands a patient an invitation code for the booking page: a new code is made when the dialog
// opens (replacing the patient's unused one), shown large to read out or copy, with what the
// patient does with it and until when it works.
class InvitationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDialog)

public:
    InvitationDialog(DeskSession &session, qint64 patientId, QWidget *parent = nullptr);

    // The code shown, empty when it could not be made (the error is shown instead).
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QLabel *codeLabel() const { return m_codeLabel; }
    [[nodiscard]] QLabel *explanation() const { return m_explanation; }

private:
    QString m_code;
    QLabel *m_codeLabel;
    QLabel *m_explanation;
};

} // namespace Accueil
