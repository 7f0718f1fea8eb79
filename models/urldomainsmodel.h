#pragma once

#include "domain/urldomain.h"
#include "pagedrowsmodel.h"

// One messaging URL domain as the list shows it.
struct UrlDomainRow
{
    QString id;
    QString status; // URL domains have no status: always empty
    QString searchText;
    QString domain;
    QString useCase;
    QByteArray stored; // the record as received, CBOR-encoded (see storedRecord())

    static UrlDomainRow fromJson(const QJsonObject &object);
    QVariant record() const; // UrlDomain
};

// GET /messaging_url_domains.
class UrlDomainsModel : public PagedRowsModel<UrlDomainRow>
{
    Q_OBJECT

public:
    enum Column { IdColumn, DomainColumn, UseCaseColumn, ColumnCount };
    Q_ENUM(Column)

    explicit UrlDomainsModel(ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(int pageSize) override;
    QVariant cellData(const UrlDomainRow &row, int column, int role) const override;
};
