// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace sajudesk::DiskError {

/// Why a file could not be written, in the terms a user can act on.
enum class Cause {
    DiskFull,     ///< ENOSPC / EDQUOT, or less free space than the file needs
    ReadOnly,     ///< EROFS, or the volume is mounted read-only
    NoPermission, ///< EACCES / EPERM, or the folder is not writable for this user
    FileTooLarge, ///< EFBIG: larger than the system (or a ulimit) allows
    Other,        ///< anything else: Qt's own error text is shown
};

/// What is known right after a failed write. QSaveFile::errorString() is often "Unknown error",
/// and errno may have been overwritten by Qt's clean-up, so several facts are looked at together.
struct Facts
{
    int errorNumber = 0;        ///< errno captured right after the failed call (0: unknown)
    qint64 bytesAvailable = -1; ///< free bytes on the volume for this user (-1: unknown)
    qint64 bytesNeeded = 0;     ///< size of what was being written
    bool volumeReadOnly = false;
    bool folderWritable = true;
};

/// Pure: the errno wins when it says something specific; else the volume and folder facts decide.
Cause classify(const Facts &facts);

/// Looks up the volume and folder facts for `path` (the file that could not be written).
Facts gather(const QString &path, int errorNumber, qint64 bytesNeeded);

/// "Cannot save <path>: the disk is full." and so on, translated; `detail` is used for Other.
QString saveMessage(Cause cause, const QString &path, const QString &detail);

} // namespace sajudesk::DiskError
