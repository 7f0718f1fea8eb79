#pragma once

#include "domain/tollfree.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ApiCall;
class TollFreeRecords;
class QFormLayout;
class QGridLayout;
class QFrame;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class StatusHistoryModel;
class StatusTimeline;

// The detail side of the toll-free verification list: every field of one request, grouped as the
// submission wizard groups them; for "Waiting For Customer" and "Rejected" a coloured callout
// with the reviewers' reason and what to do next; the status history timeline; and the actions
// (Edit and resubmit, Duplicate, Copy ID, Delete). Edit and Duplicate are only announced
// (editRequested, duplicateRequested): the wizard handles them. Delete asks first, naming the
// business and numbers, and then asks the records (TollFreeRecords) to delete it. The pane
// follows the records: a newer copy of the request it shows replaces what it shows.
class TollFreeDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit TollFreeDetailPane(TollFreeRecords *records, QWidget *parent = nullptr);
    ~TollFreeDetailPane() override;

    // Shows `request`; a request without id clears the pane. Showing another request cancels the
    // calls of the previous one; the same request with a new status reloads its history.
    void setRequest(const TollFreeVerificationRequest &request);
    void clear();
    bool hasRequest() const { return !m_request.id.isEmpty(); }
    const TollFreeVerificationRequest &request() const { return m_request; }
    QString requestId() const { return m_request.id; }

    StatusHistoryModel *historyModel() const { return m_history; }
    StatusTimeline *timeline() const { return m_timeline; }
    // The inline error of the last failed action; empty when none is shown.
    QString errorText() const;
    bool isDeleting() const { return !m_deleteCall.isNull(); }

    // Why a request cannot be edited or deleted (empty when it can): the buttons' tooltips.
    static QString editBlockedReason(const TollFreeVerificationRequest &request);
    static QString deleteBlockedReason(const TollFreeVerificationRequest &request);
    // The "what to do next" sentence shown under the reason.
    static QString nextStep(const TollFreeVerificationRequest &request);

public Q_SLOTS:
    // Asks for confirmation (non-blocking dialog "confirmDeleteDialog"), then deletes.
    void requestDelete();
    void copyId();
    // Reloads the status history of the request shown.
    void reloadHistory();

Q_SIGNALS:
    void editRequested(const TollFreeVerificationRequest &request);
    void duplicateRequested(const TollFreeVerificationRequest &request);
    void deleted(const QString &id);
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildFields();
    void updateFormLayout();
    void arrangeActions(bool twoRows);
    QLabel *addField(QFormLayout *form, const QString &wireName, const QString &label);
    void fillFields();
    void updateHeader();
    void updateActions();
    void showError(const QString &message);
    void cancelCalls();
    void performDelete(const QString &id);

    TollFreeRecords *m_records;
    TollFreeVerificationRequest m_request;
    StatusHistoryModel *m_history;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_statusBadge;
    QLabel *m_meta;
    QFrame *m_callout;
    QLabel *m_calloutTitle;
    QLabel *m_reason;
    QLabel *m_nextStep;
    QLabel *m_explanation;
    QLabel *m_error;
    QPushButton *m_editButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_copyIdButton;
    QPushButton *m_deleteButton;
    QWidget *m_fieldsPage;
    QHash<QString, QLabel *> m_fields; // wire name → value label
    QList<QLabel *> m_fieldNames;
    QList<QFormLayout *> m_forms;
    int m_labelColumnWidth = 0;
    QGridLayout *m_actions = nullptr;
    bool m_actionsInTwoRows = false;
    StatusTimeline *m_timeline;

    QPointer<ApiCall> m_deleteCall;
    QPointer<QMessageBox> m_confirm;
};
