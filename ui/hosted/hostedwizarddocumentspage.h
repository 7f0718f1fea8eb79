#pragma once

#include "pdfdocumentfield.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QWizardPage>

class ApiCall;
class ApiError;
class HostedOrderWizard;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Step 4: the LOA and the last bill, checked before any upload, previewed, and uploaded in
// one multipart request with progress and Cancel. Upload first reads both files again on a
// worker thread (they may have changed since they were chosen) and sends the bytes it checked.
class HostedDocumentsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedDocumentsPage(HostedOrderWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // From pressing Upload (while the files are read again) until Telnyx answers.
    bool isUploading() const { return m_call != nullptr || m_inspection != nullptr; }
    PdfDocumentField *loaField() const { return m_loa; }
    PdfDocumentField *billField() const { return m_bill; }
    void upload();
    void cancelUpload();

Q_SIGNALS:
    // The files passed the second check and the upload request has been sent.
    void uploadStarted();

private:
    void onInspected(const QString &orderId, const QList<PdfInspection> &inspections);
    void send(const QList<PdfInspection> &inspections);
    void abandonInspection();
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
    QFutureWatcher<QList<PdfInspection>> *m_inspection = nullptr; // the second check, running
    bool m_failedOnce = false;
};
