#pragma once

#include "api/tollfreeapi.h"
#include "compactrecord.h"
#include "pagedrowsmodel.h"

// One toll-free verification request as the list shows it.
struct TollFreeRequestRow
{
    QString id;
    QString status;        // wire text (shared: CompactRecord::sharedText)
    QByteArray searchText; // lower case, UTF-8
    QString businessName;
    QString phoneNumbers; // "+18005550100, +18885550101"
    QString useCase;      // shared
    QDateTime createdAt;
    QDateTime updatedAt;
    CompactRecord stored; // the record as received, for record()

    // Reads only the listed fields: the full request has about forty, parsed on demand.
    static TollFreeRequestRow fromJson(const QJsonObject &object);
    // The same row from the page as simdjson parsed it (on the page reader's worker).
    static TollFreeRequestRow fromElement(const QString &id, const simdjson::dom::element &element);
    QVariant record() const; // TollFreeVerificationRequest
};

Q_DECLARE_TYPEINFO(TollFreeRequestRow, Q_RELOCATABLE_TYPE);

// GET /messaging_tollfree/verification/requests, filtered on the server.
class TollFreeRequestsModel : public PagedRowsModel<TollFreeRequestRow>
{
    Q_OBJECT

public:
    enum Column {
        BusinessColumn,
        PhoneNumbersColumn,
        UseCaseColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TollFreeRequestsModel(ApiClient *client, QObject *parent = nullptr);

    // Applies the server-side filter and reloads from the first page (no-op when unchanged
    // and something is already loaded).
    void setFilter(const TollFreeListFilter &filter);
    TollFreeListFilter filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(int pageSize) override;
    QVariant cellData(const TollFreeRequestRow &row, int column, int role) const override;

private:
    TollFreeListFilter m_filter;
};
