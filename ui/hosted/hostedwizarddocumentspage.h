#pragma once

#include <QPointer>
#include <QWizardPage>

class ApiCall;
class ApiError;
class HostedOrderWizard;
class PdfDocumentField;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Step 4: the LOA and the last bill, checked before any upload, previewed, and uploaded in
// one multipart request with progress and Cancel.
class HostedDocumentsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedDocumentsPage(HostedOrderWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isUploading() const { return m_call != nullptr; }
    PdfDocumentField *loaField() const { return m_loa; }
    PdfDocumentField *billField() const { return m_bill; }
    void upload();
    void cancelUpload();

private:
    void onUploadFailed(const ApiError &error);
    void setUploading(bool uploading);
    void updateProblems();
    void showStatus(const QString &text, bool isError);

    HostedOrderWizard *m_wizard;
    QLabel *m_orderBanner;
    QLineEdit *m_orderId;
    PdfDocumentField *m_loa;
    PdfDocumentField *m_bill;
    QPushButton *m_upload;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_problems;
    QPointer<ApiCall> m_call;
    bool m_failedOnce = false;
};
