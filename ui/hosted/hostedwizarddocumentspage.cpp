#include "hostedwizarddocumentspage.h"

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/hostedapi.h"
#include "hostedorderwizard.h"
#include "hostedrecords.h"
#include "hostedwizardui.h"
#include "pdfdocumentfield.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;
using namespace HostedWizardUi;

// --- Step 4: documents -------------------------------------------------------------------------

HostedDocumentsPage::HostedDocumentsPage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_orderBanner(wrappedLabel(u"orderCreatedLabel"_s, this))
    , m_orderId(new QLineEdit(this))
    , m_loa(new PdfDocumentField(u"loa"_s, tr("Letter of authorization (LOA)"),
                                 tr("Signed by the owner of the numbers."), this))
    , m_bill(new PdfDocumentField(u"bill"_s, tr("Latest bill"),
                                  tr("From the current carrier, showing the numbers."), this))
    , m_upload(new QPushButton(tr("&Upload documents"), this))
    , m_cancel(new QPushButton(tr("Cancel upload"), this))
    , m_progress(new QProgressBar(this))
    , m_status(wrappedLabel(u"uploadStatusLabel"_s, this))
    , m_problems(problemsLabel(u"documentsPageProblems"_s, this))
{
    setObjectName(u"documentsPage"_s);
    setTitle(tr("Documents"));
    setSubTitle(tr("Upload the signed LOA and the latest bill as PDF files (at most 5 MB "
                   "each). Choose them or drop them onto their boxes."));

    m_orderId->setObjectName(u"orderIdEdit"_s);
    m_orderId->setReadOnly(true);
    m_orderId->setAccessibleName(tr("Order ID"));
    m_orderId->setToolTip(tr("The order's id; select it to copy it."));
    auto *copy = new QPushButton(tr("Cop&y"), this);
    copy->setObjectName(u"copyOrderIdButton"_s);
    copy->setToolTip(tr("Copy the order id to the clipboard."));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_orderId->text()); });

    m_loa->setChooseButtonText(tr("Choose &LOA…"));
    m_bill->setChooseButtonText(tr("Choose b&ill…"));
    m_upload->setObjectName(u"uploadButton"_s);
    m_upload->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_upload->setDefault(false);
    m_upload->setToolTip(tr("Send both documents to Telnyx in one upload."));
    m_cancel->setObjectName(u"cancelUploadButton"_s);
    m_cancel->setToolTip(tr("Stop the upload; both files stay chosen."));
    m_cancel->hide();
    m_progress->setObjectName(u"uploadProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->hide();

    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_orderBanner);
    orderRow->addWidget(m_orderId, 1);
    orderRow->addWidget(copy);
    QWidget::setTabOrder(m_orderId, copy); // the button stands beside the id, above the files
    auto *fields = new QHBoxLayout;
    fields->addWidget(m_loa, 1);
    fields->addWidget(m_bill, 1);
    auto *uploadRow = new QHBoxLayout;
    uploadRow->addWidget(m_progress, 1);
    uploadRow->addStretch(0); // keeps the buttons on the right while no progress shows
    uploadRow->addWidget(m_cancel);
    uploadRow->addWidget(m_upload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(orderRow);
    layout->addSpacing(4);
    layout->addLayout(fields);
    layout->addSpacing(4);
    layout->addLayout(uploadRow);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addStretch(1);

    connect(m_upload, &QPushButton::clicked, this, &HostedDocumentsPage::upload);
    connect(m_cancel, &QPushButton::clicked, this, &HostedDocumentsPage::cancelUpload);
    for (PdfDocumentField *field : {m_loa, m_bill}) {
        connect(field, &PdfDocumentField::pathChanged, this, [this] {
            // New files: what was uploaded before is not what is chosen now.
            if (m_wizard->m_state.documentsUploaded && !isUploading())
                m_status->hide();
            updateProblems();
        });
        connect(field, &PdfDocumentField::checked, this, &HostedDocumentsPage::updateProblems);
    }
    updateProblems();
}

void HostedDocumentsPage::initializePage()
{
    if (m_inspection) { // left from before the wizard was restarted: for other files
        abandonInspection();
        setUploading(false);
    }
    m_orderBanner->setText(tr("Order ID:"));
    m_orderId->setText(m_wizard->m_state.orderId);
    const HostedOrderStatus status = m_wizard->m_order.statusValue();
    if (status == HostedOrderStatus::IncompleteDocumentation ||
        status == HostedOrderStatus::LoaFileInvalid ||
        status == HostedOrderStatus::IncorrectBillingInformation) {
        showStatus(hostedOrderStatusExplanation(status) + u' ' +
                       hostedOrderStatusNextAction(status),
                   true);
    } else if (!m_wizard->m_state.documentsUploaded) {
        m_status->hide();
    }
    updateProblems();
}

bool HostedDocumentsPage::isComplete() const
{
    return !isUploading() && !m_loa->isChecking() && !m_bill->isChecking() &&
           m_wizard->m_state.documentsUploaded;
}

void HostedDocumentsPage::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? errorStyle() : QString());
    m_status->setVisible(!text.isEmpty());
}

void HostedDocumentsPage::updateProblems()
{
    // Two documents are needed, not one file twice.
    const bool sameFile = m_loa->isAcceptable() && m_bill->isAcceptable() &&
                          m_loa->canonicalPath() == m_bill->canonicalPath();
    QString problem;
    if (isUploading()) {
        problem = tr("Uploading… Next is available once Telnyx has both documents.");
    } else if (!m_wizard->m_state.documentsUploaded) {
        QStringList missing;
        if (!m_loa->hasFile())
            missing << tr("choose the LOA");
        else if (m_loa->isChecking())
            missing << tr("wait until the LOA is checked");
        else if (!m_loa->problem().isEmpty())
            missing << tr("choose another LOA (see the message under it)");
        if (!m_bill->hasFile())
            missing << tr("choose the bill");
        else if (m_bill->isChecking())
            missing << tr("wait until the bill is checked");
        else if (!m_bill->problem().isEmpty())
            missing << tr("choose another bill (see the message under it)");
        if (missing.isEmpty() && sameFile)
            missing << tr("choose the bill: the same file is chosen for both");
        problem =
            missing.isEmpty()
                ? tr("To go on, press Upload documents.")
                : tr("To go on, %1, then press Upload documents.").arg(missing.join(tr(" and ")));
        problem += u' ' + tr("You can also close the wizard and continue this order later.");
    }
    showProblem(m_problems, problem);
    m_upload->setEnabled(!isUploading() && m_loa->isAcceptable() && m_bill->isAcceptable() &&
                         !sameFile);
    Q_EMIT completeChanged();
}

void HostedDocumentsPage::setUploading(bool uploading)
{
    m_loa->setLocked(uploading);
    m_bill->setLocked(uploading);
    m_progress->setVisible(uploading);
    m_cancel->setVisible(uploading);
    m_cancel->setEnabled(uploading);
    // No percentage while the files are read again: a busy bar.
    m_progress->setRange(0, m_inspection ? 0 : 100);
    if (uploading)
        m_progress->setValue(0);
    updateProblems();
}

void HostedDocumentsPage::upload()
{
    if (isUploading())
        return;
    if (!m_loa->hasFile() || !m_bill->hasFile()) {
        showStatus(tr("Nothing was uploaded: both documents must be PDF files that pass the "
                      "checks."),
                   true);
        updateProblems();
        return;
    }
    // Checked again now, off the GUI thread: a file may have changed or gone since it was
    // chosen. Nothing is sent unless both pass; what is sent is the bytes checked.
    const QString orderId = m_wizard->m_state.orderId;
    const QString loaPath = m_loa->path();
    const QString billPath = m_bill->path();
    const qreal ratio = devicePixelRatioF();
    auto *watcher = new QFutureWatcher<QList<PdfInspection>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId] {
        if (m_inspection != watcher)
            return; // abandoned
        m_inspection = nullptr;
        watcher->deleteLater();
        onInspected(orderId, watcher->result());
    });
    m_inspection = watcher;
    watcher->setFuture(QtConcurrent::run([loaPath, billPath, ratio] {
        return QList<PdfInspection>{inspectPdf(loaPath, pdfThumbnailBox, ratio),
                                    inspectPdf(billPath, pdfThumbnailBox, ratio)};
    }));
    setUploading(true);
    showStatus(tr("Checking %1 and %2 again…")
                   .arg(QFileInfo(loaPath).fileName(), QFileInfo(billPath).fileName()),
               false);
}

void HostedDocumentsPage::onInspected(const QString &orderId,
                                      const QList<PdfInspection> &inspections)
{
    setUploading(false);
    // Closed, restarted on another order, or other files chosen meanwhile: send nothing.
    if (!isVisible() || m_wizard->m_state.orderId != orderId || inspections.size() != 2 ||
        inspections.at(0).path != m_loa->path() || inspections.at(1).path != m_bill->path()) {
        showStatus(tr("Nothing was uploaded: the files or the order changed while the files "
                      "were checked."),
                   true);
        return;
    }
    m_loa->showInspection(inspections.at(0));
    m_bill->showInspection(inspections.at(1));
    if (!m_loa->isAcceptable() || !m_bill->isAcceptable()) {
        showStatus(tr("Nothing was uploaded: both documents must be PDF files that pass the "
                      "checks."),
                   true);
        updateProblems();
        return;
    }
    if (m_loa->canonicalPath() == m_bill->canonicalPath()) {
        showStatus(tr("Nothing was uploaded: the same file is chosen for both documents."), true);
        updateProblems();
        return;
    }
    send(inspections);
}

void HostedDocumentsPage::abandonInspection()
{
    // Deleting the watcher drops its answer; the worker finishes on its own and touches no
    // widget.
    delete std::exchange(m_inspection, nullptr);
}

void HostedDocumentsPage::send(const QList<PdfInspection> &inspections)
{
    QList<MultipartPart> parts;
    const QList<PdfDocumentField *> fields{m_loa, m_bill};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const PdfInspection &inspection = inspections.at(i);
        parts.append(HostedApi::pdfPart(fields.at(i)->key().toLatin1(),
                                        QFileInfo(inspection.path).fileName(), inspection.bytes));
    }

    auto *call = m_wizard->track(
        m_wizard->m_records->uploadDocuments(m_wizard->m_state.orderId, parts.at(0), parts.at(1)));
    m_call = call;
    connect(call, &ApiCall::uploadProgressed, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(sent * 100 / total));
    });
    call->onResult(this, [this](const HostedOrder &order) {
        m_call = nullptr;
        m_failedOnce = false;
        m_progress->setValue(100);
        m_wizard->setOrder(order);
        m_wizard->m_state.documentsUploaded = true;
        setUploading(false);
        m_upload->setText(tr("&Upload again"));
        showStatus(tr("Both documents were uploaded. The order is now: %1.")
                       .arg(hostedOrderStatusLabel(m_wizard->m_order.status)),
                   false);
        m_wizard->flushDraft();
        Q_EMIT m_wizard->orderChanged(m_wizard->m_state.orderId);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            m_call = nullptr;
        onUploadFailed(error);
    });
    setUploading(true);
    Q_EMIT uploadStarted();
    showStatus(tr("Uploading %1 and %2…")
                   .arg(QFileInfo(m_loa->path()).fileName(), QFileInfo(m_bill->path()).fileName()),
               false);
}

void HostedDocumentsPage::cancelUpload()
{
    if (m_inspection) {
        abandonInspection();
        setUploading(false);
        showStatus(tr("The upload was cancelled before anything was sent. Both files are still "
                      "chosen."),
                   true);
        return;
    }
    if (m_call)
        m_call->cancel();
}

void HostedDocumentsPage::onUploadFailed(const ApiError &error)
{
    m_failedOnce = true;
    setUploading(false);
    m_upload->setText(tr("&Retry upload"));
    if (error.kind() == ApiError::Kind::Cancelled) {
        showStatus(tr("The upload was cancelled. Both files are still chosen: press Retry "
                      "upload to send them."),
                   true);
        return;
    }
    bool placed = false;
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 422) {
        const QList<ApiErrorItem> items = error.fieldItems({u"loa"_s, u"bill"_s});
        for (const ApiErrorItem &item : items) {
            const QString detail = item.detail.isEmpty() ? item.title : item.detail;
            if (item.pointer == u"/loa"_s) {
                m_loa->setServerProblem(detail);
                placed = true;
            } else if (item.pointer == u"/bill"_s) {
                m_bill->setServerProblem(detail);
                placed = true;
            }
        }
    }
    showStatus(placed ? tr("Telnyx did not accept the documents; see the message under each.")
                      : error.message() + u' ' +
                            tr("Both files are still chosen: press Retry upload to send them "
                               "again."),
               true);
    updateProblems();
}
