// SPDX-License-Identifier: GPL-3.0-or-later
// FortuneRequest against the loopback FakeApiServer: one result from every wire format, the
// cache (request counts prove what was sent), and no second request that cannot succeed.
#include "ClientFixture.h"
#include "saju/SajuEngine.h"
#include "sajuapi/FortuneRequest.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(sajudesk::FakeResponse)

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {

const QString kJsonPath = QStringLiteral("/api/daily-fortune");
const QString kStreamPath = QStringLiteral("/api/daily-fortune-stream");

saju::FourPillars pillars()
{
    return *saju::SajuEngine::computeLine(u"1992-08-26 05:40");
}

FortuneParams params()
{
    FortuneParams p;
    p.saju = pillars().toSajuJson();
    p.userName = QStringLiteral("이서준");
    p.date = QDate(2026, 5, 2);
    return p;
}

struct Run
{
    QStringList sections;
    QString narrative;
    QList<StreamFallback> fallbacks;
    bool completed = false;
    bool failed = false;
    bool fromCache = false;
    QDateTime fetchedAt;
    FortuneResult result;
    ApiError error;

    Run(HttpClient *http, const SajuApiConfig &cfg, bool stream, FortuneCache *cache = nullptr, bool refresh = false)
    {
        FortuneRequest req(http, cfg, params());
        req.setStreaming(stream);
        if (cache)
            req.setCache(cache, FortuneComputation::fromPillars(pillars()));
        req.setRefresh(refresh);
        int finished = 0;
        QObject::connect(&req, &FortuneRequest::sectionReceived,
                         [this](const QString &s, const QJsonObject &) { sections << s; });
        QObject::connect(&req, &FortuneRequest::narrativeReceived, [this](const QString &t) { narrative += t; });
        QObject::connect(&req, &FortuneRequest::streamFallback,
                         [this](const StreamFallback &note) { fallbacks << note; });
        QObject::connect(&req, &FortuneRequest::completed, [this, &req](const FortuneResult &r) {
            completed = true;
            result = r;
            fromCache = req.isFromCache();
            fetchedAt = req.fetchedAt();
        });
        QObject::connect(&req, &FortuneRequest::failed, [this](const ApiError &e, const FortuneResult &) {
            failed = true;
            error = e;
        });
        QObject::connect(&req, &FortuneRequest::finished, [&finished] { ++finished; });
        req.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished > 0, 20000);
        QTest::qWait(20);
        QCOMPARE(finished, 1);
        QCOMPARE(req.usedStreamFallback(), !fallbacks.isEmpty());
    }
};

} // namespace

class TestFortuneRequest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameResultFromEveryFormat();
    void noSecondRequestWhenItCannotSucceed_data();
    void noSecondRequestWhenItCannotSucceed();
    void fallsBackOnceAndSaysWhy_data();
    void fallsBackOnceAndSaysWhy();
    void cacheAnswersTheSameRequestOnce();
    void cacheNeedsNoKey();
    void failedOrPartialAnswersAreNotCached();

private:
    std::unique_ptr<ClientFixture> m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFortuneRequest::init()
{
    m_fx = std::make_unique<ClientFixture>();
    QVERIFY(m_fx->start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFortuneRequest::sameResultFromEveryFormat()
{
    using F = FakeApiConfig::SajuStreamFormat;
    const struct
    {
        const char *name;
        bool stream;
        F format;
    } formats[] = {{"non-stream", false, F::NamedEvents},
                   {"A named events", true, F::NamedEvents},
                   {"B done nested under fortune", true, F::Chunks},
                   {"B done flat", true, F::ChunksFlat}};
    std::optional<FortuneResult> first;
    for (const auto &f : formats) {
        // A fresh server each time: same request id, and its own "cached" flag stays false.
        ClientFixture fx;
        QVERIFY(fx.start());
        fx.server->config().sajuStreamFormat = f.format;
        Run r(fx.http.get(), fx.saju(), f.stream);
        QVERIFY2(r.completed, qPrintable(QLatin1String(f.name) + QLatin1Char(' ') + r.error.message));
        QCOMPARE(r.sections.isEmpty(), false);
        QCOMPARE(r.narrative, r.result.narrative);
        QCOMPARE(!r.narrative.isEmpty(), f.format != F::NamedEvents);
        QCOMPARE(r.result.sections(),
                 (QStringList{QStringLiteral("character"), QStringLiteral("tendency"), QStringLiteral("fortune")}));
        QVERIFY(!r.result.fortune.contains(QLatin1String("fortune"))); // never data.fortune.fortune
        r.result.narrative.clear();
        if (!first)
            first = r.result;
        QVERIFY2(r.result == *first,
                 qPrintable(QLatin1String(f.name) + QLatin1Char('\n')
                            + QString::fromUtf8(QJsonDocument(r.result.toJson()).toJson()) + QLatin1Char('\n')
                            + QString::fromUtf8(QJsonDocument(first->toJson()).toJson())));
        QCOMPARE(fx.server->requests().size(), 1);
    }
}

void TestFortuneRequest::noSecondRequestWhenItCannotSucceed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("401 invalid key") << 401 << QStringLiteral("invalid_api_key")
                                     << QStringLiteral("유효하지 않은 API 키입니다");
    QTest::newRow("402") << 402 << QStringLiteral("payment_required") << QStringLiteral("Payment Required");
    QTest::newRow("403 insufficient credits")
        << 403 << QStringLiteral("insufficient_credits") << QStringLiteral("크레딧이 부족합니다");
    QTest::newRow("403 daily limit") << 403 << QStringLiteral("daily_limit_exceeded")
                                     << QStringLiteral("일일 한도를 초과했습니다");
    QTest::newRow("403 cost limit") << 403 << QStringLiteral("cost_limit_exceeded")
                                    << QStringLiteral("Monthly cost limit reached");
    QTest::newRow("429 daily limit") << 429 << QStringLiteral("daily_limit_exceeded")
                                     << QStringLiteral("일일 한도를 초과했습니다");
    QTest::newRow("429 cost limit") << 429 << QStringLiteral("cost_limit_exceeded")
                                    << QStringLiteral("월 비용 한도에 도달했습니다");
}

void TestFortuneRequest::noSecondRequestWhenItCannotSucceed()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    m_fx->server->setDefaultResponse(kStreamPath, FakeResponse::sajuError(status, code, -1, message));
    Run r(m_fx->http.get(), m_fx->saju(), true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.httpStatus, status);
    QCOMPARE(r.fallbacks.size(), 0);
    QCOMPARE(m_fx->server->requestCount(kStreamPath), 1);
    QCOMPARE(m_fx->server->requestCount(kJsonPath), 0);
    QCOMPARE(m_fx->server->requests().size(), 1);
}

void TestFortuneRequest::fallsBackOnceAndSaysWhy_data()
{
    QTest::addColumn<FakeResponse>("streamReply");
    QTest::addColumn<bool>("keyWithoutStream");
    QTest::addColumn<int>("reason");
    using R = StreamFallback::Reason;
    QTest::newRow("403 key lacks stream:read") << FakeResponse::handler() << true << int(R::StreamNotPermitted);
    QTest::newRow("404 no stream endpoint")
        << FakeResponse::sajuError(404, QStringLiteral("not_found")) << false << int(R::StreamNotSupported);
    QTest::newRow("200 JSON instead of a stream")
        << FakeResponse::fixed(200, R"({"success":true,"data":{"fortune":{"score":1}}})") << false
        << int(R::StreamUnreadable);
    QTest::newRow("only unreadable events")
        << FakeResponse::sseText("data: {{{\n\ndata: 꽝\n\n") << false << int(R::StreamUnreadable);
    QTest::newRow("unreadable events, then complete")
        << FakeResponse::sseText("data: <html>\n\nevent: complete\ndata: {\"cost\":0}\n\n") << false
        << int(R::StreamUnreadable);
}

void TestFortuneRequest::fallsBackOnceAndSaysWhy()
{
    QFETCH(FakeResponse, streamReply);
    QFETCH(bool, keyWithoutStream);
    QFETCH(int, reason);
    if (keyWithoutStream)
        m_fx->server->config().sajuKeys.insert(kSajuKey, {QStringLiteral("fortune:read")});
    else
        m_fx->server->enqueue(kStreamPath, streamReply);
    Run r(m_fx->http.get(), m_fx->saju(), true);
    QVERIFY2(r.completed, qPrintable(r.error.code + QLatin1Char(' ') + r.error.message));
    QCOMPARE(r.fallbacks.size(), 1);
    QCOMPARE(int(r.fallbacks.first().reason), reason);
    QVERIFY(!r.fallbacks.first().message().isEmpty());
    QCOMPARE(m_fx->server->requestCount(kStreamPath), 1);
    QCOMPARE(m_fx->server->requestCount(kJsonPath), 1);
    QCOMPARE(r.result.sections().size(), 3);
}

void TestFortuneRequest::cacheAnswersTheSameRequestOnce()
{
    FortuneCache cache(m_dir->path());
    Run first(m_fx->http.get(), m_fx->saju(), true, &cache);
    QVERIFY(first.completed);
    QVERIFY(!first.fromCache);
    QCOMPARE(m_fx->server->requests().size(), 1);

    Run second(m_fx->http.get(), m_fx->saju(), true, &cache);
    QVERIFY(second.completed);
    QVERIFY(second.fromCache);
    QCOMPARE(m_fx->server->requests().size(), 1); // nothing sent, nothing billed
    QVERIFY(second.result == first.result);
    QCOMPARE(second.fetchedAt, first.fetchedAt);
    QCOMPARE(second.sections, first.sections);

    Run refreshed(m_fx->http.get(), m_fx->saju(), true, &cache, true);
    QVERIFY(refreshed.completed);
    QVERIFY(!refreshed.fromCache);
    QCOMPARE(m_fx->server->requests().size(), 2);
    const auto entry = cache.load(m_fx->saju().baseUrl, params());
    QVERIFY(entry);
    QCOMPARE(entry->requestId(), refreshed.result.meta.requestId);
    QCOMPARE(entry->computation.ziRule, QStringLiteral("split"));
}

void TestFortuneRequest::cacheNeedsNoKey()
{
    FortuneCache cache(m_dir->path());
    Run first(m_fx->http.get(), m_fx->saju(), false, &cache);
    QVERIFY(first.completed);
    Run noKey(m_fx->http.get(), m_fx->saju(QString()), true, &cache);
    QVERIFY(noKey.completed);
    QVERIFY(noKey.fromCache);
    QCOMPARE(m_fx->server->requests().size(), 1);
}

void TestFortuneRequest::failedOrPartialAnswersAreNotCached()
{
    FortuneCache cache(m_dir->path());
    m_fx->server->enqueue(kStreamPath, FakeResponse::handler().closeAfter(1));
    Run cut(m_fx->http.get(), m_fx->saju(), true, &cache);
    QVERIFY(cut.failed);
    m_fx->server->enqueue(kStreamPath, FakeResponse::sajuError(400, QStringLiteral("invalid_saju")));
    Run refused(m_fx->http.get(), m_fx->saju(), true, &cache);
    QVERIFY(refused.failed);
    Run ok(m_fx->http.get(), m_fx->saju(), true, &cache);
    QVERIFY(ok.completed);
    QVERIFY(!ok.fromCache);
    QCOMPARE(m_fx->server->requests().size(), 3);
}

QTEST_GUILESS_MAIN(TestFortuneRequest)
#include "tst_fortune_request.moc"
