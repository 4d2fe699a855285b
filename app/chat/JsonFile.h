// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>

namespace sajudesk::JsonFile {

/// Writes `document` atomically (QSaveFile: a crash or full disk never leaves a half-written file
/// in place of the old one). Creates the parent directory. Returns false with a translated
/// `error` that names the path and the cause in words (disk full, read-only, no permission — see
/// DiskError); the old file is then untouched.
bool write(const QString &path, const QJsonDocument &document, QString *error = nullptr);
/// The same for bytes that are not JSON (the conversation index).
bool writeBytes(const QString &path, const QByteArray &bytes, QString *error = nullptr);

/// Reads a JSON object or array. Returns false with a translated `error` when the file is missing,
/// unreadable or not valid JSON; `document` is left empty then.
bool read(const QString &path, QJsonDocument *document, QString *error = nullptr);

/// Moves an unreadable file aside, unchanged, to "<name>.corrupt-<UTC time>" (plus "-2", "-3"…
/// when that exists) so it is neither lost, nor retried, nor overwritten. Returns the new path, or
/// an empty string (with `error`) when it could not be moved.
QString quarantine(const QString &path, QString *error = nullptr);

/// quarantine() plus the sentence for the Problems dock: `problem` followed by where the file went
/// ("It was moved to …") or why it stayed. `moved` tells which.
QString quarantineAndReport(const QString &path, const QString &problem, bool *moved = nullptr);

/// Before a file written in an older `format` is replaced by the current one, a copy of it is
/// kept as "<name>.format<N>-backup" (once: an existing backup is never replaced). True when the
/// backup exists afterwards or there was no file to back up.
bool keepUpgradeBackup(const QString &path, int oldFormat, QString *error = nullptr);
QString upgradeBackupPath(const QString &path, int oldFormat);

} // namespace sajudesk::JsonFile
