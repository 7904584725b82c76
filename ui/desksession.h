#pragma once

#include "desk/callbacks.h"
#include "desk/directory.h"
#include "desk/messaging.h"
#include "desk/patientdirectory.h"
#include "desk/slotholds.h"
#include "desk/webbookings.h"
#include "domain/audit.h"
#include "domain/centre.h"
#include "domain/staff.h"
#include "schedule/scheduler.h"
#include "sync/changewatcher.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <functional>

namespace Accueil {

class Clock;
class Store;

// One logged-in user at one desk: the core services every view of the desk asks, the user's
// identity for the audit trail, and the centre's time zone. Views never run SQL: they go through
// these services, and refresh when changed() says the data moved (after a local write today; the
// live-sync issue adds remote ones).
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    DeskSession(Store &store, StaffUser user, QObject *parent = nullptr);
    ~DeskSession() override;

    [[nodiscard]] Store &store() { return m_store; }
    [[nodiscard]] Scheduler &scheduler() { return m_scheduler; }
    [[nodiscard]] Directory &directory() { return m_directory; }
    [[nodiscard]] PatientDirectory &patients() { return m_patients; }
    [[nodiscard]] Callbacks &callbacks() { return m_callbacks; }
    [[nodiscard]] Messaging &messaging() { return m_messaging; }
    [[nodiscard]] SlotHolds &holds() { return m_holds; }
    [[nodiscard]] WebBookings &webBookings() { return m_webBookings; }

    [[nodiscard]] const Centre &centre() const { return m_centre; }
    [[nodiscard]] const StaffUser &user() const { return m_user; }
    [[nodiscard]] Actor actor() const;
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    [[nodiscard]] const Clock &clock() const;
    [[nodiscard]] QDateTime now() const; // UTC
    [[nodiscard]] QDate today() const;   // in the centre's zone
    [[nodiscard]] QDateTime local(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    [[nodiscard]] QDateTime utcOf(const QDate &date, const QTime &time) const;

    // The version of an appointment as this desk last wrote it (0: never). An undo starts from it,
    // so a change made elsewhere since is noticed instead of overwritten.
    [[nodiscard]] int writtenVersion(qint64 appointmentId) const { return m_written.value(appointmentId); }
    void setWrittenVersion(qint64 appointmentId, int version) { m_written.insert(appointmentId, version); }

    // Call after a write so every view reloads what it shows.
    void notifyChanged();
    // False while the database is unreachable: views keep the last data, edits are refused.
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] ChangeWatcher &watcher() { return *m_watcher; }

    // A refusal or failure the user must see (a drop on a taken slot, an undo that no longer
    // applies): the main window shows it; nothing fails silently.
    void reportError(const QString &message);
    // Someone else changed what this desk was changing: say what and by whom, and let the user
    // choose to apply their change anyway (or leave it).
    void reportConflict(const QString &message, const std::function<void()> &applyAnyway);

Q_SIGNALS:
    void changed();
    void errorReported(const QString &message);
    void conflictReported(const QString &message, const std::function<void()> &applyAnyway);
    void onlineChanged(bool online, const QString &reason);

private:
    Store &m_store;
    StaffUser m_user;
    Centre m_centre;
    QTimeZone m_zone;
    Scheduler m_scheduler;
    Directory m_directory;
    PatientDirectory m_patients;
    Callbacks m_callbacks;
    Messaging m_messaging;
    SlotHolds m_holds;
    WebBookings m_webBookings;
    ChangeWatcher *m_watcher;
    bool m_online = true;
    QHash<qint64, int> m_written;
};

} // namespace Accueil
