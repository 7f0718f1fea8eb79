#include "profilesdialog.h"

#include "keyentryform.h"
#include "session/consolesession.h"
#include "storage/credentialstore.h"
#include "widgets/plaintext.h"
#include "widgets/taborder.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString storageText(const Profile &profile)
{
    if (profile.isSandbox())
        return ProfilesDialog::tr("built-in, no key needed");
    switch (profile.keyStorage) {
    case Profile::KeyStorage::Keychain:
        return ProfilesDialog::tr("key ••••••••  in the system keychain");
    case Profile::KeyStorage::Session:
        return ProfilesDialog::tr("key ••••••••  kept for this session only");
    case Profile::KeyStorage::None:
        break;
    }
    return ProfilesDialog::tr("no key stored");
}

} // namespace

ProfilesDialog::ProfilesDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_use(new QPushButton(tr("&Switch to"), this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));
    resize(560, 360);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_use->setObjectName(QStringLiteral("switchProfileButton"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addProfileButton"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_use);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    TabOrder::chain({m_list, add, m_remove, m_use, close});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            m_session->activate(selectedId());
        accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool sandbox = selectedId() == Profile::sandboxId();
        m_remove->setEnabled(!selectedId().isEmpty() && !sandbox);
        m_remove->setToolTip(sandbox ? tr("The built-in sandbox is always available") : QString());
        m_use->setEnabled(!selectedId().isEmpty());
    });
    connect(m_session->profiles(), &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
    reload();
}

void ProfilesDialog::reload()
{
    const QString keep = selectedId();
    m_list->clear();
    const QList<Profile> profiles = m_session->profiles()->profiles();
    for (const Profile &profile : profiles) {
        const QString where =
            profile.isSandbox() ? tr("local simulation") : profile.baseUrl.toDisplayString();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 — %3").arg(profile.name, where, storageText(profile)), m_list);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == keep || (keep.isEmpty() && profile.id == m_session->activeProfile().id))
            m_list->setCurrentItem(item);
    }
}

QString ProfilesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::addProfile()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addProfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a profile"));
    auto *form = new KeyEntryForm(dialog);
    form->setProfileName(QString());
    auto *cancel = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(form);
    layout->addWidget(cancel);
    connect(cancel, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(form, &KeyEntryForm::validated, dialog, [this, dialog, form] {
        CredentialStore *credentials = m_session->credentials();
        const Profile::KeyStorage storage = Profile::storageFor(credentials->backend());
        QString problem;
        const Profile profile = m_session->profiles()->addProfile(
            form->profileName(), form->baseUrl(), storage, &problem);
        if (!profile.isValid()) {
            form->showProblem(problem);
            return;
        }
        // The profile exists only once its key is stored: a failed write takes it back, so no
        // profile pretends to have a key, and the dialog keeps what was typed.
        form->setEnabled(false);
        credentials->whenFinished(
            profile.id, CredentialStore::Operation::Write, dialog,
            [this, dialog, form, id = profile.id](const QString &failure,
                                                  CredentialStore::Failure) {
                form->setEnabled(true);
                if (failure.isEmpty()) {
                    dialog->accept();
                    return;
                }
                m_session->profiles()->removeProfile(id);
                form->showProblem(tr("The key could not be saved, so the profile was not added. "
                                     "%1")
                                      .arg(failure));
            });
        credentials->writeKey(profile.id, form->apiKey());
    });
    dialog->open();
}

void ProfilesDialog::removeSelected()
{
    const QString id = selectedId();
    const std::optional<Profile> profile = m_session->profiles()->profile(id);
    if (!profile || profile->isSandbox())
        return;
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Remove profile"),
        tr("Remove “%1” and delete its API key from the keychain?").arg(profile->name),
        QMessageBox::Cancel, this);
    PlainText::setUp(confirm); // the name is as typed
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    connect(remove, &QPushButton::clicked, this, [this, id, name = profile->name] {
        // The key goes first: if the keychain refuses, the profile stays (and says why), so
        // its key is never left behind without a word.
        CredentialStore *credentials = m_session->credentials();
        credentials->whenFinished(
            id, CredentialStore::Operation::Delete, this,
            [this, id, name](const QString &failure, CredentialStore::Failure) {
                if (!failure.isEmpty()) {
                    auto *refused = new QMessageBox(
                        QMessageBox::Warning, tr("Remove profile"),
                        tr("“%1” was not removed. %2").arg(name, failure), QMessageBox::Ok, this);
                    refused->setObjectName(QStringLiteral("removeProfileFailedMessage"));
                    PlainText::setUp(refused);
                    refused->setAttribute(Qt::WA_DeleteOnClose);
                    refused->open();
                    return;
                }
                const bool wasActive = m_session->activeProfile().id == id;
                m_session->profiles()->removeProfile(id);
                if (wasActive)
                    m_session->activate(Profile::sandboxId());
            });
        credentials->deleteKey(id);
    });
    confirm->open();
}
