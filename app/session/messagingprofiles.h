#pragma once

#include "api/apierror.h"
#include "domain/messagingprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class Pager;

// The account's messaging profiles (GET /messaging_profiles, every page), kept for the session
// so the pages can show a profile's name where the API gives its id, and pick one by name.
// Loaded on the first load(); refresh() asks again (F5); forget() drops them when the session
// switches to another account. Each page goes through ApiClient (its timeout, retries and
// cancellation); a failed load keeps what was known before.
class MessagingProfiles : public QObject
{
    Q_OBJECT

public:
    explicit MessagingProfiles(ApiClient *client, QObject *parent = nullptr);
    ~MessagingProfiles() override;

    QList<MessagingProfile> profiles() const { return m_profiles; }
    // The profile's name; empty when the profile is not known (or has no name).
    QString name(const QString &id) const { return m_names.value(id); }
    // Id -> name of every known profile with a name: what the list models are given.
    const QHash<QString, QString> &names() const { return m_names; }
    bool isLoading() const;
    bool isLoaded() const { return m_loaded; }
    ApiError lastError() const { return m_error; }

    // Rows asked per page (tests use small pages).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

public Q_SLOTS:
    // Loads every page unless loaded or loading.
    void load();
    // Loads every page again; the profiles known so far stay until the new ones have arrived.
    void refresh();
    void cancel();
    // Another account: nothing known any more (changed() if something was).
    void forget();

Q_SIGNALS:
    // The profiles or their names changed.
    void changed();
    void loadingChanged(bool loading);
    void failed(const ApiError &error);

private:
    void setProfiles(QList<MessagingProfile> profiles);

    ApiClient *m_client;
    QPointer<Pager> m_pager;
    QList<MessagingProfile> m_incoming;
    QList<MessagingProfile> m_profiles;
    QHash<QString, QString> m_names;
    ApiError m_error;
    int m_pageSize;
    bool m_loaded = false;
};
