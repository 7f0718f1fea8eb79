#pragma once

#include <QString>

class QFileDevice;

// Everything the console keeps for the user (drafts with names, e-mails, phone numbers and
// verification codes; invite lists; logs; settings) is readable by that user only: folders
// 0700, files 0600, whatever the umask. A folder is owner-only from its creation, so a file
// inside is never readable by others, not even in the moment before its own mode is set.
namespace PrivateFiles {

// Creates `path` and any missing parent with mode 0700, and narrows `path` itself to 0700 when
// it already existed (parents that existed are left as they are: they may be ~/.local/share).
bool makeDirectory(const QString &path);
// Narrows an open file to 0600 before anything is written to it. For QSaveFile this is the
// temporary file, and the mode carries over when it is renamed into place.
bool restrictToOwner(QFileDevice &file);
// QSettings writes its file itself: create it empty and owner-only first (its folder 0700),
// so every later save (a QSaveFile that keeps the existing file's mode) stays 0600.
bool prepareSettingsFile(const QString &path);

} // namespace PrivateFiles
