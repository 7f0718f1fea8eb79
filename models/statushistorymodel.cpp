#include "statushistorymodel.h"

#include "api/apiclient.h"
#include "api/pager.h"
#include "api/tollfreeapi.h"
#include "plaintooltip.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

StatusHistoryModel::StatusHistoryModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_ticker.setInterval(60 * 1000);
    connect(&m_ticker, &QTimer::timeout, this, &StatusHistoryModel::tick);
}

StatusHistoryModel::~StatusHistoryModel()
{
    abortPager();
}

void StatusHistoryModel::setRequest(const QString &id)
{
    if (id.isEmpty()) {
        clear();
        return;
    }
    if (id != m_requestId) {
        abortPager();
        m_requestId = id;
        if (!m_changes.isEmpty()) {
            beginResetModel();
            m_changes.clear();
            endResetModel();
        }
    }
    reload();
}

void StatusHistoryModel::reload()
{
    abortPager();
    m_error = {};
    if (m_requestId.isEmpty() || !m_client) {
        setState(m_changes.isEmpty() ? State::Empty : State::Loaded);
        return;
    }
    m_incoming.clear();
    Pager *pager = TollFreeApi(m_client).statusHistoryPager(m_requestId, m_pageSize, this);
    m_pager = pager;
    connect(pager, &Pager::pageLoaded, this,
            [this](int, const QJsonArray &items) { onPage(items); });
    connect(pager, &Pager::completed, this, &StatusHistoryModel::onCompleted);
    connect(pager, &Pager::failed, this, &StatusHistoryModel::onFailed);
    setState(State::Loading);
    pager->fetchAll();
}

void StatusHistoryModel::clear()
{
    abortPager();
    m_requestId.clear();
    m_error = {};
    beginResetModel();
    m_changes.clear();
    endResetModel();
    m_ticker.stop();
    setState(State::Empty);
}

void StatusHistoryModel::cancel()
{
    const bool wasLoading = m_pager != nullptr;
    abortPager();
    if (wasLoading && m_state == State::Loading) {
        m_error = ApiError(ApiError::Kind::Cancelled);
        setState(State::Failed);
    }
}

void StatusHistoryModel::abortPager()
{
    if (m_pager) {
        Pager *pager = m_pager;
        m_pager = nullptr;
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
    m_incoming.clear();
}

void StatusHistoryModel::setChanges(const QList<TfvStatusChange> &changes)
{
    abortPager();
    m_error = {};
    replaceChanges(changes);
    setState(State::Loaded);
}

void StatusHistoryModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_changes.isEmpty()) {
        const QModelIndex cell = index(int(m_changes.size()) - 1, DurationColumn);
        Q_EMIT dataChanged(cell, cell);
    }
}

QDateTime StatusHistoryModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString StatusHistoryModel::errorMessage() const
{
    return m_state == State::Failed ? m_error.message() : QString();
}

QString StatusHistoryModel::currentStatus() const
{
    return m_changes.isEmpty() ? QString() : m_changes.constLast().verificationStatus;
}

QString StatusHistoryModel::currentReason() const
{
    return m_changes.isEmpty() ? QString() : m_changes.constLast().reason;
}

QDateTime StatusHistoryModel::currentSince() const
{
    return m_changes.isEmpty() ? QDateTime() : m_changes.constLast().updatedAt;
}

qint64 StatusHistoryModel::totalAge() const
{
    if (m_changes.isEmpty() || !m_changes.constFirst().updatedAt.isValid())
        return 0;
    return qMax<qint64>(0, m_changes.constFirst().updatedAt.msecsTo(now()));
}

qint64 StatusHistoryModel::durationInStatus(int row) const
{
    if (row < 0 || row >= m_changes.size())
        return -1;
    const QDateTime from = m_changes.at(row).updatedAt;
    const QDateTime until = row + 1 < m_changes.size() ? m_changes.at(row + 1).updatedAt : now();
    if (!from.isValid() || !until.isValid())
        return 0;
    return qMax<qint64>(0, from.msecsTo(until));
}

QString StatusHistoryModel::formatDuration(qint64 milliseconds)
{
    const qint64 minutes = qMax<qint64>(0, milliseconds) / 60000;
    if (minutes < 1)
        return tr("< 1 min");
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 restMinutes = minutes % 60;
    if (days > 0) {
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    }
    if (hours > 0) {
        return restMinutes > 0 ? tr("%1 h %2 min").arg(hours).arg(restMinutes)
                               : tr("%1 h").arg(hours);
    }
    return tr("%1 min").arg(restMinutes);
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TfvStatusChange &change = m_changes.at(row);
    const bool current = row == m_changes.size() - 1;
    switch (role) {
    case StatusRole:
        return change.verificationStatus;
    case ReasonRole:
        return change.reason;
    case ChangedAtRole:
        return change.updatedAt;
    case DurationRole:
        return durationInStatus(row);
    case IsCurrentRole:
        return current;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return tfvStatusExplanation(change.status());
        if (index.column() == ReasonColumn && !change.reason.isEmpty())
            return PlainText::toolTip(change.reason); // the reviewers' words, not markup
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case StatusColumn:
        return display ? tfvStatusLabel(change.verificationStatus) : change.verificationStatus;
    case ReasonColumn:
        return change.reason;
    case ChangedAtColumn:
        return display ? QVariant(PagedListModel::displayDateTime(change.updatedAt))
                       : QVariant(change.updatedAt);
    case DurationColumn: {
        const qint64 duration = durationInStatus(row);
        if (!display)
            return duration;
        return current ? tr("%1 so far").arg(formatDuration(duration)) : formatDuration(duration);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case ChangedAtColumn:
        return tr("Changed at");
    case DurationColumn:
        return tr("Time in status");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> StatusHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(StatusRole, "status");
    names.insert(ReasonRole, "reason");
    names.insert(ChangedAtRole, "changedAt");
    names.insert(DurationRole, "duration");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}

void StatusHistoryModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StatusHistoryModel::onPage(const QJsonArray &items)
{
    for (const QJsonValue &item : items) {
        if (item.isObject())
            m_incoming.append(TfvStatusChange::fromJson(item.toObject()));
    }
}

void StatusHistoryModel::onCompleted()
{
    QList<TfvStatusChange> changes = std::move(m_incoming);
    abortPager();
    replaceChanges(std::move(changes));
    setState(State::Loaded);
    Q_EMIT loaded();
}

void StatusHistoryModel::onFailed(const ApiError &error)
{
    abortPager();
    m_error = error;
    setState(State::Failed);
    Q_EMIT failed(error, error.message());
}

void StatusHistoryModel::replaceChanges(QList<TfvStatusChange> changes)
{
    // Oldest first; the stable sort keeps the server's order for changes at the same instant.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const TfvStatusChange &left, const TfvStatusChange &right) {
                         return left.updatedAt < right.updatedAt;
                     });
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
    if (m_changes.isEmpty())
        m_ticker.stop();
    else
        m_ticker.start();
}

void StatusHistoryModel::tick()
{
    if (m_changes.isEmpty())
        return;
    const QModelIndex cell = index(int(m_changes.size()) - 1, DurationColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole, DurationRole});
}
