#include "firstrundialog.h"

#include "keyentryform.h"
#include "session/consolesession.h"
#include "storage/credentialstore.h"
#include "widgets/plaintext.h"

#include <QCommandLinkButton>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new KeyEntryForm(this))
    , m_keychainProblem(new QLabel(this))
    , m_sessionOnlyButton(new QPushButton(tr("Keep the key for this &session only"), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to the Telnyx Hosted Messaging Console"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("Connect to your Telnyx account, or look around in the built-in "
                                "sandbox first: a local simulation of the API with sample data, "
                                "where nothing you do reaches Telnyx."),
                             this);
    intro->setWordWrap(true);

    auto *sandboxButton = new QCommandLinkButton(
        tr("Explore the sandbox"),
        tr("Toll-free requests, hosted orders and RCS agents made up for practice."), this);
    sandboxButton->setObjectName(QStringLiteral("exploreSandboxButton"));

    auto *keyBox = new QGroupBox(tr("Enter an API key"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_form);
    m_keychainProblem->setObjectName(QStringLiteral("keychainProblemLabel"));
    PlainText::setUp(m_keychainProblem); // the keychain's own words
    m_keychainProblem->setWordWrap(true);
    m_keychainProblem->hide();
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->hide();
    keyLayout->addWidget(m_keychainProblem);
    keyLayout->addWidget(m_sessionOnlyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sandboxButton);
    layout->addWidget(keyBox);

    connect(sandboxButton, &QPushButton::clicked, this, [this] {
        m_chosenProfileId = Profile::sandboxId();
        accept();
    });
    connect(m_form, &KeyEntryForm::validated, this, &FirstRunDialog::saveValidatedKey);

    CredentialStore *credentials = m_session->credentials();
    connect(credentials, &CredentialStore::keyWritten, this, [this](const QString &profileId) {
        if (profileId == m_chosenProfileId)
            accept();
    });
    connect(credentials, &CredentialStore::failed, this,
            [this](const QString &profileId, CredentialStore::Operation operation,
                   const QString &message, CredentialStore::Failure failure) {
                if (profileId != m_chosenProfileId ||
                    operation != CredentialStore::Operation::Write)
                    return;
                m_keychainProblem->setText(message);
                m_keychainProblem->show();
                m_sessionOnlyButton->setVisible(failure == CredentialStore::Failure::NoKeychain);
            });
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, [this] {
        // The key stays in memory only; the profile remembers that it has no stored key.
        std::optional<Profile> profile = m_session->profiles()->profile(m_chosenProfileId);
        if (profile) {
            profile->keyStorage = Profile::KeyStorage::Session;
            m_session->profiles()->updateProfile(*profile);
        }
        m_session->credentials()->useSessionOnly();
        m_sessionOnlyKey = m_form->apiKey();
        accept();
    });
}

void FirstRunDialog::saveValidatedKey()
{
    ProfileStore *profiles = m_session->profiles();
    if (m_chosenProfileId.isEmpty() || !profiles->contains(m_chosenProfileId)) {
        QString problem;
        const Profile profile = profiles->addProfile(m_form->profileName(), m_form->baseUrl(),
                                                     Profile::KeyStorage::Keychain, &problem);
        if (!profile.isValid()) {
            m_form->showProblem(problem);
            return;
        }
        m_chosenProfileId = profile.id;
    }
    m_session->credentials()->writeKey(m_chosenProfileId, m_form->apiKey());
}
