// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/JsonFile.h"

#include "chat/DiskError.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace sajudesk::JsonFile {

namespace {
// Conversations are text; anything larger than this is not ours (or is damaged).
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

bool fail(QString *error, const QString &path, int errorNumber, qint64 bytes, const QString &detail)
{
    const DiskError::Facts facts = DiskError::gather(path, errorNumber, bytes);
    const DiskError::Cause cause = DiskError::classify(facts);
    qCWarning(lcUi) << "cannot write" << path << "errno" << errorNumber << "free" << facts.bytesAvailable << "cause"
                    << static_cast<int>(cause) << detail;
    if (error)
        *error = DiskError::saveMessage(cause, path, detail);
    return false;
}
} // namespace

bool write(const QString &path, const QJsonDocument &document, QString *error)
{
    return writeBytes(path, document.toJson(QJsonDocument::Indented), error);
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    errno = 0;
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error, path, errno, bytes.size(), QString());
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int openErrno = errno;
        return fail(error, path, openErrno, bytes.size(), file.errorString());
    }
    // errno is read right after the call that failed: QSaveFile's clean-up may change it later.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int writeErrno = errno;
        const QString detail = file.errorString();
        file.cancelWriting();
        return fail(error, path, writeErrno, bytes.size(), detail);
    }
    errno = 0;
    if (!file.commit()) {
        const int commitErrno = errno;
        return fail(error, path, commitErrno, bytes.size(), file.errorString());
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

QString quarantine(const QString &path, QString *error)
{
    const QString base = path + QStringLiteral(".corrupt-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile file(path);
    if (file.rename(target)) {
        qCWarning(lcUi) << "moved unreadable file aside:" << target;
        return target;
    }
    if (error)
        *error = file.errorString();
    qCWarning(lcUi) << "could not move unreadable file aside:" << path << file.errorString();
    return {};
}

QString quarantineAndReport(const QString &path, const QString &problem, bool *moved)
{
    QString why;
    const QString target = quarantine(path, &why);
    if (moved)
        *moved = !target.isEmpty();
    if (target.isEmpty()) {
        return problem + QLatin1Char(' ')
               + QCoreApplication::translate("JsonFile",
                                             "It could not be moved aside (%1), so it stays where it is; SajuDesk "
                                             "does not change it.")
                     .arg(why);
    }
    return problem + QLatin1Char(' ')
           + QCoreApplication::translate("JsonFile", "It was moved to %1 with its contents unchanged.")
                 .arg(QDir::toNativeSeparators(target));
}

QString upgradeBackupPath(const QString &path, int oldFormat)
{
    return path + QStringLiteral(".format%1-backup").arg(oldFormat);
}

bool keepUpgradeBackup(const QString &path, int oldFormat, QString *error)
{
    const QString backup = upgradeBackupPath(path, oldFormat);
    if (!QFileInfo::exists(path) || QFileInfo::exists(backup))
        return true;
    QFile source(path);
    errno = 0;
    if (source.copy(backup))
        return true;
    const int copyErrno = errno;
    const QString detail = source.errorString();
    QString reason;
    fail(&reason, backup, copyErrno, QFileInfo(path).size(), detail);
    if (error)
        *error =
            QCoreApplication::translate("JsonFile", "%1 is in an older format and is not upgraded until a backup of it "
                                                    "can be kept. %2")
                .arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace sajudesk::JsonFile
