#include "privatefiles.h"

#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PrivateFiles {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

bool makeDirectory(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(clean).isDir())
        return QFile::setPermissions(clean, ownerOnlyDirectory);

    // Create from the outermost missing folder inwards, each with 0700 from the start (mkdir's
    // mode is further narrowed by the umask, never widened).
    QStringList missing;
    for (QString at = clean; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (at == QFileInfo(at).path())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
            qCWarning(lcStorage) << "cannot create the folder" << folder;
            return false;
        }
    }
    return QFile::setPermissions(clean, ownerOnlyDirectory);
}

bool restrictToOwner(QFileDevice &file)
{
    return file.setPermissions(ownerOnlyFile);
}

bool prepareSettingsFile(const QString &path)
{
    if (path.isEmpty() || !makeDirectory(QFileInfo(path).absolutePath()))
        return false;
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return false;
    ::close(descriptor);
    return QFile::setPermissions(path, ownerOnlyFile);
}

} // namespace PrivateFiles
