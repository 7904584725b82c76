#include "figuresdialog.h"

#include "appointmenttext.h"
#include "desksession.h"
#include "errorlabel.h"
#include "figures/figurescsv.h"
#include "figurescharts.h"
#include "figurestablemodel.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int practitionerIdRole = Qt::UserRole;

// Counting a year of appointments takes a moment on a large store.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

QTableView *figuresView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QChartView *chartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace

FiguresDialog::FiguresDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new FiguresTableModel(this))
    , m_channelModel(new ChannelFiguresModel(this))
{
    setObjectName(u"figuresDialog"_s);
    setWindowTitle(tr("Figures — %1").arg(session.centre().name));
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, &FiguresDialog::reload);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_error = new ErrorLabel(this);
    m_table = figuresView(m_model, this);
    m_table->setObjectName(u"figuresTable"_s);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(buildCharts());
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(buildPractitionerPanel());
    body->addWidget(right);
    body->setStretchFactor(1, 1);
    body->setSizes({220, 1040});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPeriodBar());
    layout->addWidget(m_summary);
    layout->addWidget(body, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1280, 860);

    loadPractitioners();
    showMonth(session.today());
}

QWidget *FiguresDialog::buildPeriodBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_previous = new QPushButton(tr("◀ &Previous month"), bar);
    auto *current = new QPushButton(tr("This &month"), bar);
    m_next = new QPushButton(tr("&Next month ▶"), bar);
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"ddd d MMM yyyy"_s); // the weekday is always written with the date
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_reloadTimer.start(); });
    }
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) { m_to->setMinimumDate(from); });
    auto *refresh = new QPushButton(tr("&Refresh"), bar);
    m_export = new QPushButton(tr("&Export CSV…"), bar);
    m_export->setToolTip(tr("The table as a file for a spreadsheet (Excel, LibreOffice)"));
    // Return in a date field reads the figures; it never changes the month or closes the window.
    for (QPushButton *button : {m_previous, current, m_next, m_export})
        button->setAutoDefault(false);
    refresh->setDefault(true);
    row->addWidget(m_previous);
    row->addWidget(current);
    row->addWidget(m_next);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("From"), bar));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addStretch(1);
    row->addWidget(refresh);
    row->addWidget(m_export);

    connect(m_previous, &QPushButton::clicked, this, [this] { showMonth(from().addMonths(-1)); });
    connect(current, &QPushButton::clicked, this, [this] { showMonth(m_session.today()); });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(from().addMonths(1)); });
    connect(refresh, &QPushButton::clicked, this, &FiguresDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &FiguresDialog::exportWithDialog);
    return bar;
}

QWidget *FiguresDialog::buildPractitionerPanel()
{
    auto *box = new QGroupBox(tr("Practitioners"), this);
    m_practitioners = new QListWidget(box);
    m_practitioners->setObjectName(u"practitionerFilter"_s);
    auto *all = new QPushButton(tr("All"), box);
    auto *none = new QPushButton(tr("None"), box);
    all->setAutoDefault(false);
    none->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_practitioners, 1);
    layout->addLayout(buttons);
    connect(m_practitioners, &QListWidget::itemChanged, this, [this] { m_reloadTimer.start(); });
    connect(all, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    return box;
}

QTabWidget *FiguresDialog::buildCharts()
{
    auto *tabs = new QTabWidget(this);
    m_channelChart = new QChart;
    m_channelChart->setObjectName(u"channelChart"_s);
    // One bar per practitioner: thirty of them need more height than the tab has.
    auto *scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    m_channelView = chartView(m_channelChart, scroll);
    scroll->setWidget(m_channelView);
    tabs->addTab(scroll, tr("By booking channel"));
    m_shareChart = new QChart;
    m_shareChart->setObjectName(u"onlineShareChart"_s);
    tabs->addTab(chartView(m_shareChart, tabs), tr("Online share by month"));
    m_channelTable = figuresView(m_channelModel, tabs);
    tabs->addTab(m_channelTable, tr("No-shows by channel"));
    return tabs;
}

void FiguresDialog::loadPractitioners()
{
    const QSignalBlocker blocker(m_practitioners);
    m_practitioners->clear();
    try {
        for (const Practitioner &practitioner : CentreFigures(m_session.store()).practitioners()) {
            auto *item = new QListWidgetItem(practitioner.fullName(), m_practitioners);
            item->setData(practitionerIdRole, practitioner.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    } catch (const StoreError &error) {
        m_error->showError(error.message());
    }
}

QDate FiguresDialog::from() const
{
    return m_from->date();
}

QDate FiguresDialog::to() const
{
    return m_to->date();
}

void FiguresDialog::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_to->setMinimumDate(from);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

void FiguresDialog::showMonth(const QDate &anyDayOfIt)
{
    const QDate first(anyDayOfIt.year(), anyDayOfIt.month(), 1);
    setPeriod(first, first.addMonths(1).addDays(-1));
}

void FiguresDialog::setPractitioners(const QList<qint64> &practitionerIds)
{
    {
        const QSignalBlocker blocker(m_practitioners);
        for (int i = 0; i < m_practitioners->count(); ++i) {
            QListWidgetItem *item = m_practitioners->item(i);
            const bool ticked = practitionerIds.isEmpty()
                                || practitionerIds.contains(item->data(practitionerIdRole).toLongLong());
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
    reload();
}

void FiguresDialog::setAllTicked(bool ticked)
{
    {
        const QSignalBlocker blocker(m_practitioners);
        for (int i = 0; i < m_practitioners->count(); ++i)
            m_practitioners->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    reload();
}

QList<qint64> FiguresDialog::practitionerFilter() const
{
    QList<qint64> ticked;
    for (int i = 0; i < m_practitioners->count(); ++i) {
        const QListWidgetItem *item = m_practitioners->item(i);
        if (item->checkState() == Qt::Checked)
            ticked << item->data(practitionerIdRole).toLongLong();
    }
    return ticked.size() == m_practitioners->count() ? QList<qint64>() : ticked;
}

bool FiguresDialog::anyTicked() const
{
    for (int i = 0; i < m_practitioners->count(); ++i) {
        if (m_practitioners->item(i)->checkState() == Qt::Checked)
            return true;
    }
    return m_practitioners->count() == 0;
}

const FiguresReport &FiguresDialog::report() const
{
    return m_model->report();
}

void FiguresDialog::reload()
{
    m_reloadTimer.stop();
    if (!anyTicked()) {
        m_error->showError(tr("Tick at least one practitioner to see their figures."));
        return;
    }
    const QList<qint64> practitioners = practitionerFilter();
    try {
        const WaitCursor waiting;
        CentreFigures figures(m_session.store());
        FiguresReport report = figures.report(from(), to(), practitioners);
        // The year that ends with the period's last month.
        const QDate lastMonth(to().year(), to().month(), 1);
        m_months = figures.series(lastMonth.addMonths(-11), to(), CentreFigures::Step::Month, practitioners);
        m_model->setReport(report);
        m_channelModel->setFigures(report.total.byChannel);
        FiguresCharts::showChannels(*m_channelChart, report);
        FiguresCharts::showOnlineShare(*m_shareChart, m_months);
        // Thirty bars stay readable: the chart grows and the tab scrolls.
        const int bars = int(report.practitioners.size()) + 1;
        m_channelView->setMinimumHeight(160 + 26 * bars);
        const QString now = AppointmentText::dateTime(report.computedAt, m_session.zone());
        m_summary->setText(tr("From %1 to %2. No-shows are counted among the appointments that have "
                              "started (as of %3); internet and urgent slots over the whole period, as "
                              "booked so far.")
                                   .arg(AppointmentText::longDate(report.from),
                                        AppointmentText::longDate(report.to), now));
        m_notice->hide();
        m_error->clearError();
    } catch (const StoreError &error) {
        m_error->showError(error.message()); // the last figures stay on screen
    }
}

std::optional<QString> FiguresDialog::exportCsv(const QString &path) const
{
    return FiguresCsv::write(report(), QLocale(), path);
}

void FiguresDialog::exportWithDialog()
{
    const QString name = tr("figures %1 %2.csv", "file name: the period's first and last days")
                                 .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the figures"),
                                                      QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const std::optional<QString> error = exportCsv(path)) {
        m_error->showError(*error);
        QMessageBox::warning(this, tr("Export the figures"), *error);
        return;
    }
    m_error->clearError();
    m_notice->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    m_notice->show();
}

} // namespace Accueil
