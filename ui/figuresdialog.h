#pragma once

#include "figures/centrefigures.h"

#include <QDialog>
#include <QTimer>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTabWidget;
QT_END_NAMESPACE

namespace Accueil {

class ChannelFiguresModel;
class DeskSession;
class ErrorLabel;
class FiguresTableModel;

// "Centre › Figures…": per practitioner and period, the appointments by booking channel and the
// share booked online (the centre's goal is half), the internet slots filled, the urgent slots
// used, the no-show and late-cancellation rates; the no-shows per channel; a bar chart of the
// channels per practitioner against the goal and the online share month by month over the year
// that ends with the period; the table as a CSV file for a spreadsheet.
//
// The period is this month at first; previous / next month, or any range of days. Figures are
// read when the period or the practitioners change, or on Refresh: not on every change in the
// centre (a month's figures take a moment to count, and a desk writes all day).
class FiguresDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresDialog)

public:
    explicit FiguresDialog(DeskSession &session, QWidget *parent = nullptr);

    // The local dates shown, both included; reads the figures at once.
    void setPeriod(const QDate &from, const QDate &to);
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    void showMonth(const QDate &anyDayOfIt);
    // Ticks exactly these practitioners (all when empty) and reads the figures at once.
    void setPractitioners(const QList<qint64> &practitionerIds);
    // Reads the figures of the period again; a failure is shown in the dialog, the last figures stay.
    void reload();

    // Writes the figures shown as CSV (see FiguresCsv); the sentence to show when it could not.
    [[nodiscard]] std::optional<QString> exportCsv(const QString &path) const;

    [[nodiscard]] const FiguresReport &report() const;
    [[nodiscard]] const std::vector<FiguresPoint> &months() const { return m_months; }
    [[nodiscard]] FiguresTableModel *model() const { return m_model; }
    [[nodiscard]] ChannelFiguresModel *channelModel() const { return m_channelModel; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QTableView *channelTable() const { return m_channelTable; }
    [[nodiscard]] QChart *channelChart() const { return m_channelChart; }
    [[nodiscard]] QChart *onlineShareChart() const { return m_shareChart; }
    [[nodiscard]] QListWidget *practitionerList() const { return m_practitioners; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QLabel *notice() const { return m_notice; }
    [[nodiscard]] ErrorLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QPushButton *previousMonthButton() const { return m_previous; }
    [[nodiscard]] QPushButton *nextMonthButton() const { return m_next; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }

private:
    QWidget *buildPeriodBar();
    QWidget *buildPractitionerPanel();
    QTabWidget *buildCharts();
    void loadPractitioners();
    // The ticked practitioners, none when all are (then inactive ones with figures show too).
    [[nodiscard]] QList<qint64> practitionerFilter() const;
    [[nodiscard]] bool anyTicked() const;
    void setAllTicked(bool ticked);
    void exportWithDialog();

    DeskSession &m_session;
    FiguresTableModel *m_model;
    ChannelFiguresModel *m_channelModel;
    std::vector<FiguresPoint> m_months;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_export = nullptr;
    QListWidget *m_practitioners = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_channelTable = nullptr;
    QChart *m_channelChart = nullptr;
    QChartView *m_channelView = nullptr;
    QChart *m_shareChart = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr; // "Saved: …"
    ErrorLabel *m_error = nullptr;
    QTimer m_reloadTimer; // typing a date or ticking several names reads once, when done
};

} // namespace Accueil
