#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Accueil {

// Every enum is stored as a short stable key (never its numeric value) so the database stays
// readable and a reordering of the C++ enum can never corrupt data.

enum class Role {
    Secretary,
    Practitioner,
    Coordinator,
    Admin
};
enum class AgendaKind {
    Practitioner,
    Room,
    Equipment
};
enum class SlotKind {
    Desk,
    Internet,
    Urgent,
    Unavailable
};
enum class AppointmentStatus {
    Booked,
    Arrived,
    InConsultation,
    Done,
    NoShow,
    Cancelled
};
enum class Channel {
    Desk,
    Web,
    Practitioner,
    System
};
enum class Sex {
    Unknown,
    Female,
    Male
};

[[nodiscard]] QString toKey(Role value);
[[nodiscard]] QString toKey(AgendaKind value);
[[nodiscard]] QString toKey(SlotKind value);
[[nodiscard]] QString toKey(AppointmentStatus value);
[[nodiscard]] QString toKey(Channel value);
[[nodiscard]] QString toKey(Sex value);

template<typename Enum>
[[nodiscard]] std::optional<Enum> fromKey(QStringView key);

template<>
[[nodiscard]] std::optional<Role> fromKey<Role>(QStringView key);
template<>
[[nodiscard]] std::optional<AgendaKind> fromKey<AgendaKind>(QStringView key);
template<>
[[nodiscard]] std::optional<SlotKind> fromKey<SlotKind>(QStringView key);
template<>
[[nodiscard]] std::optional<AppointmentStatus> fromKey<AppointmentStatus>(QStringView key);
template<>
[[nodiscard]] std::optional<Channel> fromKey<Channel>(QStringView key);
template<>
[[nodiscard]] std::optional<Sex> fromKey<Sex>(QStringView key);

// The status as people read it ("Arrived", "No-show"), translated (context "Agenda"): the agenda,
// the menus and the history's sentences say the same words.
[[nodiscard]] QString statusName(AppointmentStatus status);

// An appointment in one of these states holds its time in the agenda.
[[nodiscard]] constexpr bool occupiesTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled;
}

} // namespace Accueil
