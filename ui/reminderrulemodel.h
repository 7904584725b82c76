#pragma once

#include "domain/reminders.h"
#include "messagingtablemodel.h"

#include <QString>

#include <optional>
#include <vector>

namespace Accueil {

class DeskSession;

// The centre's reminder rules as a table: for whom (the whole centre or one appointment type), by
// e-mail or SMS, how long before, and whether it is on. Those who may edit switch a rule on or off
// (the check box) and change how long before (the When cell); every change goes through the store
// with the user's name, and a refusal is said through errorOccurred(), the row showing what is
// stored. Rules are never deleted: the reminders already written refer to them.
class ReminderRuleModel final : public MessagingTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderRuleModel)

public:
    enum Column {
        ScopeColumn,
        MediumColumn,
        WhenColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
    };

    // Empty until reload(): connect errorOccurred() first.
    explicit ReminderRuleModel(DeskSession &session, QObject *parent = nullptr);

    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    // Reads the rules again; false (and errorOccurred) when it could not.
    bool reload();

    [[nodiscard]] const ReminderRule &ruleAt(int row) const { return m_rows[std::size_t(row)].rule; }
    // The row of that rule, or -1.
    [[nodiscard]] int rowOf(qint64 ruleId) const;

    // Adds a rule, or switches an identical one back on. Returns its id, or 0 after errorOccurred().
    qint64 addRule(std::optional<qint64> typeId, const QString &medium, int minutesBefore);
    // Switches the rule of that row on or off; false after errorOccurred().
    bool setActive(int row, bool active);
    bool setMinutesBefore(int row, int minutesBefore);

    // "Whole centre", or "Consultation – Dr Claire Fabre" (the type and its agenda).
    [[nodiscard]] QString scopeText(const std::optional<qint64> &typeId) const;
    [[nodiscard]] static QString mediumText(const QString &medium);
    // "48 h", "1 h 30": what the When cell shows and reads back.
    [[nodiscard]] static QString durationText(int minutes);
    // Reads "48", "48 h", "2 h 30", "90 min", "2 days", "1,5 h" (English or French units; hours
    // when none) as minutes; nothing when it is not a duration.
    [[nodiscard]] static std::optional<int> parseDuration(const QString &text);
    // Why that many minutes cannot be a rule (at least 1 h, at most 14 days), or nothing.
    [[nodiscard]] static std::optional<QString> durationRefusal(int minutes);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A change of the user's was saved.
    void ruleSaved(qint64 ruleId);

private:
    struct Row
    {
        ReminderRule rule;
        QString scope;
    };

    // Writes the rule and shows the stored row; false after errorOccurred().
    bool write(int row, ReminderRule rule);

    DeskSession &m_session;
    std::vector<Row> m_rows;
    bool m_editable = false;
};

} // namespace Accueil
