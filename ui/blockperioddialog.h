#pragma once

#include "schedule/scheduler.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace Accueil {

class ErrorLabel;

class DeskSession;

// Blocks a period of an agenda (leave, training, a meeting), months ahead if need be. Appointments
// already inside it stay where they are and are listed, so the patients can be called.
class BlockPeriodDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlockPeriodDialog)

public:
    BlockPeriodDialog(DeskSession &session, qint64 agendaId, const QDateTime &startUtc,
                      QWidget *parent = nullptr);

    [[nodiscard]] std::optional<ExceptionResult> result() const { return m_result; }
    [[nodiscard]] QDateTimeEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateTimeEdit *toEdit() const { return m_to; }
    [[nodiscard]] QComboBox *labelBox() const { return m_label; }
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    DeskSession &m_session;
    qint64 m_agendaId;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_label;
    ErrorLabel *m_error;
    std::optional<ExceptionResult> m_result;
};

} // namespace Accueil
