// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/DiskError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

namespace sajudesk::DiskError {

Cause classify(const Facts &facts)
{
    switch (facts.errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Cause::DiskFull;
    case EROFS:
        return Cause::ReadOnly;
    case EACCES:
    case EPERM:
        // A read-only volume also answers EACCES on some systems; say the more useful thing.
        return facts.volumeReadOnly ? Cause::ReadOnly : Cause::NoPermission;
    case EFBIG:
        return Cause::FileTooLarge;
    default:
        break;
    }
    if (facts.volumeReadOnly)
        return Cause::ReadOnly;
    if (facts.bytesAvailable >= 0 && facts.bytesAvailable < facts.bytesNeeded)
        return Cause::DiskFull;
    if (!facts.folderWritable)
        return Cause::NoPermission;
    return Cause::Other;
}

Facts gather(const QString &path, int errorNumber, qint64 bytesNeeded)
{
    Facts facts;
    facts.errorNumber = errorNumber;
    facts.bytesNeeded = bytesNeeded;
    // The nearest folder that exists: the file's own folder may be what could not be created.
    QDir folder = QFileInfo(path).absoluteDir();
    while (!folder.exists() && !folder.isRoot()) {
        if (!folder.cdUp())
            break;
    }
    const QStorageInfo volume(folder.absolutePath());
    if (volume.isValid()) {
        facts.bytesAvailable = volume.bytesAvailable();
        facts.volumeReadOnly = volume.isReadOnly();
    }
    facts.folderWritable = QFileInfo(folder.absolutePath()).isWritable();
    return facts;
}

QString saveMessage(Cause cause, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (cause) {
    case Cause::DiskFull:
        return QCoreApplication::translate("DiskError", "Cannot save %1: the disk is full.").arg(file);
    case Cause::ReadOnly:
        return QCoreApplication::translate("DiskError", "Cannot save %1: the disk is read-only.").arg(file);
    case Cause::NoPermission:
        return QCoreApplication::translate("DiskError", "Cannot save %1: no permission to write in the folder %2.")
            .arg(file, QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    case Cause::FileTooLarge:
        return QCoreApplication::translate("DiskError",
                                           "Cannot save %1: the file would be larger than the system allows.")
            .arg(file);
    case Cause::Other:
        break;
    }
    return QCoreApplication::translate("DiskError", "Cannot save %1: %2").arg(file, detail);
}

} // namespace sajudesk::DiskError
