#include "rcsagentpicker.h"

#include "rcsagentsmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace RcsAgentPicker {

namespace {

void addAgents(QComboBox *combo, RcsAgentsModel *agents)
{
    if (!agents)
        return;
    for (int row = 0; row < agents->rowCount(); ++row) {
        const RcsAgentRow &agent = agents->rowAt(row);
        QString text = agentLabel(agent);
        if (!agent.enabled)
            text += u" — "_s + QCoreApplication::translate("RcsAgentPicker", "disabled");
        combo->addItem(text, agent.id);
    }
}

} // namespace

QString agentLabel(const RcsAgentRow &agent)
{
    return agent.name.isEmpty() ? agent.id : u"%1 (%2)"_s.arg(agent.name, agent.id);
}

QString agentName(const RcsAgentsModel *agents, const QString &agentId)
{
    const int row = agents ? agents->rowOf(agentId) : -1;
    return row < 0 || agents->rowAt(row).name.isEmpty() ? agentId : agents->rowAt(row).name;
}

void setUpCombo(QComboBox *combo, RcsAgentsModel *agents, const QString &toolTip, Entry entry)
{
    combo->setObjectName(u"agentCombo"_s);
    combo->setToolTip(toolTip);
    if (entry == Entry::PickOrType) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(
            QCoreApplication::translate("RcsAgentPicker", "Pick an agent or type its ID"));
        combo->lineEdit()->setClearButtonEnabled(true);
        return;
    }
    combo->setEditable(!agents);
    if (!agents)
        combo->lineEdit()->setPlaceholderText(
            QCoreApplication::translate("RcsAgentPicker", "Agent ID, e.g. sandbox_demo_agent"));
}

void fill(QComboBox *combo, RcsAgentsModel *agents, const QString &keep)
{
    combo->clear();
    addAgents(combo, agents);
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

void refill(QComboBox *combo, RcsAgentsModel *agents)
{
    const QString current = agentId(combo);
    const QString typed = combo->currentText();
    const bool wasTyped =
        combo->currentIndex() < 0 || typed != combo->itemText(combo->currentIndex());
    combo->clear();
    addAgents(combo, agents);
    if (!current.isEmpty() && !wasTyped) {
        select(combo, current);
    } else if (!typed.isEmpty()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(typed);
    } else if (combo->count() > 0) {
        combo->setCurrentIndex(0);
    }
}

void select(QComboBox *combo, const QString &agentId)
{
    const int index = combo->findData(agentId);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(agentId);
    }
}

QString agentId(const QComboBox *combo)
{
    if (!combo->isEditable())
        return combo->currentData().toString();
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int index = combo->findText(text, Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toString() : text;
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
