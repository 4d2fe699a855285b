// SPDX-License-Identifier: GPL-3.0-or-later
// SseParser: the api-contract sample streams (RunYour chat, Saju formats A and B, v1) and the
// awkward corners of the spec give the expected events, and — what HttpClient relies on — every
// way of splitting the bytes (each 2-way cut, one byte at a time) gives the same result as
// parsing the whole buffer.
#include "net/SseParser.h"

#include <QTest>

using namespace sajudesk;

namespace {

/// "name|data|id" per event, readable in QCOMPARE failure output. An event whose raw bytes do not
/// decode to its data (or carry a line end that was not data) is marked, so every row checks both.
QStringList describe(const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events) {
        const bool rawMatches = QString::fromUtf8(e.utf8Data) == e.data;
        out.append(
            e.event + QLatin1Char('|') + e.data + QLatin1Char('|') + e.id
            + (rawMatches ? QString() : QStringLiteral("|utf8Data: ") + QString::fromLatin1(e.utf8Data.toHex())));
    }
    return out;
}

QStringList parseWhole(const QByteArray &bytes, bool *pending = nullptr)
{
    SseParser p;
    QList<SseEvent> events = p.feed(bytes);
    events += p.finish();
    if (pending)
        *pending = p.hasPendingData();
    return describe(events);
}

QStringList parseCuts(const QByteArray &bytes, const QList<qsizetype> &cuts, bool *pending = nullptr)
{
    SseParser p;
    QList<SseEvent> events;
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        events += p.feed(bytes.mid(pos, cut - pos));
        pos = cut;
    }
    events += p.feed(bytes.mid(pos));
    events += p.finish();
    if (pending)
        *pending = p.hasPendingData();
    return describe(events);
}

const char kRunYour[] =
    "data: "
    "{\"id\":\"chatcmpl-91b\",\"object\":\"chat.completion.chunk\",\"created\":1767230100,\"model\":\"openai/"
    "gpt-5.2\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}"
    "\n\n"
    "data: "
    "{\"id\":\"chatcmpl-91b\",\"object\":\"chat.completion.chunk\",\"created\":1767230100,\"model\":\"openai/"
    "gpt-5.2\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"먼저 \"},\"finish_reason\":null}]}\n\n"
    "data: "
    "{\"id\":\"chatcmpl-91b\",\"object\":\"chat.completion.chunk\",\"created\":1767230100,\"model\":\"openai/"
    "gpt-5.2\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: "
    "{\"id\":\"chatcmpl-91b\",\"object\":\"chat.completion.chunk\",\"created\":1767230100,\"model\":\"openai/"
    "gpt-5.2\",\"choices\":[],\"usage\":{\"prompt_tokens\":38,\"completion_tokens\":2,\"total_tokens\":40}}\n\n"
    "data: [DONE]\n\n";

const char kSajuA[] = "event: character\n"
                      "data: {\"dayMaster\":\"갑목\",\"emoji\":\"🌳\",\"title\":\"…\"}\n\n"
                      "event: tendency\n"
                      "data: {\"scores\":{\"riskTolerance\":58,\"longTermAptitude\":81,\"trendSensitivity\":40}}\n\n"
                      "event: fortune\n"
                      "data: {\"score\":71,\"actionItems\":[\"…\",\"…\"]}\n\n"
                      "event: complete\n"
                      "data: {\"cached\":false,\"cost\":0.013}\n\n";

const char kSajuB[] = "data: {\"chunk\":\"오늘은 \"}\n\n"
                      "data: {\"chunk\":\"차분히 점검하기 좋은 날입니다.\"}\n\n"
                      "data: {\"done\":true,\"fortune\":{\"score\":71,\"actionItems\":[\"…\"]}}\n\n";

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void streams_data();
    void streams();
    void everySplitMatchesWhole_data() { streams_data(); }
    void everySplitMatchesWhole();
    void hangulSplitInsideCharacter();
    void doneMarker();
    void closedMidEvent_data();
    void closedMidEvent();
    void overflow();
    void overflowIsSplitIndependent();
    void resetAfterOverflow();
    void bufferedBytes();
    void retryField();
};

void TestSseParser::streams_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const QString c1 = u8("{\"id\":\"chatcmpl-91b\",\"object\":\"chat.completion.chunk\",\"created\":1767230100,"
                          "\"model\":\"openai/gpt-5.2\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                          "\"content\":\"\"},\"finish_reason\":null}]}");
    const QStringList runYour = parseWhole(QByteArray(kRunYour));
    QTest::newRow("runyour chat stream") << QByteArray(kRunYour) << runYour;
    QTest::newRow("runyour chat stream CRLF") << QByteArray(kRunYour).replace("\n", "\r\n") << runYour;
    QTest::newRow("runyour chat stream lone CR") << QByteArray(kRunYour).replace("\n", "\r") << runYour;

    QTest::newRow("saju format A")
        << QByteArray(kSajuA)
        << QStringList{
               u8("character|{\"dayMaster\":\"갑목\",\"emoji\":\"🌳\",\"title\":\"…\"}|"),
               u8("tendency|{\"scores\":{\"riskTolerance\":58,\"longTermAptitude\":81,\"trendSensitivity\":40}}|"),
               u8("fortune|{\"score\":71,\"actionItems\":[\"…\",\"…\"]}|"),
               u8("complete|{\"cached\":false,\"cost\":0.013}|")};
    QTest::newRow("saju format B") << QByteArray(kSajuB)
                                   << QStringList{
                                          u8("|{\"chunk\":\"오늘은 \"}|"),
                                          u8("|{\"chunk\":\"차분히 점검하기 좋은 날입니다.\"}|"),
                                          u8("|{\"done\":true,\"fortune\":{\"score\":71,\"actionItems\":[\"…\"]}}|")};
    QTest::newRow("saju v1 with DONE") << QByteArray(
        "event: start\ndata: {\"type\":\"start\"}\n\nevent: complete\ndata: {\"type\":\"complete\"}\n\n"
        "data: [DONE]\n\n")
                                       << QStringList{u8("start|{\"type\":\"start\"}|"),
                                                      u8("complete|{\"type\":\"complete\"}|"), u8("|[DONE]|")};
    QTest::newRow("comments and keep-alives")
        << QByteArray(": hello\n\n:\ndata: x\n: inside\n\n: ping\n\n") << QStringList{u8("|x|")};
    QTest::newRow("multi-line data joined with LF") << QByteArray("data: first\ndata: second\ndata:\ndata: fourth\n\n")
                                                    << QStringList{u8("|first\nsecond\n\nfourth|")};
    QTest::newRow("one optional space stripped") << QByteArray("data:none\n\ndata: one\n\ndata:  two\n\n")
                                                 << QStringList{u8("|none|"), u8("|one|"), u8("| two|")};
    QTest::newRow("field without colon is empty value")
        << QByteArray("data\n\ndata\ndata\n\n") << QStringList{u8("||"), u8("|\n|")};
    QTest::newRow("event without data is not dispatched")
        << QByteArray("event: ping\n\ndata: after\n\n") << QStringList{u8("|after|")};
    QTest::newRow("event name resets after dispatch")
        << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n") << QStringList{u8("a|1|"), u8("|2|")};
    QTest::newRow("id persists across events")
        << QByteArray("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n") << QStringList{u8("|a|7"), u8("|b|7"), u8("|c|")};
    QTest::newRow("id with NUL ignored") << (QByteArray("id: 1\n\nid: x") + QByteArray(1, '\0') + "y\ndata: d\n\n")
                                         << QStringList{u8("|d|1")};
    QTest::newRow("unknown fields ignored")
        << QByteArray("foo: bar\nretry: 100\ndata: ok\nData: no\n\n") << QStringList{u8("|ok|")};
    QTest::newRow("leading BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                        "data: bom\n\n")
                                          << QStringList{u8("|bom|")};
    QTest::newRow("only the first BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                               "data: a\n\n\xEF\xBB\xBF"
                                                               "data: b\n\n")
                                                 << QStringList{u8("|a|")};
    QTest::newRow("mixed line endings") << QByteArray("data: a\r\n\r\ndata: b\n\ndata: c\r\rdata: d\r\n\n")
                                        << QStringList{u8("|a|"), u8("|b|"), u8("|c|"), u8("|d|")};
    QTest::newRow("CRLF split after CR is one line end")
        << QByteArray("data: a\r\ndata: b\r\n\r\n") << QStringList{u8("|a\nb|")};
    QTest::newRow("invalid UTF-8 becomes replacement")
        << QByteArray("data: \xFF\n\n") << QStringList{QStringLiteral("|\uFFFD|")};
    QTest::newRow("Hangul and emoji across data lines")
        << QByteArray("data: 갑목 🌳\ndata: 오늘\r\n\r\n") << QStringList{u8("|갑목 🌳\n오늘|")};
    QTest::newRow("colon inside value kept") << QByteArray("data: a:b: c\n\n") << QStringList{u8("|a:b: c|")};
    QTest::newRow("empty stream") << QByteArray() << QStringList{};
    QTest::newRow("first RunYour chunk verbatim")
        << (QByteArray("data: ") + c1.toUtf8() + "\n\n") << QStringList{QLatin1Char('|') + c1 + QLatin1Char('|')};
}

void TestSseParser::streams()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    bool pending = true;
    QCOMPARE(parseWhole(bytes, &pending), expected);
    QVERIFY(!pending);
}

void TestSseParser::everySplitMatchesWhole()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
        QCOMPARE(parseCuts(bytes, {cut}), expected);
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < bytes.size(); ++i)
        everyByte.append(i);
    QCOMPARE(parseCuts(bytes, everyByte), expected);
    // Three-way cuts on a coarse grid keep the run time small but cover cuts in two places.
    const qsizetype step = std::max<qsizetype>(1, bytes.size() / 40);
    for (qsizetype a = 0; a <= bytes.size(); a += step) {
        for (qsizetype b = a; b <= bytes.size(); b += step)
            QCOMPARE(parseCuts(bytes, {a, b}), expected);
    }
}

void TestSseParser::hangulSplitInsideCharacter()
{
    const QByteArray bytes = QByteArray("data: ") + u8("갑목").toUtf8() + "\n\n"; // 3 bytes per syllable
    for (int cut = 7; cut <= 11; ++cut) { // inside the first and second syllable
        SseParser p;
        QList<SseEvent> events = p.feed(bytes.left(cut));
        QVERIFY(events.isEmpty());
        events += p.feed(bytes.mid(cut));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, u8("갑목"));
    }
}

void TestSseParser::doneMarker()
{
    SseParser p;
    const QList<SseEvent> events = p.feed(QByteArray("data: {\"x\":1}\n\ndata: [DONE]\n\n"));
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.at(0).isDone());
    QVERIFY(events.at(1).isDone());
    SseEvent notDone;
    notDone.data = QStringLiteral("[DONE] ");
    QVERIFY(!notDone.isDone());
}

void TestSseParser::closedMidEvent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<QString>("pendingData");
    QTest::addColumn<int>("dispatched");

    QTest::newRow("clean end") << QByteArray("data: a\n\n") << false << QString() << 1;
    QTest::newRow("data line without blank line")
        << QByteArray("data: a\n\ndata: [DONE]\n") << true << QStringLiteral("[DONE]") << 1;
    QTest::newRow("partial line") << QByteArray("data: a\n\ndata: {\"choi") << true << QStringLiteral("{\"choi") << 1;
    QTest::newRow("DONE without any line end") << QByteArray("data: [DONE]") << true << QStringLiteral("[DONE]") << 0;
    QTest::newRow("trailing comment only") << QByteArray("data: a\n\n: bye") << false << QString() << 1;
    QTest::newRow("cut-off event name line") << QByteArray("data: a\n\nevent: compl") << false << QString() << 1;
    QTest::newRow("cut-off bare data field") << QByteArray("data: a\n\ndata") << true << QString() << 1;
    QTest::newRow("data then cut-off comment") << QByteArray("data: a\n: x") << true << QStringLiteral("a") << 0;
    QTest::newRow("event name only") << QByteArray("data: a\n\nevent: x\n") << false << QString() << 1;
}

void TestSseParser::closedMidEvent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, pending);
    QFETCH(QString, pendingData);
    QFETCH(int, dispatched);
    SseParser p;
    QList<SseEvent> events = p.feed(bytes);
    QCOMPARE(p.pendingEvent().data, pendingData);
    events += p.finish();
    QCOMPARE(events.size(), dispatched); // per spec the unterminated event is discarded
    QCOMPARE(p.hasPendingData(), pending);
    QCOMPARE(p.pendingEvent().data, pendingData); // still visible after finish()
    QCOMPARE(p.bufferedBytes(), qsizetype(0));
}

void TestSseParser::overflow()
{
    SseParser p(1024);
    QList<SseEvent> events = p.feed(QByteArray("data: small\n\n"));
    QCOMPARE(events.size(), 1);
    const QByteArray chunk(100, 'x');
    events = p.feed(QByteArray("data: "));
    for (int i = 0; i < 20 && !p.overflowed(); ++i)
        events += p.feed(chunk); // one endless line
    QVERIFY(p.overflowed());
    QVERIFY(events.isEmpty());
    QVERIFY(p.bufferedBytes() <= 1024);
    QVERIFY(p.feed(QByteArray("\n\ndata: later\n\n")).isEmpty()); // stays stopped
    // Many data lines in one event count too, not just one long line.
    SseParser q(1024);
    for (int i = 0; i < 200 && !q.overflowed(); ++i)
        QVERIFY(q.feed(QByteArray("data: 0123456789\n")).isEmpty());
    QVERIFY(q.overflowed());
    // The default cap is 8 MiB.
    QCOMPARE(SseParser::DefaultMaxEventBytes, qsizetype(8 * 1024 * 1024));
}

void TestSseParser::overflowIsSplitIndependent()
{
    const QByteArray bytes = QByteArray("data: ok\n\ndata: ") + QByteArray(60, 'y') + "\n\n";
    for (qsizetype cap : {qsizetype(40), qsizetype(66), qsizetype(67), qsizetype(200)}) {
        SseParser whole(cap);
        const int wholeEvents = int(whole.feed(bytes).size());
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            SseParser split(cap);
            int n = int(split.feed(bytes.left(cut)).size());
            n += int(split.feed(bytes.mid(cut)).size());
            QCOMPARE(split.overflowed(), whole.overflowed());
            QCOMPARE(n, wholeEvents);
        }
    }
}

void TestSseParser::resetAfterOverflow()
{
    SseParser p(16);
    p.feed(QByteArray("data: 0123456789abcdef\n\n"));
    QVERIFY(p.overflowed());
    p.reset();
    QVERIFY(!p.overflowed());
    const QList<SseEvent> events = p.feed(QByteArray("data: ok\n\n"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("ok"));
}

void TestSseParser::bufferedBytes()
{
    SseParser p;
    QCOMPARE(p.bufferedBytes(), qsizetype(0));
    p.feed(QByteArray("data: abc"));
    QCOMPARE(p.bufferedBytes(), qsizetype(9));
    p.feed(QByteArray("\n"));
    QVERIFY(p.bufferedBytes() > 0);
    p.feed(QByteArray("\n"));
    QCOMPARE(p.bufferedBytes(), qsizetype(0));
}

void TestSseParser::retryField()
{
    SseParser p;
    QCOMPARE(p.lastRetryMs(), qint64(-1));
    p.feed(QByteArray("retry: 1500\n\nretry: 12x\n\nretry: 99999999999999999999999\n\n"));
    QCOMPARE(p.lastRetryMs(), qint64(1500));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sse_parser.moc"
