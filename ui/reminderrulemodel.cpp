#include "reminderrulemodel.h"

#include "desksession.h"
#include "reminders/reminders.h"
#include "store/store.h"

#include <QPalette>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

constexpr int minimumMinutes = Reminders::lastHourMinutes;
constexpr int maximumMinutes = 14 * 24 * 60; // the schema's limit

} // namespace

ReminderRuleModel::ReminderRuleModel(DeskSession &session, QObject *parent)
    : MessagingTableModel(parent)
    , m_session(session)
{}

void ReminderRuleModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ReminderRuleModel::reload()
{
    std::vector<Row> rows;
    try {
        for (ReminderRule &rule : Reminders(m_session.store()).rules()) {
            QString scope = scopeText(rule.typeId);
            rows.push_back({std::move(rule), std::move(scope)});
        }
    } catch (const StoreError &error) {
        Q_EMIT errorOccurred(error.message());
        return false; // keep showing what was there
    }
    // The centre's rules first, then by type; the earliest reminder first within each.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.rule.typeId.has_value() != b.rule.typeId.has_value())
            return !a.rule.typeId.has_value();
        if (const int byScope = QString::localeAwareCompare(a.scope, b.scope); byScope != 0)
            return byScope < 0;
        if (a.rule.minutesBefore != b.rule.minutesBefore)
            return a.rule.minutesBefore > b.rule.minutesBefore;
        return a.rule.id < b.rule.id;
    });
    replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.rule.id; });
    return true;
}

int ReminderRuleModel::rowOf(qint64 ruleId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [ruleId](const Row &row) { return row.rule.id == ruleId; });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

qint64 ReminderRuleModel::addRule(std::optional<qint64> typeId, const QString &medium, int minutesBefore)
{
    if (!m_editable) {
        Q_EMIT errorOccurred(tr("Only the coordinator and administrators can change the reminders."));
        return 0;
    }
    if (const std::optional<QString> refusal = durationRefusal(minutesBefore)) {
        Q_EMIT errorOccurred(*refusal);
        return 0;
    }
    // The same rule switched off comes back rather than a second one.
    for (int row = 0; row < rowCount(); ++row) {
        const ReminderRule &rule = ruleAt(row);
        if (rule.typeId != typeId || rule.medium != medium || rule.minutesBefore != minutesBefore)
            continue;
        if (rule.active) {
            Q_EMIT errorOccurred(tr("This rule exists already."));
            return 0;
        }
        return setActive(row, true) ? rule.id : 0;
    }
    ReminderRule rule;
    rule.typeId = typeId;
    rule.medium = medium;
    rule.minutesBefore = minutesBefore;
    rule.active = true;
    try {
        rule = m_session.store().insert(rule, m_session.actor());
    } catch (const StoreError &error) {
        Q_EMIT errorOccurred(error.message());
        return 0;
    }
    reload();
    Q_EMIT ruleSaved(rule.id);
    return rule.id;
}

bool ReminderRuleModel::setActive(int row, bool active)
{
    if (row < 0 || row >= rowCount())
        return false;
    ReminderRule rule = ruleAt(row);
    if (rule.active == active)
        return true;
    rule.active = active;
    return write(row, rule);
}

bool ReminderRuleModel::setMinutesBefore(int row, int minutesBefore)
{
    if (row < 0 || row >= rowCount())
        return false;
    if (const std::optional<QString> refusal = durationRefusal(minutesBefore)) {
        Q_EMIT errorOccurred(*refusal);
        return false;
    }
    ReminderRule rule = ruleAt(row);
    if (rule.minutesBefore == minutesBefore)
        return true;
    rule.minutesBefore = minutesBefore;
    return write(row, rule);
}

bool ReminderRuleModel::write(int row, ReminderRule rule)
{
    if (!m_editable) {
        Q_EMIT errorOccurred(tr("Only the coordinator and administrators can change the reminders."));
        return false;
    }
    try {
        rule = m_session.store().update(rule, m_session.actor());
    } catch (const StoreError &error) {
        Q_EMIT errorOccurred(error.message());
        reload(); // someone else's change shows
        return false;
    }
    // In place: the row stays where it is under the user's eyes (and under a view's editor).
    m_rows[std::size_t(row)].rule = rule;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT ruleSaved(rule.id);
    return true;
}

QString ReminderRuleModel::scopeText(const std::optional<qint64> &typeId) const
{
    if (!typeId)
        return tr("Whole centre");
    for (const AgendaEntry &entry : m_session.directory().agendas()) {
        if (const AppointmentType *type = entry.type(*typeId))
            return tr("%1 – %2").arg(type->label, entry.agenda.name);
    }
    // A type no longer offered, or in an agenda closed since: still named.
    try {
        if (const auto type = m_session.store().find<AppointmentType>(*typeId)) {
            const auto agenda = m_session.store().find<Agenda>(type->agendaId);
            return tr("%1 – %2 (no longer offered)").arg(type->label, agenda ? agenda->name : QString());
        }
    } catch (const StoreError &) {
        // Named by its number below; the reload that failed says why.
    }
    return tr("Type %1").arg(*typeId);
}

QString ReminderRuleModel::mediumText(const QString &medium)
{
    return medium == u"sms" ? tr("SMS") : tr("E-mail");
}

QString ReminderRuleModel::durationText(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return tr("%1 min").arg(rest);
    if (rest == 0)
        return tr("%1 h").arg(hours);
    return tr("%1 h %2").arg(hours).arg(rest, 2, 10, QChar(u'0'));
}

std::optional<int> ReminderRuleModel::parseDuration(const QString &text)
{
    static const QRegularExpression single(
            u"^(\\d{1,5}(?:[.,]\\d{1,2})?)\\s*(h|hr|hrs|hours?|heures?|m|mn|mins?|minutes?|d|days?|j|jours?)?\\.?$"_s);
    static const QRegularExpression hoursAndMinutes(
            u"^(\\d{1,3})\\s*(?:h|hr|hrs|hours?|heures?)\\s*(\\d{1,2})\\s*(?:m|mn|mins?|minutes?)?\\.?$"_s);
    const QString typed = text.trimmed().toLower();
    if (const QRegularExpressionMatch both = hoursAndMinutes.match(typed); both.hasMatch()) {
        const int minutes = both.captured(2).toInt();
        if (minutes >= 60)
            return std::nullopt;
        return both.captured(1).toInt() * 60 + minutes;
    }
    const QRegularExpressionMatch match = single.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    const double amount = QString(match.captured(1)).replace(u',', u'.').toDouble();
    const QString unit = match.captured(2);
    double minutes = amount * 60; // hours when no unit is typed: the table counts in hours
    if (unit.startsWith(u'm'))
        minutes = amount;
    else if (unit.startsWith(u'd') || unit.startsWith(u'j'))
        minutes = amount * 24 * 60;
    return int(std::lround(minutes));
}

std::optional<QString> ReminderRuleModel::durationRefusal(int minutes)
{
    if (minutes < minimumMinutes) {
        return tr("Nothing is sent in the last hour before an appointment: a reminder goes at least 1 h "
                  "before.");
    }
    if (minutes > maximumMinutes)
        return tr("A reminder goes at most 14 days (336 h) before the appointment.");
    return std::nullopt;
}

int ReminderRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReminderRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const ReminderRule &rule = row.rule;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScopeColumn:
            return row.scope;
        case MediumColumn:
            return mediumText(rule.medium);
        case WhenColumn:
            return tr("%1 before").arg(durationText(rule.minutesBefore));
        case ActiveColumn:
            return rule.active ? tr("On") : tr("Off");
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == WhenColumn)
            return durationText(rule.minutesBefore);
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == ActiveColumn)
            return rule.active ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScopeColumn && rule.typeId)
            return tr("This type follows only its own rules (even switched off), not the centre's.");
        if (index.column() == WhenColumn && m_editable)
            return tr("Double-click to change: 48 h, 2 h, 90 min…");
        return {};
    case Qt::ForegroundRole:
        if (!rule.active)
            return QVariant::fromValue(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case RuleIdRole:
        return rule.id;
    default:
        return {};
    }
}

bool ReminderRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == ActiveColumn && role == Qt::CheckStateRole)
        return setActive(index.row(), value.toInt() == Qt::Checked);
    if (index.column() == WhenColumn && role == Qt::EditRole) {
        const std::optional<int> minutes = parseDuration(value.toString());
        if (!minutes) {
            Q_EMIT errorOccurred(tr("Type how long before the appointment, such as 48 h, 2 h or 90 min."));
            return false;
        }
        return setMinutesBefore(index.row(), *minutes);
    }
    return false;
}

Qt::ItemFlags ReminderRuleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = MessagingTableModel::flags(index);
    if (!index.isValid() || !m_editable)
        return flags;
    if (index.column() == ActiveColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == WhenColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ReminderRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScopeColumn:
        return tr("For");
    case MediumColumn:
        return tr("By");
    case WhenColumn:
        return tr("When");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace Accueil
