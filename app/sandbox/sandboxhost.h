#pragma once

#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxServer;

// Runs a SandboxServer in its own thread, so that serving a large page never stalls the
// GUI thread. start() reports back with ready(baseUrl) or failed(message); the destructor
// stops the server (saving its state file) and joins the thread.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts the thread and listens on 127.0.0.1:port (0: any free port). Calling it again
    // while running does nothing.
    void start(quint16 port = 0);
    bool isRunning() const { return m_thread.isRunning(); }
    // The base URL once ready() was emitted, empty before.
    QUrl baseUrl() const { return m_baseUrl; }
    // The /_sandbox control token once ready() was emitted, empty before.
    QString controlToken() const { return m_controlToken; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    SandboxOptions m_options;
    QThread m_thread;
    QObject *m_worker = nullptr;       // lives in m_thread; every server access runs through it
    SandboxServer *m_server = nullptr; // touched only from m_thread
    QUrl m_baseUrl;
    QString m_controlToken;
};
