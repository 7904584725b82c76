#pragma once

#include "domain/reminders.h"
#include "domain/staff.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Accueil {

class DeskSession;
class ErrorLabel;

// "My calendar on my phone": a practitioner's private calendar address (served by the booking
// server, see docs/booking-api.md). A practitioner manages their own; the coordinator and
// administrators pick any practitioner. It says whether an address is live, makes a new one
// (revoking the old), revokes it, and switches patients' names on or off. The full address is
// shown once, right after it is made: only its hash is kept.
//
// The desk does not know the booking page's public address (accueil-server may run elsewhere),
// so the address is the path under a base typed once and remembered on this computer.
class CalendarFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeedDialog)

public:
    explicit CalendarFeedDialog(DeskSession &session, QWidget *parent = nullptr);

    // Whether the user has any address to manage (a practitioner, the coordinator, an administrator).
    [[nodiscard]] static bool isAvailableTo(const StaffUser &user);

    [[nodiscard]] qint64 practitionerId() const;
    void setPractitionerId(qint64 practitionerId);
    // The live address of the practitioner chosen, as last read.
    [[nodiscard]] const std::optional<CalendarFeed> &feed() const { return m_feed; }

    [[nodiscard]] QComboBox *practitionerBox() const { return m_practitioner; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QCheckBox *showPatientsBox() const { return m_showPatients; }
    [[nodiscard]] QLineEdit *baseEdit() const { return m_base; }
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QPushButton *copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton *createButton() const { return m_create; }
    [[nodiscard]] QPushButton *revokeButton() const { return m_revoke; }
    [[nodiscard]] ErrorLabel *errorLabel() const { return m_error; }

private:
    void fillPractitioners();
    void reload();
    void createAddress();
    void revokeAddress();
    void showPatientsToggled(bool show);
    void baseEdited();
    void showAddress();

    DeskSession &m_session;
    std::optional<CalendarFeed> m_feed;
    QString m_token; // only while the dialog that made it is open
    qint64 m_tokenFeedId = 0;
    QComboBox *m_practitioner;
    QLabel *m_status;
    QCheckBox *m_showPatients;
    QLineEdit *m_base;
    QWidget *m_addressRow;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QPushButton *m_create;
    QPushButton *m_revoke;
    ErrorLabel *m_error;
};

} // namespace Accueil
