#pragma once

// Include this instead of a Catch2 header: it picks the installed major version and teaches Catch2
// to print the Qt and Accueil types that tests compare.

#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER

#if ACCUEIL_CATCH_MAJOR >= 3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include "domain/enums.h"
#include "store/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QTime>
#include <QVariant>

#include <string>

namespace Accueil::Test {

[[nodiscard]] const char *kindName(StoreError::Kind kind);

} // namespace Accueil::Test

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(null date)");
    }
};

template<>
struct StringMaker<QTime>
{
    static std::string convert(const QTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(null time)");
    }
};

template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : std::string("(null datetime)");
    }
};

template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        if (value.isNull())
            return "NULL";
        return std::string(value.typeName()) + '(' + value.toString().toStdString() + ')';
    }
};

template<>
struct StringMaker<QJsonValue>
{
    static std::string convert(const QJsonValue &value)
    {
        if (value.isString())
            return '"' + value.toString().toStdString() + '"';
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
    }
};

template<>
struct StringMaker<Accueil::StoreError::Kind>
{
    static std::string convert(Accueil::StoreError::Kind kind) { return Accueil::Test::kindName(kind); }
};

// The domain enums print as their stored keys.
template<typename E>
requires requires(E e)
{
    Accueil::toKey(e);
}
struct StringMaker<E>
{
    static std::string convert(E value) { return Accueil::toKey(value).toStdString(); }
};

} // namespace Catch
