#include "windowgeometry.h"

#include <QEvent>
#include <QSettings>
#include <QWidget>

void WindowGeometry::remember(QWidget *window, const QString &key)
{
    new WindowGeometry(window, key);
}

WindowGeometry::WindowGeometry(QWidget *window, const QString &key)
    : QObject(window)
    , m_window(window)
    , m_key(key)
{
    window->installEventFilter(this);
    if (window->isVisible())
        restore();
}

bool WindowGeometry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
            if (!m_restored)
                restore();
            break;
        case QEvent::Hide:
        case QEvent::Close:
            save();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowGeometry::restore()
{
    m_restored = true;
    QSettings settings;
    const QByteArray geometry =
        settings.value(QStringLiteral("windows/%1/geometry").arg(m_key)).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
}

void WindowGeometry::save() const
{
    if (!m_restored)
        return; // never shown: nothing worth keeping
    QSettings settings;
    settings.setValue(QStringLiteral("windows/%1/geometry").arg(m_key), m_window->saveGeometry());
}
