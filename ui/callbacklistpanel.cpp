#include "callbacklistpanel.h"

#include "callbacklistmodel.h"
#include "desksession.h"
#include "errorlabel.h"
#include "listview.h"
#include "store/storeerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Accueil {

CallbackListPanel::CallbackListPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CallbackListModel(session, this))
    , m_view(new QTableView(this))
    , m_done(new QPushButton(tr("Done"), this))
    , m_error(new ErrorLabel(this))
{
    m_view->setModel(m_model);
    setUpListView(m_view, CallbackListModel::NoteColumn);
    m_view->setAlternatingRowColors(true);
    m_done->setToolTip(tr("The patient was reached: take the task off the list"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(CallbackListModel::AppointmentIdRole).toLongLong())
            Q_EMIT appointmentRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallbackListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallbackListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CallbackListPanel::updateButtons);
    connect(m_done, &QPushButton::clicked, this, &CallbackListPanel::markCurrentDone);
    updateButtons();
}

QString CallbackListPanel::errorText() const
{
    return m_error->message();
}

void CallbackListPanel::reload()
{
    m_model->reload();
    updateButtons();
}

void CallbackListPanel::markCurrentDone()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const CallbackTask &task = m_model->taskAt(current.row());
    try {
        m_session.callbacks().markDone(task.id, task.version, m_session.actor());
    } catch (const StoreError &error) {
        m_error->showError(error.message());
        reload(); // what changed meanwhile shows, so the user can decide again
        return;
    }
    m_error->clearError();
    m_session.notifyChanged();
    // The next task must not become "current" under the pointer: a second click would close it.
    m_view->selectionModel()->clear();
    updateButtons();
}

void CallbackListPanel::updateButtons()
{
    m_done->setEnabled(m_view->currentIndex().isValid());
}

} // namespace Accueil
