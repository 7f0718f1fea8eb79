#pragma once

#include "domain/hosted.h"
#include "domain/tollfree.h"

#include <QVariant>

class QTreeWidgetItem;

// A record that a page lists but another page shows (Find a number, Today): what kind it is
// and the value found, which the main window opens in its area (MainWindow::openRecord).
struct RecordLink
{
    enum class Kind { None, TollFreeRequest, HostedOrder, HostedNumber, RcsAgent };

    Kind kind = Kind::None;
    QVariant record; // the domain value; the agent id (QString) for RcsAgent

    static RecordLink of(const TollFreeVerificationRequest &request);
    static RecordLink of(const HostedOrder &order);
    static RecordLink of(const MessagingHostedNumber &number);
    static RecordLink ofRcsAgent(const QString &agentId);

    bool isValid() const { return kind != Kind::None; }

    // Kept on a tree row (column 0), read back when the row is activated.
    void storeIn(QTreeWidgetItem *item) const;
    static RecordLink from(const QTreeWidgetItem *item);
};

Q_DECLARE_METATYPE(RecordLink)
