#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace Accueil {

// Lists that reload on every change anywhere in the centre (messages, call-backs, web bookings, a
// patient's appointments). Rows that stay keep their place, so the views keep their selection and
// scroll: this base moves from the rows shown to the new ones with remove and insert signals, and
// says the rest may have changed (a message read).
class MessagingTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Rows are in a stable order by id (newest first, most urgent first): the rows kept come in the
    // same relative order in next. Otherwise the model is reset.
    template<typename Row, typename IdOf>
    void replaceRows(std::vector<Row> &rows, std::vector<Row> next, IdOf idOf);
};

template<typename Row, typename IdOf>
void MessagingTableModel::replaceRows(std::vector<Row> &rows, std::vector<Row> next, IdOf idOf)
{
    QSet<qint64> oldIds;
    QSet<qint64> newIds;
    for (const Row &row : rows)
        oldIds.insert(idOf(row));
    for (const Row &row : next)
        newIds.insert(idOf(row));
    std::vector<qint64> kept;
    std::vector<qint64> keptInNext;
    for (const Row &row : rows) {
        if (newIds.contains(idOf(row)))
            kept.push_back(idOf(row));
    }
    for (const Row &row : next) {
        if (oldIds.contains(idOf(row)))
            keptInNext.push_back(idOf(row));
    }
    if (kept != keptInNext || oldIds.size() != qsizetype(rows.size())
        || newIds.size() != qsizetype(next.size())) {
        beginResetModel();
        rows = std::move(next);
        endResetModel();
        return;
    }
    // Gone rows, by runs from the bottom.
    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (newIds.contains(idOf(rows[std::size_t(last)]))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !newIds.contains(idOf(rows[std::size_t(first) - 1])))
            --first;
        beginRemoveRows({}, first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    // New rows, by runs from the top: rows [0, first) already match next.
    for (int first = 0; first < int(next.size());) {
        if (oldIds.contains(idOf(next[std::size_t(first)]))) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < int(next.size()) && !oldIds.contains(idOf(next[std::size_t(last) + 1])))
            ++last;
        beginInsertRows({}, first, last);
        rows.insert(rows.begin() + first, next.begin() + first, next.begin() + last + 1);
        endInsertRows();
        first = last + 1;
    }
    rows = std::move(next);
    if (!rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
}

} // namespace Accueil
