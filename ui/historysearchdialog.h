#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Accueil {

class DeskSession;

// Patient ▸ Search the history: every appointment ever booked, by patient, practitioner, period,
// type, words of the reason, status, channel and who booked it. Double-clicking a result shows it
// in the agenda; "History…" tells who did what to it.
class HistorySearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HistorySearchDialog(DeskSession &session, QWidget *parent = nullptr);

    // The criteria, for tests and keyboard users alike.
    [[nodiscard]] QLineEdit *patientField() const { return m_patient; }
    [[nodiscard]] QLineEdit *reasonField() const { return m_reason; }
    [[nodiscard]] QComboBox *agendaBox() const { return m_agenda; }
    [[nodiscard]] QComboBox *statusBox() const { return m_status; }
    [[nodiscard]] QComboBox *channelBox() const { return m_channel; }
    [[nodiscard]] QComboBox *bookedByBox() const { return m_bookedBy; }
    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] QCheckBox *fromCheck() const { return m_useFrom; }
    [[nodiscard]] QCheckBox *toCheck() const { return m_useTo; }
    [[nodiscard]] QDateEdit *fromDate() const { return m_from; }
    [[nodiscard]] QDateEdit *toDate() const { return m_to; }
    [[nodiscard]] QTableView *results() const { return m_results; }
    [[nodiscard]] QLabel *status() const { return m_count; }
    // The appointment of a result row.
    [[nodiscard]] qint64 appointmentAt(int row) const;

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void appointmentActivated(qint64 appointmentId);

private:
    void showHistory();

    DeskSession &m_session;
    QLineEdit *m_patient;
    QComboBox *m_agenda;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QComboBox *m_type;
    QLineEdit *m_reason;
    QComboBox *m_status;
    QComboBox *m_channel;
    QComboBox *m_bookedBy;
    QPushButton *m_search;
    QPushButton *m_history;
    QLabel *m_count;
    QStandardItemModel *m_model;
    QTableView *m_results;
};

} // namespace Accueil
