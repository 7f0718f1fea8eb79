#include "pdfdocumentfield.h"

#include "consolepalette.h"
#include "domain/validators.h"
#include "widgets/fieldfeedback.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPdfDocument>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// The one local file of a drag, if that is what it carries.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

QString cardStyle(bool highlighted)
{
    const ConsolePalette colours;
    return highlighted ? u"PdfDocumentField { border: 2px dashed %1; border-radius: 6px; "
                         "background: %2; }"_s.arg(
                             colours.text(ConsolePalette::Kind::Info).name(),
                             colours.messageBackground(ConsolePalette::Kind::Info).name())
                       : u"PdfDocumentField { border: 1px solid %1; border-radius: 6px; }"_s.arg(
                             colours.frame().name());
}

} // namespace

PdfInspection inspectPdf(const QString &path, QSize thumbnailBox, qreal devicePixelRatio)
{
    PdfInspection result;
    result.path = path;
    if (path.isEmpty())
        return result;
    result.problem = Validators::pdfFile(path);
    if (!result.problem.isEmpty())
        return result;
    // Read once and checked again: the file may change between the check above and this read,
    // and these bytes are what an upload sends.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        result.bytes = file.read(Validators::maxPdfSize + 1);
    if (file.error() != QFileDevice::NoError || !result.bytes.startsWith("%PDF-") ||
        result.bytes.size() > Validators::maxPdfSize) {
        result.bytes.clear();
        result.problem = PdfDocumentField::tr("The file cannot be read any more: choose it again.");
        return result;
    }
    result.fileSize = result.bytes.size();
    result.canonicalPath = QFileInfo(path).canonicalFilePath();

    // Created and destroyed in this thread; QtPdf serialises its library calls. A PDF that
    // QtPdf cannot open would not pass Telnyx's review either.
    QPdfDocument document;
    switch (document.load(path)) {
    case QPdfDocument::Error::None:
        result.pageCount = document.pageCount();
        if (result.pageCount < 1)
            result.problem = PdfDocumentField::tr("The PDF has no pages.");
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        result.problem =
            PdfDocumentField::tr("The PDF is protected by a password: upload a copy without one.");
        break;
    default:
        result.problem =
            PdfDocumentField::tr("The file starts like a PDF but cannot be opened: it may be "
                                 "damaged. Save or export it as PDF again.");
        break;
    }
    if (result.pageCount >= 1) {
        const QSizeF points = document.pagePointSize(0);
        QSize size = thumbnailBox;
        if (points.width() > 0 && points.height() > 0)
            size = points.toSize().scaled(thumbnailBox, Qt::KeepAspectRatio);
        result.thumbnail = document.render(0, size * devicePixelRatio);
        result.thumbnail.setDevicePixelRatio(devicePixelRatio);
    }
    if (!result.problem.isEmpty())
        result.bytes.clear();
    return result;
}

PdfDocumentField::PdfDocumentField(const QString &key, const QString &title, const QString &hint,
                                   QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_pathEdit(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
{
    setObjectName(key + u"Field"_s);
    setAcceptDrops(true);
    setStyleSheet(cardStyle(false));

    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    heading->setObjectName(key + u"TitleLabel"_s);
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setObjectName(key + u"HintLabel"_s);
    hintLabel->setWordWrap(true);
    hintLabel->setEnabled(false); // the palette's muted text

    m_pathEdit->setObjectName(key + u"PathEdit"_s);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("No file yet: Choose… or drop a PDF here"));
    m_pathEdit->setAccessibleName(title); // the heading is rich text, no buddy
    m_pathEdit->setToolTip(tr("A PDF file of at most 5 MB, without # $ % & or @ in its name."));
    m_feedback = new FieldFeedback(
        m_pathEdit, [this] { return m_problem; }, this);

    m_choose->setObjectName(key + u"ChooseButton"_s);
    m_choose->setText(tr("Choose…"));
    m_choose->setAccessibleDescription(title); // which of the documents it chooses
    m_clear->setAccessibleDescription(title);
    m_choose->setToolTip(tr("Pick the PDF file (or drop it onto this box)."));
    m_clear->setObjectName(key + u"ClearButton"_s);
    m_clear->setToolTip(tr("Forget the chosen file."));
    m_clear->setEnabled(false);

    m_preview->setObjectName(key + u"Preview"_s);
    m_preview->setAccessibleName(tr("Preview of the first page"));
    m_preview->setFixedSize(pdfThumbnailBox + QSize(6, 6));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    const ConsolePalette colours;
    m_preview->setStyleSheet(u"QLabel { background: %1; border: 1px solid %2; color: %3; }"_s.arg(
        colours.base().color(QPalette::AlternateBase).name(), colours.frame().name(),
        colours.muted().name()));
    m_info->setObjectName(key + u"InfoLabel"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);

    auto *details = new QVBoxLayout;
    details->addWidget(m_pathEdit);
    details->addWidget(m_feedback->messageLabel());
    details->addWidget(m_info);
    details->addLayout(buttons);
    auto *dropHint = new QLabel(tr("Or drop the PDF file onto this box."), this);
    dropHint->setObjectName(key + u"DropHintLabel"_s);
    dropHint->setWordWrap(true);
    dropHint->setEnabled(false);
    details->addWidget(dropHint);
    details->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_preview, 0, Qt::AlignTop);
    body->addLayout(details, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addWidget(heading);
    layout->addWidget(hintLabel);
    layout->addLayout(body, 1);

    connect(m_choose, &QPushButton::clicked, this, &PdfDocumentField::chooseFile);
    connect(m_clear, &QPushButton::clicked, this, [this] { setPath({}); });
    updatePreview();
}

PdfDocumentField::~PdfDocumentField() = default;

void PdfDocumentField::setPath(const QString &path)
{
    const bool changed = path != m_path;
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_pathEdit->setCursorPosition(int(m_pathEdit->text().size())); // the file name shows
    m_feedback->setServerProblem({});
    check();
    m_feedback->setTouched(!path.isEmpty());
    m_clear->setEnabled(!path.isEmpty() && !m_locked);
    if (changed)
        Q_EMIT pathChanged(path);
}

QString PdfDocumentField::problem() const
{
    if (!m_feedback->serverProblem().isEmpty())
        return m_feedback->serverProblem();
    return m_problem;
}

void PdfDocumentField::showInspection(const PdfInspection &inspection)
{
    if (inspection.path != m_path)
        return;
    ++m_checkSerial; // newer than any check still running
    apply(inspection);
    m_feedback->setTouched(hasFile());
}

void PdfDocumentField::setServerProblem(const QString &text)
{
    m_feedback->setServerProblem(text);
}

void PdfDocumentField::setLocked(bool locked)
{
    m_locked = locked;
    m_choose->setEnabled(!locked);
    m_clear->setEnabled(!locked && hasFile());
    setAcceptDrops(!locked);
}

void PdfDocumentField::check()
{
    const quint64 serial = ++m_checkSerial;
    if (m_path.isEmpty()) {
        apply({});
        return;
    }
    m_checking = true;
    m_problem.clear();
    m_canonicalPath.clear();
    m_pageCount = 0;
    m_fileSize = 0;
    m_thumbnail = {};
    m_feedback->refresh();
    updatePreview();
    // The watcher is this field's child: if the field goes first, the answer is dropped.
    auto *watcher = new QFutureWatcher<PdfInspection>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial == m_checkSerial) // else another path (or check) came meanwhile
            apply(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(inspectPdf, m_path, pdfThumbnailBox, devicePixelRatioF()));
}

void PdfDocumentField::apply(const PdfInspection &inspection)
{
    m_checking = false;
    m_problem = inspection.problem;
    m_canonicalPath = inspection.canonicalPath;
    m_pageCount = inspection.pageCount;
    m_fileSize = inspection.fileSize;
    m_thumbnail = inspection.thumbnail;
    m_feedback->refresh();
    updatePreview();
    Q_EMIT checked();
}

void PdfDocumentField::updatePreview()
{
    showPreview();
    // The thumbnail cannot be read aloud: what it shows, as text.
    const QString shown = m_preview->pixmap().isNull() ? m_preview->text() : m_info->text();
    m_preview->setAccessibleDescription(
        m_path.isEmpty() ? shown : QFileInfo(m_path).fileName() + u": "_s + shown);
}

void PdfDocumentField::showPreview()
{
    if (m_checking) {
        m_preview->setPixmap({});
        m_preview->setText(tr("Checking…"));
        m_info->setText(tr("Checking…"));
        m_info->setVisible(true);
        return;
    }
    if (m_pageCount < 1) {
        m_preview->setPixmap({});
        m_preview->setText(m_path.isEmpty() ? tr("Drop a PDF here") : tr("No preview"));
        m_info->setText(m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName());
        m_info->setVisible(!m_path.isEmpty() && m_problem.isEmpty());
        return;
    }
    m_preview->setText({});
    m_preview->setPixmap(QPixmap::fromImage(m_thumbnail));
    m_info->setText(
        tr("%Ln page(s), %1", nullptr, m_pageCount)
            .arg(QLocale().formattedDataSize(m_fileSize, 1, QLocale::DataSizeSIFormat)));
    m_info->setVisible(true);
}

void PdfDocumentField::setChooseButtonText(const QString &text)
{
    m_choose->setText(text);
}

void PdfDocumentField::chooseFile()
{
    if (m_locked)
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const QString start = hasFile()
                              ? QFileInfo(m_path).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(window(), tr("Choose the PDF file"), start,
                                   tr("PDF documents (*.pdf *.PDF);;All files (*)"));
    dialog->setObjectName(m_key + u"FileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (!m_locked)
            setPath(file);
    });
    m_dialog = dialog;
    dialog->open();
}

void PdfDocumentField::setDropHighlight(bool on)
{
    setStyleSheet(cardStyle(on));
}

void PdfDocumentField::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_locked && !droppedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setDropHighlight(true);
        return;
    }
    event->ignore();
}

void PdfDocumentField::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_locked && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void PdfDocumentField::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QFrame::dragLeaveEvent(event);
}

void PdfDocumentField::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QString file = droppedFile(event->mimeData());
    if (m_locked || file.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setPath(file);
}
