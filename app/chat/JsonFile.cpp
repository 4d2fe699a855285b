// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/JsonFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sajudesk::JsonFile {

namespace {
// Conversations are text; anything larger than this is not ours (or is damaged).
constexpr qint64 maxFileSize = 64 * 1024 * 1024;
} // namespace

bool write(const QString &path, const QJsonDocument &document, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("JsonFile", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("JsonFile", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("JsonFile", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool read(const QString &path, QJsonDocument *document, QString *error)
{
    *document = QJsonDocument();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("JsonFile", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > maxFileSize) {
        if (error)
            *error = QCoreApplication::translate("JsonFile", "%1 is too large to be a SajuDesk file.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("JsonFile", "%1 is damaged (%2 at byte %3).")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    *document = parsed;
    return true;
}

QString quarantine(const QString &path)
{
    const QString target = path + QStringLiteral(".corrupt-")
                           + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    if (QFile::rename(path, target)) {
        qCWarning(lcUi) << "moved unreadable file aside:" << target;
        return target;
    }
    return {};
}

} // namespace sajudesk::JsonFile
