#pragma once

#include <QPointer>
#include <QTableWidget>
#include <QWizardPage>

class ApiCall;
class HostedOrderWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

// The codes table: pasting a column of codes fills down from the current cell; pasting
// "number<TAB>code" lines puts each code on its number's row.
class VerificationCodeTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CodeColumn, StatusColumn };
    using QTableWidget::QTableWidget;
    void pasteText(const QString &text);
    // Takes the code being typed in a cell into the table (moving off the cell commits it).
    void commitEditing();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// Step 5: send codes (SMS or call), type or paste them, validate; rejected numbers get a new
// code and are validated again.
class HostedCodesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedCodesPage(HostedOrderWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_call != nullptr; }
    QStringList numbers() const { return m_numbers; }
    VerificationCodeTable *table() const { return m_table; }
    // Sends codes to these numbers (all unverified ones when empty).
    void sendCodes(const QStringList &numbers = {});
    void sendNewCodes(); // to the rejected ones
    void validateCodes();

private:
    void rebuildTable();
    void updateRow(int row);
    void updateButtons();
    void showStatus(const QString &text, bool isError);
    QString methodWire() const;

    HostedOrderWizard *m_wizard;
    QRadioButton *m_sms;
    QRadioButton *m_voice;
    QPushButton *m_send;
    QPushButton *m_sendNew;
    QPushButton *m_validate;
    VerificationCodeTable *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_problems;
    QStringList m_numbers;
    QPointer<ApiCall> m_call;
    bool m_filling = false;
};
