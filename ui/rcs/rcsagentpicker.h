#pragma once

#include <QString>

#include <functional>

class QComboBox;
class QObject;
class RcsAgentsModel;
struct RcsAgentRow;

// The agent combo of the RCS dialogs (composer, deeplink): with an agents model it lists the
// agents, the agent id in each item's data; without one the agent id is typed.
namespace RcsAgentPicker {

// "Name (id)", or the id alone for an agent without a name.
QString agentLabel(const RcsAgentRow &agent);

// Names the combo "agentCombo" and makes it editable when there is no model to list.
void setUpCombo(QComboBox *combo, RcsAgentsModel *agents, const QString &toolTip);
// Lists the agents of `agents` (disabled ones marked) and selects `keep`; an id the list does not
// have (yet) is added, so it stays visible. With nothing to keep, the first agent is selected.
void fill(QComboBox *combo, RcsAgentsModel *agents, const QString &keep);
// The id picked from the list, or typed.
QString agentId(const QComboBox *combo);
// Calls `reload` whenever the list changes, while `context` lives, and asks for a list nobody
// has loaded yet (a few agents, one page).
void follow(RcsAgentsModel *agents, QObject *context, const std::function<void()> &reload);

} // namespace RcsAgentPicker
