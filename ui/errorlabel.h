#pragma once

#include <QLabel>

namespace Accueil {

// Where a dialog says what went wrong, in red, in plain text, next to what the user typed (which is
// kept): hidden until there is something to say.
class ErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLabel)

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearError();
    // The message shown, or nothing when hidden.
    [[nodiscard]] QString message() const;
};

} // namespace Accueil
