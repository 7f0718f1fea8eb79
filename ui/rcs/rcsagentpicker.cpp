#include "rcsagentpicker.h"

#include "rcsagentsmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace RcsAgentPicker {

QString agentLabel(const RcsAgentRow &agent)
{
    return agent.name.isEmpty() ? agent.id : u"%1 (%2)"_s.arg(agent.name, agent.id);
}

void setUpCombo(QComboBox *combo, RcsAgentsModel *agents, const QString &toolTip)
{
    combo->setObjectName(u"agentCombo"_s);
    combo->setEditable(!agents);
    combo->setToolTip(toolTip);
    if (!agents)
        combo->lineEdit()->setPlaceholderText(
            QCoreApplication::translate("RcsAgentPicker", "Agent ID, e.g. sandbox_demo_agent"));
}

void fill(QComboBox *combo, RcsAgentsModel *agents, const QString &keep)
{
    combo->clear();
    if (agents) {
        for (int row = 0; row < agents->rowCount(); ++row) {
            const RcsAgentRow &agent = agents->rowAt(row);
            QString text = agentLabel(agent);
            if (!agent.enabled)
                text += u" — "_s + QCoreApplication::translate("RcsAgentPicker", "disabled");
            combo->addItem(text, agent.id);
        }
    }
    if (keep.isEmpty()) {
        combo->setCurrentIndex(agents && combo->count() > 0 ? 0 : -1);
        return;
    }
    int index = combo->findData(keep);
    if (index < 0) {
        combo->addItem(keep, keep); // not (yet) in the list: keep it visible
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString agentId(const QComboBox *combo)
{
    if (combo->isEditable())
        return combo->currentText().trimmed();
    return combo->currentData().toString();
}

void follow(RcsAgentsModel *agents, QObject *context, const std::function<void()> &reload)
{
    if (!agents)
        return;
    QObject::connect(agents, &QAbstractItemModel::modelReset, context, reload);
    QObject::connect(agents, &QAbstractItemModel::rowsInserted, context, reload);
    if (agents->rowCount() == 0 && agents->state() == PagedListModel::State::Idle) {
        if (agents->pager())
            agents->fetchMore();
        else
            agents->reload();
    }
}

} // namespace RcsAgentPicker
