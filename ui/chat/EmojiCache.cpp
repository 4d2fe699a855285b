// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/EmojiCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QStandardPaths>

namespace sajudesk::emoji {

namespace {
// Larger is not an emoji picture of ours: do not decode it.
constexpr qint64 maxFileBytes = 256 * 1024;
} // namespace

DiskCache::DiskCache(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/emoji")
                      : std::move(directory))
{}

QByteArray DiskCache::fontStamp()
{
    static const QByteArray stamp = [] {
        QByteArray s = QByteArrayLiteral(QT_VERSION_STR);
        QString userCache = qEnvironmentVariable("XDG_CACHE_HOME");
        if (userCache.isEmpty())
            userCache = QDir::homePath() + QStringLiteral("/.cache");
        for (const QString &dir : {QStringLiteral("/var/cache/fontconfig"), userCache + QStringLiteral("/fontconfig")}) {
            const QFileInfo info(dir);
            s += '|' + QByteArray::number(info.exists() ? info.lastModified().toMSecsSinceEpoch() : -1);
        }
        return s;
    }();
    return stamp;
}

QString DiskCache::pathFor(const QString &sequence, int height, qreal dpr) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(sequence.toUtf8());
    hash.addData(QByteArray::number(height) + '|' + QByteArray::number(dpr, 'g', 4) + '|');
    hash.addData(fontStamp());
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex().left(24)) + QStringLiteral(".png");
}

QImage DiskCache::load(const QString &sequence, int height, qreal dpr) const
{
    const QString path = pathFor(sequence, height, dpr);
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > maxFileBytes)
        return {};
    // The format named: without it Qt loads every image-format plugin to ask whether it knows the file.
    QImageReader reader(path, "png");
    QImage image = reader.read();
    if (!image.isNull())
        image.setDevicePixelRatio(dpr);
    return image;
}

bool DiskCache::store(const QString &sequence, int height, qreal dpr, const QImage &image) const
{
    if (image.isNull() || !QDir().mkpath(m_directory))
        return false;
    QSaveFile file(pathFor(sequence, height, dpr));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace sajudesk::emoji
