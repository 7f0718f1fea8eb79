#include "tollfreearea.h"

#include "listpage.h"
#include "session/tollfreewatcher.h"
#include "tollfreedetailpane.h"
#include "tollfreefilterbar.h"
#include "tollfreerecords.h"
#include "tollfreerequestsmodel.h"

#include <QVBoxLayout>

TollFreeArea::TollFreeArea(ApiClient *client, TollFreeWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_records(new TollFreeRecords(client, this))
    , m_model(m_records->model())
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

    // The pane shows the selected row's record and asks the records to delete it.
    m_detail = new TollFreeDetailPane(m_records, m_page);
    m_page->setDetailWidget(m_detail);
    connect(m_page, &ListPage::currentRecordChanged, m_detail, [this](const QVariant &record) {
        m_detail->setRequest(record.value<TollFreeVerificationRequest>());
    });
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
    // A resubmitted request is open again.
    connect(m_records, &TollFreeRecords::recordChanged, m_watcher,
            [this](const TollFreeVerificationRequest &request) { m_watcher->watch(request); });
    connect(m_watcher, &TollFreeWatcher::statusChanged, this,
            [this](const TollFreeVerificationRequest &updated, const QString &previous) {
                m_records->recordRefreshed(updated);
                Q_EMIT statusChanged(updated, previous);
            });
}

void TollFreeArea::showRequest(const TollFreeVerificationRequest &request)
{
    if (m_page->selectRecord(request.id))
        return;
    m_page->clearCurrentRecord();
    m_detail->setRequest(request);
}
