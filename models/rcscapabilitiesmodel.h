#pragma once

#include "domain/rcs.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

// The answers of an RCS capability check, one row per phone number: the number, whether it can
// receive RCS, one column per known feature (✓ or blank), and a status column (where the
// answer came from, or why the number's batch failed). Rows arrive batch by batch, each batch
// one beginInsertRows(); a number already in the table is updated in place.
class RcsCapabilitiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, RcsColumn, FirstFeatureColumn };

    enum Role {
        SortRole = Qt::UserRole + 1, // number, 0/1, or the status text
        OutcomeRole,                 // Outcome as int
        SearchTextRole,              // lower-case text of the row, for the filter
        FeatureRole,                 // header: the feature's wire name ("RICHCARD_CAROUSEL")
    };
    Q_ENUM(Role)

    enum class Outcome { Capable, NotCapable, Failed };
    Q_ENUM(Outcome)

    explicit RcsCapabilitiesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QStringList features() const { return m_features; }
    int featureColumn(const QString &feature) const;
    int statusColumn() const { return FirstFeatureColumn + int(m_features.size()); }

    // One batch of answers; fromCache marks answers of an earlier check in this session.
    void addResults(const QList<RcsCapabilities> &results, bool fromCache = false);
    // Numbers whose batch failed: a short status for the cell, the whole reason in plain words
    // for its tooltip (the status when empty).
    void addFailures(const QStringList &numbers, const QString &status, const QString &detail = {});
    void clear();

    QString numberAt(int row) const;
    Outcome outcomeAt(int row) const;
    int rowOf(const QString &number) const { return m_rowOf.value(number, -1); }
    int capableCount() const { return m_capable; }
    int notCapableCount() const { return m_notCapable; }
    int failedCount() const { return m_failed; }
    QStringList failedNumbers() const;
    // Known features at least one row has: a view can hide the columns nobody uses.
    QStringList featuresInUse() const;

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        QString number;
        Outcome outcome = Outcome::Failed;
        quint32 featureBits = 0; // bit i: m_features[i]
        QStringList otherFeatures;
        QString status;
        QString detail; // tooltip; the status when empty
        QString searchText;
    };

    Row rowFor(const RcsCapabilities &result, bool fromCache) const;
    Row failedRow(const QString &number, const QString &status, const QString &detail) const;
    void upsert(const QList<Row> &rows);
    void count(const Row &row, int delta);
    QVariant displayData(const Row &row, int column) const;

    QStringList m_features;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QList<int> m_featureUse; // rows having each feature
    int m_capable = 0;
    int m_notCapable = 0;
    int m_failed = 0;
};
