#include "keyentryform.h"

#include "api/apiclient.h"
#include "api/urldomainsapi.h"
#include "consolepalette.h"
#include "widgets/plaintext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

KeyEntryForm::KeyEntryForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(tr("Production"), this))
    , m_baseUrl(new QLineEdit(ApiClient::productionBaseUrl().toString(), this))
    , m_key(new QLineEdit(this))
    , m_validate(new QPushButton(tr("&Validate and save"), this))
    , m_problem(new QLabel(this))
    , m_probeClient(new ApiClient(this))
{
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_validate->setObjectName(QStringLiteral("validateKeyButton"));
    m_problem->setObjectName(QStringLiteral("keyProblemLabel"));

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("KEY…  (from the Telnyx portal: Account ▸ API keys)"));
    m_key->setContextMenuPolicy(Qt::NoContextMenu); // no copy of the key
    PlainText::setUp(m_problem);                    // quotes the server's answer to the key
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Error));
    m_problem->hide();

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Profile &name:"), m_name);
    layout->addRow(tr("&Base URL:"), m_baseUrl);
    layout->addRow(tr("API &key:"), m_key);
    layout->addRow(QString(), m_problem);
    layout->addRow(QString(), m_validate);
    connect(m_validate, &QPushButton::clicked, this, &KeyEntryForm::validate);
    connect(m_key, &QLineEdit::returnPressed, this, &KeyEntryForm::validate);
}

KeyEntryForm::~KeyEntryForm() = default;

QString KeyEntryForm::profileName() const
{
    return m_name->text().trimmed();
}

QUrl KeyEntryForm::baseUrl() const
{
    return QUrl::fromUserInput(m_baseUrl->text().trimmed());
}

QString KeyEntryForm::apiKey() const
{
    return m_key->text().trimmed();
}

void KeyEntryForm::setProfileName(const QString &name)
{
    m_name->setText(name);
}

void KeyEntryForm::setBaseUrl(const QUrl &url)
{
    m_baseUrl->setText(url.toString());
}

void KeyEntryForm::setNameEditable(bool editable)
{
    m_name->setReadOnly(!editable);
    m_baseUrl->setReadOnly(!editable);
}

void KeyEntryForm::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void KeyEntryForm::validate()
{
    showProblem({});
    if (profileName().isEmpty())
        return showProblem(tr("Give the profile a name, for example “Production”."));
    if (!ApiClient::isAllowedBaseUrl(baseUrl()))
        return showProblem(tr("The base URL must start with https:// (plain http is only allowed "
                              "for this computer)."));
    if (apiKey().isEmpty())
        return showProblem(tr("Paste the API key."));
    if (m_probe)
        m_probe->cancel();
    m_probeClient->setBaseUrl(baseUrl());
    m_probeClient->setApiKey(apiKey());
    m_validate->setEnabled(false);
    m_validate->setText(tr("Checking the key…"));
    m_probe = UrlDomainsApi(m_probeClient).list(1, 1);
    connect(m_probe, &ApiCall::finished, this, [this] {
        m_validate->setEnabled(true);
        m_validate->setText(tr("&Validate and save"));
        Q_EMIT validated();
    });
    connect(m_probe, &ApiCall::failed, this, [this](const ApiError &error) {
        m_validate->setEnabled(true);
        m_validate->setText(tr("&Validate and save"));
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        showProblem(error.message());
        Q_EMIT validationFailed(error.message());
    });
}
