// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationIndex.h"

#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

namespace sajudesk {

namespace {
// Files read before the list hears about them: small enough that the first rows of a first run
// appear at once, large enough that the model is not re-sorted per file.
constexpr int batchSize = 48;
} // namespace

namespace {
constexpr char magic[4] = {'S', 'D', 'C', 'I'};
constexpr qint64 noTime = std::numeric_limits<qint64>::min();
// More than anyone keeps; a count beyond it means a damaged header, not a big library.
constexpr quint32 maxEntries = 1'000'000;
enum Flag : quint8 { Pinned = 1, ReadOnly = 2 };

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : noTime;
}

QDateTime fromMs(qint64 ms)
{
    return ms == noTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_0);
    stream.setByteOrder(QDataStream::LittleEndian);
}

// The format 1 index (index.json, SajuDesk before the binary index): read once after an
// upgrade so that the first start does not read every conversation again.
QList<ConversationSummary> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return {};
    const QJsonArray list = root.value(QStringLiteral("conversations")).toArray();
    QList<ConversationSummary> entries;
    entries.reserve(list.size());
    for (const QJsonValue &value : list) {
        bool ok = false;
        ConversationSummary summary = ConversationSummary::fromJson(value.toObject(), &ok);
        if (!ok)
            return {}; // damaged: rebuild everything rather than trust half of it
        entries.append(std::move(summary));
    }
    return entries;
}
} // namespace

ConversationIndex::ConversationIndex(const QString &conversationDirectory)
    : m_path(conversationDirectory + QStringLiteral("/cache/index.bin")),
      m_legacyPath(conversationDirectory + QStringLiteral("/cache/index.json"))
{}

QList<ConversationSummary> ConversationIndex::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return readJson(m_legacyPath);
    const QByteArray bytes = file.readAll();
    // magic, format, count … entries … checksum of everything before it
    if (bytes.size() < 14 || !bytes.startsWith(QByteArray::fromRawData(magic, 4)))
        return {};
    const QByteArrayView payload(bytes.constData(), bytes.size() - 2);
    QDataStream stream(bytes);
    prepare(stream);
    stream.skipRawData(4);
    quint32 format = 0;
    quint32 count = 0;
    stream >> format >> count;
    if (format != CurrentFormat || count > maxEntries)
        return {};
    QList<ConversationSummary> entries;
    entries.reserve(qsizetype(std::min<quint32>(count, quint32(bytes.size() / 40))));
    for (quint32 i = 0; i < count; ++i) {
        ConversationSummary s;
        qint64 created = noTime;
        qint64 updated = noTime;
        quint8 flags = 0;
        qint32 messages = 0;
        stream >> s.id >> s.title >> s.displayTitle >> s.model >> created >> updated >> flags >> messages
            >> s.fileSize >> s.fileMtimeMs;
        if (stream.status() != QDataStream::Ok || !ConversationStore::isValidId(s.id) || s.fileSize < 0)
            return {}; // damaged: rebuild everything rather than trust half of it
        s.createdAt = fromMs(created);
        s.updatedAt = fromMs(updated);
        s.pinned = flags & Pinned;
        s.readOnly = flags & ReadOnly;
        s.messageCount = messages;
        entries.append(std::move(s));
    }
    quint16 checksum = 0;
    stream >> checksum;
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || checksum != qChecksum(payload))
        return {};
    return entries;
}

bool ConversationIndex::write(const QList<ConversationSummary> &entries, QString *error) const
{
    QByteArray bytes;
    bytes.reserve(64 + entries.size() * 256);
    {
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        prepare(stream);
        stream.writeRawData(magic, 4);
        stream << quint32(CurrentFormat) << quint32(entries.size());
        for (const ConversationSummary &s : entries) {
            const quint8 flags = (s.pinned ? Pinned : 0) | (s.readOnly ? ReadOnly : 0);
            stream << s.id << s.title << s.displayTitle << s.model << toMs(s.createdAt) << toMs(s.updatedAt) << flags
                   << qint32(s.messageCount) << s.fileSize << s.fileMtimeMs;
        }
    }
    const quint16 checksum = qChecksum(bytes);
    bytes.append(char(checksum & 0xff)).append(char(checksum >> 8));
    if (!JsonFile::writeBytes(m_path, bytes, error))
        return false;
    QFile::remove(m_legacyPath); // read once after the upgrade; the binary index replaces it
    return true;
}

ConversationIndex::FileStamp ConversationIndex::stamp(const QString &path)
{
    const QFileInfo info(path);
    FileStamp stamp;
    stamp.id = info.completeBaseName();
    if (info.exists()) {
        stamp.size = info.size();
        stamp.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    }
    return stamp;
}

QList<ConversationIndex::FileStamp> ConversationIndex::listFiles(const QString &directory)
{
    QList<FileStamp> files;
    const QFileInfoList infos = QDir(directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.reserve(infos.size());
    for (const QFileInfo &info : infos) {
        const QString id = info.completeBaseName();
        if (!ConversationStore::isValidId(id))
            continue; // not a name the store writes: not one of ours
        files.append({id, info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return files;
}

ConversationIndex::ScanResult
ConversationIndex::scan(const ConversationStore &store, const QHash<QString, FileStamp> &cached,
                        const std::atomic_bool &cancel,
                        const std::function<void(const QList<ConversationSummary> &)> &batch)
{
    ScanResult result;
    QList<ConversationSummary> pending;
    QSet<QString> present;
    const QList<FileStamp> files = listFiles(store.directory());
    for (const FileStamp &file : files) {
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        present.insert(file.id);
        const auto it = cached.constFind(file.id);
        if (it != cached.constEnd() && it->size == file.size && it->mtimeMs == file.mtimeMs) {
            result.unchanged.append(file.id);
            continue;
        }
        QString problem;
        const std::optional<Conversation> conversation = store.load(file.id, &problem);
        if (!conversation) {
            if (!problem.isEmpty())
                result.problems.append(problem);
            if (cached.contains(file.id))
                result.removed.append(file.id); // moved aside (or deleted meanwhile): out of the list
            continue;
        }
        ConversationSummary summary = ConversationSummary::fromConversation(*conversation);
        summary.id = file.id; // the file name is the id the store saves it under
        summary.fileSize = file.size;
        summary.fileMtimeMs = file.mtimeMs;
        result.changed.append(summary);
        if (batch) {
            pending.append(summary);
            if (pending.size() >= batchSize) {
                batch(pending);
                pending.clear();
            }
        }
    }
    if (batch && !pending.isEmpty())
        batch(pending);
    for (auto it = cached.constBegin(); it != cached.constEnd(); ++it) {
        if (!present.contains(it.key()))
            result.removed.append(it.key());
    }
    return result;
}

} // namespace sajudesk
