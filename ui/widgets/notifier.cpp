#include "notifier.h"

#include "consolepalette.h"
#include "plaintext.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace {

// Clicking the toast dismisses it and tells the owner, like clicking a tray balloon.
class ToastClickFilter : public QObject
{
public:
    explicit ToastClickFilter(Notifier *notifier)
        : QObject(notifier)
        , m_notifier(notifier)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease) {
            m_notifier->dismiss();
            Q_EMIT m_notifier->activated();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Notifier *m_notifier;
};

} // namespace

Notifier::Notifier(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(defaultToastMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &Notifier::dismiss);

    if (statusBar) {
        auto *label = new QLabel(statusBar);
        label->setObjectName(QStringLiteral("notificationLabel"));
        label->setStyleSheet(ConsolePalette().toastStyle(QStringLiteral("#notificationLabel")));
        label->setCursor(Qt::PointingHandCursor);
        label->setTextFormat(Qt::RichText);
        label->installEventFilter(new ToastClickFilter(this));
        label->hide();
        statusBar->addPermanentWidget(label);
        m_label = label;
    }
}

Notifier::~Notifier() = default;

Notifier::Channel Notifier::channel() const
{
    const bool tray = m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable() &&
                      QSystemTrayIcon::supportsMessages();
    return tray || !m_label ? Channel::Tray : Channel::StatusBar;
}

void Notifier::setTrayAllowed(bool allowed)
{
    m_trayAllowed = allowed;
    if (!allowed && m_tray)
        m_tray->hide();
}

void Notifier::notify(const QString &title, const QString &text)
{
    m_lastTitle = title;
    m_lastText = text;
    const Channel where = channel();
    if (where == Channel::Tray) {
        if (QSystemTrayIcon *tray = trayIcon())
            tray->showMessage(title, text, QSystemTrayIcon::Information, m_hideTimer.interval());
    } else if (m_label) {
        m_label->setText(
            QStringLiteral("<b>%1</b>&nbsp; %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
        m_label->setToolTip(PlainText::toolTip(title + u'\n' + text));
        m_label->show();
        m_hideTimer.start();
    }
    Q_EMIT notified(title, text, where);
}

void Notifier::dismiss()
{
    m_hideTimer.stop();
    if (m_label)
        m_label->hide();
}

QSystemTrayIcon *Notifier::trayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
    }
    m_tray->show();
    return m_tray;
}
