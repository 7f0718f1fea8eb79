#pragma once

#include <QObject>
#include <QString>

class QWidget;

// Remembers where a secondary window (wizard, dialog) was and how big it was: the size and
// position are restored when it is first shown and saved whenever it is hidden or closed, in
// the settings group "windows/<key>". The helper is a child of the window and dies with it.
class WindowGeometry : public QObject
{
    Q_OBJECT

public:
    static void remember(QWidget *window, const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowGeometry(QWidget *window, const QString &key);
    void restore();
    void save() const;

    QWidget *m_window;
    QString m_key;
    bool m_restored = false;
};
