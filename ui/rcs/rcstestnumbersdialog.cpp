#include "rcstestnumbersdialog.h"

#include "api/apicall.h"
#include "api/rcsapi.h"
#include "consolepalette.h"
#include "domain/validators.h"
#include "storage/rcsinvitestore.h"
#include "widgets/fieldfeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RcsTestNumbersDialog::RcsTestNumbersDialog(ApiClient *client, RcsInviteStore *store,
                                           const RcsAgent &agent, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_store(store)
    , m_agent(agent)
    , m_numberEdit(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_busy(new QLabel(tr("Sending the invitation…"), this))
{
    setObjectName(u"rcsTestNumberDialog"_s);
    const QString agentName = agent.agentName.isEmpty() ? agent.agentId : agent.agentName;
    setWindowTitle(tr("Invite a test number to %1").arg(agentName));
    setMinimumWidth(460);

    auto *intro = new QLabel(
        tr("While an agent is in testing, only invited numbers receive its messages. The "
           "person with the phone accepts the invitation on the device; "
           "<b>Check again</b> in the agent's pane shows when they have."),
        this);
    intro->setObjectName(u"inviteIntro"_s);
    intro->setWordWrap(true);

    m_numberEdit->setObjectName(u"testNumberEdit"_s);
    m_numberEdit->setPlaceholderText(u"+13125550123"_s);
    m_numberEdit->setToolTip(tr("The phone number in international format: + and the country "
                                "code, then the number"));
    m_numberEdit->setClearButtonEnabled(true);
    m_numberFeedback = new FieldFeedback(
        m_numberEdit,
        [this]() -> QString {
            const QString text = m_numberEdit->text().trimmed();
            if (text.isEmpty())
                return tr("Enter the phone number to invite.");
            if (!phoneNumber().isEmpty())
                return {};
            const QString problem = Validators::isE164(text);
            return problem.isEmpty() ? tr("Enter the number in E.164 format, e.g. +13125550123.")
                                     : problem;
        },
        this);

    auto *numberLabel = new QLabel(tr("&Phone number:"), this);
    numberLabel->setBuddy(m_numberEdit);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(m_numberEdit);
    column->addWidget(m_numberFeedback->messageLabel());
    auto *form = new QFormLayout;
    form->addRow(numberLabel, column);

    m_result->setObjectName(u"inviteResultLabel"_s);
    m_result->setTextFormat(Qt::RichText); // not guessed: showResult escapes what it quotes
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_busy->setObjectName(u"inviteBusy"_s);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_inviteButton = buttons->addButton(tr("&Invite"), QDialogButtonBox::ActionRole);
    m_inviteButton->setObjectName(u"sendInviteButton"_s);
    m_inviteButton->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeInviteButton"_s);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_busy);
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addLayout(buttonRow);

    // Wrapped labels need the height for the dialog's width, which sizeHint() does not give.
    resize(minimumWidth(), qMax(sizeHint().height(), heightForWidth(minimumWidth())));

    connect(m_inviteButton, &QPushButton::clicked, this, &RcsTestNumbersDialog::invite);
    connect(close, &QPushButton::clicked, this, &RcsTestNumbersDialog::reject);
    connect(m_numberEdit, &QLineEdit::returnPressed, this, &RcsTestNumbersDialog::invite);
}

RcsTestNumbersDialog::~RcsTestNumbersDialog()
{
    if (ApiCall *call = m_call) {
        call->disconnect(this);
        call->cancel();
    }
}

QString RcsTestNumbersDialog::phoneNumber() const
{
    const QString text = m_numberEdit->text().trimmed();
    if (Validators::isE164(text).isEmpty())
        return text;
    return Validators::normalizeUsNumber(text);
}

QString RcsTestNumbersDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString RcsTestNumbersDialog::statusDescription(const QString &status)
{
    if (status.compare(u"pending"_s, Qt::CaseInsensitive) == 0)
        return tr("Pending: waiting for the person to accept the invitation on the phone.");
    if (status.compare(u"accepted"_s, Qt::CaseInsensitive) == 0)
        return tr("Accepted: the number receives this agent's messages while it is in testing.");
    if (status.isEmpty())
        return tr("The server gave no status.");
    return tr("Status \"%1\".").arg(status);
}

void RcsTestNumbersDialog::invite()
{
    if (isInviting())
        return;
    m_numberFeedback->setTouched(true);
    if (!m_numberFeedback->problem().isEmpty()) {
        m_numberEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString number = phoneNumber();
    auto *call = RcsApi(m_client).inviteTestNumber(m_agent.agentId, number);
    m_call = call;
    setBusy(true);
    call->onResult(this, [this, number](const RcsTestNumberInvite &answer) {
        m_call = nullptr;
        setBusy(false);
        const QString invitedNumber = answer.phoneNumber.isEmpty() ? number : answer.phoneNumber;
        if (m_store && !m_store->recordInvite(m_agent.agentId, invitedNumber, answer.status))
            showResult(tr("Invited %1, but the console could not remember it: %2")
                           .arg(invitedNumber, m_store->lastError())
                           .toHtmlEscaped(),
                       true);
        else
            showResult(tr("Invited <b>%1</b>. %2")
                           .arg(invitedNumber.toHtmlEscaped(),
                                statusDescription(answer.status).toHtmlEscaped()),
                       false);
        Q_EMIT invited(answer);
        m_numberEdit->selectAll();
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        setBusy(false);
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        // A bad number is named by the path parameter or a pointer; put it on the field.
        const QList<ApiErrorItem> items = error.fieldItems({u"phone_number"_s});
        if (error.httpStatus() == 422 && !items.isEmpty()) {
            const ApiErrorItem &item = items.constFirst();
            m_numberFeedback->setServerProblem(item.detail.isEmpty() ? item.title : item.detail);
            m_result->hide();
            return;
        }
        showResult(tr("Could not invite the number: %1").arg(error.message()).toHtmlEscaped(),
                   true);
    });
}

void RcsTestNumbersDialog::reject()
{
    if (ApiCall *call = m_call)
        call->cancel();
    QDialog::reject();
}

void RcsTestNumbersDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_inviteButton->setEnabled(!busy);
    m_numberEdit->setReadOnly(busy);
}

void RcsTestNumbersDialog::showResult(const QString &html, bool failure)
{
    m_result->setText(html);
    m_result->setStyleSheet(ConsolePalette().bannerStyle(
        failure ? ConsolePalette::Kind::Error : ConsolePalette::Kind::Success, u"QLabel"_s));
    m_result->show();
    // Grow to fit the message; never shrink what the user sized.
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}
