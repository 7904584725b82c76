#include "remindertexteditor.h"

#include "desksession.h"
#include "reminders/reminders.h"
#include "store/store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// GSM 03.38: the basic alphabet (one character each) and its extension (two each).
const QString gsmBasic = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
const QString gsmExtension = u"\f^{}\\[~]|€"_s;
constexpr int maxOutsideShown = 6;

// The body as typed: toPlainText() would turn the no-break spaces French typography puts before
// ":" and "?" into plain ones.
QString bodyText(const QPlainTextEdit &edit)
{
    QString text = edit.document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

QString shownCharacter(char32_t c)
{
    if (c == U'\u00a0' || c == U'\u202f')
        return ReminderTextEditor::tr("no-break space");
    if (c == U'\t')
        return ReminderTextEditor::tr("tab");
    return u"«\u00a0"_s + QString::fromUcs4(&c, 1) + u"\u00a0»"_s;
}

} // namespace

SmsLength SmsLength::of(const QString &text)
{
    SmsLength length;
    int septets = 0;
    for (const uint code : text.toUcs4()) {
        const auto c = char32_t(code);
        const bool basic = c < 0x10000 && gsmBasic.contains(QChar(char16_t(c)));
        const bool extension = c < 0x10000 && gsmExtension.contains(QChar(char16_t(c)));
        if (basic || extension) {
            septets += extension ? 2 : 1;
            continue;
        }
        length.unicode = true;
        if (length.outside.size() < maxOutsideShown && !length.outside.contains(c))
            length.outside << c;
    }
    length.characters = length.unicode ? int(text.size()) : septets;
    const int single = length.unicode ? 70 : 160;
    const int part = length.unicode ? 67 : 153;
    if (length.characters > 0)
        length.messages = length.characters <= single ? 1 : (length.characters + part - 1) / part;
    return length;
}

ReminderTextEditor::ReminderTextEditor(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_medium(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_origin(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_length(new QLabel(this))
    , m_unknown(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore the &default"), this))
    , m_save(new QPushButton(tr("&Save this text"), this))
{
    m_medium->setObjectName(u"textMedium"_s);
    m_medium->addItem(tr("E-mail"), u"email"_s);
    m_medium->addItem(tr("SMS"), u"sms"_s);
    m_language->setObjectName(u"textLanguage"_s);
    m_language->addItem(tr("French"), toKey(Language::French));
    m_language->addItem(tr("English"), toKey(Language::English));
    m_origin->setObjectName(u"textOrigin"_s);
    m_subject->setObjectName(u"textSubject"_s);
    m_body->setObjectName(u"textBody"_s);
    m_body->setTabChangesFocus(true);
    m_placeholders->setObjectName(u"placeholders"_s);
    m_placeholders->setToolTip(tr("Double-click to insert it into the text"));
    m_preview->setObjectName(u"textPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    for (QLabel *label : {m_origin, m_length, m_unknown}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_length->setObjectName(u"smsLength"_s);
    m_unknown->setObjectName(u"unknownPlaceholders"_s);
    m_restore->setObjectName(u"restoreDefaultText"_s);
    m_save->setObjectName(u"saveText"_s);
    // Return in the subject is not a click: saving is a choice.
    m_restore->setAutoDefault(false);
    m_save->setAutoDefault(false);

    auto *selectors = new QHBoxLayout;
    selectors->addWidget(new QLabel(tr("Sent by:"), this));
    selectors->addWidget(m_medium);
    selectors->addSpacing(12);
    selectors->addWidget(new QLabel(tr("Language:"), this));
    selectors->addWidget(m_language);
    selectors->addSpacing(12);
    selectors->addWidget(m_origin, 1);
    auto *placeholders = new QVBoxLayout;
    placeholders->addWidget(new QLabel(tr("Placeholders:"), this));
    placeholders->addWidget(m_placeholders);
    auto *body = new QHBoxLayout;
    body->addWidget(m_body, 3);
    body->addLayout(placeholders, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Text:"), body);
    form->addRow(tr("Preview:"), m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(selectors);
    layout->addLayout(form);
    layout->addWidget(m_length);
    layout->addWidget(m_unknown);
    layout->addLayout(buttons);

    connect(m_medium, &QComboBox::currentIndexChanged, this, &ReminderTextEditor::selectorsChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReminderTextEditor::selectorsChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &ReminderTextEditor::fieldsEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ReminderTextEditor::fieldsEdited);
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_editable || !item)
            return;
        m_body->insertPlainText(item->data(Qt::UserRole).toString());
        m_body->setFocus();
    });
    connect(m_restore, &QPushButton::clicked, this, &ReminderTextEditor::restoreDefault);
    connect(m_save, &QPushButton::clicked, this, &ReminderTextEditor::save);
}

void ReminderTextEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    if (!m_drafts.isEmpty())
        updateState();
}

void ReminderTextEditor::showText(const QString &medium, Language language)
{
    const QSignalBlocker mediumBlocker(m_medium);
    const QSignalBlocker languageBlocker(m_language);
    m_medium->setCurrentIndex(std::max(0, m_medium->findData(medium)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(toKey(language))));
    selectorsChanged();
}

QString ReminderTextEditor::medium() const
{
    return m_medium->currentData().toString();
}

Language ReminderTextEditor::language() const
{
    return languageFromKey(m_language->currentData().toString());
}

QString ReminderTextEditor::body() const
{
    return bodyText(*m_body);
}

bool ReminderTextEditor::hasUnsavedChanges() const
{
    return std::any_of(m_drafts.cbegin(), m_drafts.cend(),
                       [](const Draft &draft) { return draft.modified(); });
}

QString ReminderTextEditor::key(const QString &medium, const QString &language)
{
    return medium + u'/' + language;
}

ReminderTextEditor::Draft &ReminderTextEditor::draft(const QString &medium, Language language)
{
    const QString name = key(medium, toKey(language));
    auto found = m_drafts.find(name);
    if (found == m_drafts.end()) {
        Draft fresh;
        try {
            fresh.stored = Reminders(m_session.store()).text(medium, language);
        } catch (const StoreError &error) {
            Q_EMIT errorOccurred(error.message());
            fresh.stored = ReminderTexts::defaults(medium, language);
        }
        fresh.subject = fresh.stored.subject;
        fresh.body = fresh.stored.body;
        found = m_drafts.insert(name, fresh);
    }
    return *found;
}

void ReminderTextEditor::selectorsChanged()
{
    // What stands for what, in the language of the text (filled again only when it changes: a
    // reload must not lose the line chosen in the list).
    if (m_placeholderLanguage != language()) {
        m_placeholderLanguage = language();
        m_placeholders->clear();
        for (const auto &[name, meaning] : ReminderTexts::placeholders(language())) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(name, meaning), m_placeholders);
            item->setData(Qt::UserRole, name);
        }
    }
    const bool email = medium() == u"email";
    m_subject->setEnabled(email);
    m_length->setVisible(!email);
    showDraft();
}

void ReminderTextEditor::showDraft()
{
    const Draft &shown = draft(medium(), language());
    m_showing = true;
    if (m_subject->text() != shown.subject)
        m_subject->setText(shown.subject);
    if (bodyText(*m_body) != shown.body)
        m_body->setPlainText(shown.body);
    m_showing = false;
    updatePreview();
    updateState();
}

void ReminderTextEditor::fieldsEdited()
{
    if (m_showing)
        return;
    Draft &edited = draft(medium(), language());
    edited.subject = medium() == u"email" ? m_subject->text() : QString();
    edited.body = bodyText(*m_body);
    updatePreview();
    updateState();
}

void ReminderTextEditor::updatePreview()
{
    const ReminderValues values = sampleValues(language());
    const QString body = ReminderTexts::render(bodyText(*m_body), values);
    if (medium() == u"email") {
        const QString subject = ReminderTexts::render(m_subject->text(), values);
        m_preview->setPlainText(tr("Subject: %1").arg(subject) + u"\n\n"_s + body);
    } else {
        m_preview->setPlainText(body);
        const SmsLength length = SmsLength::of(body);
        if (!length.unicode) {
            m_length->setText(tr("%1 characters with these sample values: about %n SMS.", "", length.messages)
                                      .arg(length.characters));
        } else {
            QStringList shown;
            for (const char32_t c : length.outside)
                shown << shownCharacter(c);
            m_length->setText(
                    tr("%1 characters with these sample values: about %n SMS. These characters are "
                       "not in the SMS alphabet, so one SMS holds 70 characters instead of 160: %2.",
                       "", length.messages)
                            .arg(length.characters)
                            .arg(shown.join(u", "_s)));
        }
    }
    // A brace that stands for nothing is sent as typed: say so before it is.
    static const QRegularExpression braces(u"\\{[^{}\\s]*\\}"_s);
    QStringList known;
    for (const auto &placeholder : ReminderTexts::placeholders(language()))
        known << placeholder.first;
    QStringList unknown;
    for (const QString &text : {m_subject->text(), bodyText(*m_body)}) {
        for (const QRegularExpressionMatch &match : braces.globalMatch(text)) {
            if (!known.contains(match.captured()) && !unknown.contains(match.captured()))
                unknown << match.captured();
        }
    }
    m_unknown->setText(unknown.isEmpty()
                               ? QString()
                               : tr("Not a placeholder, sent as typed: %1").arg(unknown.join(u", "_s)));
    m_unknown->setVisible(!unknown.isEmpty());
}

void ReminderTextEditor::updateState()
{
    const Draft &shown = draft(medium(), language());
    const ReminderTemplate fallback = ReminderTexts::defaults(medium(), language());
    const bool isDefault = shown.subject == fallback.subject && shown.body == fallback.body;
    QString origin = isDefault ? tr("The default text.") : tr("The centre's own text.");
    if (shown.modified())
        origin += u' ' + tr("Changed, not saved yet.");
    m_origin->setText(origin);
    m_restore->setEnabled(m_editable && !isDefault);
    m_save->setEnabled(m_editable && shown.modified());
}

void ReminderTextEditor::restoreDefault()
{
    if (!m_editable)
        return;
    const ReminderTemplate fallback = ReminderTexts::defaults(medium(), language());
    Draft &shown = draft(medium(), language());
    shown.subject = fallback.subject;
    shown.body = fallback.body;
    showDraft();
}

bool ReminderTextEditor::save()
{
    const bool saved = saveDraft(draft(medium(), language()));
    showDraft();
    return saved;
}

bool ReminderTextEditor::saveAll()
{
    bool all = true;
    for (Draft &each : m_drafts) {
        if (each.modified() && !saveDraft(each))
            all = false;
    }
    showDraft();
    return all;
}

bool ReminderTextEditor::saveDraft(Draft &draft)
{
    if (!m_editable)
        return false;
    const QString medium = draft.stored.medium;
    const Language language = languageFromKey(draft.stored.language);
    if (draft.body.trimmed().isEmpty()) {
        Q_EMIT errorOccurred(tr("The text is empty: type one, or restore the default."));
        return false;
    }
    if (medium == u"email" && draft.subject.trimmed().isEmpty()) {
        Q_EMIT errorOccurred(tr("An e-mail needs a subject."));
        return false;
    }
    ReminderTemplate text = draft.stored;
    text.subject = draft.subject;
    text.body = draft.body;
    // Left as the default: stored as "the default", which follows the software's own.
    const ReminderTemplate fallback = ReminderTexts::defaults(medium, language);
    if (text.subject == fallback.subject && text.body == fallback.body) {
        text.subject.clear();
        text.body.clear();
    }
    try {
        Reminders reminders(m_session.store());
        reminders.saveText(text, m_session.actor());
        draft.stored = reminders.text(medium, language);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::VersionConflict) {
            // The typed text stays; the next Save replaces the other one knowingly.
            try {
                draft.stored.version = Reminders(m_session.store()).text(medium, language).version;
            } catch (const StoreError &) {
                // The message below is enough; Save again tries again.
            }
            Q_EMIT errorOccurred(tr("Someone else saved this text meanwhile. Save again to replace it with "
                                    "yours."));
        } else {
            Q_EMIT errorOccurred(error.message());
        }
        return false;
    }
    draft.subject = draft.stored.subject;
    draft.body = draft.stored.body;
    Q_EMIT textSaved(medium, toKey(language));
    return true;
}

void ReminderTextEditor::reload()
{
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        if (it->modified())
            ++it;
        else
            it = m_drafts.erase(it);
    }
    selectorsChanged();
}

ReminderValues ReminderTextEditor::sampleValues(Language language) const
{
    const Wording say(language);
    ReminderValues values;
    values.patient = u"Marie DUPONT"_s;
    values.date = say.date(m_session.today().addDays(2));
    values.time = say.time(QTime(10, 15));
    values.practitioner = u"Dr Jeanne Fournier"_s;
    values.type = say(u"Consultation"_s, u"Consultation"_s);
    // The centre's first practitioner and type, so the length of an SMS is about right.
    for (const AgendaEntry &entry : m_session.directory().agendas()) {
        if (entry.practitioner && !entry.types.empty()) {
            values.practitioner = entry.practitioner->fullName();
            values.type = entry.types.front().label;
            break;
        }
    }
    const Centre &centre = m_session.centre();
    values.centre = centre.name;
    values.address = QString(centre.address).replace(u'\n', u", "_s);
    values.phone = centre.phone;
    return values;
}

} // namespace Accueil
