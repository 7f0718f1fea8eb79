#pragma once

#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxhosted.h"
#include "sandbox/sandboxmessagingprofiles.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxrcs.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxrequestlog.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxtollfree.h"
#include "sandbox/sandboxurldomains.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The whole simulated Telnyx account: records, virtual clock, faults and request log.
// Socket-free: handle() maps one request to one response, so it can be tested directly.
class SandboxState
{
public:
    static constexpr qsizetype maximumBodyBytes = 20 * 1024 * 1024;
    static constexpr int defaultTollFreeRecords = 320;
    static constexpr int defaultHostedOrders = 48;

    explicit SandboxState(const SandboxOptions &options = {});
    ~SandboxState();
    SandboxState(const SandboxState &) = delete;
    SandboxState &operator=(const SandboxState &) = delete;

    SandboxResponse handle(const SandboxRequest &request);

    // Regenerates every record from a seed (options.records sizes when records < 0).
    void reset(quint32 seed, int records = -1);
    // True once since the last call when something changed that a state file should keep.
    bool takeDirty();

    QJsonObject toJson() const;
    bool loadJson(const QJsonObject &saved, QString *error);
    bool saveToFile(const QString &path, QString *error) const;
    // Loads a state file; false (state unchanged) when missing or unreadable.
    bool loadFromFile(const QString &path, QString *error);

    SandboxContext &context() { return m_context; }
    SandboxTollFree &tollFree() { return m_tollFree; }
    SandboxHosted &hosted() { return m_hosted; }
    SandboxRcs &rcs() { return m_rcs; }
    SandboxFaults &faults() { return m_faults; }
    SandboxRequestLog &requestLog() { return m_log; }
    // The token /_sandbox requests must carry (X-Sandbox-Token).
    QString controlToken() const { return m_options.controlToken; }
    // Whether the last construction loaded the state file (rather than seeding).
    bool loadedFromFile() const { return m_loadedFromFile; }

private:
    using Handler = std::function<SandboxResponse(const SandboxRequest &, const QStringList &)>;
    struct Route
    {
        QString method;
        QStringList pattern; // literal segments, "{}" for a parameter
        Handler handler;
    };

    void addApiRoute(const QString &method, const QString &pattern, Handler handler);
    void addControlRoute(const QString &method, const QString &pattern, Handler handler);
    static SandboxResponse dispatch(const QList<Route> &routes, const SandboxRequest &request,
                                    const QStringList &segments);
    SandboxResponse handleApi(const SandboxRequest &request, const QStringList &segments);
    SandboxResponse applyFault(const SandboxFault &fault, const SandboxRequest &request,
                               const QStringList &segments);
    static SandboxRequest withEarlierPage(const SandboxRequest &request, int shift);
    static SandboxResponse withTotals(SandboxResponse response, double total);
    bool authorized(const SandboxRequest &request) const;
    std::optional<SandboxResponse> refusal(const SandboxRequest &request, bool control) const;
    void registerRoutes();
    QJsonObject clockJson() const;
    QJsonObject modeJson() const;

    SandboxOptions m_options;
    SandboxContext m_context;
    SandboxTollFree m_tollFree;
    SandboxHosted m_hosted;
    SandboxRcs m_rcs;
    SandboxUrlDomains m_urlDomains;
    SandboxMessagingProfiles m_profiles;
    SandboxFaults m_faults;
    SandboxRequestLog m_log;
    QList<Route> m_apiRoutes;
    QList<Route> m_controlRoutes;
    int m_records = 0; // as seeded (0: default sizes)
    bool m_loadedFromFile = false;
};
