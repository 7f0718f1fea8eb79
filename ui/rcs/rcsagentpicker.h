#pragma once

#include <QString>

#include <functional>

class QComboBox;
class QObject;
class RcsAgentsModel;
struct RcsAgentRow;

// The agent combo of the RCS dialogs and pages: with an agents model it lists the agents, the
// agent id in each item's data; without one the agent id is typed. The capabilities page also
// takes an id typed next to the list (an agent the list does not have).
namespace RcsAgentPicker {

enum class Entry {
    Pick,       // picked from the list; typed only when there is no list (composer, deeplink)
    PickOrType, // picked from the list or typed (capabilities)
};

// "Name (id)", or the id alone for an agent without a name.
QString agentLabel(const RcsAgentRow &agent);
// The agent's name when `agents` lists it with one, else its id (the id goes in a tooltip).
QString agentName(const RcsAgentsModel *agents, const QString &agentId);

// Names the combo "agentCombo" and makes it editable when there is no model to list, or always
// for Entry::PickOrType.
void setUpCombo(QComboBox *combo, RcsAgentsModel *agents, const QString &toolTip,
                Entry entry = Entry::Pick);
// Lists the agents of `agents` (disabled ones marked) and selects `keep`; an id the list does not
// have (yet) is added, so it stays visible. With nothing to keep, the first agent is selected.
void fill(QComboBox *combo, RcsAgentsModel *agents, const QString &keep);
// Lists the agents again in an Entry::PickOrType combo, keeping the agent picked, or the text
// typed (which stays typed: it is not added to the list); with neither, the first agent.
void refill(QComboBox *combo, RcsAgentsModel *agents);
// Picks the agent in an Entry::PickOrType combo; an id the list does not have is typed in.
void select(QComboBox *combo, const QString &agentId);
// The id picked from the list, or typed (an agent's label typed in full counts as picked).
QString agentId(const QComboBox *combo);
// Calls `reload` whenever the list changes, while `context` lives, and asks for a list nobody
// has loaded yet (a few agents, one page).
void follow(RcsAgentsModel *agents, QObject *context, const std::function<void()> &reload);

} // namespace RcsAgentPicker
