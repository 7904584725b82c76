#include "appointmentpatientpicker.h"

#include "appointmenttext.h"
#include "desksession.h"
#include "patientform.h"
#include "patientsearchmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// Short enough not to be felt, long enough not to query on every letter of a fast typist.
constexpr int debounceMs = 100;

bool isReturn(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
           && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

AppointmentPatientPicker::AppointmentPatientPicker(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PatientSearchModel(session, this))
    , m_search(new QLineEdit(this))
    , m_newButton(new QPushButton(tr("New patient (Ctrl+N)"), this))
    , m_results(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_chosenBox(new QWidget(this))
    , m_chosen(new QLabel(m_chosenBox))
    , m_changeButton(new QPushButton(tr("C&hange patient"), m_chosenBox))
    , m_form(new PatientForm(session, this))
{
    m_search->setObjectName(u"patientSearch"_s);
    m_newButton->setObjectName(u"newPatientButton"_s);
    m_results->setObjectName(u"patientResults"_s);
    m_hint->setObjectName(u"patientSearchHint"_s);
    m_chosen->setObjectName(u"chosenPatient"_s);
    m_changeButton->setObjectName(u"changePatientButton"_s);

    m_search->setPlaceholderText(tr("Name, phone or birth date (e.g. mart lou, 06 12, 17/05/1980)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::BirthDate,
                                                        QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Phone,
                                                        QHeaderView::ResizeToContents);
    m_results->setMinimumHeight(m_results->verticalHeader()->defaultSectionSize() * 6);
    m_results->installEventFilter(this);

    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    // The chosen patient's identity is data, never markup.
    m_chosen->setTextFormat(Qt::PlainText);
    QFont bold = m_chosen->font();
    bold.setBold(true);
    m_chosen->setFont(bold);
    auto *chosenLayout = new QHBoxLayout(m_chosenBox);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    chosenLayout->addWidget(m_chosen, 1);
    chosenLayout->addWidget(m_changeButton);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_results);
    layout->addWidget(m_hint);
    layout->addWidget(m_chosenBox);
    layout->addWidget(m_form);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AppointmentPatientPicker::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_results, &QTableView::doubleClicked, this, &AppointmentPatientPicker::pickCurrent);
    connect(m_newButton, &QPushButton::clicked, this, &AppointmentPatientPicker::startNewPatient);
    connect(m_changeButton, &QPushButton::clicked, this, &AppointmentPatientPicker::changePatient);
    connect(m_form, &PatientForm::created, this, &AppointmentPatientPicker::setPatient);
    connect(m_form, &PatientForm::cancelled, this, [this] {
        setMode(Mode::Search);
        m_search->setFocus();
    });

    // Anywhere in the dialog: the caller is often still on the line when the search comes up empty.
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setContext(Qt::WindowShortcut);
    connect(newShortcut, &QShortcut::activated, this, &AppointmentPatientPicker::startNewPatient);

    setFocusProxy(m_search);
    setMode(Mode::Search);
    updateHint();
}

void AppointmentPatientPicker::setPatient(const Patient &patient)
{
    m_patient = patient;
    m_chosen->setText(AppointmentText::patientLine(patient, m_session.today()));
    setMode(Mode::Chosen);
    Q_EMIT patientChosen(patient);
}

void AppointmentPatientPicker::changePatient()
{
    const bool had = m_patient.has_value();
    m_patient.reset();
    m_debounce.stop();
    m_model->setQuery(m_search->text()); // a patient created meanwhile is listed too
    updateHint();
    setMode(Mode::Search);
    m_search->setFocus();
    m_search->selectAll();
    if (had)
        Q_EMIT patientCleared();
}

void AppointmentPatientPicker::startNewPatient()
{
    if (m_mode == Mode::Create) {
        m_form->setFocus(); // already open: keep what is typed in it
        return;
    }
    if (m_mode == Mode::Chosen)
        changePatient();
    flushSearch();
    setMode(Mode::Create);
    m_form->prefill(m_search->text());
}

void AppointmentPatientPicker::setMode(Mode mode)
{
    m_mode = mode;
    const bool search = mode == Mode::Search;
    m_search->setVisible(mode != Mode::Chosen);
    m_search->setEnabled(search);
    m_newButton->setVisible(mode != Mode::Chosen);
    m_newButton->setEnabled(search);
    m_results->setVisible(search);
    m_hint->setVisible(search && !m_hint->text().isEmpty());
    m_chosenBox->setVisible(mode == Mode::Chosen);
    m_form->setVisible(mode == Mode::Create);
    setFocusProxy(mode == Mode::Chosen ? static_cast<QWidget *>(m_changeButton) : m_search);
}

void AppointmentPatientPicker::runSearch()
{
    m_debounce.stop();
    if (m_model->query() == m_search->text())
        return;
    m_model->setQuery(m_search->text());
    updateHint();
}

void AppointmentPatientPicker::flushSearch()
{
    if (m_debounce.isActive() || m_model->query() != m_search->text())
        runSearch();
}

void AppointmentPatientPicker::updateHint()
{
    QString hint;
    const int rows = m_model->rowCount();
    if (!m_model->query().trimmed().isEmpty() && rows == 0) {
        hint = tr("Nobody found. Ctrl+N records a new patient with what you typed.");
    } else if (rows >= PatientSearchModel::resultLimit) {
        hint = tr("Only the first %1 patients are listed: type a little more.").arg(rows);
    }
    m_hint->setText(hint);
    m_hint->setVisible(m_mode == Mode::Search && !hint.isEmpty());
}

void AppointmentPatientPicker::moveHighlight(int rows)
{
    flushSearch();
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    const int row = current < 0 ? (rows > 0 ? 0 : count - 1) : std::clamp(current + rows, 0, count - 1);
    m_results->setCurrentIndex(m_model->index(row, PatientSearchModel::Name));
    m_results->scrollTo(m_results->currentIndex());
}

void AppointmentPatientPicker::pickCurrent()
{
    flushSearch();
    QModelIndex current = m_results->currentIndex();
    // One match needs no arrow key: Return takes it.
    if (!current.isValid() && m_model->rowCount() == 1)
        current = m_model->index(0, 0);
    if (!current.isValid())
        return;
    setPatient(m_model->patientAt(current.row()));
}

bool AppointmentPatientPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_results))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Return picks a patient here and never reaches the dialog's default button.
    if (isReturn(key)) {
        pickCurrent();
        return true;
    }
    if (watched == m_search && key->modifiers() == Qt::NoModifier) {
        switch (key->key()) {
        case Qt::Key_Down:
            moveHighlight(1);
            return true;
        case Qt::Key_Up:
            moveHighlight(-1);
            return true;
        case Qt::Key_PageDown:
            moveHighlight(5);
            return true;
        case Qt::Key_PageUp:
            moveHighlight(-5);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Accueil
