#pragma once

#include <QDialog>

class DraftStore;
class QLabel;
class QPushButton;
class QTreeWidget;

// The Drafts list: every unfinished toll-free request (title, edited request, last change)
// with Resume and Discard. Resume emits resumeRequested(id) and closes; the caller opens the
// wizard with TollFreeWizard::resumeDraft(id).
class DraftsDialog : public QDialog
{
    Q_OBJECT

public:
    DraftsDialog(DraftStore *drafts, QWidget *parent = nullptr);

    QString selectedDraftId() const;
    void selectDraft(const QString &draftId);
    int draftCount() const;

public Q_SLOTS:
    void reload();
    void resumeSelected();
    // Asks first (non-blocking message box "confirmDiscardBox"), then discards.
    void discardSelected();

Q_SIGNALS:
    void resumeRequested(const QString &draftId);

private:
    void updateButtons();

    DraftStore *m_drafts;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_resume;
    QPushButton *m_discard;
};
