#pragma once

#include "domain/appointment.h"
#include "schedule/scheduler.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QTimer>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Accueil {

class AppointmentPatientPicker;
class AppointmentSlotFinder;
class DeskSession;
struct Patient;

// Booking at the desk while on the phone, keyboard only: find the patient (or record a new one),
// choose the practitioner and the type (the duration follows the type), the reason, then the next
// free slot; a summary with the weekday and the full date, and a button that repeats them, confirm
// the booking. A refusal (the time was just taken, a rule) is shown in the dialog, which stays open
// with everything typed.
class AppointmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDialog)

public:
    explicit AppointmentDialog(DeskSession &session, QWidget *parent = nullptr);
    ~AppointmentDialog() override;

    // The agendas the desk shows: the practitioners offered, the first one chosen by default.
    void setAgendas(const QList<qint64> &agendaIds);
    // Opened from an empty slot of the agenda: that agenda and time are chosen.
    void setStart(qint64 agendaId, const QDateTime &startUtc);
    void setPatient(qint64 patientId);

    // The appointment booked (the first one of a series), once booked.
    [[nodiscard]] std::optional<Appointment> bookedAppointment() const { return m_booked; }
    // The days of a series where no session could be placed.
    [[nodiscard]] const std::vector<QDate> &sessionsNotPlaced() const { return m_notPlaced; }

    // F3 / Alt+N: the next free slots for the chosen type.
    void findFreeSlot();
    // Ctrl+Return, or Return on the booking button.
    void book();

    void reject() override;
    // Closing in any way lets go of the time held for the other desks.
    void done(int result) override;
    // The time this dialog holds at the other desks ("being booked by SV"), if any.
    [[nodiscard]] std::optional<qint64> holdId() const { return m_holdId; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Start
    {
        qint64 agendaId = 0;
        QDateTime start; // UTC
    };
    enum class HoldUpdate {
        IfChanged,
        Renew,
    };

    void fillAgendas(const QList<qint64> &agendaIds);
    void selectAgenda(qint64 agendaId);
    void fillTypes(const QString &preferredLabel);
    void selectType(qint64 typeId);
    [[nodiscard]] qint64 currentAgendaId() const;
    [[nodiscard]] const AppointmentType *currentType() const;
    void agendaChosen();
    void typeChosen();
    void slotChosen(const FreeSlot &slot);
    void updateHold(HoldUpdate how = HoldUpdate::IfChanged);
    void patientChosen();
    void returnPressed(QWidget *focus);
    void updateSummary();
    void showError(const QString &message);
    void refuse(const QString &message);
    void bookSeries(const BookingRequest &request);
    void setDone();

    DeskSession &m_session;
    AppointmentPatientPicker *m_picker;
    QLabel *m_attendance; // "3 no-shows in 12 months (…)": a discreet flag, not a refusal
    QComboBox *m_agenda;
    QComboBox *m_type;
    QLineEdit *m_reason;
    QPushButton *m_moreButton;
    QWidget *m_more;
    QLineEdit *m_phone;
    QLineEdit *m_companion;
    AppointmentSlotFinder *m_finder;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_notPlacedLabel;
    QPushButton *m_cancel;
    QPushButton *m_book;
    QString m_typeLabel; // the type chosen, kept when the practitioner changes
    std::optional<Start> m_start;
    std::optional<Appointment> m_booked;
    std::vector<QDate> m_notPlaced;
    bool m_choosingSlot = false;
    struct HeldTime
    {
        qint64 agendaId = 0;
        QDateTime start;
        QDateTime end;
        friend bool operator==(const HeldTime &, const HeldTime &) = default;
    };
    std::optional<qint64> m_holdId;
    HeldTime m_held;      // what m_holdId holds
    QTimer m_holdRenewal; // holds lapse by themselves: renewed while the dialog stays on the time
    bool m_closing = false;
    bool m_done = false; // a series was booked with gaps: the dialog only shows them now
};

} // namespace Accueil
