// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationSearch.h"

#include "chat/SearchText.h"

#include <algorithm>
#include <cstring>

namespace sajudesk {

namespace {

bool fitsLatin1(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

void countBytes(std::array<quint64, 256> &counts, const QByteArray &bytes)
{
    for (const char c : bytes)
        ++counts[static_cast<quint8>(c)];
}

void countUnits(std::vector<quint32> &counts, const QString &text)
{
    if (counts.empty())
        counts.resize(0x10000);
    for (const QChar c : text)
        ++counts[c.unicode()];
}

// One line: runs of spaces collapsed, trimmed, "…" where the window cut the text. The query is
// simplified, so a match never contains a run of spaces and keeps its length.
void tidySnippet(QString *text, int *matchOffset, bool cutStart, bool cutEnd)
{
    QString out;
    out.reserve(text->size() + 2);
    if (cutStart)
        out.append(QChar(0x2026));
    int newOffset = 0;
    bool lastSpace = true; // drops leading spaces
    for (int i = 0; i < text->size(); ++i) {
        const QChar c = text->at(i);
        if (i == *matchOffset)
            newOffset = static_cast<int>(out.size());
        const bool space = c == QLatin1Char(' ');
        if (space && lastSpace)
            continue;
        lastSpace = space;
        out.append(c);
    }
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (cutEnd)
        out.append(QChar(0x2026));
    *text = out;
    *matchOffset = newOffset;
}

} // namespace

// The query in one buffer kind and what to scan for: memchr() (bytes) and QStringView::indexOf
// (UTF-16 units) run at memory speed, and only where the query's rarest byte or unit occurs is
// the whole query compared. Scanning for units, not bytes, matters for Hangul: the high byte of
// a syllable is shared by hundreds of others.
struct ConversationSearch::Pattern
{
    QByteArray narrow; ///< Latin-1; empty: cannot occur in narrow buffers
    QString wide;
    int rare = 0; ///< index of the character scanned for

    static Pattern forNarrow(const QString &query, const std::array<quint64, 256> &counts)
    {
        Pattern p;
        p.narrow = query.toLatin1();
        for (int i = 1; i < p.narrow.size(); ++i) {
            if (counts[static_cast<quint8>(p.narrow.at(i))] < counts[static_cast<quint8>(p.narrow.at(p.rare))])
                p.rare = i;
        }
        return p;
    }

    static Pattern forWide(const QString &query, const std::vector<quint32> &counts)
    {
        Pattern p;
        p.wide = query;
        for (int i = 1; !counts.empty() && i < query.size(); ++i) {
            if (counts[query.at(i).unicode()] < counts[query.at(p.rare).unicode()])
                p.rare = i;
        }
        return p;
    }

    const char *find(const char *from, const char *end) const
    {
        const qsizetype n = narrow.size();
        if (n == 0 || end - from < n)
            return nullptr;
        const char *scan = from + rare;
        const char *const last = end - n + rare; // where the rare byte of the last possible match is
        const char wanted = narrow.at(rare);
        while (scan <= last) {
            const char *hit = static_cast<const char *>(memchr(scan, wanted, size_t(last - scan + 1)));
            if (!hit)
                return nullptr;
            if (memcmp(hit - rare, narrow.constData(), size_t(n)) == 0)
                return hit - rare;
            scan = hit + 1;
        }
        return nullptr;
    }

    const QChar *find(const QChar *from, const QChar *end) const
    {
        const qsizetype n = wide.size();
        if (n == 0 || end - from < n)
            return nullptr;
        const QChar *scan = from + rare;
        const QChar *const last = end - n + rare;
        const QChar wanted = wide.at(rare);
        while (scan <= last) {
            const qsizetype i = QStringView(scan, last - scan + 1).indexOf(wanted);
            if (i < 0)
                return nullptr;
            const QChar *start = scan + i - rare;
            if (memcmp(start, wide.constData(), size_t(n) * sizeof(QChar)) == 0)
                return start;
            scan += i + 1;
        }
        return nullptr;
    }
};

struct ConversationSearch::Needle
{
    Pattern narrow; ///< empty when the query has a character beyond Latin-1
    Pattern wide;
    int length = 0;
};

ConversationSearch::ConversationSearch() = default;
ConversationSearch::~ConversationSearch() = default;

void ConversationSearch::add(const Conversation &conversation)
{
    Entry entry;
    entry.id = conversation.id;
    entry.pinned = conversation.pinned;
    const QDateTime activity = conversation.updatedAt.isValid() ? conversation.updatedAt : conversation.createdAt;
    entry.activityMs = activity.isValid() ? activity.toMSecsSinceEpoch() : 0;

    auto addSegment = [&entry](int message, const QString &text, const QString &messageId) {
        if (text.isEmpty())
            return;
        const QString folded = SearchText::fold(text);
        Segment segment;
        segment.message = message;
        segment.length = quint32(folded.size());
        const QByteArray exceptions = SearchText::exceptions(text, folded);
        segment.exceptions = quint32(entry.exceptions.size());
        segment.exceptionsLength = quint32(exceptions.size());
        entry.exceptions.append(exceptions);
        const QByteArray id = messageId.toUtf8();
        segment.idStart = quint32(entry.ids.size());
        segment.idLength = quint16(qMin<qsizetype>(id.size(), 0xffff));
        entry.ids.append(id.left(segment.idLength));
        if (fitsLatin1(folded)) {
            segment.start = quint32(entry.narrow.size());
            entry.narrow.append(folded.toLatin1());
            entry.narrow.append('\0');
            entry.narrowSegments.append(segment);
        } else {
            segment.start = quint32(entry.wide.size());
            entry.wide.append(folded);
            entry.wide.append(QChar(0));
            entry.wideSegments.append(segment);
        }
    };
    addSegment(-1, conversation.displayTitle(), QString());
    for (int i = 0; i < conversation.messages.size(); ++i) {
        const ChatMessage &message = conversation.messages.at(i);
        if (message.isUnderstood() && message.role != ChatMessage::Role::System)
            addSegment(i, message.content, message.id);
    }
    countBytes(m_narrowBytes, entry.narrow);
    countUnits(m_wideUnits, entry.wide);
    entry.narrow.squeeze();
    entry.wide.squeeze();
    entry.exceptions.squeeze();
    entry.ids.squeeze();
    entry.narrowSegments.squeeze();
    entry.wideSegments.squeeze();

    m_lastQuery.clear();
    const auto it = m_byId.constFind(entry.id);
    if (it != m_byId.constEnd()) {
        m_entries[*it] = std::move(entry);
        return;
    }
    m_byId.insert(entry.id, static_cast<int>(m_entries.size()));
    m_entries.append(std::move(entry));
}

void ConversationSearch::remove(const QString &id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return;
    const int index = *it;
    const int last = static_cast<int>(m_entries.size()) - 1;
    if (index != last) {
        m_entries[index] = std::move(m_entries[last]);
        m_byId.insert(m_entries.at(index).id, index);
    }
    m_entries.removeLast();
    m_byId.remove(id);
    m_lastQuery.clear();
}

void ConversationSearch::clear()
{
    m_entries.clear();
    m_byId.clear();
    m_lastQuery.clear();
    m_lastMatches.clear();
}

qint64 ConversationSearch::payloadBytes() const
{
    qint64 bytes = 0;
    for (const Entry &entry : m_entries) {
        bytes += entry.narrow.capacity() + entry.wide.capacity() * 2 + entry.exceptions.capacity()
                 + entry.ids.capacity()
                 + (entry.narrowSegments.capacity() + entry.wideSegments.capacity()) * qint64(sizeof(Segment))
                 + entry.id.capacity() * 2 + qint64(sizeof(Entry));
    }
    return bytes;
}

bool ConversationSearch::rankLess(const Entry &a, const Entry &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.activityMs != b.activityMs)
        return a.activityMs > b.activityMs;
    return a.id < b.id;
}

bool ConversationSearch::anyMatch(const Entry &entry, const Needle &needle)
{
    return needle.narrow.find(entry.narrow.constData(), entry.narrow.constData() + entry.narrow.size())
           || needle.wide.find(entry.wide.constData(), entry.wide.constData() + entry.wide.size());
}

QList<ConversationSearch::Position> ConversationSearch::firstPerSegment(const Entry &entry, const Needle &needle,
                                                                        bool wide, int max)
{
    QList<Position> found;
    const QList<Segment> &segments = wide ? entry.wideSegments : entry.narrowSegments;
    const qsizetype size = wide ? entry.wide.size() : entry.narrow.size();
    qsizetype from = 0;
    while (from < size && found.size() < max) {
        qsizetype at = -1;
        if (wide) {
            const QChar *hit = needle.wide.find(entry.wide.constData() + from, entry.wide.constData() + size);
            at = hit ? hit - entry.wide.constData() : -1;
        } else {
            const char *hit = needle.narrow.find(entry.narrow.constData() + from, entry.narrow.constData() + size);
            at = hit ? hit - entry.narrow.constData() : -1;
        }
        if (at < 0)
            break;
        // The segment holding the hit: the last one starting at or before it.
        const auto it = std::upper_bound(segments.cbegin(), segments.cend(), quint32(at),
                                         [](quint32 pos, const Segment &s) { return pos < s.start; });
        const Segment *segment = &*(it - 1);
        found.append({segment, wide, int(at - segment->start)});
        from = qsizetype(segment->start) + segment->length + 1; // one hit per message
    }
    return found;
}

ConversationSearch::Hit ConversationSearch::makeHit(const Entry &entry, const Position &position, int length)
{
    const Segment &segment = *position.segment;
    Hit hit;
    hit.messageIndex = segment.message;
    hit.messageId = QString::fromUtf8(entry.ids.constData() + segment.idStart, segment.idLength);
    hit.offset = position.offset;
    hit.length = length;
    // Only the neighbourhood of the match is copied out (a message can be long).
    const int from = qMax(0, position.offset - 64);
    const int to = qMin(int(segment.length), position.offset + length + 128);
    const QString folded = position.wide
                               ? QString(entry.wide.constData() + segment.start + from, to - from)
                               : QString::fromLatin1(entry.narrow.constData() + segment.start + from, to - from);
    const SearchText::Window window = SearchText::snippetWindow(folded, position.offset - from, length);
    QString snippet = folded.mid(window.start, window.length);
    const char *exceptions = entry.exceptions.constData() + segment.exceptions;
    SearchText::restore(&snippet, from + window.start, exceptions, exceptions + segment.exceptionsLength);
    int offset = position.offset - from - window.start;
    tidySnippet(&snippet, &offset, from + window.start > 0, from + window.start + window.length < int(segment.length));
    hit.snippet = snippet;
    hit.snippetOffset = offset;
    return hit;
}

ConversationSearch::Results ConversationSearch::search(const QString &query, int limit, int hitsPerConversation)
{
    Results results;
    results.query = SearchText::foldQuery(query);
    if (results.query.isEmpty())
        return results;
    Needle needle;
    needle.length = static_cast<int>(results.query.size());
    if (fitsLatin1(results.query))
        needle.narrow = Pattern::forNarrow(results.query, m_narrowBytes);
    needle.wide = Pattern::forWide(results.query, m_wideUnits);

    QList<int> matched;
    const bool narrowing = !m_lastQuery.isEmpty() && results.query.contains(m_lastQuery);
    if (narrowing) {
        for (const int index : std::as_const(m_lastMatches)) {
            if (anyMatch(m_entries.at(index), needle))
                matched.append(index);
        }
    } else {
        for (int index = 0; index < m_entries.size(); ++index) {
            if (anyMatch(m_entries.at(index), needle))
                matched.append(index);
        }
    }
    m_lastQuery = results.query;
    m_lastMatches = matched;

    std::sort(matched.begin(), matched.end(),
              [this](int a, int b) { return rankLess(m_entries.at(a), m_entries.at(b)); });
    results.matchingIds.reserve(matched.size());
    for (const int index : std::as_const(matched))
        results.matchingIds.append(m_entries.at(index).id);

    const int shown = qMin(limit, static_cast<int>(matched.size()));
    results.matches.reserve(shown);
    for (int i = 0; i < shown; ++i) {
        const Entry &entry = m_entries.at(matched.at(i));
        QList<Position> positions = firstPerSegment(entry, needle, false, hitsPerConversation + 1);
        positions += firstPerSegment(entry, needle, true, hitsPerConversation + 1);
        std::sort(positions.begin(), positions.end(),
                  [](const Position &a, const Position &b) { return a.segment->message < b.segment->message; });
        Match match;
        match.conversationId = entry.id;
        match.moreHits = positions.size() > hitsPerConversation;
        for (int h = 0; h < qMin(hitsPerConversation, static_cast<int>(positions.size())); ++h)
            match.hits.append(makeHit(entry, positions.at(h), needle.length));
        results.matches.append(match);
    }
    return results;
}

} // namespace sajudesk
