#pragma once

#include "domain/reminders.h"
#include "portal/portallanguage.h"
#include "reminders/remindertexts.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Accueil {

class DeskSession;

// How long an SMS is: GSM characters (160 in one message, 153 each when split; ^ { } [ ] ~ | \ €
// count twice), or, as soon as one character is outside that alphabet (ê, ç, œ, a no-break
// space…), UTF-16 units (70 in one message, 67 each when split).
struct SmsLength
{
    int characters = 0;
    int messages = 0;
    bool unicode = false;
    QList<char32_t> outside; // the first few characters that forced unicode, each once

    [[nodiscard]] static SmsLength of(const QString &text);
};

// The reminders' texts, one per medium (e-mail, SMS) and language (French, English): the subject
// (e-mail only) and the body with their placeholders, a preview with sample values, the length of
// an SMS, "Restore the default" and Save. What is typed is kept per text while switching between
// them, until saved; a text left equal to the default is saved as "the default", so it follows
// the software's own default texts.
class ReminderTextEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderTextEditor)

public:
    // Empty until reload(): connect errorOccurred() first.
    explicit ReminderTextEditor(DeskSession &session, QWidget *parent = nullptr);

    void setEditable(bool editable);
    // Shows the text of that medium ("email", "sms") and language.
    void showText(const QString &medium, Language language);
    [[nodiscard]] QString medium() const;
    [[nodiscard]] Language language() const;

    // Whether a text was changed and not saved.
    [[nodiscard]] bool hasUnsavedChanges() const;
    // Saves the text shown; false after errorOccurred().
    bool save();
    // Saves every text changed; false after errorOccurred() (the others are saved).
    bool saveAll();
    // Puts the default text in the fields (saved with Save).
    void restoreDefault();
    // Reads again the texts nobody is editing here (another desk may have saved them).
    void reload();

    [[nodiscard]] QComboBox *mediumBox() const { return m_medium; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QLabel *originLabel() const { return m_origin; }
    [[nodiscard]] QLineEdit *subjectEdit() const { return m_subject; }
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    // The body as typed, no-break spaces kept.
    [[nodiscard]] QString body() const;
    [[nodiscard]] QListWidget *placeholderList() const { return m_placeholders; }
    [[nodiscard]] QPlainTextEdit *preview() const { return m_preview; }
    [[nodiscard]] QLabel *lengthLabel() const { return m_length; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A text was saved (medium, language key).
    void textSaved(const QString &medium, const QString &language);

private:
    struct Draft
    {
        ReminderTemplate stored; // as read: the centre's text or the default
        QString subject;
        QString body;

        [[nodiscard]] bool modified() const { return subject != stored.subject || body != stored.body; }
    };

    [[nodiscard]] static QString key(const QString &medium, const QString &language);
    Draft &draft(const QString &medium, Language language);
    void selectorsChanged();
    void fieldsEdited();
    void showDraft();
    void updatePreview();
    void updateState();
    bool saveDraft(Draft &draft);
    [[nodiscard]] ReminderValues sampleValues(Language language) const;

    DeskSession &m_session;
    QHash<QString, Draft> m_drafts;
    bool m_editable = false;
    bool m_showing = false; // filling the fields: not an edit
    std::optional<Language> m_placeholderLanguage;
    QComboBox *m_medium;
    QComboBox *m_language;
    QLabel *m_origin;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QPlainTextEdit *m_preview;
    QLabel *m_length;
    QLabel *m_unknown;
    QPushButton *m_restore;
    QPushButton *m_save;
};

} // namespace Accueil
