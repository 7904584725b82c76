#include "calendarfeeddialog.h"

#include "appointmenttext.h"
#include "desk/calendarfeeds.h"
#include "desksession.h"
#include "errorlabel.h"
#include "plainlabel.h"
#include "store/store.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

const QString baseKey = u"calendarFeeds/baseUrl"_s;

QSettings settings()
{
    return QSettings(u"Accueil"_s, u"accueil"_s);
}

} // namespace

CalendarFeedDialog::CalendarFeedDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_practitioner(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_showPatients(new QCheckBox(tr("Show patients' names and reasons"), this))
    , m_base(new QLineEdit(this))
    , m_addressRow(new QWidget(this))
    , m_url(new QLineEdit(m_addressRow))
    , m_copy(new QPushButton(tr("Copy"), m_addressRow))
    , m_create(new QPushButton(this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("My calendar on my phone"));
    m_practitioner->setObjectName(u"practitioner"_s);
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_showPatients->setObjectName(u"showPatients"_s);
    m_base->setObjectName(u"baseUrl"_s);
    m_base->setPlaceholderText(tr("https://rdv.example.org"));
    m_base->setText(settings().value(baseKey).toString());
    m_url->setObjectName(u"address"_s);
    m_url->setReadOnly(true);
    m_copy->setObjectName(u"copyAddress"_s);
    m_create->setObjectName(u"createAddress"_s);
    m_revoke->setObjectName(u"revokeAddress"_s);

    // Shown right after an address is made, with what to do with it.
    auto *addressLayout = new QVBoxLayout(m_addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(plainTextLabel(
            tr("Copy this address into your phone's calendar now: it is shown only once."), m_addressRow));
    auto *urlLayout = new QHBoxLayout;
    urlLayout->addWidget(m_url, 1);
    urlLayout->addWidget(m_copy);
    addressLayout->addLayout(urlLayout);
    auto *form = new QFormLayout;
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Booking page address:"), m_base);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_revoke);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
            plainTextLabel(tr("Your phone's calendar can subscribe to your appointments through a private "
                              "address. Whoever has the address can read it: keep it to yourself, and make "
                              "a new one if it may have leaked."),
                           this));
    layout->addLayout(form);
    layout->addWidget(
            plainTextLabel(tr("The desk cannot know the address patients use for the booking page: type it "
                              "once above, this computer remembers it."),
                           this));
    layout->addWidget(m_status);
    layout->addWidget(m_showPatients);
    layout->addWidget(
            plainTextLabel(tr("Phone calendars copy their events to their maker's cloud: with names, patient "
                              "details leave the centre."),
                           this));
    layout->addLayout(actions);
    layout->addWidget(m_addressRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_addressRow->hide();

    // Return in the address field only takes the address: it must never make a new calendar
    // address (revoking the one the phone uses) nor close the dialog before it is copied.
    for (QPushButton *button : {m_create, m_revoke, m_copy, buttons->button(QDialogButtonBox::Close)}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CalendarFeedDialog::createAddress);
    connect(m_revoke, &QPushButton::clicked, this, &CalendarFeedDialog::revokeAddress);
    connect(m_showPatients, &QCheckBox::toggled, this, &CalendarFeedDialog::showPatientsToggled);
    connect(m_base, &QLineEdit::editingFinished, this, &CalendarFeedDialog::baseEdited);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        m_token.clear(); // another practitioner's address is never shown
        m_error->clearError();
        reload();
    });

    fillPractitioners();
    reload();
}

bool CalendarFeedDialog::isAvailableTo(const StaffUser &user)
{
    return user.active && (user.practitionerId || user.role == Role::Admin || user.role == Role::Coordinator);
}

qint64 CalendarFeedDialog::practitionerId() const
{
    return m_practitioner->currentData().toLongLong();
}

void CalendarFeedDialog::setPractitionerId(qint64 practitionerId)
{
    const int index = m_practitioner->findData(practitionerId);
    if (index >= 0)
        m_practitioner->setCurrentIndex(index);
}

void CalendarFeedDialog::fillPractitioners()
{
    const StaffUser &user = m_session.user();
    const QSignalBlocker blocker(m_practitioner);
    // Practitioners with an agenda, in the desk's order; the user's own first.
    QList<qint64> seen;
    for (const AgendaEntry &entry : m_session.directory().agendas()) {
        if (!entry.practitioner || seen.contains(entry.practitioner->id)
            || !CalendarFeeds::mayManage(user, entry.practitioner->id))
            continue;
        seen << entry.practitioner->id;
        m_practitioner->addItem(entry.practitioner->fullName(), entry.practitioner->id);
    }
    if (user.practitionerId && CalendarFeeds::mayManage(user, *user.practitionerId)) {
        const int own = m_practitioner->findData(*user.practitionerId);
        if (own > 0)
            m_practitioner->removeItem(own);
        if (own != 0) {
            const Practitioner *practitioner = m_session.directory().practitioner(*user.practitionerId);
            m_practitioner->insertItem(0, practitioner ? practitioner->fullName() : user.displayName,
                                       *user.practitionerId);
        }
        m_practitioner->setCurrentIndex(0);
    }
    // A practitioner sees their own name; only those who may choose get a list.
    m_practitioner->setEnabled(m_practitioner->count() > 1);
}

void CalendarFeedDialog::reload()
{
    const qint64 practitioner = practitionerId();
    m_feed.reset();
    const auto disable = [this](const QString &why) {
        m_status->setText(why);
        m_create->setText(tr("Create address"));
        m_create->setEnabled(false);
        m_revoke->setEnabled(false);
        m_showPatients->setEnabled(false);
        showAddress();
    };
    if (practitioner == 0) {
        disable(tr("Only practitioners, the coordinator and administrators have calendar addresses."));
        return;
    }
    try {
        m_feed = CalendarFeeds(m_session.store()).activeFor(practitioner);
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        disable(tr("Whether an address is active cannot be read right now."));
        return;
    }
    if (m_feed) {
        const StaffUser *creator
                = m_feed->createdBy ? m_session.directory().staffUser(*m_feed->createdBy) : nullptr;
        const QString day = AppointmentText::longDate(m_session.local(m_feed->createdAt).date());
        m_status->setText(creator ? tr("An address is active, made on %1 by %2.").arg(day, creator->initials)
                                  : tr("An address is active, made on %1.").arg(day));
        m_create->setText(tr("New address (revokes the old one)"));
    } else {
        m_status->setText(tr("No address is active: no phone can read this calendar."));
        m_create->setText(tr("Create address"));
    }
    m_create->setEnabled(true);
    m_revoke->setEnabled(m_feed.has_value());
    m_showPatients->setEnabled(true);
    {
        // Without a live address the box is the choice for the next one; with one, its setting.
        const QSignalBlocker blocker(m_showPatients);
        if (m_feed)
            m_showPatients->setChecked(m_feed->showPatients);
    }
    showAddress();
}

void CalendarFeedDialog::createAddress()
{
    m_error->clearError();
    try {
        const IssuedCalendarFeed issued
                = CalendarFeeds(m_session.store())
                          .create(practitionerId(), m_showPatients->isChecked(), m_session.actor());
        m_token = issued.token;
        m_tokenFeedId = issued.feed.id;
    } catch (const StoreError &error) {
        m_token.clear();
        m_error->showError(error.message());
    }
    reload();
}

void CalendarFeedDialog::revokeAddress()
{
    if (!m_feed)
        return;
    m_error->clearError();
    try {
        CalendarFeeds(m_session.store()).revoke(m_feed->id, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
    }
    m_token.clear();
    reload();
}

void CalendarFeedDialog::showPatientsToggled(bool show)
{
    if (!m_feed)
        return; // the choice for the address to be made
    m_error->clearError();
    try {
        m_feed = CalendarFeeds(m_session.store())
                         .setShowPatients(m_feed->id, m_feed->version, show, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        reload(); // the box shows what is stored again
    }
}

void CalendarFeedDialog::baseEdited()
{
    QString base = m_base->text().trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base != m_base->text())
        m_base->setText(base);
    QSettings stored = settings();
    stored.setValue(baseKey, base);
    showAddress();
}

void CalendarFeedDialog::showAddress()
{
    // The token belongs to the live address it was made for; a revocation elsewhere hides it.
    if (m_token.isEmpty() || !m_feed || m_feed->id != m_tokenFeedId) {
        m_url->clear();
        m_addressRow->hide();
        return;
    }
    QString base = m_base->text().trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    m_url->setText(base + CalendarFeeds::path(m_token));
    m_addressRow->show();
}

} // namespace Accueil
