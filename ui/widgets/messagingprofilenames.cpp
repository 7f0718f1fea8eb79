#include "messagingprofilenames.h"

#include "pagedlistmodel.h"
#include "session/messagingprofiles.h"
#include "widgets/detailpanekit.h"

#include <QCoreApplication>
#include <QLabel>

namespace MessagingProfileNames {

void feed(MessagingProfiles *profiles, PagedListModel *model)
{
    if (!profiles || !model)
        return;
    model->setProfileNames(profiles->names());
    QObject::connect(profiles, &MessagingProfiles::changed, model,
                     [profiles, model] { model->setProfileNames(profiles->names()); });
}

void show(QLabel *label, const MessagingProfiles *profiles, const QString &id, const QString &none)
{
    if (id.isEmpty()) {
        label->setTextFormat(Qt::AutoText); // `none` may be the panes' muted dash (markup)
        label->setText(none);
        label->setToolTip({});
        return;
    }
    const QString name = profiles ? profiles->name(id) : QString();
    label->setTextFormat(Qt::PlainText); // the name is server text
    label->setText(name.isEmpty() ? DetailPaneKit::breakable(id, DetailPaneKit::idSeparators)
                                  : name);
    label->setToolTip(
        QCoreApplication::translate("MessagingProfileNames", "Messaging profile id: %1").arg(id));
}

} // namespace MessagingProfileNames
