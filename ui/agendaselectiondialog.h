#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Accueil {

class Directory;

// "Which agendas side by side": ticks in the list of the centre's agendas, saved under a name the
// desk offers from then on (e.g. "Matin : Dr Martin, Dr Fabre, infirmières").
class AgendaSelectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaSelectionDialog)

public:
    AgendaSelectionDialog(const Directory &directory, const QList<qint64> &checked,
                          QWidget *parent = nullptr);

    [[nodiscard]] QList<qint64> agendaIds() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }

private:
    void updateOk();

    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_ok = nullptr;
};

} // namespace Accueil
