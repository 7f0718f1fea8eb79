#pragma once

#include <QPointer>
#include <QWizardPage>

class ApiCall;
class ErrorBanner;
class HostedOrderWizard;
class QLabel;
class QLineEdit;
class QProgressBar;

// Step 6: the order's status, what it means and what happens next.
class HostedDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedDonePage(HostedOrderWizard *wizard);

    void initializePage() override;
    int nextId() const override { return -1; }
    void showOrder();

private:
    HostedOrderWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QLabel *m_explanation;
    QLabel *m_nextAction;
    QLabel *m_numbers;
    QLineEdit *m_orderId;
    QPointer<ApiCall> m_call;
};

// continueOrder(): the order is being fetched (or could not be).
class HostedLoadingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedLoadingPage(HostedOrderWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return false; }
    int nextId() const override { return -1; }
    void load();

private:
    HostedOrderWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    ErrorBanner *m_banner;
    QPointer<ApiCall> m_call;
};
