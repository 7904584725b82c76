#include "logindialog.h"

#include "auth/staffauth.h"
#include "errorlabel.h"
#include "store/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

LoginDialog::LoginDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Accueil — log in"));
    QString centreName;
    try {
        centreName = store.centre().value_or(Centre{}).name;
    } catch (const StoreError &) {
        // The login itself will say what is wrong with the database.
    }
    auto *centre = new QLabel(centreName, this);
    centre->setTextFormat(Qt::PlainText);
    QFont big = centre->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    centre->setFont(big);
    m_login->setPlaceholderText(tr("your login"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(centre);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_login->setFocus();
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->message();
}

void LoginDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment, on purpose
    try {
        m_user = StaffAuth(m_store).authenticate(m_login->text(), m_password->text());
    } catch (const StoreError &error) {
        QApplication::restoreOverrideCursor();
        m_error->showError(error.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QApplication::restoreOverrideCursor();
    QDialog::accept();
}

} // namespace Accueil
