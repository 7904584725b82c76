#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QTime>
#include <QTimeZone>
#include <QVariant>

#include <concepts>
#include <optional>

namespace Accueil::Sql {

// How each C++ member type is written to and read from a column, identically on both backends:
// times as UTC seconds since the epoch (BIGINT), dates as ISO text / DATE, enums as their keys.
template<typename T>
struct Value;

template<>
struct Value<QString>
{
    // Text columns are NOT NULL: an unset string is stored as ''.
    static QVariant toDb(const QString &v) { return v.isNull() ? QVariant(QStringLiteral("")) : QVariant(v); }
    static QString fromDb(const QVariant &v) { return v.isNull() ? QStringLiteral("") : v.toString(); }
    static QJsonValue toJson(const QString &v) { return v; }
};

template<>
struct Value<bool>
{
    static QVariant toDb(bool v) { return v; }
    static bool fromDb(const QVariant &v) { return v.toBool(); }
    static QJsonValue toJson(bool v) { return v; }
};

template<typename T>
requires std::integral<T> &&(!std::same_as<T, bool>)struct Value<T>
{
    static QVariant toDb(T v) { return QVariant::fromValue(qint64(v)); }
    static T fromDb(const QVariant &v) { return T(v.toLongLong()); }
    static QJsonValue toJson(T v) { return qint64(v); }
};

template<typename T>
struct Value<std::optional<T>>
{
    static QVariant toDb(const std::optional<T> &v) { return v ? Value<T>::toDb(*v) : QVariant(); }
    static std::optional<T> fromDb(const QVariant &v)
    {
        return v.isNull() ? std::nullopt : std::optional<T>(Value<T>::fromDb(v));
    }
    static QJsonValue toJson(const std::optional<T> &v) { return v ? Value<T>::toJson(*v) : QJsonValue(); }
};

template<>
struct Value<QDateTime>
{
    static QVariant toDb(const QDateTime &v)
    {
        return v.isValid() ? QVariant(v.toSecsSinceEpoch()) : QVariant();
    }
    static QDateTime fromDb(const QVariant &v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    }
    static QJsonValue toJson(const QDateTime &v)
    {
        return v.isValid() ? QJsonValue(v.toUTC().toString(Qt::ISODate)) : QJsonValue();
    }
};

template<>
struct Value<QDate>
{
    static QVariant toDb(const QDate &v)
    {
        return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : QVariant();
    }
    static QDate fromDb(const QVariant &v)
    {
        if (v.isNull())
            return {};
        if (v.typeId() == QMetaType::QDate)
            return v.toDate();
        return QDate::fromString(v.toString().left(10), Qt::ISODate);
    }
    static QJsonValue toJson(const QDate &v)
    {
        return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue();
    }
};

template<>
struct Value<QTime>
{
    static QVariant toDb(const QTime &v) { return v.toString(QStringLiteral("HH:mm")); }
    static QTime fromDb(const QVariant &v)
    {
        return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    }
    static QJsonValue toJson(const QTime &v) { return v.toString(QStringLiteral("HH:mm")); }
};

template<typename E>
requires std::is_enum_v<E>
struct Value<E>
{
    static QVariant toDb(E v) { return toKey(v); }
    static E fromDb(const QVariant &v) { return fromKey<E>(v.toString()).value_or(E{}); }
    static QJsonValue toJson(E v) { return toKey(v); }
};

} // namespace Accueil::Sql
