// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>

namespace sajudesk::JsonFile {

/// Writes `document` atomically (QSaveFile: a crash or full disk never leaves a half-written file
/// in place of the old one). Creates the parent directory. Returns false with a translated
/// `error` on failure; the old file is then untouched.
bool write(const QString &path, const QJsonDocument &document, QString *error = nullptr);

/// Reads a JSON object or array. Returns false with a translated `error` when the file is missing,
/// unreadable or not valid JSON; `document` is left empty then.
bool read(const QString &path, QJsonDocument *document, QString *error = nullptr);

/// Moves an unreadable file aside ("name.corrupt-<timestamp>") so it is neither lost nor retried.
QString quarantine(const QString &path);

} // namespace sajudesk::JsonFile
