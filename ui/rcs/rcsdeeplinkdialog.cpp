#include "rcsdeeplinkdialog.h"

#include "api/apicall.h"
#include "api/rcsapi.h"
#include "consolepalette.h"
#include "domain/validators.h"
#include "rcsagentpicker.h"
#include "rcsagentsmodel.h"
#include "widgets/fieldfeedback.h"
#include "widgets/plaintext.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int qrMinimumSide = 264;

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

RcsDeeplinkDialog::RcsDeeplinkDialog(ApiClient *client, RcsAgentsModel *agents, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_agents(agents)
    , m_agentCombo(new QComboBox(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_bodyEdit(new QLineEdit(this))
    , m_generateButton(new QPushButton(tr("&Generate"), this))
    , m_urlEdit(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_qrLabel(new QLabel(this))
    , m_savePngButton(new QPushButton(tr("Save as &PNG…"), this))
    , m_saveSvgButton(new QPushButton(tr("Save as S&VG…"), this))
    , m_busyBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel request"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(u"rcsDeeplinkDialog"_s);
    setWindowTitle(tr("RCS deeplink"));

    RcsAgentPicker::setUpCombo(m_agentCombo, agents,
                               tr("The RCS agent the conversation opens with."));
    m_agentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agentCombo->setMinimumContentsLength(24);

    m_phoneEdit->setObjectName(u"phoneEdit"_s);
    m_phoneEdit->setPlaceholderText(tr("+13125551234 (optional)"));
    m_phoneEdit->setToolTip(tr("The agent's phone number the link opens, in E.164. A US number "
                               "typed as (312) 555-1234 is converted when you leave the field. "
                               "Leave empty for a link without a number."));
    m_phoneEdit->setClearButtonEnabled(true);
    connect(m_phoneEdit, &QLineEdit::editingFinished, this, [this] {
        const QString normalized = Validators::normalizeUsNumber(m_phoneEdit->text());
        if (!normalized.isEmpty() && normalized != m_phoneEdit->text())
            m_phoneEdit->setText(normalized);
    });

    m_bodyEdit->setObjectName(u"bodyEdit"_s);
    m_bodyEdit->setPlaceholderText(tr("Hello! (optional)"));
    m_bodyEdit->setToolTip(tr("Text put in the message box when the link opens; the person can "
                              "change it before sending."));
    m_bodyEdit->setClearButtonEnabled(true);

    m_generateButton->setObjectName(u"generateButton"_s);
    m_generateButton->setDefault(true); // Enter in a field generates
    m_generateButton->setToolTip(tr("Ask Telnyx for the link (Enter)."));

    m_urlEdit->setObjectName(u"urlEdit"_s);
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setPlaceholderText(tr("The link appears here."));
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setToolTip(tr("Copy the link to the clipboard."));

    m_qrLabel->setObjectName(u"qrLabel"_s);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setMinimumSize(qrMinimumSide, qrMinimumSide);
    m_qrLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_qrLabel->setAutoFillBackground(true);
    m_qrLabel->setStyleSheet(ConsolePalette().qrPaperStyle(u"QLabel#qrLabel"_s));
    m_qrLabel->setText(tr("Generate a link to see its QR code."));
    m_qrLabel->setWordWrap(true);
    m_qrLabel->setAccessibleName(tr("QR code of the link"));

    m_savePngButton->setObjectName(u"savePngButton"_s);
    m_savePngButton->setToolTip(tr("Save the QR code as a PNG picture."));
    m_saveSvgButton->setObjectName(u"saveSvgButton"_s);
    m_saveSvgButton->setToolTip(tr("Save the QR code as an SVG drawing (sharp at any size)."));

    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->hide();
    m_cancelButton->setObjectName(u"cancelRequestButton"_s);
    m_cancelButton->hide();

    m_statusLabel->setObjectName(u"statusLabel"_s);
    PlainText::setUp(m_statusLabel); // quotes the server's error
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [this, form](const QString &label, QWidget *editor,
                                       FieldFeedback *feedback) {
        addLabelledRow(form, new QLabel(label, this), editor,
                       feedback ? feedback->messageLabel() : nullptr);
    };
    m_agentFeedback = new FieldFeedback(
        m_agentCombo,
        [this] {
            return agentId().isEmpty() ? tr("Choose the RCS agent the link opens.") : QString();
        },
        this);
    m_phoneFeedback = new FieldFeedback(
        m_phoneEdit,
        [this] {
            const QString number = m_phoneEdit->text().trimmed();
            return number.isEmpty() ? QString() : Validators::isE164(number);
        },
        this);
    addField(tr("&Agent"), m_agentCombo, m_agentFeedback);
    addField(tr("Phone &number"), m_phoneEdit, m_phoneFeedback);
    addField(tr("&Message"), m_bodyEdit, nullptr);

    auto *generateRow = new QHBoxLayout;
    generateRow->addStretch(1);
    generateRow->addWidget(m_busyBar, 1);
    generateRow->addWidget(m_cancelButton);
    generateRow->addWidget(m_generateButton);

    auto *urlRow = new QHBoxLayout;
    auto *urlLabel = new QLabel(tr("&Link"), this);
    urlLabel->setBuddy(m_urlEdit);
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_copyButton);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_savePngButton);
    saveRow->addWidget(m_saveSvgButton);
    saveRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"dialogButtons"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &RcsDeeplinkDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(generateRow);
    layout->addLayout(urlRow);
    layout->addWidget(m_qrLabel, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(m_generateButton, &QPushButton::clicked, this, &RcsDeeplinkDialog::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &RcsDeeplinkDialog::copyUrl);
    connect(m_savePngButton, &QPushButton::clicked, this, &RcsDeeplinkDialog::choosePngFile);
    connect(m_saveSvgButton, &QPushButton::clicked, this, &RcsDeeplinkDialog::chooseSvgFile);
    const auto fieldsChanged = [this] { updateActions(); };
    connect(m_agentCombo, &QComboBox::currentTextChanged, this, fieldsChanged);
    connect(m_phoneEdit, &QLineEdit::textChanged, this, fieldsChanged);
    connect(m_bodyEdit, &QLineEdit::textChanged, this, fieldsChanged);

    RcsAgentPicker::follow(agents, this, [this] { reloadAgents(); });
    reloadAgents();
    updateActions();
    resize(560, 600);
}

RcsDeeplinkDialog::~RcsDeeplinkDialog()
{
    if (m_call)
        m_call->cancel();
}

void RcsDeeplinkDialog::reloadAgents()
{
    const QString keep = agentId();
    const QSignalBlocker blocker(m_agentCombo);
    RcsAgentPicker::fill(m_agentCombo, m_agents, keep);
    m_agentFeedback->refresh();
    updateActions();
}

void RcsDeeplinkDialog::setAgentId(const QString &agentId)
{
    if (m_agentCombo->isEditable()) {
        m_agentCombo->setEditText(agentId);
    } else {
        RcsAgentPicker::fill(m_agentCombo, m_agents, agentId);
    }
    m_agentFeedback->refresh();
    updateActions();
}

QString RcsDeeplinkDialog::agentId() const
{
    return RcsAgentPicker::agentId(m_agentCombo);
}

void RcsDeeplinkDialog::generate()
{
    if (m_call)
        return; // one request at a time, however often Enter is pressed
    m_agentFeedback->setTouched(true);
    m_phoneFeedback->setTouched(true);
    if (!m_agentFeedback->problem().isEmpty()) {
        m_agentCombo->setFocus(Qt::OtherFocusReason);
        showStatus(m_agentFeedback->problem(), true);
        return;
    }
    const QString normalized = Validators::normalizeUsNumber(m_phoneEdit->text());
    if (!normalized.isEmpty() && normalized != m_phoneEdit->text())
        m_phoneEdit->setText(normalized);
    if (!m_phoneFeedback->problem().isEmpty()) {
        m_phoneEdit->setFocus(Qt::OtherFocusReason);
        showStatus(tr("Phone number: %1").arg(m_phoneFeedback->problem()), true);
        return;
    }

    const QString agent = agentId();
    const QString phone = m_phoneEdit->text().trimmed();
    const QString body = m_bodyEdit->text();
    auto *call = RcsApi(m_client).deeplink(agent, phone, body);
    m_call = call;
    const QString source = agent + u'\n' + phone + u'\n' + body;
    call->onResult(this, [this, source](const RcsDeeplink &deeplink) {
        m_generatedFrom = source;
        onGenerated(deeplink.url);
    });
    connect(call, &ApiCall::failed, this, &RcsDeeplinkDialog::onFailed);
    connect(call, &ApiCall::done, this, [this] {
        m_call = nullptr;
        setBusy(false);
    });
    setBusy(true);
    showStatus(tr("Making the link…"), false);
}

void RcsDeeplinkDialog::onGenerated(const QString &url)
{
    m_url = url;
    m_urlEdit->setText(url);
    m_urlEdit->setCursorPosition(0);
    m_qrCode = QrCode::encode(url);
    renderQrCode();
    if (m_qrCode.isNull())
        showStatus(tr("The link is ready, but it cannot be shown as a QR code: %1")
                       .arg(m_qrCode.errorString()),
                   true);
    else
        showStatus(tr("The link is ready. Scan the code with a phone, or copy the link."), false);
    updateActions();
    Q_EMIT generated(url);
}

void RcsDeeplinkDialog::onFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        showStatus(tr("Cancelled."), false);
        return;
    }
    QString message = error.message();
    for (const ApiErrorItem &item : error.items()) {
        const QString detail = item.detail.isEmpty() ? item.title : item.detail;
        if (ApiError::resolvePointer(item, {u"phone_number"_s}) == u"/phone_number"_s) {
            m_phoneFeedback->setServerProblem(detail);
            m_phoneEdit->setFocus(Qt::OtherFocusReason);
            message = tr("Telnyx did not accept the phone number: %1").arg(detail);
        } else if (error.httpStatus() == 404) {
            m_agentFeedback->setServerProblem(
                tr("Telnyx does not know this agent (or it is not yours)."));
            message = tr("Telnyx does not know the agent “%1”.").arg(agentId());
        }
    }
    showStatus(message, true);
    Q_EMIT generateFailed(message);
}

void RcsDeeplinkDialog::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    updateActions();
}

void RcsDeeplinkDialog::showStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(problem ? ConsolePalette().textStyle(ConsolePalette::Kind::Error)
                                         : QString());
}

void RcsDeeplinkDialog::renderQrCode()
{
    if (m_qrCode.isNull()) {
        m_qrLabel->setPixmap({});
        m_qrLabel->setText(m_url.isEmpty() ? tr("Generate a link to see its QR code.")
                                           : m_qrCode.errorString());
        m_qrLabel->setAccessibleDescription(m_qrLabel->text());
        return;
    }
    // Whole pixels per module keep the edges sharp, which scanners like.
    const int modules = m_qrCode.size() + 2 * QrCode::standardMargin;
    const int side = std::min(m_qrLabel->width(), m_qrLabel->height()) - 8;
    const int scale = std::max(1, side / modules);
    m_qrLabel->setPixmap(QPixmap::fromImage(m_qrCode.toImage(scale, QrCode::standardMargin)));
    m_qrLabel->setToolTip(PlainText::toolTip(m_url));
    // A screen reader cannot read the picture: it reads the link the code encodes.
    m_qrLabel->setAccessibleDescription(m_url);
}

void RcsDeeplinkDialog::updateActions()
{
    const bool busy = !m_call.isNull();
    const bool hasCode = !m_qrCode.isNull();
    m_generateButton->setEnabled(!busy);
    m_copyButton->setEnabled(!m_url.isEmpty());
    m_savePngButton->setEnabled(hasCode);
    m_saveSvgButton->setEnabled(hasCode);
    if (!m_url.isEmpty() && !busy) {
        const QString now =
            agentId() + u'\n' + m_phoneEdit->text().trimmed() + u'\n' + m_bodyEdit->text();
        if (now != m_generatedFrom)
            showStatus(tr("The fields changed since this link was made: Generate again to "
                          "update it."),
                       false);
    }
}

void RcsDeeplinkDialog::copyUrl()
{
    if (m_url.isEmpty())
        return;
    QApplication::clipboard()->setText(m_url);
    showStatus(tr("The link is copied."), false);
}

bool RcsDeeplinkDialog::savePng(const QString &path, QString *error) const
{
    if (m_qrCode.isNull()) {
        if (error)
            *error = tr("There is no QR code yet: generate a link first.");
        return false;
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!m_qrCode.toImage(pngScale, QrCode::standardMargin).save(&buffer, "PNG")) {
            if (error)
                *error = tr("The picture could not be made.");
            return false;
        }
    }
    return writeAtomically(path, bytes, error);
}

bool RcsDeeplinkDialog::saveSvg(const QString &path, QString *error) const
{
    if (m_qrCode.isNull()) {
        if (error)
            *error = tr("There is no QR code yet: generate a link first.");
        return false;
    }
    return writeAtomically(path, m_qrCode.toSvg().toUtf8(), error);
}

QString RcsDeeplinkDialog::suggestedFileName(const QString &suffix) const
{
    QString agent = agentId();
    agent.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    return QDir::home().filePath(
        u"rcs-deeplink-%1.%2"_s.arg(agent.isEmpty() ? u"agent"_s : agent, suffix));
}

void RcsDeeplinkDialog::chooseFile(const QString &suffix, const QString &filter)
{
    if (m_qrCode.isNull())
        return;
    auto *dialog = new QFileDialog(this, tr("Save the QR code"));
    dialog->setObjectName(u"saveQrDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(suggestedFileName(suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, suffix](const QString &path) {
        QString error;
        const bool saved = suffix == u"svg"_s ? saveSvg(path, &error) : savePng(path, &error);
        if (saved)
            showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
        else
            showStatus(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error),
                       true);
    });
    dialog->open();
}

void RcsDeeplinkDialog::choosePngFile()
{
    chooseFile(u"png"_s, tr("PNG pictures (*.png)"));
}

void RcsDeeplinkDialog::chooseSvgFile()
{
    chooseFile(u"svg"_s, tr("SVG drawings (*.svg)"));
}

void RcsDeeplinkDialog::reject()
{
    if (m_call)
        m_call->cancel(); // closing the dialog ends its request
    QDialog::reject();
}

void RcsDeeplinkDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    renderQrCode();
}
