#include "rcscapabilitiesmodel.h"

#include "consolepalette.h"
#include "plaintooltip.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace {

const QString checkMark = u"✓"_s;

} // namespace

RcsCapabilitiesModel::RcsCapabilitiesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_features(rcsKnownFeatures())
{
    // featureBits holds one bit per known feature.
    Q_ASSERT(m_features.size() <= 32);
    m_featureUse.fill(0, m_features.size());
}

int RcsCapabilitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RcsCapabilitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : statusColumn() + 1;
}

int RcsCapabilitiesModel::featureColumn(const QString &feature) const
{
    const qsizetype index = m_features.indexOf(feature);
    return index < 0 ? -1 : FirstFeatureColumn + int(index);
}

QVariant RcsCapabilitiesModel::displayData(const Row &row, int column) const
{
    if (column == NumberColumn)
        return row.number;
    if (column == RcsColumn) {
        switch (row.outcome) {
        case Outcome::Capable:
            return tr("Yes");
        case Outcome::NotCapable:
            return tr("No");
        case Outcome::Failed:
            return tr("Unknown");
        }
    }
    if (column == statusColumn())
        return row.status;
    const int feature = column - FirstFeatureColumn;
    return (row.featureBits & (1u << feature)) ? checkMark : QString();
}

QVariant RcsCapabilitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == statusColumn() || column == RcsColumn)
            return PlainText::toolTip(row.detail.isEmpty() ? row.status : row.detail);
        return {};
    case Qt::TextAlignmentRole:
        if (column == NumberColumn || column == statusColumn())
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ForegroundRole: {
        const ConsolePalette colours;
        if (column == RcsColumn || column == statusColumn()) {
            switch (row.outcome) {
            case Outcome::Capable:
                return column == RcsColumn ? QBrush(colours.text(ConsolePalette::Kind::Success))
                                           : QVariant();
            case Outcome::NotCapable:
                return column == RcsColumn ? QBrush(colours.muted()) : QVariant();
            case Outcome::Failed:
                return QBrush(colours.text(ConsolePalette::Kind::Error));
            }
        }
        if (column >= FirstFeatureColumn && column < statusColumn())
            return QBrush(colours.text(ConsolePalette::Kind::Success));
        return {};
    }
    case SortRole:
        if (column == NumberColumn || column == statusColumn())
            return displayData(row, column);
        if (column == RcsColumn)
            return row.outcome == Outcome::Capable ? 2 : row.outcome == Outcome::NotCapable ? 1 : 0;
        return (row.featureBits & (1u << (column - FirstFeatureColumn))) ? 1 : 0;
    case OutcomeRole:
        return int(row.outcome);
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant RcsCapabilitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool isFeature = section >= FirstFeatureColumn && section < statusColumn();
    const QString feature = isFeature ? m_features.at(section - FirstFeatureColumn) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (section == NumberColumn)
            return tr("Phone number");
        if (section == RcsColumn)
            return tr("RCS");
        if (section == statusColumn())
            return tr("Status");
        return rcsFeatureLabel(feature);
    case Qt::ToolTipRole:
        if (section == RcsColumn)
            return tr("Whether the number can receive RCS messages from the agent");
        if (isFeature)
            return tr("%1 (%2)").arg(rcsFeatureLabel(feature), feature);
        return {};
    case FeatureRole:
        return feature;
    default:
        return {};
    }
}

RcsCapabilitiesModel::Row RcsCapabilitiesModel::rowFor(const RcsCapabilities &result,
                                                       bool fromCache) const
{
    Row row;
    row.number = result.phoneNumber;
    row.outcome = result.isRcsCapable() ? Outcome::Capable : Outcome::NotCapable;
    QStringList labels;
    for (const QString &feature : result.features) {
        const qsizetype index = m_features.indexOf(feature.trimmed().toUpper());
        if (index >= 0)
            row.featureBits |= 1u << index;
        else
            row.otherFeatures.append(rcsFeatureLabel(feature));
        labels.append(rcsFeatureLabel(feature));
    }
    QStringList status;
    status << (fromCache ? tr("Earlier answer (this session)") : tr("Checked"));
    if (!row.otherFeatures.isEmpty())
        status << tr("also: %1").arg(row.otherFeatures.join(u", "_s));
    row.status = status.join(u"; "_s);
    const QString rcsWord = row.outcome == Outcome::Capable ? u"rcs yes"_s : u"not rcs no"_s;
    row.searchText =
        QStringList{row.number, rcsWord, labels.join(u' '), row.status}.join(u' ').toLower();
    return row;
}

RcsCapabilitiesModel::Row RcsCapabilitiesModel::failedRow(const QString &number,
                                                          const QString &status,
                                                          const QString &detail) const
{
    Row row;
    row.number = number;
    row.outcome = Outcome::Failed;
    row.status = status.isEmpty() ? tr("Check failed") : status;
    row.detail = detail;
    row.searchText =
        QStringList{row.number, u"failed unknown"_s, row.status, row.detail}.join(u' ').toLower();
    return row;
}

void RcsCapabilitiesModel::count(const Row &row, int delta)
{
    switch (row.outcome) {
    case Outcome::Capable:
        m_capable += delta;
        break;
    case Outcome::NotCapable:
        m_notCapable += delta;
        break;
    case Outcome::Failed:
        m_failed += delta;
        break;
    }
    for (int i = 0; i < m_featureUse.size(); ++i) {
        if (row.featureBits & (1u << i))
            m_featureUse[i] += delta;
    }
}

void RcsCapabilitiesModel::upsert(const QList<Row> &rows)
{
    QList<Row> appended;
    for (const Row &row : rows) {
        const int existing = m_rowOf.value(row.number, -1);
        if (existing >= 0) {
            count(m_rows.at(existing), -1);
            m_rows[existing] = row;
            count(row, 1);
            Q_EMIT dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            continue;
        }
        // A number twice in the same batch: the later answer wins.
        bool repeated = false;
        for (Row &pending : appended) {
            if (pending.number == row.number) {
                pending = row;
                repeated = true;
            }
        }
        if (!repeated)
            appended.append(row);
    }
    if (appended.isEmpty()) {
        Q_EMIT countsChanged();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(appended.size()) - 1);
    for (const Row &row : std::as_const(appended)) {
        m_rowOf.insert(row.number, int(m_rows.size()));
        m_rows.append(row);
        count(row, 1);
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

void RcsCapabilitiesModel::addResults(const QList<RcsCapabilities> &results, bool fromCache)
{
    QList<Row> rows;
    rows.reserve(results.size());
    for (const RcsCapabilities &result : results)
        rows.append(rowFor(result, fromCache));
    upsert(rows);
}

void RcsCapabilitiesModel::addFailures(const QStringList &numbers, const QString &status,
                                       const QString &detail)
{
    QList<Row> rows;
    rows.reserve(numbers.size());
    for (const QString &number : numbers)
        rows.append(failedRow(number, status, detail));
    upsert(rows);
}

void RcsCapabilitiesModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_featureUse.fill(0, m_features.size());
    m_capable = m_notCapable = m_failed = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

QString RcsCapabilitiesModel::numberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).number : QString();
}

RcsCapabilitiesModel::Outcome RcsCapabilitiesModel::outcomeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).outcome : Outcome::Failed;
}

QStringList RcsCapabilitiesModel::failedNumbers() const
{
    QStringList numbers;
    for (const Row &row : m_rows) {
        if (row.outcome == Outcome::Failed)
            numbers.append(row.number);
    }
    return numbers;
}

QStringList RcsCapabilitiesModel::featuresInUse() const
{
    QStringList used;
    for (int i = 0; i < m_featureUse.size(); ++i) {
        if (m_featureUse.at(i) > 0)
            used.append(m_features.at(i));
    }
    return used;
}
