#include "messagingprofilepicker.h"

#include "session/messagingprofiles.h"

#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

MessagingProfilePicker::MessagingProfilePicker(QWidget *parent)
    : QComboBox(parent)
    , m_completer(new QCompleter(this))
{
    setObjectName(u"messagingProfilePicker"_s);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    lineEdit()->setClearButtonEnabled(true);
    m_completer->setModel(model());
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(m_completer);
    connect(lineEdit(), &QLineEdit::textChanged, this, &MessagingProfilePicker::edited);
}

void MessagingProfilePicker::setProfiles(MessagingProfiles *profiles)
{
    if (m_profiles)
        disconnect(m_profiles, nullptr, this, nullptr);
    m_profiles = profiles;
    if (profiles) {
        connect(profiles, &MessagingProfiles::changed, this, &MessagingProfilePicker::fillItems);
        profiles->load();
    }
    fillItems();
}

void MessagingProfilePicker::fillItems()
{
    // The text stays what it means: the same profile, now with (or without) its name.
    const QString chosen = profileId();
    const bool typedByUser = lineEdit()->isModified();
    const QSignalBlocker blocker(lineEdit());
    clear();
    m_idByLabel.clear();
    m_idByName.clear();
    QSet<QString> repeatedNames;
    if (m_profiles) {
        const QList<MessagingProfile> profiles = m_profiles->profiles();
        for (const MessagingProfile &profile : profiles) {
            if (profile.id.isEmpty())
                continue;
            const QString label = profile.label();
            addItem(label, profile.id);
            setItemData(count() - 1, profile.id, Qt::ToolTipRole);
            m_idByLabel.insert(label, profile.id);
            const QString name = profile.name.trimmed().toLower();
            if (name.isEmpty())
                continue;
            if (m_idByName.contains(name))
                repeatedNames.insert(name);
            m_idByName.insert(name, profile.id);
        }
    }
    for (const QString &name : std::as_const(repeatedNames))
        m_idByName.remove(name); // a name two profiles share picks neither
    setCurrentIndex(-1);
    if (typedByUser)
        lineEdit()->setText(chosen);
    else
        setProfileId(chosen);
}

QString MessagingProfilePicker::profileId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (const auto found = m_idByLabel.constFind(text); found != m_idByLabel.cend())
        return *found;
    if (const auto found = m_idByName.constFind(text.toLower()); found != m_idByName.cend())
        return *found;
    return text;
}

void MessagingProfilePicker::setProfileId(const QString &id)
{
    const int index = id.isEmpty() ? -1 : findData(id);
    setCurrentIndex(index);
    lineEdit()->setText(index >= 0 ? itemText(index) : id);
}
