// The hosted-number order wizard, driven through its widgets by objectName against the
// in-process sandbox: the whole walk from pasted numbers to verified numbers, the multipart
// bytes the sandbox received, documents refused before any request, files checked on a worker
// thread ("Checking…", only the newest answer shown; read again on Upload), upload progress,
// Cancel, a failed upload and Retry, rejected codes and new codes, continuing an order at its first
// unfinished step, the 200-number limit, drafts, and requests cancelled on close.

#include "api/hostedapi.h"
#include "consoleenglish.h"
#include "domain/hostedwizardstate.h"
#include "domain/validators.h"
#include "hosted/hostedorderwizard.h"
#include "hosted/hostedorderwizardpages.h"
#include "hosted/pdfdocumentfield.h"
#include "hostedrecords.h"
#include "isolatedhome.h"
#include "samplepdf.h"
#include "sandboxtestbed.h"
#include "session/messagingprofiles.h"
#include "storage/draftstore.h"
#include "widgets/messagingprofilepicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString createPath = u"POST /v2/messaging_hosted_number_orders"_s;
const QString eligibilityPath =
    u"POST /v2/messaging_hosted_number_orders/eligibility_numbers_check"_s;

QString uploadPath(const QString &orderId)
{
    return u"/v2/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(orderId);
}

QString hostedKind()
{
    return QString::fromLatin1(DraftStore::hostedOrderKind);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestHostedWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_sandbox;
    // What the wizard writes through, as the Hosted numbers area's (its lists stay unloaded).
    std::unique_ptr<HostedRecords> m_records;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<QTemporaryDir> m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;
    QString m_loaPdf;
    QString m_billPdf;
    QString m_largePdf; // a few MB: uploads in several progress steps
    int m_numberBlock = 0;

    template<typename T> static T *find(QWidget *root, const QString &name)
    {
        T *child = root->findChild<T *>(name);
        if (!child)
            qWarning("no widget named %s", qPrintable(name));
        return child;
    }

    // Ten (or n) numbers no other test uses: +1 312 5xx yyyy, never a rule of the sandbox.
    QStringList freshNumbers(int count)
    {
        const int block = ++m_numberBlock;
        QStringList numbers;
        for (int i = 0; i < count; ++i)
            numbers.append(u"+1312%1%2"_s.arg(500 + block).arg(2000 + i, 4, 10, QLatin1Char('0')));
        return numbers;
    }

    std::unique_ptr<HostedOrderWizard> newWizard()
    {
        auto wizard = std::make_unique<HostedOrderWizard>(m_records.get(), m_drafts.get());
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qWarning("wizard not exposed");
        return wizard;
    }

    // A new wizard with `numbers` typed and checked, on the Create page; null when it did not
    // get there.
    std::unique_ptr<HostedOrderWizard> wizardOnCreatePage(const QStringList &numbers)
    {
        auto wizard = newWizard();
        find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s)->setPlainText(numbers.join(u'\n'));
        clickNext(*wizard);
        if (!QTest::qWaitFor([&] { return button(*wizard, u"nextButton"_s)->isEnabled(); }))
            return nullptr;
        clickNext(*wizard);
        if (wizard->currentId() != int(HostedOrderWizard::CreatePageId))
            return nullptr;
        return wizard;
    }

    static QAbstractButton *button(HostedOrderWizard &wizard, const QString &name)
    {
        return find<QAbstractButton>(&wizard, name);
    }

    // Next, or the commit button where the page has one.
    void clickNext(HostedOrderWizard &wizard)
    {
        const int before = wizard.currentId();
        QAbstractButton *next = button(wizard, u"nextButton"_s);
        QVERIFY(next);
        QVERIFY2(next->isVisible() && next->isEnabled(), qPrintable(pageProblems(wizard)));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), before + 1);
    }

    static QString pageProblems(HostedOrderWizard &wizard)
    {
        const auto labels = wizard.currentPage()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->objectName().endsWith(u"PageProblems"_s))
                return label->text();
        }
        return {};
    }

    // An order made through the API (not the wizard), optionally with both documents.
    QString createOrder(const QStringList &numbers, bool withDocuments)
    {
        HostedApi api(&m_sandbox->client);
        HostedOrderCreateRequest request;
        request.phoneNumbers = numbers;
        auto *create = api.createOrder(request);
        QPointer<ApiCall> guard(create);
        HostedOrder order;
        QObject::connect(create, &ApiCall::finished, create,
                         [&order, create] { order = create->result(); });
        if (!SandboxTestbed::wait(create))
            return {};
        if (withDocuments) {
            QFile loa(m_loaPdf);
            QFile bill(m_billPdf);
            if (!loa.open(QIODevice::ReadOnly) || !bill.open(QIODevice::ReadOnly))
                return {};
            auto *upload = api.uploadDocuments(
                order.id, HostedApi::pdfPart("loa", u"loa.pdf"_s, loa.readAll()),
                HostedApi::pdfPart("bill", u"bill.pdf"_s, bill.readAll()));
            if (!SandboxTestbed::wait(upload))
                return {};
        }
        return order.id;
    }

    HostedOrder fetchOrder(const QString &orderId)
    {
        HostedApi api(&m_sandbox->client);
        auto *call = api.retrieveOrder(orderId);
        HostedOrder order;
        QObject::connect(call, &ApiCall::finished, call,
                         [&order, call] { order = call->result(); });
        SandboxTestbed::wait(call);
        return order;
    }

    QJsonObject lastBody(const QString &methodAndPath)
    {
        const QJsonArray log = m_sandbox->requestLog();
        for (qsizetype i = log.size() - 1; i >= 0; --i) {
            const QJsonObject entry = log.at(i).toObject();
            if (entry.value(u"method"_s).toString() + u' ' + entry.value(u"path"_s).toString() ==
                methodAndPath)
                return entry.value(u"body"_s).toObject();
        }
        return {};
    }

    static void dropFile(QWidget *target, const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint center = target->rect().center();
        QDragEnterEvent enter(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(center), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

    // Chooses a file through the field's own (non-blocking) file dialog.
    static void chooseThroughDialog(HostedOrderWizard &wizard, const QString &key,
                                    const QString &path)
    {
        QTest::mouseClick(find<QPushButton>(&wizard, key + u"ChooseButton"_s), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(key + u"FileDialog"_s)));
        QVERIFY(dialog->isVisible());
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Open button does
    }

    // The field checks its file on a worker thread: waits for the answer to be shown.
    [[nodiscard]] static bool waitUntilChecked(PdfDocumentField *field)
    {
        return QTest::qWaitFor([field] { return !field->isChecking(); }, 10000);
    }

    void openAtDocuments(HostedOrderWizard &wizard, const QString &orderId)
    {
        wizard.continueOrder(orderId);
        QTRY_COMPARE(wizard.currentId(), int(HostedOrderWizard::DocumentsPageId));
    }

    static void screenshot(HostedOrderWizard &wizard, const QString &name)
    {
        const QString directory = qEnvironmentVariable("HOSTED_WIZARD_SCREENSHOTS");
        if (!directory.isEmpty())
            wizard.grab().save(directory + u"/h1-"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What users see: "1 page", "3 rows" (main.cpp installs the same).
        installEnglish();
        QVERIFY(isolateUserFiles(m_home, u"hosted-wizard-test"_s));
        SandboxOptions options;
        options.speed = 0; // nothing moves on its own
        options.records = 20;
        m_sandbox = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_sandbox->isListening());
        m_records = std::make_unique<HostedRecords>(&m_sandbox->client);
        m_files = std::make_unique<QTemporaryDir>();
        m_loaPdf = m_files->filePath(u"loa.pdf"_s);
        m_billPdf = m_files->filePath(u"bill.pdf"_s);
        m_largePdf = m_files->filePath(u"large-scan.pdf"_s);
        writePdf(m_loaPdf, u"Letter of authorization"_s);
        writePdf(m_billPdf, u"Carrier bill, October"_s);
        const QByteArray large = writePdf(m_largePdf, u"Scanned LOA"_s, 1000);
        QVERIFY2(large.size() > 1024 * 1024 && large.size() < Validators::maxPdfSize,
                 qPrintable(QString::number(large.size())));
    }
    void init()
    {
        m_draftDir = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<DraftStore>(m_draftDir->path());
        m_sandbox->clearFaults();
        m_sandbox->resetRequests();
    }
    void cleanup()
    {
        m_sandbox->clearFaults();
        m_drafts.reset();
        m_draftDir.reset();
    }

    void wholeWalkWithTenNumbers()
    {
        auto wizard = newWizard();
        QSignalSpy changed(wizard.get(), &HostedOrderWizard::orderChanged);
        const QStringList numbers = freshNumbers(10);
        const QString wireless = u"+13129552222"_s; // exchange starting with 9: wireless

        // 1. Numbers, pasted: some in other shapes, two repeats, two lines that are not numbers.
        QStringList lines;
        for (int i = 0; i < numbers.size(); ++i) {
            const QString &number = numbers.at(i);
            lines.append(
                i % 3 == 1 ? u"(%1) %2-%3"_s.arg(number.mid(2, 3), number.mid(5, 3), number.mid(8))
                           : number);
        }
        lines.insert(3, wireless);
        lines.insert(5, u"call me maybe"_s);
        lines.append(numbers.at(0));
        lines.append(numbers.at(4).mid(2)); // the same number without +1
        lines.append(u"12"_s);
        auto *edit = find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s);
        QApplication::clipboard()->setText(lines.join(u'\n'));
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(edit->toPlainText(), lines.join(u'\n'));
        auto *count = find<QLabel>(wizard.get(), u"numbersCountLabel"_s);
        QVERIFY2(count->text().contains(u"11 number"_s), qPrintable(count->text()));
        QVERIFY2(count->text().contains(u"2 duplicate"_s), qPrintable(count->text()));
        auto *invalid = find<QListWidget>(wizard.get(), u"invalidNumbersList"_s);
        QCOMPARE(invalid->count(), 2);
        QVERIFY(invalid->item(0)->text().contains(u"call me maybe"_s));
        screenshot(*wizard, u"numbers"_s);
        clickNext(*wizard);

        // 2. Eligibility: checked on entering; the wireless number is refused in plain words.
        auto *table = find<QTableWidget>(wizard.get(), u"eligibilityTable"_s);
        QTRY_COMPARE(table->rowCount(), 11);
        QCOMPARE(m_sandbox->requestCount(eligibilityPath), 1);
        int wirelessRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == wireless)
                wirelessRow = row;
            else
                QCOMPARE(table->item(row, 1)->text(), u"Eligible"_s);
        }
        QVERIFY(wirelessRow >= 0);
        QCOMPARE(table->item(wirelessRow, 1)->text(),
                 eligibilityStatusLabel(u"NUMBER_CAN_NOT_BE_WIRELESS"_s));
        screenshot(*wizard, u"eligibility"_s);
        auto *remove = find<QPushButton>(wizard.get(), u"removeIneligibleButton"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 10);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(edit->toPlainText(), numbers.join(u'\n'));
        QCOMPARE(m_sandbox->requestCount(eligibilityPath), 1); // no second check needed
        clickNext(*wizard);

        // 3. Create: a double click sends one request.
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::CreatePageId));
        screenshot(*wizard, u"create"_s);
        auto *create = button(*wizard, u"createOrderButton"_s);
        QVERIFY(create->isVisible() && create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::DocumentsPageId));
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
        const QString orderId = wizard->orderId();
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(find<QLineEdit>(wizard.get(), u"orderIdEdit"_s)->text(), orderId);
        QCOMPARE(lastBody(createPath).value(u"phone_numbers"_s).toArray().size(), 10);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!button(*wizard, u"backButton"_s)->isVisible() ||
                !button(*wizard, u"backButton"_s)->isEnabled());
        // The draft now belongs to the order.
        QTRY_COMPARE(m_drafts->list(hostedKind()).size(), 1);
        QCOMPARE(m_drafts->list(hostedKind()).constFirst().requestId, orderId);

        // 4. Documents: one through the file dialog, one dropped onto its field.
        chooseThroughDialog(*wizard, u"loa"_s, m_loaPdf);
        auto *loa = find<PdfDocumentField>(wizard.get(), u"loaField"_s);
        auto *bill = find<PdfDocumentField>(wizard.get(), u"billField"_s);
        QTRY_COMPARE(loa->path(), m_loaPdf);
        dropFile(bill, m_billPdf);
        QCOMPARE(bill->path(), m_billPdf);
        for (PdfDocumentField *field : {loa, bill}) {
            QVERIFY(waitUntilChecked(field));
            QVERIFY2(field->isAcceptable(), qPrintable(field->problem()));
            QCOMPARE(field->pageCount(), 1);
            QVERIFY(!field->previewLabel()->pixmap().isNull());
            QVERIFY(find<QLabel>(wizard.get(), field->key() + u"InfoLabel"_s)
                        ->text()
                        .contains(u"1 page"_s));
        }
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled()); // not uploaded yet
        // The same file for both documents is caught before anything is sent.
        bill->setPath(m_loaPdf);
        QVERIFY(waitUntilChecked(bill));
        QVERIFY(!find<QPushButton>(wizard.get(), u"uploadButton"_s)->isEnabled());
        QVERIFY(pageProblems(*wizard).contains(u"same file"_s));
        dropFile(bill, m_billPdf);
        QVERIFY(waitUntilChecked(bill));
        QVERIFY(find<QPushButton>(wizard.get(), u"uploadButton"_s)->isEnabled());
        screenshot(*wizard, u"documents"_s);
        if (const QString directory = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
            !directory.isEmpty())
            QVERIFY(wizard->grab().save(directory + u"/hosted-documents.png"_s));
        QTest::mouseClick(find<QPushButton>(wizard.get(), u"uploadButton"_s), Qt::LeftButton);
        QTRY_VERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(m_sandbox->requestCount(u"POST "_s + uploadPath(orderId)), 1);
        QCOMPARE(changed.count(), 2);

        // The multipart body: parts loa and bill, application/pdf, the exact bytes.
        const QJsonObject uploads = m_sandbox->control("GET", u"/_sandbox/uploads/"_s + orderId)
                                        .object()
                                        .value(u"data"_s)
                                        .toObject();
        QVERIFY(uploads.value(u"has_loa"_s).toBool());
        QVERIFY(uploads.value(u"has_bill"_s).toBool());
        const QJsonArray parts = uploads.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 2);
        for (const QJsonValue &value : parts) {
            const QJsonObject part = value.toObject();
            const QString name = part.value(u"name"_s).toString();
            QVERIFY(name == u"loa"_s || name == u"bill"_s);
            QFile original(name == u"loa"_s ? m_loaPdf : m_billPdf);
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray bytes = original.readAll();
            QCOMPARE(part.value(u"content_type"_s).toString(), u"application/pdf"_s);
            QCOMPARE(part.value(u"filename"_s).toString(), name + u".pdf"_s);
            QCOMPARE(part.value(u"sha256"_s).toString(), sha256(bytes));
            QCOMPARE(QByteArray::fromBase64(part.value(u"base64"_s).toString().toLatin1()), bytes);
        }
        clickNext(*wizard);

        // 5. Codes: sent by SMS, read from the sandbox, pasted as a column, validated.
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::CodesPageId));
        auto *codes = find<VerificationCodeTable>(wizard.get(), u"codesTable"_s);
        QCOMPARE(codes->rowCount(), 10);
        QTest::mouseClick(find<QPushButton>(wizard.get(), u"sendCodesButton"_s), Qt::LeftButton);
        QTRY_VERIFY(
            codes->item(9, VerificationCodeTable::StatusColumn)->text().contains(u"Code sent"_s));
        QCOMPARE(lastBody(u"POST /v2/messaging_hosted_number_orders/%1/verification_codes"_s.arg(
                              orderId))
                     .value(u"verification_method"_s)
                     .toString(),
                 u"sms"_s);
        const QHash<QString, QString> sent = m_sandbox->verificationCodes(orderId);
        QCOMPARE(sent.size(), 10);
        QStringList column;
        for (int row = 0; row < codes->rowCount(); ++row)
            column.append(
                sent.value(codes->item(row, VerificationCodeTable::NumberColumn)->text()));
        QApplication::clipboard()->setText(column.join(u'\n') + u'\n');
        codes->setFocus();
        codes->setCurrentCell(0, VerificationCodeTable::CodeColumn);
        QTest::keySequence(codes, QKeySequence::Paste);
        for (int row = 0; row < codes->rowCount(); ++row)
            QCOMPARE(codes->item(row, VerificationCodeTable::CodeColumn)->text(), column.at(row));
        screenshot(*wizard, u"codes"_s);
        QTest::mouseClick(find<QPushButton>(wizard.get(), u"validateCodesButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        for (int row = 0; row < codes->rowCount(); ++row)
            QVERIFY(codes->item(row, VerificationCodeTable::StatusColumn)
                        ->text()
                        .contains(u"Verified"_s));
        QCOMPARE(changed.count(), 3);
        clickNext(*wizard);

        // 6. Done: the order's status in plain words; the draft is gone.
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::DonePageId));
        QTRY_COMPARE(find<QLabel>(wizard.get(), u"orderStatusLabel"_s)->text(),
                     hostedOrderStatusLabel(u"provisioning"_s));
        QVERIFY(!find<QLabel>(wizard.get(), u"orderNextActionLabel"_s)->text().isEmpty());
        screenshot(*wizard, u"done"_s);
        QVERIFY(m_drafts->list(hostedKind()).isEmpty());

        // The sandbox's own records: one order, both documents, every number verified (which
        // is what moves an order with its documents to provisioning).
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
        const HostedOrder order = fetchOrder(orderId);
        QCOMPARE(order.id, orderId);
        QCOMPARE(order.status, u"provisioning"_s);
        QCOMPARE(order.phoneNumberList(), numbers);
        for (const HostedNumber &number : order.phoneNumbers)
            QCOMPARE(number.status, u"provisioning"_s);
        QTest::mouseClick(button(*wizard, u"finishButton"_s), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
    }

    void badDocumentsRefusedBeforeUpload_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text renamed .pdf") << u"text"_s << u"not a PDF"_s;
        QTest::newRow("6 MB PDF") << u"large"_s << u"larger than 5 MB"_s;
        QTest::newRow("# in the name") << u"hash"_s << u"cannot contain #"_s;
        QTest::newRow("read fails (works as root)") << u"unreadable"_s << u"cannot be read"_s;
        QTest::newRow("no read permission") << u"permission"_s << u"cannot be read"_s;
    }

    void badDocumentsRefusedBeforeUpload()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path;
        if (kind == u"text"_s) {
            path = dir.filePath(u"notes.pdf"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are plain notes, not a PDF.\n");
        } else if (kind == u"large"_s) {
            path = dir.filePath(u"huge.pdf"_s);
            QByteArray bytes = writePdf(path, u"Huge"_s);
            bytes.append("\n%");
            bytes.append(QByteArray(6 * 1024 * 1024, 'x'));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        } else if (kind == u"hash"_s) {
            path = dir.filePath(u"bill#2.pdf"_s);
            writePdf(path, u"Bill"_s);
        } else if (kind == u"unreadable"_s) {
            // Opens, then every read fails (EIO): refused even for root.
            path = dir.filePath(u"scan.pdf"_s);
            QVERIFY(QFile::link(u"/proc/self/mem"_s, path));
        } else {
            if (::geteuid() == 0)
                QSKIP("root reads files without read permission (the /proc/self/mem row covers "
                      "it)");
            path = dir.filePath(u"locked.pdf"_s);
            writePdf(path, u"Locked"_s);
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        }

        const QString orderId = createOrder(freshNumbers(2), false);
        QVERIFY(!orderId.isEmpty());
        auto wizard = newWizard();
        openAtDocuments(*wizard, orderId);
        auto *loa = find<PdfDocumentField>(wizard.get(), u"loaField"_s);
        auto *bill = find<PdfDocumentField>(wizard.get(), u"billField"_s);
        bill->setPath(m_billPdf);
        loa->setPath(path);
        QVERIFY(waitUntilChecked(loa));
        QVERIFY(waitUntilChecked(bill));

        auto *problem = find<QLabel>(wizard.get(), u"loaPathEditProblem"_s);
        QVERIFY2(problem->isVisible(), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
        QVERIFY(!find<QLabel>(wizard.get(), u"billPathEditProblem"_s)->isVisible());
        QVERIFY(loa->previewLabel()->pixmap().isNull());
        auto *upload = find<QPushButton>(wizard.get(), u"uploadButton"_s);
        QVERIFY(!upload->isEnabled());
        QVERIFY(pageProblems(*wizard).contains(u"choose another LOA"_s));
        // Even forced, the upload sends nothing.
        auto *page = wizard->findChild<HostedDocumentsPage *>();
        page->upload();
        QTRY_VERIFY(!page->isUploading());   // the files were read again, off the GUI thread
        QVERIFY(m_sandbox->waitUntilIdle()); // an upload, had one started, is answered
        QCOMPARE(m_sandbox->requestCount(u"POST "_s + uploadPath(orderId)), 0);
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
    }

    void checkShowsBusyThenOnlyTheNewestAnswer()
    {
        QTemporaryDir dir;
        const QString notes = dir.filePath(u"notes.pdf"_s);
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are plain notes, not a PDF.\n");
        }
        const QString orderId = createOrder(freshNumbers(2), false);
        QVERIFY(!orderId.isEmpty());
        auto wizard = newWizard();
        openAtDocuments(*wizard, orderId);
        auto *loa = find<PdfDocumentField>(wizard.get(), u"loaField"_s);
        auto *bill = find<PdfDocumentField>(wizard.get(), u"billField"_s);
        auto *info = find<QLabel>(wizard.get(), u"loaInfoLabel"_s);
        auto *problem = find<QLabel>(wizard.get(), u"loaPathEditProblem"_s);
        auto *upload = find<QPushButton>(wizard.get(), u"uploadButton"_s);
        bill->setPath(m_billPdf);
        QVERIFY(waitUntilChecked(bill));
        QSignalSpy checked(loa, &PdfDocumentField::checked);

        // Busy at once (setPath returns before the file is read), the answer afterwards.
        loa->setPath(m_loaPdf);
        QVERIFY(loa->isChecking());
        QCOMPARE(info->text(), u"Checking…"_s);
        QVERIFY(info->isVisible());
        QCOMPARE(loa->previewLabel()->text(), u"Checking…"_s);
        QVERIFY(!loa->isAcceptable());
        QVERIFY(!upload->isEnabled());
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
        QVERIFY2(pageProblems(*wizard).contains(u"wait until the LOA is checked"_s),
                 qPrintable(pageProblems(*wizard)));
        QCOMPARE(checked.count(), 0);
        QVERIFY(checked.wait());
        QCOMPARE(checked.count(), 1);
        QVERIFY(!loa->isChecking());
        QVERIFY2(loa->isAcceptable(), qPrintable(loa->problem()));
        QVERIFY2(info->text().contains(u"1 page"_s), qPrintable(info->text()));
        QVERIFY(!loa->previewLabel()->pixmap().isNull());
        QVERIFY(upload->isEnabled());

        // Another path while the first is checked: only the newer answer is shown, also when
        // the older (a larger file) arrives last.
        checked.clear();
        loa->setPath(m_largePdf);
        QVERIFY(loa->isChecking());
        loa->setPath(notes);
        QVERIFY(loa->isChecking());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000)); // both checks have run
        QVERIFY(waitUntilChecked(loa));
        // Each check's watcher goes once its answer was handled: with none left, the older
        // answer, if it were shown, would be by now.
        QTRY_VERIFY(loa->findChildren<QFutureWatcherBase *>().isEmpty());
        QCOMPARE(checked.count(), 1);
        QCOMPARE(loa->path(), notes);
        QVERIFY2(problem->isVisible() && problem->text().contains(u"not a PDF"_s),
                 qPrintable(problem->text()));
        QCOMPARE(loa->pageCount(), 0);
        QVERIFY(loa->previewLabel()->pixmap().isNull());
        QVERIFY(!upload->isEnabled());
    }

    void uploadReadsTheFilesAgainOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString changing = dir.filePath(u"signed-loa.pdf"_s);
        QVERIFY(QFile::copy(m_loaPdf, changing));
        const QString orderId = createOrder(freshNumbers(2), false);
        QVERIFY(!orderId.isEmpty());
        auto wizard = newWizard();
        openAtDocuments(*wizard, orderId);
        auto *page = wizard->findChild<HostedDocumentsPage *>();
        auto *loa = find<PdfDocumentField>(wizard.get(), u"loaField"_s);
        auto *bill = find<PdfDocumentField>(wizard.get(), u"billField"_s);
        auto *upload = find<QPushButton>(wizard.get(), u"uploadButton"_s);
        auto *status = find<QLabel>(wizard.get(), u"uploadStatusLabel"_s);
        const QString path = u"POST "_s + uploadPath(orderId);
        loa->setPath(changing);
        bill->setPath(m_billPdf);
        QVERIFY(waitUntilChecked(loa));
        QVERIFY(waitUntilChecked(bill));
        QVERIFY(upload->isEnabled());

        // Replaced by something else after it was chosen: found by the second check, not sent.
        {
            QFile file(changing);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("No longer a PDF.\n");
        }
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(page->isUploading());
        QVERIFY2(status->text().contains(u"Checking"_s), qPrintable(status->text()));
        QTRY_VERIFY(!page->isUploading());
        QCOMPARE(m_sandbox->requestCount(path), 0);
        QVERIFY2(status->text().contains(u"Nothing was uploaded"_s), qPrintable(status->text()));
        QVERIFY(
            find<QLabel>(wizard.get(), u"loaPathEditProblem"_s)->text().contains(u"not a PDF"_s));
        QVERIFY(!upload->isEnabled());

        // Fixed and chosen again: while the files are read, the page is busy and more presses
        // send nothing more.
        QFile::remove(changing);
        QVERIFY(QFile::copy(m_loaPdf, changing));
        loa->setPath({});
        loa->setPath(changing);
        QVERIFY(waitUntilChecked(loa));
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(page->isUploading());
        QVERIFY(!upload->isEnabled());
        QVERIFY(!find<QPushButton>(wizard.get(), u"loaChooseButton"_s)->isEnabled());
        QVERIFY(find<QProgressBar>(wizard.get(), u"uploadProgress"_s)->isVisible());
        QTest::mouseClick(upload, Qt::LeftButton);
        page->upload();
        QTRY_VERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(m_sandbox->requestCount(path), 1);

        // Closing the wizard while the files are read again: nothing is sent afterwards.
        QVERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(page->isUploading());
        QTest::mouseClick(button(*wizard, u"closeButton"_s), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
        QTRY_VERIFY(!page->isUploading());
        QVERIFY(m_sandbox->waitUntilIdle()); // an upload, had one started, is answered
        QCOMPARE(m_sandbox->requestCount(path), 1);

        // Destroying it meanwhile: no crash, nothing sent.
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::DocumentsPageId));
        QTRY_VERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(page->isUploading());
        wizard.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        // The reads have posted their results: handled (or dropped) now, and an upload they
        // started, had one started, is answered.
        QVERIFY(m_sandbox->waitUntilIdle());
        QCOMPARE(m_sandbox->requestCount(path), 1);
    }

    void uploadProgressCancelFailureAndRetry()
    {
        const QString orderId = createOrder(freshNumbers(2), false);
        QVERIFY(!orderId.isEmpty());
        auto wizard = newWizard();
        QSignalSpy changed(wizard.get(), &HostedOrderWizard::orderChanged);
        openAtDocuments(*wizard, orderId);
        auto *loa = find<PdfDocumentField>(wizard.get(), u"loaField"_s);
        auto *bill = find<PdfDocumentField>(wizard.get(), u"billField"_s);
        loa->setPath(m_largePdf);
        bill->setPath(m_billPdf);
        QVERIFY(waitUntilChecked(loa));
        QVERIFY(waitUntilChecked(bill));
        QVERIFY2(loa->isAcceptable(), qPrintable(loa->problem()));
        auto *page = wizard->findChild<HostedDocumentsPage *>();
        QSignalSpy started(page, &HostedDocumentsPage::uploadStarted);
        auto *upload = find<QPushButton>(wizard.get(), u"uploadButton"_s);
        auto *cancel = find<QPushButton>(wizard.get(), u"cancelUploadButton"_s);
        auto *progress = find<QProgressBar>(wizard.get(), u"uploadProgress"_s);
        auto *status = find<QLabel>(wizard.get(), u"uploadStatusLabel"_s);
        const QString path = u"POST "_s + uploadPath(orderId);

        // Progress arrives while the (delayed) answer is awaited; Cancel aborts.
        m_sandbox->addFault(u"POST"_s, uploadPath(orderId), u"delay"_s, {{u"delay_ms"_s, 4000}});
        QSignalSpy progressed(progress, &QProgressBar::valueChanged);
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(cancel->isVisible());
        QVERIFY(!find<QPushButton>(wizard.get(), u"loaChooseButton"_s)->isEnabled());
        QTRY_COMPARE(progress->value(), 100);
        QVERIFY(progressed.count() >= 2);
        QVERIFY(progressed.first().at(0).toInt() < 100);
        QCOMPARE(wizard->callsInFlight(), 1);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(wizard->callsInFlight(), 0);
        QVERIFY(status->text().contains(u"cancelled"_s));
        QVERIFY(upload->text().contains(u"Retry"_s));
        QVERIFY(!cancel->isVisible());
        QCOMPARE(loa->path(), m_largePdf);
        QCOMPARE(bill->path(), m_billPdf);
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());

        // A server error: the order and both files stay; Retry then succeeds.
        m_sandbox->clearFaults();
        m_sandbox->addFault(u"POST"_s, uploadPath(orderId), u"status"_s, {{u"status"_s, 500}});
        const int before = m_sandbox->requestCount(path);
        started.clear();
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(started.wait()); // once both files have been read again
        QCOMPARE(wizard->callsInFlight(), 1);
        QTRY_COMPARE(wizard->callsInFlight(), 0);
        QVERIFY2(!status->text().contains(u"cancelled"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"Retry"_s), qPrintable(status->text()));
        QVERIFY(upload->isEnabled());
        QCOMPARE(m_sandbox->requestCount(path), before + 1); // a POST is not resent by itself
        QCOMPARE(wizard->orderId(), orderId);
        QCOMPARE(loa->path(), m_largePdf);
        QCOMPARE(bill->path(), m_billPdf);
        QVERIFY(upload->text().contains(u"Retry"_s));
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(changed.count(), 0);

        QTest::mouseClick(upload, Qt::LeftButton);
        QTRY_VERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(changed.count(), 1);
        const QJsonObject uploads = m_sandbox->control("GET", u"/_sandbox/uploads/"_s + orderId)
                                        .object()
                                        .value(u"data"_s)
                                        .toObject();
        QCOMPARE(uploads.value(u"status"_s).toString(), u"loa_file_successful"_s);
        QFile large(m_largePdf);
        QVERIFY(large.open(QIODevice::ReadOnly));
        const QByteArray largeBytes = large.readAll();
        bool found = false;
        for (const QJsonValue &value : uploads.value(u"parts"_s).toArray()) {
            if (value.toObject().value(u"name"_s).toString() == u"loa"_s) {
                found = true;
                QCOMPARE(value.toObject().value(u"sha256"_s).toString(), sha256(largeBytes));
            }
        }
        QVERIFY(found);
    }

    // Codes whose answer was lost may have gone out: the page does not say "no code was sent".
    void lostCodesAnswerSaysTheCodesMayHaveBeenSent()
    {
        const QString orderId = createOrder(freshNumbers(1), true);
        QVERIFY(!orderId.isEmpty());
        auto wizard = newWizard();
        wizard->continueOrder(orderId);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::CodesPageId));
        const QString path =
            u"/v2/messaging_hosted_number_orders/%1/verification_codes"_s.arg(orderId);
        m_sandbox->addFault(u"POST"_s, path, u"drop"_s, {{u"after_processing"_s, true}});
        QTest::mouseClick(find<QPushButton>(wizard.get(), u"sendCodesButton"_s), Qt::LeftButton);
        auto *status = find<QLabel>(wizard.get(), u"codesStatusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"may have been sent"_s),
                                  qPrintable(status->text()), 10000);
        QVERIFY(!status->text().contains(u"No code was sent"_s));
        QCOMPARE(m_sandbox->requestCount(u"POST "_s + path), 1);
    }

    void wrongCodeThenNewCode()
    {
        const QStringList numbers = freshNumbers(2);
        const QString orderId = createOrder(numbers, true);
        QVERIFY(!orderId.isEmpty());
        auto wizard = newWizard();
        wizard->continueOrder(orderId);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::CodesPageId));
        auto *table = find<VerificationCodeTable>(wizard.get(), u"codesTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, VerificationCodeTable::NumberColumn)->text(), numbers.at(0));

        // By call this time.
        QTest::mouseClick(find<QAbstractButton>(wizard.get(), u"callRadio"_s), Qt::LeftButton, {},
                          QPoint(6, 6));
        QTest::mouseClick(find<QPushButton>(wizard.get(), u"sendCodesButton"_s), Qt::LeftButton);
        QTRY_VERIFY(
            table->item(1, VerificationCodeTable::StatusColumn)->text().contains(u"Code sent"_s));
        const QString codesPath =
            u"POST /v2/messaging_hosted_number_orders/%1/verification_codes"_s.arg(orderId);
        QCOMPARE(lastBody(codesPath).value(u"verification_method"_s).toString(), u"call"_s);
        QHash<QString, QString> sent = m_sandbox->verificationCodes(orderId);
        const QString wrong = sent.value(numbers.at(0)) == u"111111"_s ? u"222222"_s : u"111111"_s;
        table->item(0, VerificationCodeTable::CodeColumn)->setText(wrong);
        table->item(1, VerificationCodeTable::CodeColumn)->setText(sent.value(numbers.at(1)));
        auto *validate = find<QPushButton>(wizard.get(), u"validateCodesButton"_s);
        QTest::mouseClick(validate, Qt::LeftButton);
        QTRY_VERIFY(
            table->item(0, VerificationCodeTable::StatusColumn)->text().contains(u"Rejected"_s));
        QVERIFY(
            table->item(1, VerificationCodeTable::StatusColumn)->text().contains(u"Verified"_s));
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
        QVERIFY(pageProblems(*wizard).contains(u"1 number"_s));
        screenshot(*wizard, u"codes-rejected"_s);

        // A new code for the rejected number only, then verified.
        auto *sendNew = find<QPushButton>(wizard.get(), u"sendNewCodesButton"_s);
        QVERIFY(sendNew->isEnabled());
        QTest::mouseClick(sendNew, Qt::LeftButton);
        QTRY_VERIFY(
            table->item(0, VerificationCodeTable::StatusColumn)->text().contains(u"Code sent"_s));
        QCOMPARE(lastBody(codesPath).value(u"phone_numbers"_s).toArray(),
                 QJsonArray{numbers.at(0)});
        sent = m_sandbox->verificationCodes(orderId);
        table->item(0, VerificationCodeTable::CodeColumn)->setText(sent.value(numbers.at(0)));
        QTest::mouseClick(validate, Qt::LeftButton);
        QTRY_VERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        QVERIFY(
            table->item(0, VerificationCodeTable::StatusColumn)->text().contains(u"Verified"_s));
        QCOMPARE(fetchOrder(orderId).status, u"provisioning"_s);
    }

    void continueOrderOpensFirstUnfinishedStep()
    {
        const QString withoutDocuments = createOrder(freshNumbers(1), false);
        const QString withDocuments = createOrder(freshNumbers(3), true);
        QVERIFY(!withoutDocuments.isEmpty() && !withDocuments.isEmpty());
        auto wizard = newWizard();
        wizard->continueOrder(withoutDocuments);
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::LoadingPageId));
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::DocumentsPageId));
        QCOMPARE(wizard->orderId(), withoutDocuments);
        QCOMPARE(find<QLineEdit>(wizard.get(), u"orderIdEdit"_s)->text(), withoutDocuments);

        // Codes typed but not validated come back from the order's draft.
        wizard->continueOrder(withDocuments);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::CodesPageId));
        auto *table = find<VerificationCodeTable>(wizard.get(), u"codesTable"_s);
        QCOMPARE(table->rowCount(), 3);
        table->setCurrentCell(1, VerificationCodeTable::CodeColumn);
        table->pasteText(u"424242"_s);
        QCOMPARE(table->item(1, VerificationCodeTable::CodeColumn)->text(), u"424242"_s);
        wizard.reset(); // closed (or crashed) before validating

        QCOMPARE(m_drafts->list(hostedKind()).size(), 1);
        QCOMPARE(m_drafts->list(hostedKind()).constFirst().requestId, withDocuments);
        wizard = newWizard();
        wizard->continueOrder(withDocuments);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::CodesPageId));
        table = find<VerificationCodeTable>(wizard.get(), u"codesTable"_s);
        QCOMPARE(table->item(1, VerificationCodeTable::CodeColumn)->text(), u"424242"_s);
        QCOMPARE(wizard->draftId(), m_drafts->list(hostedKind()).constFirst().id);
        // The same through the draft itself (the Drafts list).
        const QString draftId = wizard->draftId();
        wizard = newWizard();
        wizard->resumeDraft(draftId);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::CodesPageId));
        QCOMPARE(wizard->orderId(), withDocuments);
        table = find<VerificationCodeTable>(wizard.get(), u"codesTable"_s);
        QCOMPARE(table->item(1, VerificationCodeTable::CodeColumn)->text(), u"424242"_s);
        // "number<TAB>code" lines land on their numbers' rows, wherever the cursor is.
        const QString third = table->item(2, VerificationCodeTable::NumberColumn)->text();
        const QString first = table->item(0, VerificationCodeTable::NumberColumn)->text();
        table->setCurrentCell(1, VerificationCodeTable::CodeColumn);
        table->pasteText(third + u"\t777777\n"_s + first + u"\t888888\n"_s);
        QCOMPARE(table->item(0, VerificationCodeTable::CodeColumn)->text(), u"888888"_s);
        QCOMPARE(table->item(1, VerificationCodeTable::CodeColumn)->text(), u"424242"_s);
        QCOMPARE(table->item(2, VerificationCodeTable::CodeColumn)->text(), u"777777"_s);
        QCOMPARE(wizard->state().codes.value(third).code, u"777777"_s);

        // An order past both steps opens at Done.
        const QStringList done = freshNumbers(1);
        const QString finished = createOrder(done, true);
        HostedApi api(&m_sandbox->client);
        VerificationCodesRequest request;
        request.phoneNumbers = done;
        QVERIFY(SandboxTestbed::wait(api.createVerificationCodes(finished, request)));
        ValidationCodesRequest validation;
        validation.verificationCodes.append(
            {done.at(0), m_sandbox->verificationCodes(finished).value(done.at(0))});
        QVERIFY(SandboxTestbed::wait(api.validateCodes(finished, validation)));
        wizard->continueOrder(finished);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::DonePageId));
        QTRY_COMPARE(find<QLabel>(wizard.get(), u"orderStatusLabel"_s)->text(),
                     hostedOrderStatusLabel(u"provisioning"_s));

        // An unknown order: the error in plain words, with Retry.
        wizard->continueOrder(u"00000000-0000-4000-8000-000000000000"_s);
        auto *banner = find<QWidget>(wizard.get(), u"loadErrorBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::LoadingPageId));
    }

    void moreThan200Numbers()
    {
        auto wizard = newWizard();
        auto *edit = find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s);
        QStringList numbers;
        for (int i = 0; i < 201; ++i)
            numbers.append(u"+1415555%1"_s.arg(1000 + i));
        edit->setPlainText(numbers.join(u'\n'));
        auto *problems = find<QLabel>(wizard.get(), u"numbersPageProblems"_s);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"at most 200"_s), qPrintable(problems->text()));
        QVERIFY(problems->text().contains(u"201"_s));
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
        numbers.removeLast();
        edit->setPlainText(numbers.join(u'\n'));
        QVERIFY(!problems->isVisible());
        QVERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(m_sandbox->requestCount(eligibilityPath), 0);
    }

    void draftBringsBackTypedNumbers()
    {
        auto wizard = newWizard();
        auto *edit = find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"+13125550777"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"(312) 555-0778"_s);
        const QString typed = edit->toPlainText();
        wizard.reset(); // destroyed before the debounce ran: still saved

        const QList<DraftInfo> drafts = m_drafts->list(hostedKind());
        QCOMPARE(drafts.size(), 1);
        QVERIFY(drafts.constFirst().requestId.isEmpty());
        wizard = newWizard();
        wizard->resumeDraft(drafts.constFirst().id);
        edit = find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s);
        QCOMPARE(edit->toPlainText(), typed);
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::NumbersPageId));
        QVERIFY(find<QLabel>(wizard.get(), u"numbersCountLabel"_s)->text().contains(u"2 number"_s));

        // Further typing goes into the same draft, after a short pause.
        QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"3125550779"_s);
        QTRY_VERIFY(m_drafts->load(drafts.constFirst().id)
                        ->content.value(u"numbers_text"_s)
                        .toString()
                        .endsWith(u"3125550779"_s));
        QCOMPARE(m_drafts->list(hostedKind()).size(), 1);
    }

    void importNumbersFromFile()
    {
        const QStringList numbers = freshNumbers(3);
        const QString csv = m_files->filePath(u"numbers.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\xEF\xBB\xBFphone_number,label\r\n");
            for (const QString &number : numbers)
                file.write(number.mid(2).toLatin1() + ",front desk\r\n");
        }
        auto wizard = newWizard();
        auto *edit = find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s);
        edit->setPlainText(u"+13125550999"_s);
        QTest::mouseClick(find<QPushButton>(wizard.get(), u"importNumbersButton"_s),
                          Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<QFileDialog *>(u"importNumbersDialog"_s)));
        dialog->selectFile(csv);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_VERIFY(edit->toPlainText().contains(numbers.at(2)));
        for (const QString &number : numbers)
            QVERIFY(edit->toPlainText().contains(number));          // normalised to E.164
        QVERIFY(edit->toPlainText().startsWith(u"+13125550999"_s)); // added, not replaced
        QVERIFY(
            find<QLabel>(wizard.get(), u"importStatusLabel"_s)->text().contains(u"numbers.csv"_s));
        QVERIFY(find<QLabel>(wizard.get(), u"numbersCountLabel"_s)->text().contains(u"4 number"_s));
        QVERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
    }

    void createRefusedKeepsEverything()
    {
        const QStringList numbers = freshNumbers(2);
        auto wizard = wizardOnCreatePage(numbers);
        QVERIFY(wizard);
        auto *profile = find<QLineEdit>(wizard.get(), u"messagingProfileIdEdit"_s);
        profile->setText(u"not-a-profile"_s);
        const QJsonObject refusal{
            {u"errors"_s,
             QJsonArray{QJsonObject{
                 {u"code"_s, u"10015"_s},
                 {u"title"_s, u"Invalid value"_s},
                 {u"detail"_s, u"Unknown messaging profile."_s},
                 {u"source"_s, QJsonObject{{u"pointer"_s, u"/messaging_profile_id"_s}}}}}}};
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_hosted_number_orders"_s, u"status"_s,
                            {{u"status"_s, 422}, {u"body"_s, refusal}});
        auto *create = button(*wizard, u"createOrderButton"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *problem = find<QLabel>(wizard.get(), u"messagingProfileIdEditProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"Unknown messaging profile."_s);
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::CreatePageId));
        QVERIFY(wizard->orderId().isEmpty());
        QCOMPARE(profile->text(), u"not-a-profile"_s);
        QVERIFY(create->isEnabled());

        // A server error: nothing typed is lost, and the words say whether creating again is safe.
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_hosted_number_orders"_s, u"status"_s,
                            {{u"status"_s, 500}});
        profile->clear();
        QTest::mouseClick(create, Qt::LeftButton);
        auto *status = find<QLabel>(wizard.get(), u"createStatusLabel"_s);
        // It may have been created: the orders are searched for these numbers first.
        QTRY_VERIFY2(status->text().contains(u"so it was not created"_s),
                     qPrintable(status->text() + u" / "_s +
                                QString::number(wizard->callsInFlight()) + u" / "_s +
                                QString::number(m_sandbox->requestCount(createPath))));
        QCOMPARE(m_sandbox->requestCount(createPath), 2); // never resent by itself
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::CreatePageId));

        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(wizard->currentId(), int(HostedOrderWizard::DocumentsPageId));
        QCOMPARE(fetchOrder(wizard->orderId()).phoneNumberList(), numbers);
        QVERIFY(!lastBody(createPath).contains(u"messaging_profile_id"_s));
    }

    // The connection drops after the order was created: the wizard lists the orders that hold
    // the numbers before it offers to create again.
    void aLostCreateAnswerListsTheOrdersHoldingTheNumbers()
    {
        const QStringList numbers = freshNumbers(2);
        auto wizard = wizardOnCreatePage(numbers);
        QVERIFY(wizard);
        m_sandbox->resetRequests();
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_hosted_number_orders"_s, u"drop"_s,
                            {{u"after_processing"_s, true}});
        auto *create = button(*wizard, u"createOrderButton"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *status = find<QLabel>(wizard.get(), u"createStatusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"1 order already holds these numbers"_s),
                                  qPrintable(status->text()), 10000);
        QVERIFY(status->text().contains(u"not known whether"_s));
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
        QVERIFY(m_sandbox->requestCount(u"GET /v2/messaging_hosted_number_orders"_s) >= 1);
        // The order the lost answer created is named, with its numbers.
        QVERIFY(status->text().contains(numbers.first()));
        QVERIFY(wizard->orderId().isEmpty());
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::CreatePageId));
        QCOMPARE(create->text().remove(u'&'), u"Create again"_s);
        QVERIFY(create->isEnabled());
        screenshot(*wizard, u"create-lost-answer"_s);
    }

    // A 2xx without a readable order: created on the server, so Create is not offered again.
    void createAcceptedButUnreadableIsNotCreatedAgain()
    {
        auto wizard = newWizard();
        QSignalSpy changed(wizard.get(), &HostedOrderWizard::orderChanged);
        find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s)
            ->setPlainText(freshNumbers(2).join(u'\n'));
        clickNext(*wizard);
        QTRY_VERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
        clickNext(*wizard);
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_hosted_number_orders"_s, u"malformed"_s,
                            {{u"status"_s, 200}});
        auto *create = button(*wizard, u"createOrderButton"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *status = find<QLabel>(wizard.get(), u"createStatusLabel"_s);
        QTRY_VERIFY2(status->text().contains(u"accepted"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"Do not create it again"_s));
        QCOMPARE(changed.count(), 1); // the Orders list reloads
        QVERIFY(!create->isEnabled());
        QCOMPARE(wizard->currentId(), int(HostedOrderWizard::CreatePageId));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
    }

    void closingCancelsRequests()
    {
        auto wizard = newWizard();
        m_sandbox->addFault(u"POST"_s,
                            u"/v2/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                            u"delay"_s, {{u"delay_ms"_s, 3000}});
        find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s)
            ->setPlainText(freshNumbers(2).join(u'\n'));
        clickNext(*wizard);
        QVERIFY(find<QProgressBar>(wizard.get(), u"eligibilityProgress"_s)->isVisible());
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(wizard->callsInFlight(), 1);
        QTest::mouseClick(button(*wizard, u"closeButton"_s), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
        QTRY_COMPARE(wizard->callsInFlight(), 0);
        QTRY_COMPARE(m_sandbox->client.callsInFlight(), 0);
        // What was typed is kept.
        QCOMPARE(m_drafts->list(hostedKind()).size(), 1);
    }

    void eligibilityErrorOffersRetry()
    {
        auto wizard = newWizard();
        m_sandbox->addFault(u"POST"_s,
                            u"/v2/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                            u"status"_s, {{u"status"_s, 503}, {u"count"_s, 3}});
        find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s)
            ->setPlainText(freshNumbers(2).join(u'\n'));
        clickNext(*wizard);
        auto *banner = find<QWidget>(wizard.get(), u"eligibilityErrorBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
        m_sandbox->clearFaults();
        QTest::mouseClick(banner->findChild<QPushButton *>(u"errorBannerRetryButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE(find<QTableWidget>(wizard.get(), u"eligibilityTable"_s)->rowCount(), 2);
        QVERIFY(button(*wizard, u"nextButton"_s)->isEnabled());
    }

    // The SDK marks the answer's phone_numbers optional: without it the check is not a
    // failure, it just says nothing about the numbers.
    void eligibilityAnswerWithoutNumbersSaysSo()
    {
        auto wizard = newWizard();
        m_sandbox->addFault(u"POST"_s,
                            u"/v2/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                            u"status"_s, {{u"status"_s, 200}, {u"body"_s, QJsonObject{}}});
        find<QPlainTextEdit>(wizard.get(), u"numbersEdit"_s)
            ->setPlainText(freshNumbers(2).join(u'\n'));
        clickNext(*wizard);
        auto *status = find<QLabel>(wizard.get(), u"eligibilityStatusLabel"_s);
        QTRY_VERIFY2(status->text().contains(u"without a result"_s), qPrintable(status->text()));
        QVERIFY(!find<QWidget>(wizard.get(), u"eligibilityErrorBanner"_s)->isVisible());
        QCOMPARE(find<QTableWidget>(wizard.get(), u"eligibilityTable"_s)->rowCount(), 0);
        QVERIFY(!button(*wizard, u"nextButton"_s)->isEnabled());
    }

    // The Create page picks the profile by name (searchable by any part of a name or an id)
    // and sends its id; a typed id the list does not have is sent as typed, and a draft keeps
    // the id.
    void thePickedProfileIsSentByItsId()
    {
        MessagingProfiles profiles(&m_sandbox->client);
        profiles.load();
        QTRY_VERIFY_WITH_TIMEOUT(profiles.isLoaded(), 10000);
        QVERIFY(profiles.profiles().size() >= 2);
        const MessagingProfile chosen = profiles.profiles().at(1);
        auto wizard = wizardOnCreatePage(freshNumbers(1));
        QVERIFY(wizard);
        wizard->setMessagingProfiles(&profiles);
        auto *picker = find<MessagingProfilePicker>(wizard.get(), u"messagingProfilePicker"_s);
        QCOMPARE(picker->count(), profiles.profiles().size());
        QCOMPARE(picker->itemText(1), chosen.name + u" — "_s + chosen.id);

        // Part of a name, or of an id, finds the profile.
        QCompleter *completer = picker->completer();
        for (const QString &part : {chosen.name.mid(2, 5).toUpper(), chosen.id.mid(9, 6)}) {
            completer->setCompletionPrefix(part);
            QStringList offered;
            for (int row = 0; row < completer->completionCount(); ++row) {
                completer->setCurrentRow(row);
                offered << completer->currentCompletion();
            }
            QVERIFY2(offered.contains(picker->itemText(1)), qPrintable(offered.join(u'|')));
        }
        // The name typed whole is that profile; so is the entry picked from the list.
        auto *edit = find<QLineEdit>(wizard.get(), u"messagingProfileIdEdit"_s);
        edit->setText(chosen.name);
        QCOMPARE(picker->profileId(), chosen.id);
        edit->clear();
        picker->setCurrentIndex(1);
        QCOMPARE(edit->text(), chosen.label());
        QCOMPARE(picker->profileId(), chosen.id);

        QTest::mouseClick(button(*wizard, u"createOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(HostedOrderWizard::DocumentsPageId),
                                  10000);
        QCOMPARE(lastBody(createPath).value(u"messaging_profile_id"_s).toString(), chosen.id);
        QCOMPARE(fetchOrder(wizard->orderId()).messagingProfileId,
                 std::optional<QString>(chosen.id));

        // A typed id that is not listed is taken as typed, and a draft that stored it loads it.
        const QString typed = u"40017aaa-ce0f-4cae-9d5f-0d5e636e7809"_s;
        wizard = wizardOnCreatePage(freshNumbers(1));
        QVERIFY(wizard);
        wizard->setMessagingProfiles(&profiles);
        edit = find<QLineEdit>(wizard.get(), u"messagingProfileIdEdit"_s);
        edit->setText(typed);
        picker = find<MessagingProfilePicker>(wizard.get(), u"messagingProfilePicker"_s);
        QCOMPARE(picker->profileId(), typed);
        QTRY_VERIFY(!wizard->draftId().isEmpty());
        const QString typedDraft = wizard->draftId();
        wizard.reset();
        wizard = newWizard();
        wizard->setMessagingProfiles(&profiles);
        wizard->resumeDraft(typedDraft);
        picker = find<MessagingProfilePicker>(wizard.get(), u"messagingProfilePicker"_s);
        QTRY_COMPARE(picker->profileId(), typed);
    }
};

QTEST_MAIN(TestHostedWizard)
#include "tst_hostedwizard.moc"
