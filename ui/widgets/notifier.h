#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

class QSystemTrayIcon;

// Tells the user about something that happened in the background (a toll-free request changed
// status): a system tray balloon where the desktop has a tray, otherwise a toast in the
// window's status bar (objectName "notificationLabel") that fades after a few seconds.
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel { Tray, StatusBar };
    Q_ENUM(Channel)

    static constexpr int defaultToastMs = 8000;

    // `statusBar` hosts the in-app toast; it may be null when only the tray is wanted.
    explicit Notifier(QStatusBar *statusBar, QObject *parent = nullptr);
    ~Notifier() override;

    // Tray when available (and allowed), status bar otherwise.
    Channel channel() const;
    // Tests and users who dislike balloons can keep everything in the window.
    void setTrayAllowed(bool allowed);
    bool isTrayAllowed() const { return m_trayAllowed; }
    void setToastDurationMs(int milliseconds) { m_hideTimer.setInterval(milliseconds); }

    QLabel *label() const { return m_label; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

public Q_SLOTS:
    void notify(const QString &title, const QString &text);
    void dismiss();

Q_SIGNALS:
    void notified(const QString &title, const QString &text, Notifier::Channel channel);
    // The user clicked the tray balloon or the toast.
    void activated();

private:
    QSystemTrayIcon *trayIcon();

    QPointer<QStatusBar> m_statusBar;
    QPointer<QLabel> m_label;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayAllowed = true;
    QTimer m_hideTimer;
    QString m_lastTitle;
    QString m_lastText;
};
