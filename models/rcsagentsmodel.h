#pragma once

#include "domain/rcs.h"
#include "pagedrowsmodel.h"

// One RCS agent as the list shows it.
struct RcsAgentRow
{
    QString id; // agent_id
    // "enabled" or "disabled": agents have no status on the wire; this feeds the badge.
    QString status;
    QString searchText;
    QString name;
    bool enabled = false;
    QString messagingProfileId;
    QString webhookUrl;
    QDateTime updatedAt;
    QByteArray stored; // the record as received, CBOR-encoded (see storedRecord())

    static RcsAgentRow fromJson(const QJsonObject &object);
    QVariant record() const; // RcsAgent
};

// GET /messaging/rcs/agents.
class RcsAgentsModel : public PagedRowsModel<RcsAgentRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AgentIdColumn,
        EnabledColumn,
        MessagingProfileColumn,
        WebhookUrlColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RcsAgentsModel(ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    int profileColumn() const override { return MessagingProfileColumn; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(int pageSize) override;
    QVariant cellData(const RcsAgentRow &row, int column, int role) const override;
};
