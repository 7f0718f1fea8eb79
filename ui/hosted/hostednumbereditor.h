#pragma once

#include "domain/hosted.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class ApiError;
class FieldFeedback;
class HostedRecords;
class MessagingProfilePicker;
class MessagingProfiles;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The editable settings of a hosted number in its detail pane: the messaging profile (picked by
// name or typed id), the messaging product and the tags (comma separated). Save sends only what
// changed (HostedRecords::updateNumber, which updates the list's row); a 422 lands on its
// field, and a failed save keeps what was typed.
class HostedNumberEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HostedNumberEditor(HostedRecords *records, QWidget *parent = nullptr);
    ~HostedNumberEditor() override;

    void setMessagingProfiles(MessagingProfiles *profiles);
    // The number whose settings are edited. The inputs are filled again only for another
    // number or when its stored settings changed, so a refresh does not undo typing.
    void setNumber(const MessagingHostedNumber &number);

    // What Save would send; empty members are left out.
    MessagingHostedNumberUpdate pendingUpdate() const;
    bool isSaving() const { return !m_saveCall.isNull(); }
    QString errorText() const;
    // "a, b , a" -> ["a", "b"]
    static QStringList parseTags(const QString &text);

public Q_SLOTS:
    void save();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillInputs();
    void updateButtons();
    void showFailure(const ApiError &error);

    HostedRecords *m_records;
    MessagingHostedNumber m_number;
    MessagingProfilePicker *m_profile;
    QComboBox *m_product;
    QLineEdit *m_tags;
    FieldFeedback *m_profileFeedback;
    FieldFeedback *m_productFeedback;
    FieldFeedback *m_tagsFeedback;
    QPushButton *m_saveButton;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPointer<ApiCall> m_saveCall;
};
