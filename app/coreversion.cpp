#include "coreversion.h"

#include <QSysInfo>
#include <QtGlobal>

namespace CoreVersion {

QString version()
{
    return QStringLiteral(CONSOLE_VERSION);
}

QString userAgent()
{
    return QStringLiteral("TelnyxHostedConsole/%1 (Qt %2; %3)")
        .arg(version(), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
}

} // namespace CoreVersion
