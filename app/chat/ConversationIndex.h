// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ConversationSummary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sajudesk {

class ConversationStore;

/// The small file that lets startup list conversations without reading them:
/// `<conversations>/cache/index.bin`, one ConversationSummary per conversation file, in
/// QDataStream form (Qt_6_0, little-endian) followed by checksum() of everything before it as a
/// little-endian quint64. Read at every start: 1,000 entries parse ~8× faster than the JSON index
/// of format 1, which is still read once after an upgrade and then removed.
///
/// It is a cache. The conversation files stay the truth: scan() compares the directory listing
/// (names, sizes, modification times; no file is opened) with the cached entries and reads only
/// files that are new or changed, so a stale, missing or damaged index costs one rebuild and
/// never a conversation. It sits in a subfolder because every `*.json` directly in the
/// conversations folder is a conversation to older SajuDesk versions.
class ConversationIndex
{
public:
    static constexpr int CurrentFormat = 2;

    struct FileStamp
    {
        QString id;
        qint64 size = -1;
        qint64 mtimeMs = -1;
    };

    struct ScanResult
    {
        QList<ConversationSummary> changed; ///< new or changed files, read again
        QStringList removed;                ///< ids in the cache whose file is gone or damaged
        QStringList problems;               ///< damaged files (moved aside by the store), translated
        QStringList unchanged;              ///< ids whose cached entry still matches its file
        bool cancelled = false;
    };

    explicit ConversationIndex(const QString &conversationDirectory);

    QString filePath() const { return m_path; }
    /// The file's trailer: any damage to what precedes it changes it.
    static quint64 checksum(QByteArrayView bytes);

    /// The cached entries. Empty when the file is missing, damaged or of another format: the
    /// index is then rebuilt from the conversations, and nothing is reported (it holds nothing
    /// the conversation files do not).
    QList<ConversationSummary> read() const;
    /// Atomic (QSaveFile). Returns false with a translated `error`.
    bool write(const QList<ConversationSummary> &entries, QString *error = nullptr) const;

    /// Every `<id>.json` in `directory` with its size and time: one stat each, nothing read.
    static QList<FileStamp> listFiles(const QString &directory);
    static FileStamp stamp(const QString &path);

    /// Compares `cached` with the files of `store` and reads the new and changed ones. Runs on a
    /// worker thread: it touches only the file system and its arguments. `batch` receives the
    /// changed entries in small groups as they are read (so a first run fills the list
    /// progressively); `cancel` stops it between files.
    static ScanResult scan(const ConversationStore &store, const QHash<QString, FileStamp> &cached,
                           const std::atomic_bool &cancel,
                           const std::function<void(const QList<ConversationSummary> &)> &batch = {});

private:
    QString m_path;
    QString m_legacyPath; ///< format 1: cache/index.json
};

} // namespace sajudesk
