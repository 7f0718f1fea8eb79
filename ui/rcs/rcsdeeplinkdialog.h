#pragma once

#include "domain/qrcode.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class ApiClient;
class ApiError;
class FieldFeedback;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RcsAgentsModel;

// Makes an RCS deeplink for an agent (GET /messages/rcs/deeplinks/{agent_id}), optionally
// for one phone number and with a prefilled message, and shows it as a URL to copy and as a
// QR code to scan, print or save as PNG or SVG.
class RcsDeeplinkDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a model the agent id is typed; with one, the agents are listed.
    RcsDeeplinkDialog(ApiClient *client, RcsAgentsModel *agents, QWidget *parent = nullptr);
    ~RcsDeeplinkDialog() override;

    void setAgentId(const QString &agentId);
    QString agentId() const;

    // The last link the server made, and its QR code; empty / null before the first one.
    QString url() const { return m_url; }
    const QrCode &qrCode() const { return m_qrCode; }
    bool isGenerating() const { return !m_call.isNull(); }

    // Write the QR code of url() to a file (atomically). False, with *error, on failure.
    bool savePng(const QString &path, QString *error = nullptr) const;
    bool saveSvg(const QString &path, QString *error = nullptr) const;

    // Pixels per module and quiet zone of the saved PNG.
    static constexpr int pngScale = 12;

public Q_SLOTS:
    // Validates the fields, then asks the server for the link. Ignored while a request runs.
    void generate();
    void copyUrl();
    // Ask for a file name (non-blocking) and save.
    void choosePngFile();
    void chooseSvgFile();
    // Closing cancels the request in flight.
    void reject() override;

Q_SIGNALS:
    void generated(const QString &url);
    void generateFailed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reloadAgents();
    void onGenerated(const QString &url);
    void onFailed(const ApiError &error);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);
    void renderQrCode();
    void updateActions();
    void chooseFile(const QString &suffix, const QString &filter);
    QString suggestedFileName(const QString &suffix) const;

    ApiClient *m_client;
    QPointer<RcsAgentsModel> m_agents;
    QComboBox *m_agentCombo;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_bodyEdit;
    QPushButton *m_generateButton;
    QLineEdit *m_urlEdit;
    QPushButton *m_copyButton;
    QLabel *m_qrLabel;
    QPushButton *m_savePngButton;
    QPushButton *m_saveSvgButton;
    QProgressBar *m_busyBar;
    QPushButton *m_cancelButton;
    QLabel *m_statusLabel;
    FieldFeedback *m_agentFeedback;
    FieldFeedback *m_phoneFeedback;

    QPointer<ApiCall> m_call;
    QString m_url;
    QrCode m_qrCode;
    // What the shown link was made from, to say when the fields no longer match it.
    QString m_generatedFrom;
};
