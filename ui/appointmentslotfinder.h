#pragma once

#include "schedule/scheduler.h"

#include <QList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Accueil {

class DeskSession;
class FreeSlotModel;

// "Find the next free slot" for the chosen type: in this agenda, in all the agendas the desk
// shows, among the practitioners offering a service ("who does what") or in the same profession.
// The results are listed earliest first with the first one highlighted; Return (or a double
// click) on one chooses it.
class AppointmentSlotFinder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentSlotFinder)

public:
    enum class Scope {
        Agenda,
        Shown,
        Service,
        Profession
    };

    explicit AppointmentSlotFinder(DeskSession &session, QWidget *parent = nullptr);

    void setShownAgendas(const QList<qint64> &agendaIds);
    // The agenda and type chosen in the dialog (the results listed are left to the dialog).
    void setTarget(qint64 agendaId, qint64 typeId);
    [[nodiscard]] Scope scope() const;
    void setScope(Scope scope);

    // Searches from now; the first result is highlighted and takes the focus.
    void find();
    // "Not that day": searches again from the day after the highlighted result.
    void findLater();
    void clearResults();

    [[nodiscard]] FreeSlotModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

Q_SIGNALS:
    void slotChosen(const Accueil::FreeSlot &slot);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] std::vector<Candidate> candidates();
    [[nodiscard]] const AppointmentType *targetType() const;
    void search(const QDateTime &after);
    void chooseCurrent();
    void updateScopes();
    void showMessage(const QString &text);

    DeskSession &m_session;
    QList<qint64> m_shown;
    qint64 m_agendaId = 0;
    qint64 m_typeId = 0;
    FreeSlotModel *m_model;
    QComboBox *m_scope;
    QComboBox *m_service;
    QPushButton *m_find;
    QPushButton *m_later;
    QTableView *m_view;
    QLabel *m_message;
};

} // namespace Accueil
