#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;

// The status filter above the hosted-number orders list: "All statuses", "Needs your action",
// then every order status by its label. The API cannot filter orders, so the choice narrows the
// loaded rows on the client (ListFilterProxy::setStatusFilter).
class HostedOrdersFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit HostedOrdersFilterBar(QWidget *parent = nullptr);

    // Wire statuses to keep; empty: every status.
    QStringList statuses() const;
    QString currentLabel() const;
    QComboBox *statusCombo() const { return m_status; }
    // Selects the entry for exactly one wire status ("" selects "All statuses").
    void setStatus(const QString &wireStatus);

Q_SIGNALS:
    void statusesChanged(const QStringList &statuses);

private:
    QComboBox *m_status;
};
