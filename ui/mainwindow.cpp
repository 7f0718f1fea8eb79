#include "mainwindow.h"

#include "api/apiclient.h"
#include "api/pager.h"
#include "pagedjsonmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace {

PagedJsonModel::Column nested(const QString &title, std::function<QVariant(const QJsonObject &)> f)
{
    return {title, std::move(f)};
}

} // namespace

MainWindow::MainWindow(ApiClient *client, bool sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_tabs(new QTabWidget(this))
    , m_inFlightLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Telnyx Hosted Messaging Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_tabs->setObjectName(QStringLiteral("areaTabs"));
    setCentralWidget(m_tabs);
    resize(1100, 700);

    auto *tollFree = new PagedJsonModel(
        {PagedJsonModel::field(tr("Business"), QStringLiteral("businessName")),
         nested(tr("Toll-free numbers"),
                [](const QJsonObject &r) {
                    QStringList numbers;
                    const QJsonArray list = r.value(QLatin1StringView("phoneNumbers")).toArray();
                    for (const QJsonValue &n : list)
                        numbers.append(
                            n.toObject().value(QLatin1StringView("phoneNumber")).toString());
                    return QVariant(numbers.join(QStringLiteral(", ")));
                }),
         PagedJsonModel::field(tr("Use case"), QStringLiteral("useCase")),
         PagedJsonModel::field(tr("Status"), QStringLiteral("verificationStatus")),
         PagedJsonModel::field(tr("Created"), QStringLiteral("createdAt")),
         PagedJsonModel::field(tr("Updated"), QStringLiteral("updatedAt"))},
        this);
    addListTab(tr("Toll-free verification"), QStringLiteral("tollFreeTable"), tollFree, [=, this] {
        tollFree->setPager(new Pager(m_client,
                                     QStringLiteral("/messaging_tollfree/verification/requests"),
                                     PageShape::RecordsPlain, 100));
    });

    auto *orders = new PagedJsonModel(
        {PagedJsonModel::field(tr("Order"), QStringLiteral("id")),
         PagedJsonModel::field(tr("Status"), QStringLiteral("status")),
         nested(tr("Numbers"),
                [](const QJsonObject &r) {
                    return QVariant(r.value(QLatin1StringView("phone_numbers")).toArray().size());
                }),
         PagedJsonModel::field(tr("Messaging profile"), QStringLiteral("messaging_profile_id")),
         PagedJsonModel::field(tr("Created"), QStringLiteral("created_at"))},
        this);
    addListTab(tr("Hosted numbers"), QStringLiteral("hostedOrdersTable"), orders, [=, this] {
        orders->setPager(new Pager(m_client, QStringLiteral("/messaging_hosted_number_orders"),
                                   PageShape::DataMeta, 100));
    });

    auto *agents = new PagedJsonModel(
        {PagedJsonModel::field(tr("Name"), QStringLiteral("agent_name")),
         PagedJsonModel::field(tr("Agent ID"), QStringLiteral("agent_id")),
         PagedJsonModel::field(tr("Enabled"), QStringLiteral("enabled")),
         PagedJsonModel::field(tr("Messaging profile"), QStringLiteral("profile_id")),
         PagedJsonModel::field(tr("Webhook URL"), QStringLiteral("webhook_url")),
         PagedJsonModel::field(tr("Updated"), QStringLiteral("updated_at"))},
        this);
    addListTab(tr("RCS"), QStringLiteral("rcsAgentsTable"), agents, [=, this] {
        agents->setPager(
            new Pager(m_client, QStringLiteral("/messaging/rcs/agents"), PageShape::DataMeta, 100));
    });

    auto *domains =
        new PagedJsonModel({PagedJsonModel::field(tr("ID"), QStringLiteral("id")),
                            PagedJsonModel::field(tr("Domain"), QStringLiteral("url_domain")),
                            PagedJsonModel::field(tr("Use case"), QStringLiteral("use_case"))},
                           this);
    addListTab(tr("URL domains"), QStringLiteral("urlDomainsTable"), domains, [=, this] {
        domains->setPager(new Pager(m_client, QStringLiteral("/messaging_url_domains"),
                                    PageShape::DataMeta, 100));
    });

    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(refreshAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(refreshAction);

    auto *urlLabel = new QLabel(client->baseUrl().toDisplayString(), this);
    urlLabel->setObjectName(QStringLiteral("baseUrlLabel"));
    statusBar()->addWidget(urlLabel);
    if (sandbox) {
        auto *badge = new QLabel(tr("SANDBOX"), this);
        badge->setObjectName(QStringLiteral("sandboxBadge"));
        badge->setStyleSheet(QStringLiteral(
            "QLabel { background: #f59e0b; color: black; font-weight: bold; padding: 1px 6px; "
            "border-radius: 3px; }"));
        statusBar()->addWidget(badge);
    }
    m_errorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    statusBar()->addWidget(m_errorLabel, 1);
    m_inFlightLabel->setObjectName(QStringLiteral("inFlightLabel"));
    statusBar()->addPermanentWidget(m_inFlightLabel);
    connect(client, &ApiClient::callsInFlightChanged, this, [this](int count) {
        m_inFlightLabel->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count)
                                           : QString());
    });

    refresh();
}

void MainWindow::addListTab(const QString &title, const QString &objectName, PagedJsonModel *model,
                            std::function<void()> reload)
{
    auto *view = new QTableView(m_tabs);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(180);
    m_tabs->addTab(view, title);
    connect(model, &PagedJsonModel::loadFailed, m_errorLabel, &QLabel::setText);
    m_lists.append({model, std::move(reload)});
}

void MainWindow::refresh()
{
    m_errorLabel->clear();
    for (const ListTab &tab : std::as_const(m_lists))
        tab.reload();
}
