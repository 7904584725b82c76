#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTableView;

namespace Accueil {

class DeskSession;
class PatientSearchModel;

// "Which patient?": a search as you type (name, phone digits or birth date, as in the
// appointment dialog); Return or a double-click opens the highlighted patient, Down/Up move in
// the results while the field keeps the focus.
class PatientFinderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientFinderDialog)

public:
    explicit PatientFinderDialog(DeskSession &session, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QTableView *results() const { return m_view; }
    [[nodiscard]] PatientSearchModel *model() const { return m_model; }
    // The patient chosen once accepted, else 0.
    [[nodiscard]] qint64 patientId() const { return m_patientId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void pick(int row);

    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_hint;
    PatientSearchModel *m_model;
    QTimer m_debounce;
    qint64 m_patientId = 0;
};

} // namespace Accueil
