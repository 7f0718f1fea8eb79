#include "sandbox/sandboxhost.h"

#include "sandbox/sandboxserver.h"

#include <QPointer>

using namespace Qt::StringLiterals;

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(u"telnyx-sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

void SandboxHost::start(quint16 port)
{
    if (m_thread.isRunning())
        return;
    if (!m_worker)
        m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QPointer<SandboxHost> self(this);
    const SandboxOptions options = m_options;
    QMetaObject::invokeMethod(
        m_worker,
        [this, self, options, port] {
            auto server = std::make_unique<SandboxServer>(options);
            const quint16 bound = server->listen(port);
            if (bound == 0) {
                const QString message =
                    u"The sandbox could not listen on 127.0.0.1:%1."_s.arg(port);
                QMetaObject::invokeMethod(self, [self, message] {
                    if (self)
                        Q_EMIT self->failed(message);
                });
                return;
            }
            const QUrl url = server->baseUrl();
            const QString token = server->controlToken();
            m_server = server.release();
            QMetaObject::invokeMethod(self, [self, url, token] {
                if (!self)
                    return;
                self->m_baseUrl = url;
                self->m_controlToken = token;
                Q_EMIT self->ready(url);
            });
        },
        Qt::QueuedConnection);
}
