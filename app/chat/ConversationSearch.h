// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace sajudesk {

/// Full-text search over conversation titles and message text, Korean and English alike:
/// case-insensitive substring search (a query matches inside words, which Korean needs: it
/// writes particles and endings without spaces, so prefix-only word search would miss
/// "서울에서" for "서울").
///
/// It keeps no conversation, only a compact copy of the folded text (SearchText::fold): a
/// message whose folded text fits in Latin-1 is stored one byte per character, any other two
/// (UTF-16), plus a short list of where the original case differs (for snippets) and the message
/// ids. No per-message objects, no JSON, no parsed conversation. A query scans each candidate's
/// buffers for the query's rarest byte (Latin-1) or UTF-16 unit (counts are kept while adding)
/// with memchr() / QStringView::indexOf(QChar), which run at memory speed, and compares the whole
/// query only there; a query that extends the previous one (typing) scans only the conversations
/// the previous one matched.
///
/// Not thread-safe; build one on a worker thread, then hand it over (it is a value).
class ConversationSearch
{
public:
    struct Hit
    {
        QString messageId;     ///< empty for a title hit
        int messageIndex = -1; ///< in Conversation::messages; -1: the title
        int offset = 0;        ///< of the match in the message content (UTF-16 units)
        int length = 0;        ///< of the match in the content
        QString snippet;       ///< one line of original text around the match
        int snippetOffset = 0; ///< of the match in `snippet` (for highlighting)
    };

    struct Match
    {
        QString conversationId;
        QList<Hit> hits;       ///< title first, then the first hit of each message, in order
        bool moreHits = false; ///< more messages match than `hits` holds
        bool titleMatches() const { return !hits.isEmpty() && hits.first().messageIndex < 0; }
    };

    struct Results
    {
        QString query;           ///< as folded
        QList<Match> matches;    ///< the best `limit`, pinned first, then newest activity first
        QStringList matchingIds; ///< every matching conversation (may be more than `matches`)
    };

    ConversationSearch();
    ~ConversationSearch();
    ConversationSearch(const ConversationSearch &) = default;
    ConversationSearch &operator=(const ConversationSearch &) = default;
    ConversationSearch(ConversationSearch &&) noexcept = default;
    ConversationSearch &operator=(ConversationSearch &&) noexcept = default;

    /// Adds a conversation or replaces the entry with its id. `title` is what the list shows.
    void add(const Conversation &conversation);
    void remove(const QString &id);
    void clear();
    bool contains(const QString &id) const { return m_byId.contains(id); }
    int size() const { return static_cast<int>(m_entries.size()); }
    /// Bytes held for text, case exceptions, ids and segment tables (what the benchmark reports).
    qint64 payloadBytes() const;

    /// Empty results for an empty query. `limit` bounds the matches that get hits and snippets;
    /// matchingIds always lists all.
    Results search(const QString &query, int limit = 200, int hitsPerConversation = 3);

private:
    struct Segment
    {
        qint32 message = -1;    ///< -1: the title
        quint32 start = 0;      ///< in units of its buffer
        quint32 length = 0;     ///< units
        quint32 exceptions = 0; ///< byte offset in Entry::exceptions
        quint32 exceptionsLength = 0;
        quint32 idStart = 0; ///< byte offset in Entry::ids
        quint16 idLength = 0;
    };

    struct Entry
    {
        QString id;
        bool pinned = false;
        qint64 activityMs = 0;
        QByteArray narrow; ///< Latin-1 segments, each followed by a 0 byte
        QString wide;      ///< UTF-16 segments, each followed by a 0 unit
        QByteArray exceptions;
        QByteArray ids; ///< message ids, UTF-8, back to back
        QList<Segment> narrowSegments;
        QList<Segment> wideSegments;
    };

    struct Pattern;
    struct Needle;
    struct Position
    {
        const Segment *segment = nullptr;
        bool wide = false;
        int offset = 0;
    };

    static bool rankLess(const Entry &a, const Entry &b);
    static bool anyMatch(const Entry &entry, const Needle &needle);
    static QList<Position> firstPerSegment(const Entry &entry, const Needle &needle, bool wide, int max);
    static Hit makeHit(const Entry &entry, const Position &position, int length);

    QList<Entry> m_entries;
    QHash<QString, int> m_byId;
    /// How often each byte occurs in the narrow buffers and each unit in the wide ones (never
    /// decreased: a rough guide is enough to pick what to scan for).
    std::array<quint64, 256> m_narrowBytes{};
    std::vector<quint32> m_wideUnits;
    // The previous query and every conversation it matched: a longer query that contains it can
    // only match among those. Cleared whenever an entry changes.
    QString m_lastQuery;
    QList<int> m_lastMatches;
};

} // namespace sajudesk
