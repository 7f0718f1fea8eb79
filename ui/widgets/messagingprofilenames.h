#pragma once

#include <QString>

class MessagingProfiles;
class PagedListModel;
class QLabel;

// Messaging profiles shown by name where the API gives their id: the list models are fed the
// session's names, the detail panes show a name with the id in the tooltip.
namespace MessagingProfileNames {

// Keeps `model`'s profile names those of `profiles` (whoever owns them loads them).
void feed(MessagingProfiles *profiles, PagedListModel *model);

// Shows the profile in `label`: its name when known, else the id (never blank while there is
// an id), as plain text; `none` (text or markup) when there is no id. The tooltip has the id.
void show(QLabel *label, const MessagingProfiles *profiles, const QString &id, const QString &none);

} // namespace MessagingProfileNames
