#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Filter and sort in front of RcsCapabilitiesModel: every word of the filter text must occur in
// the row (number, "yes"/"no", feature labels, status), and the outcome filter keeps RCS
// numbers, numbers without RCS, or failed ones. Sorts on the model's SortRole (✓ columns by
// presence, RCS yes before no when descending).
class RcsCapabilitiesProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class OutcomeFilter { All, RcsOnly, NotRcs, Failed };
    Q_ENUM(OutcomeFilter)

    explicit RcsCapabilitiesProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setOutcomeFilter(OutcomeFilter filter);
    OutcomeFilter outcomeFilter() const { return m_outcome; }
    bool isFiltering() const { return !m_words.isEmpty() || m_outcome != OutcomeFilter::All; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    OutcomeFilter m_outcome = OutcomeFilter::All;
};
