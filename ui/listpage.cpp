#include "listpage.h"

#include "api/apierror.h"
#include "consolepalette.h"
#include "listfilterproxy.h"
#include "pagedlistmodel.h"
#include "widgets/errorbanner.h"
#include "widgets/statetableview.h"
#include "widgets/statusbadgedelegate.h"
#include "widgets/tablerowactions.h"
#include "widgets/taborder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QObject::tr("yes") : QObject::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().toHtmlEscaped();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isObject()) {
                QStringList fields;
                const QJsonObject object = item.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    fields.append(valueText(it.value()));
                parts.append(fields.join(QStringLiteral(" · ")));
            } else {
                parts.append(valueText(item));
            }
        }
        return parts.join(QStringLiteral("<br>"));
    }
    case QJsonValue::Object: {
        QStringList fields;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields.append(it.key().toHtmlEscaped() + QStringLiteral(": ") + valueText(it.value()));
        return fields.join(QStringLiteral("<br>"));
    }
    }
    return {};
}

} // namespace

ListPage::ListPage(Options options, QWidget *parent)
    : QWidget(parent)
    , m_options(std::move(options))
    , m_proxy(new ListFilterProxy(this))
    , m_banner(new ErrorBanner(this))
    , m_filterRow(new QWidget(this))
    , m_filter(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_loadAllButton(new QPushButton(tr("Load &all"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new StateTableView(this))
    , m_detail(new QTextBrowser(this))
{
    const QString &key = m_options.key;
    setObjectName(key + QStringLiteral("Page"));
    m_filter->setObjectName(key + QStringLiteral("FilterEdit"));
    m_countLabel->setObjectName(key + QStringLiteral("CountLabel"));
    m_loadAllButton->setObjectName(key + QStringLiteral("LoadAllButton"));
    m_progress->setObjectName(key + QStringLiteral("LoadAllProgress"));
    m_cancelButton->setObjectName(key + QStringLiteral("LoadAllCancelButton"));
    m_table->setObjectName(key + QStringLiteral("Table"));
    m_detail->setObjectName(key + QStringLiteral("Detail"));
    m_splitter->setObjectName(key + QStringLiteral("Splitter"));
    m_banner->setObjectName(key + QStringLiteral("ErrorBanner"));

    m_proxy->setSourceModel(m_options.model);

    m_filter->setPlaceholderText(tr("Filter these rows (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(m_options.noun));
    m_loadAllButton->setToolTip(tr("Fetch every page of this list, for example before exporting"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->hide();

    auto *filterLayout = new QHBoxLayout(m_filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addWidget(m_countLabel);
    filterLayout->addWidget(m_progress);
    filterLayout->addWidget(m_cancelButton);
    filterLayout->addWidget(m_loadAllButton);

    m_table->setModel(m_proxy);
    m_table->applyListLook(10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setHighlightSections(false);
    if (m_options.statusColumn >= 0)
        m_table->setItemDelegateForColumn(m_options.statusColumn, new StatusBadgeDelegate(m_table));

    m_table->setAccessibleName(m_options.title);
    m_detail->setOpenExternalLinks(false);
    m_detail->setAccessibleName(tr("Details of the selected row"));
    m_detail->setPlaceholderText(tr("Select a row to see all of its fields."));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({700, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_splitter, 1);

    m_rowActions = new TableRowActions(m_table,
                                       {tr("Export %1 as CSV").arg(m_options.noun),
                                        QStringLiteral("exportCsvDialog"),
                                        m_options.key + QStringLiteral(".csv")},
                                       this);
    connect(m_rowActions, &TableRowActions::statusMessage, this, &ListPage::statusMessage);
    connect(m_rowActions, &TableRowActions::exportFailed, m_banner,
            [this](const QString &message) { m_banner->showError(message); });
    connect(m_rowActions, &TableRowActions::shownRowsChanged, this, &ListPage::updateCounts);

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDebounce, qOverload<>(&QTimer::start));
    connect(&m_filterDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text());
        updateCounts();
        updatePlaceholder();
    });
    connect(m_loadAllButton, &QPushButton::clicked, this, &ListPage::loadAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &ListPage::cancelLoadAll);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_lastError.clear();
        Q_EMIT errorChanged({});
        m_options.model->retry();
    });
    connect(m_banner, &ErrorBanner::keyEntryRequested, this, &ListPage::keyEntryRequested);

    PagedListModel *model = m_options.model;
    connect(model, &PagedListModel::stateChanged, this, [this] {
        const bool loadingAll = m_options.model->isLoadingAll() &&
                                m_options.model->state() == PagedListModel::State::Loading;
        m_progress->setVisible(loadingAll);
        m_cancelButton->setVisible(loadingAll);
        m_loadAllButton->setEnabled(m_options.model->state() != PagedListModel::State::Loaded &&
                                    !loadingAll);
        updatePlaceholder();
        updateCounts();
    });
    connect(model, &PagedListModel::progress, this, [this](int loaded, int total) {
        m_progress->setRange(0, qMax(total, 0));
        m_progress->setValue(loaded);
        m_progress->setFormat(total >= 0 ? tr("%L1 of %L2").arg(loaded).arg(total)
                                         : QLocale().toString(loaded));
        updateCounts();
    });
    connect(model, &PagedListModel::errorOccurred, this,
            [this](const ApiError &error, const QString &message) {
                if (error.kind() == ApiError::Kind::Cancelled)
                    return;
                onModelError(message, error.httpStatus());
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_banner->hide();
        updatePlaceholder();
        updateCounts();
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPage::updateDetail);
    updatePlaceholder();
    updateCounts();
}

void ListPage::setExtraFilterBar(QWidget *bar)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1, bar);
    // The bar stands above the list's own filter, so Tab visits it first: the list's own
    // stops move after the bar's last one.
    const QList<QWidget *> barStops = TabOrder::stopsIn(bar);
    if (!barStops.isEmpty())
        TabOrder::chain({barStops.constLast(), m_filter, m_loadAllButton, m_table});
}

void ListPage::setDetailWidget(QWidget *widget)
{
    m_customDetail = widget;
    m_splitter->replaceWidget(1, widget);
    m_detail->hide();
}

QVariant ListPage::currentRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->index(current.row(), 0).data(PagedListModel::RecordRole);
}

bool ListPage::selectRecord(const QString &id)
{
    if (id.isEmpty())
        return false;
    const QModelIndexList hits =
        m_proxy->match(m_proxy->index(0, 0), PagedListModel::IdRole, id, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    m_table->setCurrentIndex(hits.first());
    m_table->scrollTo(hits.first());
    return true;
}

void ListPage::clearCurrentRecord()
{
    m_table->selectionModel()->clear();
    m_table->setCurrentIndex({});
}

void ListPage::onModelError(const QString &message, int httpStatus)
{
    m_lastError = message;
    m_banner->showError(message, httpStatus == 401);
    updatePlaceholder();
    Q_EMIT errorChanged(message);
}

void ListPage::updatePlaceholder()
{
    m_table->setPlaceholderText(
        m_options.model->emptyStateText(m_options.noun, m_proxy->rowCount(), m_filter->text()));
}

void ListPage::updateCounts()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_options.model->rowCount();
    const int total = m_options.model->totalRows();
    const bool complete = m_options.model->state() == PagedListModel::State::Loaded;
    QString text;
    QString tip;
    if (m_proxy->isFiltering()) {
        text = tr("%1 of %2 loaded rows").arg(shown).arg(loaded);
    } else if (complete && m_options.model->totalsDisagree()) {
        // Said, not hidden: the list may have changed while it loaded, or the server's count
        // is wrong.
        text = tr("%1 loaded; the server counted %2").arg(loaded).arg(total);
        tip = tr("Every page has arrived, but the number of %1 differs from the server's count. "
                 "Records may have been added or deleted while the list was loading; refresh "
                 "(F5) to load it again.")
                  .arg(m_options.noun);
    } else if (complete && total >= 0) {
        text = tr("%1 of %2 loaded").arg(loaded).arg(total);
    } else if (total > loaded) {
        text = tr("%1 of %2 rows loaded").arg(loaded).arg(total);
    } else {
        text = tr("%Ln row(s)", nullptr, loaded);
    }
    m_countLabel->setText(text);
    m_countLabel->setToolTip(tip);
}

void ListPage::updateDetail()
{
    Q_EMIT currentRecordChanged(currentRecord());
    if (m_customDetail)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_options.recordJson) {
        m_detail->clear();
        return;
    }
    const QJsonObject record =
        m_options.recordJson(m_proxy->index(current.row(), 0).data(PagedListModel::RecordRole));
    const QString muted = ConsolePalette().muted().name();
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (auto it = record.begin(); it != record.end(); ++it) {
        html += QStringLiteral("<tr><td style='color:%3; padding-right:10px' valign='top'>%1"
                               "</td><td>%2</td></tr>")
                    .arg(it.key().toHtmlEscaped(), valueText(it.value()), muted);
    }
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

void ListPage::refresh()
{
    m_banner->hide();
    m_lastError.clear();
    Q_EMIT errorChanged({});
    m_options.model->reload();
}

void ListPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ListPage::exportCsv()
{
    m_rowActions->exportCsv();
}

bool ListPage::exportCsvTo(const QString &fileName, QString *errorMessage)
{
    return m_rowActions->exportCsvTo(fileName, errorMessage);
}

void ListPage::copySelectedRows()
{
    m_rowActions->copyRows();
}

void ListPage::loadAll()
{
    m_options.model->loadAll();
}

void ListPage::cancelLoadAll()
{
    m_options.model->cancelLoading();
}

void ListPage::saveState(QSettings &settings) const
{
    settings.beginGroup(m_options.key);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.endGroup();
}

void ListPage::restoreState(QSettings &settings)
{
    settings.beginGroup(m_options.key);
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("header")).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    settings.endGroup();
}
