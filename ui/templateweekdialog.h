#pragma once

#include "schedule/scheduler.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Accueil {

class ErrorLabel;

class DeskSession;

// A practitioner's template week ("maquette"): for each weekday, ranges of slots with their length
// and kind, from a date on. "From 1 March, every 15 instead of 30 minutes" is one action: booked
// appointments stay where they are, and those the new week no longer fits are listed.
class TemplateWeekDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateWeekDialog)

public:
    TemplateWeekDialog(DeskSession &session, qint64 agendaId, const QDate &from, QWidget *parent = nullptr);

    [[nodiscard]] std::optional<TemplateChange> result() const { return m_result; }
    // The ranges as edited, in table order.
    [[nodiscard]] std::vector<TemplateRange> ranges() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QDateEdit *validFromEdit() const { return m_validFrom; }
    [[nodiscard]] QSpinBox *allSlotsSpin() const { return m_allSlots; }
    [[nodiscard]] QString errorText() const;

    void addRange(const TemplateRange &range);
    // Every range's slots to this many minutes.
    void setAllSlotMinutes(int minutes);

    void accept() override;

private:
    void load(const QDate &date);

    DeskSession &m_session;
    qint64 m_agendaId;
    QDateEdit *m_validFrom;
    QLineEdit *m_label;
    QTableWidget *m_table;
    QSpinBox *m_allSlots;
    ErrorLabel *m_error;
    std::optional<TemplateChange> m_result;
};

} // namespace Accueil
