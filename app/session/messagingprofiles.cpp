#include "session/messagingprofiles.h"

#include "api/apiparse.h"
#include "api/messagingprofilesapi.h"
#include "api/pager.h"

MessagingProfiles::MessagingProfiles(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pageSize(MessagingProfilesApi::defaultPageSize)
{}

MessagingProfiles::~MessagingProfiles()
{
    delete m_pager;
}

bool MessagingProfiles::isLoading() const
{
    return !m_pager.isNull();
}

void MessagingProfiles::load()
{
    if (!m_loaded && !m_pager)
        refresh();
}

void MessagingProfiles::refresh()
{
    cancel();
    m_incoming.clear();
    m_error = {};
    Pager *pager = MessagingProfilesApi(m_client).pager(m_pageSize, this);
    m_pager = pager;
    connect(pager, &Pager::pageLoaded, this, [this](int, const QJsonArray &items) {
        m_incoming.append(ApiParse::listOf<MessagingProfile>(items));
    });
    connect(pager, &Pager::completed, this, [this, pager] {
        m_pager = nullptr;
        pager->deleteLater();
        m_loaded = true;
        setProfiles(std::exchange(m_incoming, {}));
        Q_EMIT loadingChanged(false);
    });
    connect(pager, &Pager::failed, this, [this, pager](const ApiError &error) {
        m_pager = nullptr;
        pager->deleteLater();
        m_incoming.clear();
        m_error = error;
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(error);
    });
    Q_EMIT loadingChanged(true);
    pager->fetchAll();
}

void MessagingProfiles::cancel()
{
    if (!m_pager)
        return;
    // Deleting the pager cancels its calls without a failed() signal.
    delete m_pager;
    m_pager = nullptr;
    m_incoming.clear();
    Q_EMIT loadingChanged(false);
}

void MessagingProfiles::forget()
{
    cancel();
    m_loaded = false;
    m_error = {};
    if (!m_profiles.isEmpty())
        setProfiles({});
}

void MessagingProfiles::setProfiles(QList<MessagingProfile> profiles)
{
    QHash<QString, QString> names;
    for (const MessagingProfile &profile : std::as_const(profiles)) {
        if (!profile.id.isEmpty() && !profile.name.trimmed().isEmpty())
            names.insert(profile.id, profile.name.trimmed());
    }
    const bool same = profiles == m_profiles;
    m_profiles = std::move(profiles);
    m_names = std::move(names);
    if (!same)
        Q_EMIT changed();
}
