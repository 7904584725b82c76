#pragma once

#include "domain/patient.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace Accueil {

class DeskSession;

// The patients matching what the secretary types, one row each, as found by
// PatientDirectory::search (names, phone digits, birth date). Every value is plain text.
class PatientSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientSearchModel)

public:
    enum Column {
        Name,      // "MARTIN Louise"
        BirthDate, // "17/05/1980 (46 years)"
        Phone,
        ColumnCount
    };
    enum Role {
        PatientIdRole = Qt::UserRole, // qint64
        PatientRole,                  // Accueil::Patient
    };
    // Enough for any name typed by its first letters; the rest means "type a little more".
    static constexpr int resultLimit = 50;

    explicit PatientSearchModel(DeskSession &session, QObject *parent = nullptr);

    // One query to the directory, then a reset: nothing else runs per keystroke.
    void setQuery(const QString &text);
    [[nodiscard]] const QString &query() const { return m_query; }
    [[nodiscard]] const Patient &patientAt(int row) const;
    [[nodiscard]] int rowOf(qint64 patientId) const; // -1 when not listed

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    DeskSession &m_session;
    QString m_query;
    QDate m_today; // ages are counted on the day of the search
    std::vector<Patient> m_patients;
};

} // namespace Accueil
