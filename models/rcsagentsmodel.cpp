#include "rcsagentsmodel.h"

#include "api/pager.h"
#include "api/rcsapi.h"

using namespace Qt::StringLiterals;

RcsAgentRow RcsAgentRow::fromJson(const QJsonObject &object)
{
    const RcsAgent agent = RcsAgent::fromJson(object);
    RcsAgentRow row;
    row.id = agent.agentId;
    row.status = agent.enabled ? u"enabled"_s : u"disabled"_s;
    row.name = agent.agentName;
    row.enabled = agent.enabled;
    row.messagingProfileId = agent.profileId.value_or(QString());
    row.webhookUrl = agent.webhookUrl.value_or(QString());
    row.updatedAt = agent.updatedAt;
    row.stored = PagedListModel::storedRecord(object);
    row.searchText = QString(row.name % u'\n' % row.id % u'\n' % row.status % u'\n' %
                             row.messagingProfileId % u'\n' % row.webhookUrl)
                         .toLower();
    return row;
}

QVariant RcsAgentRow::record() const
{
    return QVariant::fromValue(RcsAgent::fromJson(PagedListModel::restoredRecord(stored)));
}

RcsAgentsModel::RcsAgentsModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{}

int RcsAgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RcsAgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return PagedRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Agent");
    case AgentIdColumn:
        return tr("Agent id");
    case EnabledColumn:
        return tr("Enabled");
    case MessagingProfileColumn:
        return tr("Messaging profile");
    case WebhookUrlColumn:
        return tr("Webhook URL");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

Pager *RcsAgentsModel::createPager(int pageSize)
{
    return RcsApi(client()).agentsPager(pageSize);
}

QVariant RcsAgentsModel::cellData(const RcsAgentRow &row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(column)) {
    case NameColumn:
        return row.name;
    case AgentIdColumn:
        return row.id;
    case EnabledColumn:
        return display ? QVariant(row.enabled ? tr("Yes") : tr("No")) : QVariant(row.enabled);
    case MessagingProfileColumn:
        return row.messagingProfileId;
    case WebhookUrlColumn:
        return row.webhookUrl;
    case UpdatedColumn:
        return display ? QVariant(displayDateTime(row.updatedAt)) : QVariant(row.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}
