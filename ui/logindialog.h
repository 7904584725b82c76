#pragma once

#include "domain/staff.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Accueil {

class ErrorLabel;

class Store;

// Who is at the desk: every change they make carries their initials.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(Store &store, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    [[nodiscard]] std::optional<StaffUser> user() const { return m_user; }
    [[nodiscard]] QLineEdit *loginEdit() const { return m_login; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    Store &m_store;
    QLineEdit *m_login;
    QLineEdit *m_password;
    ErrorLabel *m_error;
    std::optional<StaffUser> m_user;
};

} // namespace Accueil
