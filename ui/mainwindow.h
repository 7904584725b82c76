#pragma once

#include <QDate>
#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace Accueil {

class Store;

// The desk's main window. For now it lists one day of the whole centre; the agenda grids replace
// the list in the desk issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    void showDay(const QDate &day);
    [[nodiscard]] QDate day() const { return m_day; }

private:
    Store &m_store;
    QDate m_day;
    QLabel *m_dayLabel;
    QTableWidget *m_table;
};

} // namespace Accueil
