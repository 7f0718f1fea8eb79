#pragma once

#include "api/hostedapi.h"
#include "domain/hosted.h"
#include "pagedrowsmodel.h"

// One hosted messaging number as the list shows it.
struct HostedNumberRow
{
    QString id;
    // Always empty: the hosted-number resource has no hosting status (the SDK's
    // PhoneNumberWithMessagingSettings declares none). The status shown is the one of the
    // order holding the number, see HostedNumbersModel::setNumberLinks().
    QString status;
    QString searchText;
    QString phoneNumber;
    QString messagingProfileId;
    QDateTime updatedAt;
    QByteArray stored; // the record as received, CBOR-encoded (see storedRecord())

    static HostedNumberRow fromJson(const QJsonObject &object);
    QVariant record() const; // MessagingHostedNumber
};

// GET /messaging_hosted_numbers, with the SDK's server-side filters and sort.
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
    int profileColumn() const override { return MessagingProfileColumn; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString searchTextAt(int row) const override;
    QString statusAt(int row) const override;

    // The API does not say which order a hosted number belongs to nor its hosting status: the
    // orders list does (HostedOrdersModel::numberLinks()). Updates the Status and Order
    // columns; a number no loaded order holds shows "—" there.
    void setNumberLinks(const HostedNumberLinks &links);
    const HostedNumberLinks &numberLinks() const { return m_links; }
    HostedNumberLink linkAt(int row) const;
    // The loaded number with this id: its order's id (empty when not known).
    QString orderIdForNumber(const QString &numberId) const;
    // The loaded row of a number that the order `orderId` lists (its phone_numbers[]): by id,
    // else by phone number when that row's number belongs to this order (an order's number ids
    // need not be the hosted numbers' ids, see HostedNumberLinks). -1 when not loaded.
    int rowOfOrderNumber(const QString &orderId, const HostedNumber &number) const;

    // Applies the server-side filter and reloads from the first page (no-op when unchanged
    // and loaded).
    void setFilter(const HostedNumbersFilter &filter);
    HostedNumbersFilter filter() const { return m_filter; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(int pageSize) override;
    QVariant cellData(const HostedNumberRow &row, int column, int role) const override;

private:
    HostedNumberLink linkOf(const HostedNumberRow &row) const;
    void indexPhoneNumbers(int first, int last);

    HostedNumberLinks m_links;
    HostedNumbersFilter m_filter;
    // Normalised phone number -> id of the row that has it, kept as rows arrive (entries of
    // removed rows are left: rowOf() of their id says they are gone).
    QHash<QString, QString> m_idByPhone;
};
