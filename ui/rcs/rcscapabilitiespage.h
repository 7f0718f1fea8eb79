#pragma once

#include "domain/phonenumberlist.h"
#include "session/rcscapabilitychecker.h"

#include <QTimer>
#include <QWidget>

class ApiClient;
class ErrorBanner;
class FieldFeedback;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class RcsAgentsModel;
class RcsCapabilityCache;
class RcsCapabilitiesModel;
class RcsCapabilitiesProxy;
class StateTableView;
class TableRowActions;

// RCS capability checks: one number, or thousands pasted or imported, in batches.
//
// The agent comes from the agents list (or is typed). "One number" asks GET capabilities and
// shows the features in plain words, or why RCS is not available. "Many numbers" parses the
// pasted text or an imported CSV/text file (PhoneNumberList), checks them through an
// RcsCapabilityChecker with progress and Cancel, and fills the results table (filter, RCS
// filter, sorting, CSV export, copy). Answers of this session are reused unless "Check again"
// is ticked (`cache`, the session's, shared with the composer). Destroying the page cancels its
// requests.
class RcsCapabilitiesPage : public QWidget
{
    Q_OBJECT

public:
    RcsCapabilitiesPage(ApiClient *client, RcsCapabilityCache *cache, RcsAgentsModel *agents,
                        QWidget *parent = nullptr);
    ~RcsCapabilitiesPage() override;

    // The agent picked, or typed.
    QString agentId() const;
    void setAgentId(const QString &agentId);
    RcsCapabilityChecker *checker() const { return m_checker; }
    RcsCapabilitiesModel *resultsModel() const { return m_model; }
    RcsCapabilitiesProxy *resultsProxy() const { return m_proxy; }
    StateTableView *resultsTable() const { return m_table; }
    // The numbers of the bulk box as parsed now.
    const PhoneNumberList &bulkNumbers() const { return m_parsed; }

    // Writes the shown rows and columns as CSV.
    bool exportCsvTo(const QString &fileName, QString *errorMessage = nullptr);
    // Reads a CSV or text file of numbers into the bulk box; false (and a message) if unreadable.
    bool importFileFrom(const QString &fileName, QString *errorMessage = nullptr);

public Q_SLOTS:
    void checkSingle();
    void checkAll();
    void cancelBulk();
    void retryFailed();
    void importFile(); // non-modal file dialog
    void exportCsv();  // non-modal file dialog
    void copyRows();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildAgentRow();
    QWidget *buildSingleGroup();
    QWidget *buildBulkGroup();
    QWidget *buildResults();
    void rebuildAgentItems();
    void updateAgentNote();
    void updateSingleButton();
    void parseBulkText();
    void updateBulkControls();
    void updateFeatureColumns();
    void updateCounts();
    void updatePlaceholder();
    void startBulk(const QStringList &numbers);
    void showSingleResult(const RcsCapabilities &capabilities, bool fromCache);
    void showSingleFailure(const QString &number, const QString &message, const ApiError &error);
    void onBulkFinished(const RcsCheckSummary &summary);
    QString agentName(const QString &agentId) const;
    bool forceRefresh() const;

    ApiClient *m_client;
    RcsAgentsModel *m_agents;
    RcsCapabilityChecker *m_checker;
    RcsCapabilitiesModel *m_model;
    RcsCapabilitiesProxy *m_proxy;

    QComboBox *m_agentCombo = nullptr;
    QLabel *m_agentNote = nullptr;
    QCheckBox *m_refresh = nullptr;

    QLineEdit *m_singleNumber = nullptr;
    FieldFeedback *m_singleFeedback = nullptr;
    QPushButton *m_singleButton = nullptr;
    QLabel *m_singleResult = nullptr;

    QPlainTextEdit *m_bulkEdit = nullptr;
    QLabel *m_bulkSummary = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_checkAllButton = nullptr;
    QTimer m_parseDebounce;
    PhoneNumberList m_parsed;
    QString m_importNote; // "From numbers.csv: …" until the text is edited
    bool m_settingText = false;

    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryFailedButton = nullptr;
    QLabel *m_runStatus = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    StateTableView *m_table = nullptr;
    TableRowActions *m_rowActions = nullptr;
    QTimer m_filterDebounce;

    QString m_runAgent;
    int m_failedBatches = 0;
    QString m_lastFailure;
};
