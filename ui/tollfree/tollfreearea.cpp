#include "tollfreearea.h"

#include "listpage.h"
#include "session/tollfreewatcher.h"
#include "tollfreedetailpane.h"
#include "tollfreefilterbar.h"
#include "tollfreerequestsmodel.h"

#include <QVBoxLayout>

TollFreeArea::TollFreeArea(ApiClient *client, TollFreeWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_model(new TollFreeRequestsModel(client, this))
    , m_watcher(watcher)
{
    setObjectName(QStringLiteral("tollFreeArea"));
    m_page = new ListPage(
        {QStringLiteral("tollFree"), tr("Toll-free verification"), tr("verification requests"),
         m_model, TollFreeRequestsModel::StatusColumn,
         [](const QVariant &record) { return record.value<TollFreeVerificationRequest>().raw; }},
        this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);

    auto *filterBar = new TollFreeFilterBar(m_page);
    m_page->setExtraFilterBar(filterBar);
    connect(filterBar, &TollFreeFilterBar::filterApplied, m_model,
            &TollFreeRequestsModel::setFilter);

    // The pane shows the selected row's record; a deleted request leaves the list at once.
    m_detail = new TollFreeDetailPane(client, m_page);
    m_page->setDetailWidget(m_detail);
    connect(m_page, &ListPage::currentRecordChanged, m_detail, [this](const QVariant &record) {
        m_detail->setRequest(record.value<TollFreeVerificationRequest>());
    });
    connect(m_detail, &TollFreeDetailPane::deleted, m_model,
            [this](const QString &id) { m_model->removeRecord(id); });
    connect(m_detail, &TollFreeDetailPane::editRequested, this, &TollFreeArea::editRequested);
    connect(m_detail, &TollFreeDetailPane::duplicateRequested, this,
            &TollFreeArea::duplicateRequested);
    connect(m_detail, &TollFreeDetailPane::statusMessage, this, &TollFreeArea::statusMessage);

    // Open requests in the list are re-checked in the background.
    connect(m_model, &QAbstractItemModel::modelReset, m_watcher, &TollFreeWatcher::unwatchAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_watcher,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const TollFreeRequestRow &entry = m_model->rowAt(row);
                    m_watcher->watch(entry.id, entry.status);
                }
            });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, m_watcher,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_watcher->unwatch(m_model->rowAt(row).id);
            });
    connect(m_watcher, &TollFreeWatcher::statusChanged, this, &TollFreeArea::onStatusChanged);
}

void TollFreeArea::onStatusChanged(const TollFreeVerificationRequest &updated,
                                   const QString &previous)
{
    if (m_detail->requestId() == updated.id)
        m_detail->setRequest(updated);
    // The row changes in place: selection, scroll position and loaded pages stay.
    m_model->updateRecord(updated.raw);
    Q_EMIT statusChanged(updated, previous);
}

void TollFreeArea::recordSaved(const TollFreeVerificationRequest &request)
{
    if (m_model->filter() != TollFreeListFilter{}) {
        m_model->reload();
        return;
    }
    const int row = m_model->upsertRecord(request.raw);
    if (row >= 0 && m_detail->requestId() == request.id)
        m_detail->setRequest(request);
    // A resubmitted request is open again.
    m_watcher->watch(request);
}

void TollFreeArea::reload()
{
    m_model->reload();
}
