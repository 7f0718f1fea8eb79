#pragma once

#include "api/tollfreeapi.h"
#include "pagedrowsmodel.h"

// One toll-free verification request as the list shows it.
struct TollFreeRequestRow
{
    QString id;
    QString status; // wire text
    QString searchText;
    QString businessName;
    QString phoneNumbers; // "+18005550100, +18885550101"
    QString useCase;
    QDateTime createdAt;
    QDateTime updatedAt;
    QByteArray stored; // the record as received, CBOR-encoded (see storedRecord())

    // Reads only the listed fields: the full request has about forty, parsed on demand.
    static TollFreeRequestRow fromJson(const QJsonObject &object);
    QVariant record() const; // TollFreeVerificationRequest
};

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
