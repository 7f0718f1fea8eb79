#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// The built-in sandbox as the session sees it: a local server that starts, then says where it
// listens. The session knows no sandbox code (app/sandbox shares none with the client, on
// purpose); main.cpp gives it a factory that runs the real one (app/builtin).
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts listening on 127.0.0.1; reports ready(baseUrl) or failed(message).
    virtual void start() = 0;
    // The base URL once ready() was emitted, empty before.
    virtual QUrl baseUrl() const = 0;
    // The X-Sandbox-Token of its control surface once ready() was emitted, empty before.
    virtual QString controlToken() const = 0;

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);
};

// Makes a sandbox that accepts `apiKey` as its bearer key, owned by `parent`.
using LocalSandboxFactory = std::function<LocalSandbox *(const QString &apiKey, QObject *parent)>;
