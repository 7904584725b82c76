#include "mainwindow.h"

#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <unordered_map>

namespace Accueil {

namespace {

QString statusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return MainWindow::tr("Booked");
    case AppointmentStatus::Arrived:
        return MainWindow::tr("Arrived");
    case AppointmentStatus::InConsultation:
        return MainWindow::tr("In consultation");
    case AppointmentStatus::Done:
        return MainWindow::tr("Done");
    case AppointmentStatus::NoShow:
        return MainWindow::tr("No-show");
    case AppointmentStatus::Cancelled:
        return MainWindow::tr("Cancelled");
    }
    return {};
}

QString channelText(Channel channel)
{
    switch (channel) {
    case Channel::Desk:
        return MainWindow::tr("Desk");
    case Channel::Web:
        return MainWindow::tr("Web");
    case Channel::Practitioner:
        return MainWindow::tr("Practitioner");
    case Channel::System:
        return MainWindow::tr("System");
    }
    return {};
}

// Patient text is always plain text: QTableWidgetItem never interprets markup.
QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_dayLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    const std::optional<Centre> centre = m_store.centre();
    setWindowTitle(tr("Accueil — %1").arg(centre ? centre->name : tr("no centre")));

    auto *previous = new QPushButton(tr("◀ Previous day"), this);
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(tr("Next day ▶"), this);
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_dayLabel->setFont(big);
    m_dayLabel->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(16);
    bar->addWidget(m_dayLabel, 1);

    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Agenda"), tr("Patient"), tr("Type"), tr("Reason"),
                                        tr("Status"), tr("Booked via")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    setCentralWidget(central);
    resize(1200, 800);

    connect(previous, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        const QTimeZone zone(m_store.centre().value_or(Centre{}).timeZone.toUtf8());
        showDay(m_store.clock().now().toTimeZone(zone).date());
    });
    today->click();
}

void MainWindow::showDay(const QDate &day)
{
    m_day = day;
    // The weekday is always written with the date: wrong-day bookings are a known plague.
    m_dayLabel->setText(locale().toString(day, QLocale::LongFormat));
    try {
        const Centre centre = m_store.centre().value_or(Centre{});
        const QTimeZone zone(centre.timeZone.toUtf8());
        std::unordered_map<qint64, QString> agendaNames;
        QList<qint64> agendaIds;
        for (const Agenda &agenda :
             m_store.select<Agenda>(QStringLiteral("active = ?"), {true}, QStringLiteral("sort_order, id"))) {
            agendaIds << agenda.id;
            agendaNames[agenda.id] = agenda.name;
        }
        const QDateTime from(day, QTime(0, 0), zone);
        const QDateTime to(day.addDays(1), QTime(0, 0), zone);
        std::vector<AppointmentRow> rows = m_store.appointmentsBetween(agendaIds, from, to);
        std::stable_sort(rows.begin(), rows.end(), [](const AppointmentRow &a, const AppointmentRow &b) {
            return a.appointment.start < b.appointment.start;
        });
        m_table->setRowCount(int(rows.size()));
        int r = 0;
        for (const AppointmentRow &row : rows) {
            const Appointment &a = row.appointment;
            m_table->setItem(r, 0, item(a.start.toTimeZone(zone).toString(QStringLiteral("HH:mm"))));
            m_table->setItem(r, 1, item(agendaNames[a.agendaId]));
            m_table->setItem(r, 2, item(row.patientName));
            m_table->setItem(r, 3, item(row.typeLabel));
            m_table->setItem(r, 4, item(a.reason));
            m_table->setItem(r, 5, item(statusText(a.status)));
            m_table->setItem(r, 6, item(channelText(a.channel)));
            ++r;
        }
        statusBar()->showMessage(tr("%n appointment(s)", nullptr, int(rows.size())));
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Cannot read the agenda"), error.message());
    }
}

} // namespace Accueil
