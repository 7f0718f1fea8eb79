#pragma once

#include <QByteArray>
#include <QFileDialog>
#include <QFrame>
#include <QImage>
#include <QPointer>
#include <QSize>

class FieldFeedback;
class QLabel;
class QLineEdit;
class QPushButton;

// What reading one chosen PDF found: the problem in plain words (empty when it can be
// uploaded), its pages, a thumbnail of the first page, and the bytes read (what an upload
// sends, so that what was checked is what is sent).
struct PdfInspection
{
    QString path;
    QString canonicalPath; // set once the file could be read
    QString problem;
    int pageCount = 0;
    QImage thumbnail;
    qint64 fileSize = 0;
    QByteArray bytes;
};

// The size the first page is fitted into for the preview (a letter page's shape).
inline constexpr QSize pdfThumbnailBox(176, 228);

// Reads and checks the file at `path` with Validators::pdfFile and QtPdf, and renders its first
// page into `thumbnailBox` at `devicePixelRatio`. Touches no widget: meant for a worker thread
// (QtConcurrent::run). An empty path gives an empty inspection.
PdfInspection inspectPdf(const QString &path, QSize thumbnailBox, qreal devicePixelRatio);

// One PDF document to upload (the LOA, the bill): Choose… (a non-blocking file dialog) or a
// file dropped onto the field. The file is checked on a worker thread with inspectPdf (a PDF
// by its content, at most 5 MB, no # $ % & @ in its name, readable, opened by QtPdf); while
// that runs the field says "Checking…" and is not acceptable. Then the problem, if any, is
// shown in plain words under the field, otherwise a thumbnail of the first page and the page
// count. An answer for a path that has since been replaced is ignored.
//
// Children are named after `key` ("loa"): loaPathEdit (read-only, with loaPathEditProblem
// under it), loaChooseButton, loaClearButton, loaPreview, loaInfoLabel.
class PdfDocumentField : public QFrame
{
    Q_OBJECT

public:
    PdfDocumentField(const QString &key, const QString &title, const QString &hint,
                     QWidget *parent = nullptr);
    ~PdfDocumentField() override;

    QString key() const { return m_key; }
    QString path() const { return m_path; }
    // Starts checking and previewing the file; an empty path clears the field at once.
    void setPath(const QString &path);
    bool hasFile() const { return !m_path.isEmpty(); }
    // True from setPath until the worker's answer for that path is shown.
    bool isChecking() const { return m_checking; }
    // What keeps the file from being uploaded; empty when it can be, while it is being
    // checked, or when none is chosen.
    QString problem() const;
    bool isAcceptable() const { return hasFile() && !m_checking && problem().isEmpty(); }
    int pageCount() const { return m_pageCount; }
    // The file's canonical path as the last check found it (empty until then).
    QString canonicalPath() const { return m_canonicalPath; }
    // Shows an inspection made elsewhere (the upload reads the files again) if it is of the
    // current path; it replaces any check still running.
    void showInspection(const PdfInspection &inspection);
    // A problem the server reported for this document; cleared by choosing another file.
    void setServerProblem(const QString &text);
    // Read-only while an upload runs.
    void setLocked(bool locked);
    // Opens the file dialog (non-blocking); the file chosen replaces the current one.
    void chooseFile();
    void setChooseButtonText(const QString &text);
    QFileDialog *openDialog() const { return m_dialog; }
    QLabel *previewLabel() const { return m_preview; }

Q_SIGNALS:
    void pathChanged(const QString &path);
    // The answer for the current path is shown (also when the path was cleared).
    void checked();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void check();
    void apply(const PdfInspection &inspection);
    void updatePreview();
    void showPreview();
    void setDropHighlight(bool on);

    QString m_key;
    QString m_path;
    QString m_problem;
    QString m_canonicalPath;
    int m_pageCount = 0;
    qint64 m_fileSize = 0;
    QImage m_thumbnail;
    bool m_checking = false;
    quint64 m_checkSerial = 0; // answers of older checks are ignored
    bool m_locked = false;
    QLineEdit *m_pathEdit;
    FieldFeedback *m_feedback;
    QPushButton *m_choose;
    QPushButton *m_clear;
    QLabel *m_preview;
    QLabel *m_info;
    QPointer<QFileDialog> m_dialog;
};
