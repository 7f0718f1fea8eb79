#pragma once

#include "domain/hosted.h"
#include "pagedrowsmodel.h"

// One hosted number order as the list shows it.
struct HostedOrderRow
{
    QString id;
    QString status; // wire text, e.g. "loa_file_successful"
    QString searchText;
    int numberCount = 0;
    QString messagingProfileId;  // empty when the order has none
    QList<HostedNumber> numbers; // to find a number's order and its status there
    QDateTime createdAt;
    QByteArray stored; // the record as received, CBOR-encoded (see storedRecord())

    static HostedOrderRow fromJson(const QJsonObject &object);
    QVariant record() const; // HostedOrder
};

// GET /messaging_hosted_number_orders.
class HostedOrdersModel : public PagedRowsModel<HostedOrderRow>
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        NumberCountColumn,
        MessagingProfileColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit HostedOrdersModel(ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    int profileColumn() const override { return MessagingProfileColumn; }
    // Which loaded order holds each hosted number, and the number's status in it.
    HostedNumberLinks numberLinks() const;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(int pageSize) override;
    QVariant cellData(const HostedOrderRow &row, int column, int role) const override;
};
