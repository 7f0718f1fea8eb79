#pragma once

#include "api/pager.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>

// A table over a paginated API list: rows arrive page by page from a Pager, inserted one batch
// per page; the view's canFetchMore()/fetchMore() pull the next page.
class PagedJsonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // unformatted value, for sorting
        RecordRole,                      // the whole JSON object of the row
    };

    struct Column
    {
        QString title;
        std::function<QVariant(const QJsonObject &record)> value;
    };

    explicit PagedJsonModel(QList<Column> columns, QObject *parent = nullptr);
    ~PagedJsonModel() override;

    // Takes ownership of the pager and starts over with its first page.
    void setPager(Pager *pager);
    Pager *pager() const { return m_pager; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Column helper: a top-level string (or number/bool) field of the record.
    static Column field(const QString &title, const QString &key);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    QPointer<Pager> m_pager;
    QString m_lastError;
};
