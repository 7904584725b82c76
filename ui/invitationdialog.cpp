#include "invitationdialog.h"

#include "appointmenttext.h"
#include "desksession.h"
#include "portal/invitations.h"
#include "store/storeerror.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

InvitationDialog::InvitationDialog(DeskSession &session, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_codeLabel(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    setWindowTitle(tr("Invitation to the booking page"));
    m_codeLabel->setObjectName(u"invitationCode"_s);
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    QFont big(u"monospace"_s);
    big.setStyleHint(QFont::Monospace);
    big.setPointSizeF(font().pointSizeF() * 2.5);
    big.setBold(true);
    m_codeLabel->setFont(big);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy the code"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);

    try {
        const Patient patient = session.store().get<Patient>(patientId);
        const IssuedInvitation issued = Invitations(session.store()).create(patientId, session.actor());
        m_code = issued.code;
        m_codeLabel->setText(m_code);
        m_explanation->setText(
                tr("For %1. On the centre's booking page, choose \"Create an account\" and type this code "
                   "with the birth date of the record (%2). It works once, until %3; a new code replaces "
                   "this one.")
                        .arg(AppointmentText::patientName(patient),
                             patient.birthDate.isValid()
                                     ? QLocale().toString(patient.birthDate, u"dd/MM/yyyy"_s)
                                     : tr("unknown: add it to the record first"),
                             AppointmentText::longDate(session.local(issued.invitation.expiresAt).date())));
    } catch (const StoreError &error) {
        m_codeLabel->hide();
        copy->setEnabled(false);
        m_explanation->setText(error.message());
    }
}

} // namespace Accueil
