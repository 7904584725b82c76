#include "messagecomposer.h"

#include "desksession.h"
#include "errorlabel.h"
#include "messagelistmodel.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

struct Recipient
{
    QString label;
    qint64 staffId = 0;
    QString group;
};

} // namespace

MessageComposer::MessageComposer(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_recipient(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_urgent(new QCheckBox(tr("Urgent"), this))
    , m_canned(new QComboBox(this))
    , m_cannedName(new QLineEdit(this))
    , m_saveCanned(new QPushButton(tr("Save as canned reply"), this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_about(new QLabel(this))
    , m_unlink(new QToolButton(this))
    , m_error(new ErrorLabel(this))
{
    m_recipient->setObjectName(u"recipient"_s);
    m_recipient->setToolTip(tr("To a colleague or to a group"));
    m_recipient->setMinimumContentsLength(18);
    m_recipient->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setPlaceholderText(tr("Subject"));
    m_subject->setMaxLength(200);
    m_body->setPlaceholderText(tr("Message (Ctrl+Return sends)"));
    m_body->setTabChangesFocus(true);
    m_urgent->setToolTip(tr("Urgent messages notify even a practitioner who set \"Do not disturb\""));
    m_canned->setToolTip(tr("Insert a canned reply into the text"));
    m_cannedName->setPlaceholderText(tr("Name of the canned reply"));
    m_cannedName->setMaxLength(80);
    m_saveCanned->setToolTip(tr("Keep this text as a canned reply for the whole secretariat"));
    m_about->setTextFormat(Qt::PlainText);
    m_about->setWordWrap(true);
    m_unlink->setText(u"✕"_s);
    m_unlink->setAutoRaise(true);
    m_unlink->setToolTip(tr("Not about this any more"));
    m_send->setToolTip(tr("Send (Ctrl+Return)"));
    m_send->setAutoDefault(false);
    m_about->hide();
    m_unlink->hide();
    // The secretariat keeps the canned replies; everyone may use them.
    const bool secretariat = session.user().role != Role::Practitioner;
    m_cannedName->setVisible(secretariat);
    m_saveCanned->setVisible(secretariat);

    auto *toRow = new QHBoxLayout;
    auto *toLabel = new QLabel(tr("To"), this);
    toLabel->setTextFormat(Qt::PlainText);
    toRow->addWidget(toLabel);
    toRow->addWidget(m_recipient, 1);
    toRow->addWidget(m_urgent);
    auto *aboutRow = new QHBoxLayout;
    aboutRow->addWidget(m_about, 1);
    aboutRow->addWidget(m_unlink);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_canned, 1);
    actions->addWidget(m_cannedName, 1);
    actions->addWidget(m_saveCanned);
    actions->addStretch();
    actions->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toRow);
    layout->addWidget(m_subject);
    layout->addLayout(aboutRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &MessageComposer::send);
    }
    connect(m_send, &QPushButton::clicked, this, &MessageComposer::send);
    connect(m_saveCanned, &QPushButton::clicked, this, &MessageComposer::saveCannedReply);
    connect(m_unlink, &QToolButton::clicked, this, &MessageComposer::clearLink);
    connect(m_canned, &QComboBox::currentIndexChanged, this, &MessageComposer::insertCannedReply);
    reload();
}

QString MessageComposer::errorText() const
{
    return m_error->message();
}

void MessageComposer::reload()
{
    fillRecipients();
    fillCannedReplies();
}

void MessageComposer::fillRecipients()
{
    std::vector<Recipient> recipients;
    for (const StaffUser &user : m_session.directory().staff()) {
        if (user.id != m_session.user().id)
            recipients.push_back({u"%1 (%2)"_s.arg(user.displayName, user.initials), user.id, {}});
    }
    const auto staffCount = recipients.size();
    QStringList groups{Messaging::secretariat, Messaging::practitioners};
    groups << m_session.directory().professions();
    groups << Messaging::everyone;
    for (const QString &group : std::as_const(groups))
        recipients.push_back({Messaging::groupName(group), 0, group});

    QStringList keys;
    for (const Recipient &r : recipients)
        keys << r.label + u'\t' + QString::number(r.staffId) + u'\t' + r.group;
    if (keys == m_recipientKeys)
        return; // nothing moved: leave the list (and an open popup) alone
    m_recipientKeys = keys;

    const QVariant staffId = m_recipient->currentData(StaffIdRole);
    const QVariant group = m_recipient->currentData(GroupRole);
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    m_recipient->addItem(tr("Choose…"));
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        if (i == staffCount && staffCount > 0)
            m_recipient->insertSeparator(m_recipient->count());
        const int at = m_recipient->count();
        m_recipient->addItem(recipients[i].label);
        if (recipients[i].staffId != 0) {
            m_recipient->setItemData(at, recipients[i].staffId, StaffIdRole);
        } else {
            m_recipient->setItemData(at, recipients[i].group, GroupRole);
        }
    }
    if (staffId.isValid()) {
        setRecipientStaff(staffId.toLongLong());
    } else if (group.isValid()) {
        setRecipientGroup(group.toString());
    }
}

void MessageComposer::fillCannedReplies()
{
    try {
        m_replies = m_session.messaging().cannedReplies();
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return;
    }
    const QSignalBlocker blocker(m_canned);
    m_canned->clear();
    m_canned->addItem(m_replies.empty() ? tr("No canned reply yet") : tr("Canned reply…"));
    for (const CannedReply &reply : m_replies)
        m_canned->addItem(reply.label);
    m_canned->setEnabled(!m_replies.empty());
}

void MessageComposer::insertCannedReply(int index)
{
    if (index <= 0 || std::size_t(index) > m_replies.size())
        return;
    m_body->insertPlainText(m_replies[std::size_t(index - 1)].body);
    m_body->setFocus();
    const QSignalBlocker blocker(m_canned);
    m_canned->setCurrentIndex(0); // ready to insert another
}

bool MessageComposer::setRecipientStaff(qint64 staffId)
{
    const int index = m_recipient->findData(staffId, StaffIdRole);
    if (index < 0)
        return false;
    m_recipient->setCurrentIndex(index);
    return true;
}

bool MessageComposer::setRecipientGroup(const QString &group)
{
    const int index = m_recipient->findData(group, GroupRole);
    if (index < 0)
        return false;
    m_recipient->setCurrentIndex(index);
    return true;
}

void MessageComposer::composeAbout(qint64 appointmentId, qint64 patientId, const QString &label)
{
    m_appointmentId = appointmentId != 0 ? std::optional<qint64>(appointmentId) : std::nullopt;
    m_patientId = patientId != 0 ? std::optional<qint64>(patientId) : std::nullopt;
    const bool linked = m_appointmentId || m_patientId;
    m_about->setText(linked ? tr("About: %1").arg(label) : QString());
    m_about->setVisible(linked);
    m_unlink->setVisible(linked);
}

void MessageComposer::clearLink()
{
    composeAbout(0, 0, {});
}

void MessageComposer::replyTo(const Message &message, const QString &aboutLabel)
{
    if (message.senderAccountId) {
        setRecipientGroup(Messaging::secretariat);
    } else if (message.senderStaffId && *message.senderStaffId != m_session.user().id) {
        if (!setRecipientStaff(*message.senderStaffId))
            m_recipient->setCurrentIndex(0); // a former colleague: choose someone else
    } else if (message.recipientStaffId) {
        setRecipientStaff(*message.recipientStaffId);
    } else {
        setRecipientGroup(message.recipientGroup);
    }
    const QString subject = MessageListModel::summary(message);
    const QString re = tr("Re: ");
    m_subject->setText(subject.startsWith(re) ? subject : re + subject);
    composeAbout(message.appointmentId.value_or(0), message.patientId.value_or(0), aboutLabel);
    m_error->clearError();
    m_body->setFocus();
}

bool MessageComposer::send()
{
    Message message;
    if (const QVariant staffId = m_recipient->currentData(StaffIdRole); staffId.isValid())
        message.recipientStaffId = staffId.toLongLong();
    message.recipientGroup = m_recipient->currentData(GroupRole).toString();
    message.subject = m_subject->text();
    message.body = m_body->toPlainText();
    message.urgent = m_urgent->isChecked();
    message.appointmentId = m_appointmentId;
    message.patientId = m_patientId;
    try {
        message = m_session.messaging().send(message, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return false; // what was typed stays
    }
    m_error->clearError();
    m_subject->clear();
    m_body->clear();
    m_urgent->setChecked(false);
    clearLink();
    Q_EMIT sent(message);
    m_session.notifyChanged();
    return true;
}

bool MessageComposer::saveCannedReply()
{
    CannedReply reply;
    reply.label = m_cannedName->text().simplified();
    reply.body = m_body->toPlainText();
    // The same name again replaces that reply's text.
    for (const CannedReply &existing : m_replies) {
        if (existing.label == reply.label) {
            reply.id = existing.id;
            reply.version = existing.version;
        }
    }
    try {
        m_session.messaging().saveCannedReply(reply, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        return false;
    }
    m_error->clearError();
    m_cannedName->clear();
    fillCannedReplies();
    m_session.notifyChanged();
    return true;
}

} // namespace Accueil
