#pragma once

#include <QComboBox>
#include <QHash>
#include <QPointer>

class MessagingProfiles;
class QCompleter;

// Picks a messaging profile by name or id: an editable combo box (objectName
// "messagingProfilePicker") listing "Name — id" for every profile of the account, with a
// completer that matches any part of a name or an id. A typed id that is not listed is taken
// as it is (a profile the list does not have yet, or no list at all). The line edit inside
// keeps the objectName the form gives it, so a FieldFeedback on it marks the field's errors.
class MessagingProfilePicker : public QComboBox
{
    Q_OBJECT

public:
    explicit MessagingProfilePicker(QWidget *parent = nullptr);

    // The profiles to list (nullptr: none, ids only); the list follows their changes.
    void setProfiles(MessagingProfiles *profiles);

    // The chosen profile's id: the id of a listed "Name — id" or of a listed name typed
    // whole, else the trimmed text (a typed id). Empty when nothing is typed.
    QString profileId() const;
    // Shows `id` as its "Name — id" when it is listed, else the id itself.
    void setProfileId(const QString &id);

Q_SIGNALS:
    // The text changed (typed or picked).
    void edited();

private:
    void fillItems();

    QPointer<MessagingProfiles> m_profiles;
    QCompleter *m_completer;
    QHash<QString, QString> m_idByLabel; // "Name — id" -> id
    QHash<QString, QString> m_idByName;  // lower-case name -> id (unique names only)
};
