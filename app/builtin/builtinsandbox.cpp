#include "builtinsandbox.h"

#include "sandbox/sandboxhost.h"

namespace {

// A SandboxHost seen as a LocalSandbox: the host is a child, its signals passed on.
class HostedSandbox final : public LocalSandbox
{
public:
    HostedSandbox(const SandboxOptions &options, QObject *parent)
        : LocalSandbox(parent)
        , m_host(new SandboxHost(options, this))
    {
        connect(m_host, &SandboxHost::ready, this, &LocalSandbox::ready);
        connect(m_host, &SandboxHost::failed, this, &LocalSandbox::failed);
    }

    void start() override { m_host->start(); }
    QUrl baseUrl() const override { return m_host->baseUrl(); }
    QString controlToken() const override { return m_host->controlToken(); }

private:
    SandboxHost *m_host;
};

} // namespace

namespace BuiltInSandbox {

LocalSandboxFactory factory(const SandboxOptions &options)
{
    return [options](const QString &apiKey, QObject *parent) -> LocalSandbox * {
        SandboxOptions withKey = options;
        withKey.apiKey = apiKey;
        return new HostedSandbox(withKey, parent);
    };
}

} // namespace BuiltInSandbox
