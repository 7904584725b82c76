#include "waitingroompanel.h"

#include "listview.h"
#include "waitingroommodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accueil {

WaitingRoomPanel::WaitingRoomPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new WaitingRoomModel(session, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_callIn(new QPushButton(tr("Call in (in consultation)"), this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    setUpListView(m_view, WaitingRoomModel::PatientColumn);
    m_view->setAlternatingRowColors(true);
    m_callIn->setEnabled(false);
    setMinimumWidth(360); // the patient's name must stay readable next to the times

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_callIn);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT appointmentActivated(index.data(WaitingRoomModel::AppointmentIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_callIn->setEnabled(currentAppointment() != 0); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_callIn->setEnabled(currentAppointment() != 0); });
    connect(m_callIn, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAppointment())
            Q_EMIT statusRequested(id, AppointmentStatus::InConsultation);
    });
    updateSummary();
}

void WaitingRoomPanel::reload()
{
    m_model->reload();
    updateSummary();
}

void WaitingRoomPanel::refreshWaitingTimes()
{
    m_model->refreshWaitingTimes();
}

void WaitingRoomPanel::updateSummary()
{
    const int waiting = m_model->rowCount();
    m_summary->setText(waiting == 0 ? tr("Nobody is waiting.") : tr("%n waiting", nullptr, waiting));
    // Per practitioner in full when the pointer rests on it; the table is grouped the same way.
    m_summary->setToolTip(m_model->countsByPractitioner().join(u'\n'));
}

qint64 WaitingRoomPanel::currentAppointment() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(WaitingRoomModel::AppointmentIdRole).toLongLong() : 0;
}

} // namespace Accueil
