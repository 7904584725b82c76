#pragma once

#include "domain/messaging.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Accueil {

class DeskSession;
class ErrorLabel;

// Writing a message: to a colleague or a group, a subject, the text (plain), "urgent", optionally
// about an appointment or a patient; canned replies go into the text, and the secretariat saves
// new ones. Ctrl+Return sends. On an error the text stays; once sent it is cleared.
class MessageComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageComposer)

public:
    enum RecipientRole {
        StaffIdRole = Qt::UserRole,
        GroupRole,
    };

    explicit MessageComposer(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *recipientBox() const { return m_recipient; }
    [[nodiscard]] QLineEdit *subjectEdit() const { return m_subject; }
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] QCheckBox *urgentBox() const { return m_urgent; }
    [[nodiscard]] QComboBox *cannedBox() const { return m_canned; }
    [[nodiscard]] QLineEdit *cannedNameEdit() const { return m_cannedName; }
    [[nodiscard]] QPushButton *saveCannedButton() const { return m_saveCanned; }
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }
    [[nodiscard]] QLabel *aboutLabel() const { return m_about; }
    [[nodiscard]] QToolButton *unlinkButton() const { return m_unlink; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] std::optional<qint64> linkedAppointment() const { return m_appointmentId; }
    [[nodiscard]] std::optional<qint64> linkedPatient() const { return m_patientId; }

    // The colleagues and canned replies again, keeping the choice and what is typed.
    void reload();
    bool setRecipientStaff(qint64 staffId);
    bool setRecipientGroup(const QString &group);
    // The message will be about this appointment and/or patient (0: none): "About: <label>".
    void composeAbout(qint64 appointmentId, qint64 patientId, const QString &label);
    void clearLink();
    // To the sender (to the secretariat for a patient's message; to the recipient for one's own),
    // "Re: subject", about the same appointment or patient.
    void replyTo(const Message &message, const QString &aboutLabel);
    // False (and the error shown) when the message could not be sent.
    bool send();
    bool saveCannedReply();

Q_SIGNALS:
    void sent(const Accueil::Message &message);

private:
    void fillRecipients();
    void fillCannedReplies();
    void insertCannedReply(int index);

    DeskSession &m_session;
    QComboBox *m_recipient;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QCheckBox *m_urgent;
    QComboBox *m_canned;
    QLineEdit *m_cannedName;
    QPushButton *m_saveCanned;
    QPushButton *m_send;
    QLabel *m_about;
    QToolButton *m_unlink;
    ErrorLabel *m_error;
    QStringList m_recipientKeys; // what the recipient list was built from
    std::vector<CannedReply> m_replies;
    std::optional<qint64> m_appointmentId;
    std::optional<qint64> m_patientId;
};

} // namespace Accueil
