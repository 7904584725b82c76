#pragma once

#include "sqlvalue.h"
#include "tables.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <cstring>
#include <functional>
#include <type_traits>

namespace Accueil::Sql {

// Generic mapping between an entity struct and its table row, driven by Table<T>::columns.
template<typename T>
struct RowMapper
{
    template<typename F>
    static void forEachColumn(F &&f)
    {
        std::apply([&](const auto &...col) { (f(col), ...); }, Table<T>::columns);
    }

    template<typename C>
    using MemberType = std::remove_cvref_t<std::invoke_result_t<decltype(C::access), T &>>;

    [[nodiscard]] static QString tableName() { return QString::fromLatin1(Table<T>::name); }

    // "id, col1, col2, ..., version", optionally prefixed by a table alias.
    [[nodiscard]] static QString selectList(const QString &alias = {})
    {
        const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
        QStringList names{prefix + QStringLiteral("id")};
        forEachColumn([&](const auto &col) { names << prefix + QString::fromLatin1(col.name); });
        names << prefix + QStringLiteral("version");
        return names.join(QStringLiteral(", "));
    }

    [[nodiscard]] static QStringList columnNames()
    {
        QStringList names;
        forEachColumn([&](const auto &col) { names << QString::fromLatin1(col.name); });
        return names;
    }

    [[nodiscard]] static int columnCount() { return int(std::tuple_size_v<decltype(Table<T>::columns)>); }

    // Binds every column (not id, not version) in declaration order.
    static void bindColumns(QSqlQuery &query, const T &value)
    {
        forEachColumn([&](const auto &col) {
            using M = MemberType<std::remove_cvref_t<decltype(col)>>;
            query.addBindValue(Value<M>::toDb(std::invoke(col.access, const_cast<T &>(value))));
        });
    }

    // Reads a row produced by selectList(), starting at column offset.
    [[nodiscard]] static T read(const QSqlQuery &query, int offset = 0)
    {
        T value;
        value.id = query.value(offset).toLongLong();
        int index = offset + 1;
        forEachColumn([&](const auto &col) {
            using M = MemberType<std::remove_cvref_t<decltype(col)>>;
            std::invoke(col.access, value) = Value<M>::fromDb(query.value(index++));
        });
        value.version = query.value(index).toInt();
        return value;
    }

    // The record as the audit trail keeps it; secrets (password hashes) are left out.
    [[nodiscard]] static QJsonObject toJson(const T &value)
    {
        QJsonObject object{{QStringLiteral("id"), value.id}, {QStringLiteral("version"), value.version}};
        forEachColumn([&](const auto &col) {
            using M = MemberType<std::remove_cvref_t<decltype(col)>>;
            if constexpr (requires { Table<T>::secret; }) {
                if (std::strcmp(col.name, Table<T>::secret) == 0)
                    return;
            }
            object.insert(QString::fromLatin1(col.name),
                          Value<M>::toJson(std::invoke(col.access, const_cast<T &>(value))));
        });
        return object;
    }
};

} // namespace Accueil::Sql
