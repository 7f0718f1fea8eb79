#pragma once

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstate.h"

#include <QAbstractHttpServer>
#include <QTimer>
#include <QUrl>

#include <memory>

// The sandbox over real HTTP on 127.0.0.1: turns socket requests into SandboxRequests,
// answers with the SandboxState's responses, applies delay and drop faults, and saves the
// state file (debounced) after changes.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0: any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/v2 (empty before listen()).
    QUrl baseUrl() const;

    SandboxState &state() { return *m_state; }
    // The secret /_sandbox requests must carry as X-Sandbox-Token.
    QString controlToken() const;
    // Writes the state file now (no-op without one). Called on exit as well.
    bool saveState(QString *error = nullptr);

Q_SIGNALS:
    // One line per answered request, for an access log.
    void requestHandled(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void scheduleSave();

    SandboxOptions m_options;
    std::unique_ptr<SandboxState> m_state;
    QTimer m_saveTimer;
    quint16 m_port = 0;
};
