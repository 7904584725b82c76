#include "patientrecorddialog.h"

#include "appointmenttext.h"
#include "desk/noshows.h"
#include "desk/patientrecord.h"
#include "desksession.h"
#include "errorlabel.h"
#include "invitationdialog.h"
#include "listview.h"
#include "patientvisitmodel.h"
#include "plainlabel.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

QString relationName(const QString &relation)
{
    if (relation == u"child")
        return PatientRecordDialog::tr("child");
    if (relation == u"parent")
        return PatientRecordDialog::tr("parent");
    if (relation == u"spouse")
        return PatientRecordDialog::tr("spouse");
    return PatientRecordDialog::tr("relative");
}

} // namespace

PatientRecordDialog::PatientRecordDialog(DeskSession &session, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_patientId(patientId)
    , m_identity(plainTextLabel(this))
    , m_details(plainTextLabel(this))
    , m_online(plainTextLabel(this))
    , m_attendance(plainTextLabel(this))
    , m_noReminders(new QCheckBox(tr("No reminders (the patient asked)"), this))
    , m_summary(plainTextLabel(this))
    , m_invite(new QPushButton(tr("Hand out an invitation code…"), this))
    , m_view(new QTableView(this))
    , m_model(new PatientVisitModel(session, this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"patientRecord"_s);
    QFont big = m_identity->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_identity->setFont(big);
    m_invite->setToolTip(tr("A code for the patient to create their account on the booking page"));

    auto *online = new QGroupBox(tr("Booking page"), this);
    auto *onlineLayout = new QHBoxLayout(online);
    onlineLayout->addWidget(m_online, 1);
    onlineLayout->addWidget(m_invite);

    m_view->setModel(m_model);
    setUpListView(m_view, PatientVisitModel::Reason);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    layout->addWidget(m_details);
    layout->addWidget(m_attendance);
    layout->addWidget(m_noReminders);
    connect(m_noReminders, &QCheckBox::clicked, this, [this](bool checked) {
        try {
            Patient patient = m_session.store().get<Patient>(m_patientId);
            patient.remindersOptOut = checked;
            m_session.patients().update(patient, m_session.actor());
            m_session.notifyChanged();
        } catch (const StoreError &error) {
            m_error->showError(error.message());
            m_noReminders->setChecked(!checked);
        }
    });
    m_attendance->setStyleSheet(u"color: #9a5b00;"_s); // discreet: a hint for the desk, not an alarm
    layout->addWidget(online);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_invite, &QPushButton::clicked, this, &PatientRecordDialog::handOutCode);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT appointmentRequested(index.data(PatientVisitModel::AppointmentIdRole).toLongLong());
    });
    connect(&m_session, &DeskSession::changed, this, &PatientRecordDialog::reload);
    reload();
}

void PatientRecordDialog::reload()
{
    try {
        PatientRecord record(m_session.store());
        const Patient patient = record.patient(m_patientId);
        const QDate today = m_session.today();
        setWindowTitle(tr("Patient record — %1").arg(AppointmentText::patientName(patient)));
        QStringList details;
        if (patient.birthDate.isValid())
            details << AppointmentText::birthDate(patient.birthDate, today);
        for (const QString &phone : {patient.mobilePhone, patient.homePhone}) {
            if (!phone.isEmpty())
                details << phone;
        }
        if (!patient.email.isEmpty())
            details << patient.email;
        m_identity->setText(AppointmentText::patientName(patient)); // "BERNARD Anne (née MOREAU)"
        m_details->setText(details.join(u" — "_s));
        m_details->setVisible(!details.isEmpty());
        m_noReminders->setChecked(patient.remindersOptOut);
        const QString attendance
                = NoShows::summary(NoShows(m_session.store()).forPatient(m_patientId, m_session.zone()));
        m_attendance->setText(attendance);
        m_attendance->setVisible(!attendance.isEmpty());

        const OnlineAccess access = record.onlineAccess(m_patientId);
        QStringList online;
        if (!access.account) {
            online << tr("No account on the booking page.");
        } else if (access.relation == u"self") {
            online << (access.account->emailVerifiedAt.isValid()
                               ? tr("Has an account on the booking page: %1.").arg(access.account->email)
                               : tr("Has an account on the booking page: %1 (address not confirmed yet).")
                                         .arg(access.account->email));
        } else {
            online << tr("Booked online by the account %1 (as a %2).")
                              .arg(access.account->email, relationName(access.relation));
        }
        if (access.invitationExpiresAt.isValid()) {
            online << tr("An invitation code was handed out; it works until %1.")
                              .arg(AppointmentText::longDate(
                                      m_session.local(access.invitationExpiresAt).date()));
        }
        m_online->setText(online.join(u'\n'));
        m_invite->setEnabled(m_session.isOnline());

        m_model->load(m_patientId);
        const int total = m_model->rowCount();
        const int upcoming = m_model->upcomingCount();
        const QString all = total == 1 ? tr("1 appointment in all") : tr("%1 appointments in all").arg(total);
        const QString coming = upcoming == 0
                                       ? tr("none to come")
                                       : (upcoming == 1 ? tr("1 to come") : tr("%1 to come").arg(upcoming));
        m_summary->setText(total == 0 ? tr("No appointment yet.") : tr("%1, %2.").arg(all, coming));
        m_error->clearError();
    } catch (const StoreError &error) {
        m_error->showError(error.message()); // the last data stays on screen
    }
}

void PatientRecordDialog::handOutCode()
{
    auto *dialog = new InvitationDialog(m_session, m_patientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &PatientRecordDialog::reload);
    dialog->open();
}

} // namespace Accueil
