#include "patientfinderdialog.h"

#include "desksession.h"
#include "listview.h"
#include "patientsearchmodel.h"
#include "store/storeerror.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

PatientFinderDialog::PatientFinderDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_model(new PatientSearchModel(session, this))
{
    setWindowTitle(tr("Find a patient"));
    m_search->setPlaceholderText(tr("Name, phone or birth date (dd/mm/yyyy)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_view->setModel(m_model);
    setUpListView(m_view, PatientSearchModel::Name);
    m_hint->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(560, 420);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &PatientFinderDialog::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { pick(index.row()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_debounce.stop();
        runSearch();
        pick(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_hint->setText(tr("Type the first letters of the name."));
}

void PatientFinderDialog::runSearch()
{
    if (m_search->text().trimmed() == m_model->query().trimmed() && m_model->rowCount() > 0)
        return;
    try {
        m_model->setQuery(m_search->text());
    } catch (const StoreError &error) {
        m_hint->setText(error.message());
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (m_search->text().trimmed().isEmpty())
        m_hint->setText(tr("Type the first letters of the name."));
    else if (m_model->rowCount() == 0)
        m_hint->setText(tr("Nobody found: check the spelling, or try the phone number."));
    else if (m_model->rowCount() >= PatientSearchModel::resultLimit)
        m_hint->setText(tr("Many patients match: type a little more."));
    else
        m_hint->setText(m_model->rowCount() == 1 ? tr("1 patient found.")
                                                 : tr("%1 patients found.").arg(m_model->rowCount()));
}

void PatientFinderDialog::pick(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_patientId = m_model->patientAt(row).id;
    accept();
}

bool PatientFinderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            m_debounce.stop();
            runSearch();
            const int rows = m_model->rowCount();
            if (rows > 0) {
                const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
                const int next = std::clamp(current + (key == Qt::Key_Down ? 1 : -1), 0, rows - 1);
                m_view->setCurrentIndex(m_model->index(next, 0));
            }
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_debounce.stop();
            runSearch();
            pick(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Accueil
