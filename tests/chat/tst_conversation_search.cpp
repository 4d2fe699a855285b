// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search: Korean and English, case-insensitive, inside words; hits carry the message
// id, the offset in the original text and a one-line snippet in the original case; typing
// (each query extending the last) gives exactly what a full scan gives; the library builds the
// store on demand and keeps it in step with saves and deletes.
#include "ChatTestData.h"
#include "ConversationCorpus.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationSearch.h"
#include "chat/SearchText.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::test;

namespace {

// What search must agree with: fold both sides, plain QString::indexOf, title or any message.
QStringList naiveMatches(const QList<Conversation> &all, const QString &query)
{
    const QString q = SearchText::foldQuery(query);
    QList<const Conversation *> hits;
    for (const Conversation &c : all) {
        bool hit = SearchText::fold(c.displayTitle()).contains(q);
        for (int i = 0; !hit && i < c.messages.size(); ++i) {
            const ChatMessage &m = c.messages.at(i);
            hit = m.isUnderstood() && m.role != ChatMessage::Role::System && SearchText::fold(m.content).contains(q);
        }
        if (hit)
            hits.append(&c);
    }
    std::sort(hits.begin(), hits.end(), [](const Conversation *a, const Conversation *b) {
        if (a->pinned != b->pinned)
            return a->pinned;
        if (a->updatedAt != b->updatedAt)
            return a->updatedAt > b->updatedAt;
        return a->id < b->id;
    });
    QStringList ids;
    for (const Conversation *c : hits)
        ids.append(c->id);
    return ids;
}

} // namespace

class TestConversationSearch : public QObject
{
    Q_OBJECT
private slots:
    void finds_data();
    void finds();
    void snippetAndPosition();
    void titleHitComesFirst();
    void oneHitPerMessageInOrder();
    void rankedPinnedThenRecent();
    void typingMatchesFullScan();
    void updateAndRemove();
    void storeIsCompact();
    void librarySearchFollowsChanges();
    void filterModelShowsMatchesInListOrder();
};

void TestConversationSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("offset"); // -1: no match
    QTest::newRow("English, other case") << QStringLiteral("Hello World") << QStringLiteral("WORLD") << 6;
    QTest::newRow("inside an English word") << QStringLiteral("unbelievable") << QStringLiteral("lieva") << 4;
    QTest::newRow("Korean word with particle") << QStringLiteral("서울에서 만나요") << QStringLiteral("서울") << 0;
    QTest::newRow("inside a Korean word") << QStringLiteral("서울에서 만나요") << QStringLiteral("울에") << 1;
    QTest::newRow("Korean ending") << QStringLiteral("감사합니다") << QStringLiteral("합니다") << 2;
    QTest::newRow("mixed Korean and English")
        << QStringLiteral("GPT-5 모델로 요약해 줘") << QStringLiteral("gpt-5 모델") << 0;
    QTest::newRow("Latin-1 accents") << QStringLiteral("Un café déjà vu") << QStringLiteral("CAFÉ DÉJÀ") << 3;
    QTest::newRow("Greek") << QStringLiteral("ΣΟΦΙΑ") << QStringLiteral("σοφια") << 0;
    QTest::newRow("Cyrillic") << QStringLiteral("Привет, мир") << QStringLiteral("МИР") << 8;
    QTest::newRow("full-width Latin") << QStringLiteral("ＡＢＣ 문자") << QStringLiteral("ａｂｃ") << 0;
    QTest::newRow("space matches a line break")
        << QStringLiteral("first line\nsecond") << QStringLiteral("line second") << 6;
    QTest::newRow("query spaces collapsed") << QStringLiteral("서울 날씨") << QStringLiteral("  서울   날씨 ") << 0;
    QTest::newRow("emoji") << QStringLiteral("좋아요 😀 최고") << QStringLiteral("😀 최") << 4;
    QTest::newRow("Kelvin sign folds to k") << QStringLiteral("5 \u212A") << QStringLiteral("5 k") << 0;
    QTest::newRow("decomposed query input")
        << QStringLiteral("한글") << QString::fromUtf8("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab") << 0;
    QTest::newRow("absent") << QStringLiteral("hello") << QStringLiteral("help") << -1;
    QTest::newRow("longer than the text") << QStringLiteral("서울") << QStringLiteral("서울역") << -1;
    // UTF-16 "a¬" is 61 00 AC 00; 가 is 00 AC: a byte match across two units is not a match.
    QTest::newRow("misaligned bytes") << QStringLiteral("a\u00AC 한") << QStringLiteral("가") << -1;
    QTest::newRow("Latin-1 char in a wide message") << QStringLiteral("a\u00AC 한") << QStringLiteral("\u00AC") << 1;
}

void TestConversationSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(int, offset);
    Conversation c = conversation(QStringLiteral("intro"), utc("2026-11-29T12:00:00Z"), text, QStringLiteral("t"));
    ConversationSearch search;
    search.add(c);
    const ConversationSearch::Results results = search.search(query);
    if (offset < 0) {
        QVERIFY(results.matchingIds.isEmpty());
        return;
    }
    QCOMPARE(results.matchingIds, QStringList{c.id});
    const ConversationSearch::Hit &hit = results.matches.first().hits.first();
    QCOMPARE(hit.messageId, c.messages.at(1).id);
    QCOMPARE(hit.messageIndex, 1);
    QCOMPARE(hit.offset, offset);
    QCOMPARE(SearchText::fold(text.mid(hit.offset, hit.length)), SearchText::foldQuery(query));
}

void TestConversationSearch::snippetAndPosition()
{
    const QString before =
        QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\nSed do eiusmod tempor "
                       "incididunt ut labore et dolore magna aliqua. ");
    const QString after = QStringLiteral(" Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
                                         "aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit.");
    const QString text = before + QStringLiteral("The Seoul–Busan KTX takes 2h30.") + after;
    Conversation c = conversation(QStringLiteral("q"), utc("2026-11-29T12:00:00Z"), text);
    ConversationSearch search;
    search.add(c);
    const ConversationSearch::Hit hit = search.search(QStringLiteral("seoul–busan ktx")).matches.first().hits.first();
    QCOMPARE(hit.offset, int(before.size()) + 4);
    QCOMPARE(text.mid(hit.offset, hit.length), QStringLiteral("Seoul–Busan KTX"));
    // Original case, one line, cut with an ellipsis at both ends, the match where it says.
    QCOMPARE(hit.snippet.mid(hit.snippetOffset, hit.length), QStringLiteral("Seoul–Busan KTX"));
    QVERIFY2(hit.snippet.startsWith(QChar(0x2026)) && hit.snippet.endsWith(QChar(0x2026)), qPrintable(hit.snippet));
    QVERIFY(!hit.snippet.contains(QLatin1Char('\n')));
    QVERIFY(!hit.snippet.contains(QStringLiteral("  ")));
    QVERIFY(hit.snippet.size() < 150);
    QVERIFY2(hit.snippet.contains(QStringLiteral("magna aliqua. The")), qPrintable(hit.snippet));

    // A short message is shown whole, line breaks as spaces.
    Conversation d = conversation(QStringLiteral("Ask about\n\nBusan Tower"), utc("2026-11-29T12:00:00Z"));
    search.add(d);
    const ConversationSearch::Results results = search.search(QStringLiteral("TOWER"));
    QCOMPARE(results.matchingIds, QStringList{d.id});
    const ConversationSearch::Hit &whole = results.matches.first().hits.first();
    QCOMPARE(whole.messageIndex, 0); // the title is the first line only
    QCOMPARE(whole.offset, 17);
    QCOMPARE(whole.snippet, QStringLiteral("Ask about Busan Tower"));
    QCOMPARE(whole.snippetOffset, 16);
}

void TestConversationSearch::titleHitComesFirst()
{
    Conversation c = conversation(QStringLiteral("부산 여행 질문"), utc("2026-11-29T12:00:00Z"),
                                  QStringLiteral("부산은 바다가 좋아요"), QStringLiteral("Busan 여행 계획"));
    ConversationSearch search;
    search.add(c);
    ConversationSearch::Match match = search.search(QStringLiteral("여행")).matches.first();
    QVERIFY(match.titleMatches());
    QCOMPARE(match.hits.at(0).messageId, QString());
    QCOMPARE(match.hits.at(0).offset, 6);
    QCOMPARE(match.hits.at(0).snippet, QStringLiteral("Busan 여행 계획"));
    QCOMPARE(match.hits.at(1).messageIndex, 0);
    QCOMPARE(match.hits.size(), 2);
    match = search.search(QStringLiteral("바다")).matches.first();
    QVERIFY(!match.titleMatches());
    QCOMPARE(match.hits.first().messageIndex, 1);
}

void TestConversationSearch::oneHitPerMessageInOrder()
{
    Conversation c = conversation(QStringLiteral("no"), utc("2026-11-29T12:00:00Z"));
    const QStringList texts{QStringLiteral("kimchi kimchi kimchi"), QStringLiteral("nothing"),
                            QStringLiteral("김치 and KIMCHI"), QStringLiteral("한글 kimchi"), QStringLiteral("kimchi")};
    for (const QString &t : texts)
        c.messages.append(ChatMessage::create(ChatMessage::Role::Assistant, t, c.updatedAt));
    ConversationSearch search;
    search.add(c);
    const ConversationSearch::Match match = search.search(QStringLiteral("kimchi"), 10, 3).matches.first();
    QCOMPARE(match.hits.size(), 3);
    QCOMPARE(match.hits.at(0).messageIndex, 1);
    QCOMPARE(match.hits.at(1).messageIndex, 3);
    QCOMPARE(match.hits.at(1).offset, 7);
    QCOMPARE(match.hits.at(2).messageIndex, 4);
    QVERIFY(match.moreHits);
    QCOMPARE(search.search(QStringLiteral("kimchi"), 10, 4).matches.first().moreHits, false);
}

void TestConversationSearch::rankedPinnedThenRecent()
{
    ConversationSearch search;
    const Conversation old = conversation(QStringLiteral("note a"), utc("2026-01-01T00:00:00Z"));
    const Conversation recent = conversation(QStringLiteral("note b"), utc("2026-11-29T00:00:00Z"));
    const Conversation pinned = conversation(QStringLiteral("note c"), utc("2025-01-01T00:00:00Z"), {}, {}, true);
    const Conversation other = conversation(QStringLiteral("other"), utc("2026-11-30T00:00:00Z"));
    for (const Conversation &c : {old, recent, pinned, other})
        search.add(c);
    const ConversationSearch::Results results = search.search(QStringLiteral("NOTE"), 2);
    QCOMPARE(results.matchingIds, (QStringList{pinned.id, recent.id, old.id}));
    QCOMPARE(results.matches.size(), 2); // the limit bounds snippets, not the id list
}

void TestConversationSearch::typingMatchesFullScan()
{
    QList<Conversation> all;
    ConversationSearch search;
    corpus::Shape shape;
    shape.messages = 6;
    shape.assistantChars = 300;
    for (int i = 0; i < 300; ++i) {
        all.append(corpus::make(i, shape, utc("2026-11-29T12:00:00Z")));
        search.add(all.last());
    }
    const QStringList typed{QStringLiteral("서"),       QStringLiteral("서울"),        QStringLiteral("서울에"),
                            QStringLiteral("서울에서"), QStringLiteral("서울에서 부"), QStringLiteral("서울에서 부산"),
                            QStringLiteral("서울에서"), QStringLiteral("울에서"),      QStringLiteral("p"),
                            QStringLiteral("py"),       QStringLiteral("pyt"),         QStringLiteral("PYTHON"),
                            QStringLiteral("python s"), QStringLiteral("python sc"),   QStringLiteral("ython"),
                            QStringLiteral("e"),        QStringLiteral("ex"),          QStringLiteral("exa"),
                            QStringLiteral("exam"),     QStringLiteral("example"),     QStringLiteral("xyzzy"),
                            QStringLiteral("GPT"),      QStringLiteral("gpt 모"),      QStringLiteral("예산 계획")};
    int nonEmpty = 0;
    int changes = 0;
    for (int round = 0; round < 2; ++round) {
        for (const QString &q : typed) {
            const QStringList expected = naiveMatches(all, q);
            QCOMPARE(search.search(q).matchingIds, expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            if (q != QStringLiteral("python s") && q != QStringLiteral("서울에서 부"))
                continue;
            // Between two keystrokes a conversation that did not match starts to match the next
            // query, another goes away: the narrowed scan must see both.
            const QString next =
                q == QStringLiteral("python s") ? QStringLiteral("python sc") : QStringLiteral("서울에서 부산");
            const QStringList before = naiveMatches(all, q);
            int pick = 0;
            while (before.contains(all.at(pick).id))
                ++pick;
            Conversation changed = all.takeAt(pick);
            changed.messages.first().content = QStringLiteral("x ") + next + QStringLiteral(" y");
            all.append(changed);
            search.add(changed);
            if (q == QStringLiteral("python s")) {
                search.remove(all.first().id);
                all.removeFirst();
            }
            ++changes;
        }
    }
    QCOMPARE(changes, 4);
    QVERIFY(nonEmpty > 30); // the queries mostly do match something
}

void TestConversationSearch::updateAndRemove()
{
    ConversationSearch search;
    Conversation c = conversation(QStringLiteral("강릉 바다"), utc("2026-11-29T12:00:00Z"));
    search.add(c);
    QCOMPARE(search.search(QStringLiteral("강릉")).matchingIds.size(), 1);
    c.messages.first().content = QStringLiteral("경주 역사");
    search.add(c);
    QCOMPARE(search.size(), 1);
    QVERIFY(search.search(QStringLiteral("강릉")).matchingIds.isEmpty());
    QCOMPARE(search.search(QStringLiteral("경주")).matchingIds.size(), 1);
    search.remove(c.id);
    QVERIFY(search.search(QStringLiteral("경주")).matchingIds.isEmpty());
    QVERIFY(search.search(QString()).matchingIds.isEmpty());
}

void TestConversationSearch::storeIsCompact()
{
    // English costs about one byte a character, Korean two; loaded conversations cost two plus
    // every message's fields.
    corpus::Shape shape;
    shape.messages = 20;
    for (const bool korean : {false, true}) {
        ConversationSearch search;
        qint64 chars = 0;
        for (int i = korean ? 0 : 1; i < 200; i += 2) {
            const Conversation c = corpus::make(i, shape, utc("2026-11-29T12:00:00Z"));
            for (const ChatMessage &m : c.messages)
                chars += m.content.size();
            search.add(c);
        }
        const double perChar = double(search.payloadBytes()) / double(chars);
        QVERIFY2(perChar < (korean ? 2.3 : 1.3), qPrintable(QString::number(perChar)));
    }
}

void TestConversationSearch::librarySearchFollowsChanges()
{
    QTemporaryDir dir;
    corpus::Shape shape;
    shape.messages = 4;
    const QStringList ids = corpus::writeAll(dir.path(), 20, shape, utc("2026-11-29T12:00:00Z"));
    ConversationLibrary library(dir.path());
    library.start();
    library.waitForRefresh();
    QSignalSpy ready(&library, &ConversationLibrary::searchReady);
    QVERIFY(!library.search(QStringLiteral("서울")).has_value()); // starts the build
    // Saved while the store is being built: must be in it when it is ready.
    Conversation fresh = conversation(QStringLiteral("zebra crossing"), utc("2026-11-30T00:00:00Z"));
    QVERIFY(library.save(fresh));
    library.waitForSearch();
    QCOMPARE(ready.size(), 1);
    QVERIFY(library.isSearchReady());
    QCOMPARE(library.search(QStringLiteral("ZEBRA"))->matchingIds, QStringList{fresh.id});

    fresh.messages.first().content = QStringLiteral("giraffe");
    QVERIFY(library.save(fresh));
    QVERIFY(library.search(QStringLiteral("zebra"))->matchingIds.isEmpty());
    QCOMPARE(library.search(QStringLiteral("giraffe"))->matchingIds, QStringList{fresh.id});

    library.moveToTrash({fresh.id});
    QVERIFY(library.search(QStringLiteral("giraffe"))->matchingIds.isEmpty());
    QVERIFY(library.searchPayloadBytes() > 0);
    library.releaseSearch();
    QCOMPARE(library.searchPayloadBytes(), 0);
    QVERIFY(!library.isSearchReady());
    Q_UNUSED(ids)
}

void TestConversationSearch::filterModelShowsMatchesInListOrder()
{
    const QDateTime t = utc("2026-11-29T12:00:00Z");
    const Conversation a = conversation(QStringLiteral("제주 여행"), t, QStringLiteral("Jeju has 오름 hills"));
    const Conversation b = conversation(QStringLiteral("budget"), t.addDays(-3), {}, QStringLiteral("Jeju budget"));
    const Conversation c = conversation(QStringLiteral("nothing here"), t.addDays(-1));
    const Conversation d = conversation(QStringLiteral("old jeju note"), t.addDays(-30), {}, {}, true);
    ConversationListModel list;
    ConversationSearch search;
    for (const Conversation &x : {a, b, c, d}) {
        list.upsert(ConversationSummary::fromConversation(x));
        search.add(x);
    }
    ConversationFilterModel filter;
    filter.setSourceModel(&list);
    QCOMPARE(filter.rowCount(), 4);
    filter.setResults(search.search(QStringLiteral("JEJU")));
    QVERIFY(filter.isFiltering());
    QCOMPARE(filter.rowCount(), 3);
    const auto id = [&filter](int row) { return filter.index(row, 0).data(ConversationListModel::IdRole).toString(); };
    QCOMPARE(id(0), d.id); // pinned first, as in the list
    QCOMPARE(id(1), a.id);
    QCOMPARE(id(2), b.id);
    // a: the hit is in the answer.
    const QModelIndex ia = filter.index(1, 0);
    QCOMPARE(ia.data(ConversationFilterModel::SnippetRole).toString(), QStringLiteral("Jeju has 오름 hills"));
    QCOMPARE(ia.data(ConversationFilterModel::SnippetMatchStartRole).toInt(), 0);
    QCOMPARE(ia.data(ConversationFilterModel::MatchLengthRole).toInt(), 4);
    QCOMPARE(ia.data(ConversationFilterModel::HitMessageIdRole).toString(), a.messages.at(1).id);
    QCOMPARE(ia.data(ConversationFilterModel::HitOffsetRole).toInt(), 0);
    QCOMPARE(ia.data(ConversationFilterModel::TitleMatchStartRole).toInt(), -1);
    // b: only the title matches.
    const QModelIndex ib = filter.index(2, 0);
    QCOMPARE(ib.data(ConversationFilterModel::TitleMatchStartRole).toInt(), 0);
    QCOMPARE(ib.data(ConversationFilterModel::SnippetRole).toString(), QString());
    QCOMPARE(ib.data(ConversationFilterModel::HitOffsetRole).toInt(), -1);
    QCOMPARE(ib.data(ConversationListModel::TitleRole).toString(), QStringLiteral("Jeju budget"));
    // d: title (first line of the message) and message both match.
    QCOMPARE(filter.index(0, 0).data(ConversationFilterModel::TitleMatchStartRole).toInt(), 4);
    QCOMPARE(filter.index(0, 0).data(ConversationFilterModel::HitOffsetRole).toInt(), 4);

    // New activity in a matching conversation moves it within the filtered list.
    ConversationSummary moved = ConversationSummary::fromConversation(b);
    moved.updatedAt = t.addSecs(60);
    list.upsert(moved);
    QCOMPARE(id(1), b.id);

    filter.clearResults();
    QCOMPARE(filter.rowCount(), 4);
    QCOMPARE(filter.index(0, 0).data(ConversationFilterModel::SnippetRole), QVariant());
}

QTEST_GUILESS_MAIN(TestConversationSearch)
#include "tst_conversation_search.moc"
