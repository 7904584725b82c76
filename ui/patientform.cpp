#include "patientform.h"

#include "appointmenttext.h"
#include "desksession.h"
#include "errorlabel.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// "dupont" → "Dupont", "jean-pierre" → "Jean-Pierre", "LE GALL" → "Le Gall".
QString nameCase(const QString &text)
{
    QString result = text.toLower();
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return result;
}

bool isPhoneLike(const QString &token)
{
    static const QRegularExpression phone(u"^\\+?[\\d.()-]+$"_s);
    return phone.match(token).hasMatch();
}

} // namespace

PatientForm::PatientForm(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lastName(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_birthDate(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_noReminders(new QCheckBox(tr("No reminders (the patient asked)"), this))
    , m_error(new ErrorLabel(this))
    , m_create(new QPushButton(tr("&Create the patient"), this))
    , m_cancel(new QPushButton(tr("Back to the search"), this))
{
    setObjectName(u"newPatientForm"_s);
    m_lastName->setObjectName(u"newLastName"_s);
    m_firstName->setObjectName(u"newFirstName"_s);
    m_birthDate->setObjectName(u"newBirthDate"_s);
    m_mobile->setObjectName(u"newMobile"_s);
    m_email->setObjectName(u"newEmail"_s);
    m_noReminders->setObjectName(u"newNoReminders"_s);
    m_error->setObjectName(u"patientFormError"_s);
    m_create->setObjectName(u"createPatientButton"_s);

    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_mobile->setPlaceholderText(tr("06 12 34 56 78"));

    auto *form = new QFormLayout;
    form->addRow(tr("La&st name:"), m_lastName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("Mob&ile phone:"), m_mobile);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_noReminders);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &PatientForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PatientForm::cancelled);
}

void PatientForm::prefill(const QString &typed)
{
    clear();
    QStringList names;
    QString phone;
    for (const QString &token : typed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (const QDate date = PatientQuery::parse(token, m_session.today()).birthDate; date.isValid()) {
            m_birthDate->setText(date.toString(u"dd/MM/yyyy"_s));
        } else if (isPhoneLike(token)) {
            phone += token;
        } else {
            names << nameCase(token);
        }
    }
    // The desk types the last name first, as in the search results.
    if (!names.isEmpty())
        m_lastName->setText(names.takeFirst());
    m_firstName->setText(names.join(u' '));
    m_mobile->setText(phone);
    for (QLineEdit *field : {m_lastName, m_firstName, m_birthDate}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    m_mobile->setFocus();
}

void PatientForm::clear()
{
    for (QLineEdit *field : {m_lastName, m_firstName, m_birthDate, m_mobile, m_email})
        field->clear();
    m_noReminders->setChecked(false);
    m_error->hide();
}

void PatientForm::submit()
{
    Patient patient;
    patient.lastName = m_lastName->text();
    patient.firstName = m_firstName->text();
    patient.mobilePhone = m_mobile->text();
    patient.email = m_email->text();
    patient.remindersOptOut = m_noReminders->isChecked();
    if (const QString birth = m_birthDate->text().trimmed(); !birth.isEmpty()) {
        const PatientQuery read = PatientQuery::parse(birth, m_session.today());
        if (!read.birthDate.isValid() || !read.words.isEmpty() || !read.phones.isEmpty()) {
            showError(tr("The birth date is not a date: type it as dd/mm/yyyy."));
            m_birthDate->setFocus();
            return;
        }
        patient.birthDate = read.birthDate;
    }
    try {
        patient = m_session.patients().create(patient, m_session.actor());
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    m_session.notifyChanged();
    m_error->hide();
    Q_EMIT created(patient);
}

void PatientForm::keyPressEvent(QKeyEvent *event)
{
    // Return from any field creates the patient; it never reaches the dialog's default button.
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            event->accept();
            submit();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            event->accept();
            Q_EMIT cancelled();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void PatientForm::showError(const QString &message)
{
    m_error->showError(message);
}

} // namespace Accueil
