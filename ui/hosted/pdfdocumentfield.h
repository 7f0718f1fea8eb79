#pragma once

#include <QFileDialog>
#include <QFrame>
#include <QPointer>

class FieldFeedback;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPushButton;

// One PDF document to upload (the LOA, the bill): Choose… (a non-blocking file dialog) or a
// file dropped onto the field. The file is checked at once with Validators::pdfFile (a PDF by
// its content, at most 5 MB, no # $ % & @ in its name, readable) and by opening it with QtPdf;
// the problem, if any, is shown in plain words under the field, otherwise a thumbnail of the
// first page and the page count.
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
    // Checks and previews the file at once; an empty path clears the field.
    void setPath(const QString &path);
    bool hasFile() const { return !m_path.isEmpty(); }
    // What keeps the file from being uploaded; empty when it can be (or none is chosen).
    QString problem() const;
    bool isAcceptable() const { return hasFile() && problem().isEmpty(); }
    int pageCount() const { return m_pageCount; }
    // Checks the file again (it may have changed since it was chosen); returns problem().
    QString recheck();
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

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void check();
    void updatePreview();
    void setDropHighlight(bool on);

    QString m_key;
    QString m_path;
    QString m_problem;
    int m_pageCount = 0;
    bool m_locked = false;
    QLineEdit *m_pathEdit;
    FieldFeedback *m_feedback;
    QPushButton *m_choose;
    QPushButton *m_clear;
    QLabel *m_preview;
    QLabel *m_info;
    QPdfDocument *m_document;
    QPointer<QFileDialog> m_dialog;
};
