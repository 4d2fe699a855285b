// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationIndex.h"

#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"

#include <QDataStream>
#include <QDir>
#include <QtEndian>
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

// Reads what QDataStream (Qt_6_0, little-endian) wrote, straight from the bytes: through
// QDataStream's QBuffer every field costs a virtual read; this is ~3× faster for the index.
struct Reader
{
    const char *p;
    const char *end;
    bool ok = true;

    template<typename T>
    T number()
    {
        if (end - p < qsizetype(sizeof(T))) {
            ok = false;
            return T{};
        }
        const T value = qFromLittleEndian<T>(p);
        p += sizeof(T);
        return value;
    }
    QString string()
    {
        const quint32 bytes = number<quint32>();
        if (bytes == 0xffffffffU)
            return {}; // a null QString
        if (!ok || bytes % 2 != 0 || end - p < qsizetype(bytes)) {
            ok = false;
            return {};
        }
        QString s(qsizetype(bytes / 2), Qt::Uninitialized);
        qFromLittleEndian<char16_t>(p, bytes / 2, s.data());
        p += bytes;
        return s;
    }
};

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

quint64 ConversationIndex::checksum(QByteArrayView bytes)
{
    // FNV-1a over 64-bit words: catches damage (any flipped byte changes it), ~0.1 M instructions
    // for 1,000 entries where qChecksum's CRC-16 took 3 M.
    quint64 h = 0xcbf29ce484222325ULL;
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    for (; n >= 8; p += 8, n -= 8)
        h = (h ^ qFromLittleEndian<quint64>(p)) * 0x100000001b3ULL;
    for (; n > 0; ++p, --n)
        h = (h ^ quint8(*p)) * 0x100000001b3ULL;
    return h;
}

QList<ConversationSummary> ConversationIndex::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return readJson(m_legacyPath);
    const QByteArray bytes = file.readAll();
    // magic, format, count … entries … checksum of everything before it
    if (bytes.size() < 20 || !bytes.startsWith(QByteArray::fromRawData(magic, 4)))
        return {};
    const qsizetype payloadSize = bytes.size() - qsizetype(sizeof(quint64));
    if (qFromLittleEndian<quint64>(bytes.constData() + payloadSize)
        != checksum(QByteArrayView(bytes.constData(), payloadSize)))
        return {};
    Reader in{bytes.constData() + 4, bytes.constData() + payloadSize};
    const quint32 format = in.number<quint32>();
    const quint32 count = in.number<quint32>();
    if (!in.ok || format != CurrentFormat || count > maxEntries)
        return {};
    QList<ConversationSummary> entries;
    entries.reserve(qsizetype(std::min<quint32>(count, quint32(bytes.size() / 40))));
    for (quint32 i = 0; i < count; ++i) {
        ConversationSummary s;
        s.id = in.string();
        s.title = in.string();
        s.displayTitle = in.string();
        s.model = in.string();
        s.createdAt = fromMs(in.number<qint64>());
        s.updatedAt = fromMs(in.number<qint64>());
        const quint8 flags = in.number<quint8>();
        s.pinned = flags & Pinned;
        s.readOnly = flags & ReadOnly;
        s.messageCount = in.number<qint32>();
        s.fileSize = in.number<qint64>();
        s.fileMtimeMs = in.number<qint64>();
        if (!in.ok || !ConversationStore::isValidId(s.id) || s.fileSize < 0)
            return {}; // damaged: rebuild everything rather than trust half of it
        entries.append(std::move(s));
    }
    if (in.p != in.end)
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
    char trailer[sizeof(quint64)];
    qToLittleEndian(checksum(bytes), trailer);
    bytes.append(trailer, sizeof trailer);
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
