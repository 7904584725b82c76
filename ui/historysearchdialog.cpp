#include "historysearchdialog.h"

#include "agenda/agendapalette.h"
#include "appointmenthistorydialog.h"
#include "desk/appointmentsearch.h"
#include "desksession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int resultLimit = 500;

} // namespace

HistorySearchDialog::HistorySearchDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_patient(new QLineEdit(this))
    , m_agenda(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&until"), this))
    , m_to(new QDateEdit(this))
    , m_type(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_bookedBy(new QComboBox(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_count(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_results(new QTableView(this))
{
    setWindowTitle(tr("Search the history"));
    resize(1100, 640);
    m_patient->setObjectName(u"historyPatient"_s);
    m_patient->setPlaceholderText(tr("name or phone"));
    m_reason->setObjectName(u"historyReason"_s);
    m_reason->setPlaceholderText(tr("words of the reason, accents ignored"));
    m_count->setObjectName(u"historyCount"_s);
    m_count->setTextFormat(Qt::PlainText);

    m_agenda->addItem(tr("All practitioners"), 0);
    for (const AgendaEntry &entry : session.directory().agendas())
        m_agenda->addItem(entry.title(), entry.agenda.id);
    m_type->addItem(tr("All types"), QString());
    QStringList labels;
    for (const AgendaEntry &entry : session.directory().agendas()) {
        for (const AppointmentType &type : entry.types) {
            if (!labels.contains(type.label))
                labels << type.label;
        }
    }
    labels.sort(Qt::CaseInsensitive);
    for (const QString &label : labels)
        m_type->addItem(label, label);
    m_status->addItem(tr("Any status"), QString());
    for (const AppointmentStatus status :
         {AppointmentStatus::Booked, AppointmentStatus::Arrived, AppointmentStatus::InConsultation,
          AppointmentStatus::Done, AppointmentStatus::NoShow, AppointmentStatus::Cancelled})
        m_status->addItem(statusName(status), toKey(status));
    m_channel->addItem(tr("Any channel"), QString());
    for (const Channel channel : {Channel::Desk, Channel::Web, Channel::Practitioner, Channel::System})
        m_channel->addItem(channelName(channel), toKey(channel));
    m_bookedBy->addItem(tr("Anyone"), 0);
    for (const StaffUser &user : session.directory().staff())
        m_bookedBy->addItem(user.initials + u" – "_s + user.displayName, user.id);

    const QDate today = session.today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setDateRange(QDate(1990, 1, 1), today.addYears(5));
        edit->setEnabled(false);
    }
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto *period = new QHBoxLayout;
    period->addWidget(m_useFrom);
    period->addWidget(m_from);
    period->addWidget(m_useTo);
    period->addWidget(m_to);
    period->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Patient:"), m_patient);
    form->addRow(tr("P&ractitioner:"), m_agenda);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("R&eason:"), m_reason);
    auto *more = new QHBoxLayout;
    more->addWidget(m_status);
    more->addWidget(m_channel);
    more->addWidget(m_bookedBy);
    more->addStretch();
    form->addRow(tr("Status, channel, booked by:"), more);

    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Practitioner"), tr("Patient"), tr("Type"),
                                        tr("Reason"), tr("Status"), tr("Channel"), tr("Booked by")});
    m_results->setObjectName(u"historyResults"_s);
    m_results->setModel(m_model);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);

    m_search->setDefault(true);
    m_history->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_history, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_count, 1);
    searchRow->addWidget(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(m_search, &QPushButton::clicked, this, &HistorySearchDialog::search);
    for (QLineEdit *field : {m_patient, m_reason})
        connect(field, &QLineEdit::returnPressed, this, &HistorySearchDialog::search);
    connect(m_history, &QPushButton::clicked, this, &HistorySearchDialog::showHistory);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = appointmentAt(index.row()))
            Q_EMIT appointmentActivated(id);
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_history->setEnabled(m_results->selectionModel()->hasSelection()); });
}

qint64 HistorySearchDialog::appointmentAt(int row) const
{
    return m_model->index(row, 0).data(idRole).toLongLong();
}

void HistorySearchDialog::search()
{
    AppointmentQuery query;
    query.patientText = m_patient->text();
    query.reasonText = m_reason->text();
    if (const qint64 agenda = m_agenda->currentData().toLongLong())
        query.agendaIds = {agenda};
    if (m_useFrom->isChecked())
        query.from = m_from->date();
    if (m_useTo->isChecked())
        query.to = m_to->date();
    query.typeLabel = m_type->currentData().toString();
    if (const QString key = m_status->currentData().toString(); !key.isEmpty())
        query.status = fromKey<AppointmentStatus>(key);
    if (const QString key = m_channel->currentData().toString(); !key.isEmpty())
        query.channel = fromKey<Channel>(key);
    if (const qint64 user = m_bookedBy->currentData().toLongLong())
        query.bookedBy = user;
    query.limit = resultLimit;

    m_model->removeRows(0, m_model->rowCount());
    m_history->setEnabled(false);
    QElapsedTimer timer;
    timer.start();
    std::vector<AppointmentRow> rows;
    try {
        rows = AppointmentSearch(m_session.store()).find(query, m_session.zone());
    } catch (const StoreError &error) {
        m_count->setText(error.message());
        return;
    }
    const QLocale locale;
    for (const AppointmentRow &row : rows) {
        const Appointment &a = row.appointment;
        const QDateTime start = m_session.local(a.start);
        const AgendaEntry *agenda = m_session.directory().agenda(a.agendaId);
        QString bookedBy = row.createdByInitials;
        if (bookedBy.isEmpty() && a.channel == Channel::Web)
            bookedBy = tr("the patient, online");
        QList<QStandardItem *> items;
        // QStandardItem shows its text as plain text: patient words stay words.
        for (const QString &text :
             {locale.toString(start.date(), u"ddd dd/MM/yyyy"_s), locale.toString(start.time(), u"HH:mm"_s),
              agenda ? agenda->title() : QString(), row.patientName, row.typeLabel, a.reason,
              statusName(a.status), channelName(a.channel), bookedBy})
            items << new QStandardItem(text);
        items[0]->setData(a.id, idRole);
        if (a.status == AppointmentStatus::Cancelled) {
            for (QStandardItem *item : items)
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        m_model->appendRow(items);
    }
    m_results->resizeColumnsToContents();
    const qint64 ms = timer.elapsed();
    if (rows.size() >= std::size_t(resultLimit))
        m_count->setText(tr("The latest %1 appointments found (%2 ms); narrow the search to see older ones.")
                                 .arg(resultLimit)
                                 .arg(ms));
    else
        m_count->setText(tr("%n appointment(s) found (%1 ms).", nullptr, int(rows.size())).arg(ms));
}

void HistorySearchDialog::showHistory()
{
    const QModelIndexList selected = m_results->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    auto *dialog = new AppointmentHistoryDialog(m_session, appointmentAt(selected.front().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Accueil
