// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationIndex.h"

#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sajudesk {

namespace {
// Files read before the list hears about them: small enough that the first rows of a first run
// appear at once, large enough that the model is not re-sorted per file.
constexpr int batchSize = 48;
} // namespace

ConversationIndex::ConversationIndex(const QString &conversationDirectory)
    : m_path(conversationDirectory + QStringLiteral("/cache/index.json"))
{}

QList<ConversationSummary> ConversationIndex::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != CurrentFormat)
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

bool ConversationIndex::write(const QList<ConversationSummary> &entries, QString *error) const
{
    QJsonArray list;
    for (const ConversationSummary &summary : entries)
        list.append(summary.toJson());
    const QJsonObject root{{QStringLiteral("format"), CurrentFormat}, {QStringLiteral("conversations"), list}};
    return JsonFile::write(m_path, QJsonDocument(root), error);
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
