#pragma once

#include "domain/hosted.h"
#include "pagedrowsmodel.h"

#include <QHash>

// One hosted messaging number as the list shows it.
struct HostedNumberRow
{
    QString id;
    // The hosting status ("successful", "pending"...). Not part of the SDK's type: read from
    // "hosted_status" when the server sends it (the sandbox does), empty otherwise.
    QString status;
    QString searchText;
    QString phoneNumber;
    QString messagingProfileId;
    QDateTime updatedAt;
    QByteArray stored; // the record as received, CBOR-encoded (see storedRecord())

    static HostedNumberRow fromJson(const QJsonObject &object);
    QVariant record() const; // MessagingHostedNumber
};

// GET /messaging_hosted_numbers.
class HostedNumbersModel : public PagedRowsModel<HostedNumberRow>
{
    Q_OBJECT

public:
    enum Column {
        PhoneNumberColumn,
        StatusColumn,
        MessagingProfileColumn,
        OrderColumn,
        IdColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit HostedNumbersModel(ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    // The API does not say which order a hosted number belongs to: the orders list does (number
    // id → order id, see HostedOrdersModel::orderIdsByNumber()). Updates the Order column.
    void setOrderIds(const QHash<QString, QString> &orderIdByNumberId);
    QString orderIdForNumber(const QString &numberId) const
    {
        return m_orderIdByNumberId.value(numberId);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(int pageSize) override;
    QVariant cellData(const HostedNumberRow &row, int column, int role) const override;

private:
    QHash<QString, QString> m_orderIdByNumberId;
};
