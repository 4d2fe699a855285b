// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixture.h"
#include "sajuapi/FortuneRequest.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {

const QString kJsonPath = QStringLiteral("/api/daily-fortune");
const QString kStreamPath = QStringLiteral("/api/daily-fortune-stream");
const QString kCalcPath = QStringLiteral("/api/saju");

QJsonObject part(const char *h, const char *c)
{
    return {{QStringLiteral("hangul"), QString::fromUtf8(h)}, {QStringLiteral("hanja"), QString::fromUtf8(c)}};
}

QJsonObject pillar(const char *sh, const char *sc, const char *bh, const char *bc)
{
    return {{QStringLiteral("stem"), part(sh, sc)}, {QStringLiteral("branch"), part(bh, bc)}};
}

FortuneParams params(const QString &name = QStringLiteral("이서준"))
{
    FortuneParams p;
    p.saju = {{QStringLiteral("pillars"), QJsonObject{{QStringLiteral("year"), pillar("임", "壬", "신", "申")},
                                                      {QStringLiteral("month"), pillar("무", "戊", "신", "申")},
                                                      {QStringLiteral("day"), pillar("갑", "甲", "술", "戌")},
                                                      {QStringLiteral("hour"), pillar("정", "丁", "묘", "卯")}}},
              {QStringLiteral("dayMaster"), QJsonObject{{QStringLiteral("element"), QStringLiteral("wood")},
                                                        {QStringLiteral("name"), QStringLiteral("갑목")}}}};
    p.userName = name;
    return p;
}

struct FortuneRun
{
    QStringList sections;
    QString narrative;
    int retries = 0;
    int fallbacks = 0;
    int rateSignals = 0;
    int finished = 0;
    bool completed = false;
    bool failed = false;
    FortuneResult result;
    ApiError error;
    RateLimitInfo rate;

    void run(HttpClient *http, const SajuApiConfig &cfg, const FortuneParams &p, bool stream)
    {
        FortuneRequest req(http, cfg, p);
        req.setStreaming(stream);
        QObject::connect(&req, &FortuneRequest::sectionReceived,
                         [this](const QString &s, const QJsonObject &) { sections << s; });
        QObject::connect(&req, &FortuneRequest::narrativeReceived, [this](const QString &t) { narrative += t; });
        QObject::connect(&req, &FortuneRequest::retryScheduled, [this] { ++retries; });
        QObject::connect(&req, &FortuneRequest::streamFallback, [this] { ++fallbacks; });
        QObject::connect(&req, &FortuneRequest::rateLimitUpdated, [this](const RateLimitInfo &i) {
            ++rateSignals;
            rate = i;
        });
        QObject::connect(&req, &FortuneRequest::completed, [this](const FortuneResult &r) {
            completed = true;
            result = r;
        });
        QObject::connect(&req, &FortuneRequest::failed, [this](const ApiError &e, const FortuneResult &partial) {
            failed = true;
            error = e;
            result = partial;
        });
        QObject::connect(&req, &FortuneRequest::finished, [this] { ++finished; });
        req.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished > 0, 20000);
        QTest::qWait(20);
        QCOMPARE(finished, 1);
    }
};

} // namespace

class TestSajuApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fortuneJson();
    void fortuneStream_data();
    void fortuneStream();
    void streamForbiddenFallsBackOnce();
    void streamForbiddenTwiceFailsAfterOneFallback();
    void streamIncompleteKeepsSections();
    void streamErrorEvent();
    void documentedErrorCodes_data();
    void documentedErrorCodes();
    void serverValidationOfEveryTextField_data();
    void serverValidationOfEveryTextField();
    void localInputNeverSent_data();
    void localInputNeverSent();
    void rateLimitTracker();
    void sajuCalc_data();
    void sajuCalc();

private:
    std::unique_ptr<ClientFixture> m_fx;
};

void TestSajuApiClient::init()
{
    m_fx = std::make_unique<ClientFixture>();
    QVERIFY(m_fx->start());
}

void TestSajuApiClient::fortuneJson()
{
    FortuneRun r;
    FortuneParams p = params();
    p.model = QStringLiteral("sonnet");
    p.fortuneOnly = false;
    r.run(m_fx->http.get(), m_fx->saju(), p, false);
    QVERIFY2(r.completed, qPrintable(r.error.message));
    QCOMPARE(r.sections, r.result.sections());
    QVERIFY(!r.result.fortune.isEmpty());
    QVERIFY(!r.result.meta.requestId.isEmpty());
    QVERIFY(r.rate.isValid());
    const FakeRequest sent = m_fx->server->requests(kJsonPath).first();
    QCOMPARE(sent.header("X-API-Key"), kSajuKey.toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QLatin1String("date")).toString(), SajuApiJson::seoulToday().toString(Qt::ISODate));
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("sonnet"));
    QCOMPARE(body.value(QLatin1String("userName")).toString(), QStringLiteral("이서준"));
    QCOMPARE(body.value(QLatin1String("saju")).toObject(), p.saju);
}

void TestSajuApiClient::fortuneStream_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("fortuneOnly");
    QTest::newRow("A named events") << int(FakeApiConfig::SajuStreamFormat::NamedEvents) << false;
    QTest::newRow("B chunks") << int(FakeApiConfig::SajuStreamFormat::Chunks) << false;
    QTest::newRow("A fortune only") << int(FakeApiConfig::SajuStreamFormat::NamedEvents) << true;
}

void TestSajuApiClient::fortuneStream()
{
    QFETCH(int, format);
    QFETCH(bool, fortuneOnly);
    m_fx->server->config().sajuStreamFormat = FakeApiConfig::SajuStreamFormat(format);
    FortuneRun r;
    FortuneParams p = params(QStringLiteral("서준 🐯"));
    p.fortuneOnly = fortuneOnly;
    p.date = QDate(2026, 5, 2);
    r.run(m_fx->http.get(), m_fx->saju(), p, true);
    QVERIFY2(r.completed, qPrintable(r.error.code + QLatin1Char(' ') + r.error.message));
    QVERIFY(r.result.complete);
    QVERIFY(r.sections.contains(QStringLiteral("fortune")));
    if (format == int(FakeApiConfig::SajuStreamFormat::Chunks))
        QVERIFY(!r.narrative.isEmpty());
    else if (!fortuneOnly)
        QCOMPARE(r.sections.first(), QStringLiteral("character"));
    QCOMPARE(r.fallbacks, 0);
    const FakeRequest sent = m_fx->server->requests(kStreamPath).first();
    QCOMPARE(sent.header("Accept"), QByteArray("text/event-stream"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QLatin1String("date")).toString(), QStringLiteral("2026-05-02"));
    QCOMPARE(body.contains(QLatin1String("type")), fortuneOnly);
}

void TestSajuApiClient::streamForbiddenFallsBackOnce()
{
    // A key without stream:read, as the fake server enforces it.
    m_fx->server->config().sajuKeys.insert(kSajuKey, {QStringLiteral("fortune:read")});
    FortuneRun r;
    r.run(m_fx->http.get(), m_fx->saju(), params(), true);
    QVERIFY2(r.completed, qPrintable(r.error.message));
    QCOMPARE(r.fallbacks, 1);
    QCOMPARE(m_fx->server->requestCount(kStreamPath), 1);
    QCOMPARE(m_fx->server->requestCount(kJsonPath), 1);
    QCOMPARE(r.sections, r.result.sections());
}

void TestSajuApiClient::streamForbiddenTwiceFailsAfterOneFallback()
{
    m_fx->server->config().sajuKeys.insert(kSajuKey, {QStringLiteral("saju:calculate")});
    FortuneRun r;
    r.run(m_fx->http.get(), m_fx->saju(), params(), true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.httpStatus, 403);
    QCOMPARE(r.fallbacks, 1);
    QCOMPARE(m_fx->server->requestCount(kStreamPath), 1);
    QCOMPARE(m_fx->server->requestCount(kJsonPath), 1);
}

void TestSajuApiClient::streamIncompleteKeepsSections()
{
    m_fx->server->enqueue(kStreamPath, FakeResponse::handler().closeAfter(1));
    FortuneRun r;
    r.run(m_fx->http.get(), m_fx->saju(), params(), true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(r.sections.size(), 1);
    QCOMPARE(r.result.sections(), r.sections);
    QCOMPARE(m_fx->server->requestCount(kStreamPath), 1);
}

void TestSajuApiClient::streamErrorEvent()
{
    m_fx->server->enqueue(kStreamPath,
                          FakeResponse::sseText("event: character\ndata: {\"dayMaster\":\"갑목\",\"emoji\":\"🌳\"}\n\n"
                                                "event: error\ndata: {\"code\":\"ai_provider_error\",\"message\":\"AI "
                                                "호출 실패\"}\n\n"));
    FortuneRun r;
    r.run(m_fx->http.get(), m_fx->saju(), params(), true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.code, QStringLiteral("ai_provider_error"));
    QCOMPARE(r.error.message, QStringLiteral("AI 호출 실패"));
    QCOMPARE(r.sections, QStringList{QStringLiteral("character")});
    QCOMPARE(m_fx->server->requestCount(kStreamPath), 1); // content was shown: never re-sent
}

void TestSajuApiClient::documentedErrorCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retried");
    const struct
    {
        int status;
        const char *code;
        bool retried;
    } rows[] = {
        {401, "missing_api_key", false},
        {401, "invalid_api_key", false},
        {401, "expired_api_key", false},
        {401, "suspended_api_key", false},
        {400, "invalid_json", false},
        {400, "missing_field", false},
        {400, "invalid_field", false},
        {400, "invalid_saju", false},
        {400, "invalid_model", false},
        {400, "invalid_date", false},
        {400, "invalid_request", false},
        {429, "rate_limited", true},
        {429, "daily_limit_exceeded", false},
        {429, "cost_limit_exceeded", false},
        {500, "internal_error", true},
        {503, "ai_provider_error", true},
        {504, "timeout", true},
        {503, "service_unavailable", true},
        {403, "insufficient_permissions", false},
        {404, "not_found", false},
        {413, "payload_too_large", false},
    };
    for (const auto &row : rows)
        QTest::newRow(row.code) << row.status << QString::fromLatin1(row.code) << row.retried;
}

void TestSajuApiClient::documentedErrorCodes()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, retried);
    const int maxAttempts = SajuApiConfig::defaultRetryPolicy().maxAttempts;
    m_fx->server->setDefaultResponse(kJsonPath, FakeResponse::sajuError(status, code, status == 429 ? 0 : -1,
                                                                        QStringLiteral("서버 메시지 ") + code));
    FortuneRun r;
    r.run(m_fx->http.get(), m_fx->saju(), params(), false);
    QVERIFY(r.failed);
    // The 403 code name is undocumented (api-contract Q-S7); the error parser files it under our
    // derived permission_denied so the UI can offer the stream fallback / key advice.
    QCOMPARE(r.error.code, status == 403 ? QStringLiteral("permission_denied") : code);
    QCOMPARE(r.error.httpStatus, status);
    QCOMPARE(r.error.service, ApiError::Service::Saju);
    QCOMPARE(r.error.message, QStringLiteral("서버 메시지 ") + code);
    QVERIFY(!r.error.requestId.isEmpty());
    QCOMPARE(r.error.endpoint, kJsonPath);
    const int expected = retried ? maxAttempts : 1;
    QCOMPARE(m_fx->server->requestCount(kJsonPath), expected);
    QCOMPARE(r.error.attempts, expected);
    QCOMPARE(r.retries, expected - 1);
}

void TestSajuApiClient::serverValidationOfEveryTextField_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("hangul") << QStringLiteral("이서준");
    QTest::newRow("emoji") << QStringLiteral("🐯🍀");
    QTest::newRow("mixed") << QStringLiteral("Seo-jun 서준 ✨");
}

void TestSajuApiClient::serverValidationOfEveryTextField()
{
    QFETCH(QString, name);
    for (bool stream : {true, false}) {
        FortuneRun r;
        r.run(m_fx->http.get(), m_fx->saju(), params(name), stream);
        QVERIFY2(r.completed, qPrintable(r.error.message));
    }
}

void TestSajuApiClient::localInputNeverSent_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withSaju");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown model") << QStringLiteral("gpt5") << QStringLiteral("a") << true << kSajuKey
                                   << QStringLiteral("invalid_model");
    QTest::newRow("empty name") << QStringLiteral("haiku") << QString() << true << kSajuKey
                                << QStringLiteral("invalid_input");
    QTest::newRow("no pillars") << QStringLiteral("haiku") << QStringLiteral("a") << false << kSajuKey
                                << QStringLiteral("invalid_input");
    QTest::newRow("no key") << QStringLiteral("haiku") << QStringLiteral("a") << true << QString()
                            << QStringLiteral("missing_api_key");
}

void TestSajuApiClient::localInputNeverSent()
{
    QFETCH(QString, model);
    QFETCH(QString, name);
    QFETCH(bool, withSaju);
    QFETCH(QString, key);
    QFETCH(QString, code);
    FortuneParams p = params(name);
    p.model = model;
    if (!withSaju)
        p.saju = {};
    FortuneRun r;
    r.run(m_fx->http.get(), m_fx->saju(key), p, true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Input);
    QCOMPARE(r.error.code, code);
    QCOMPARE(m_fx->server->requests().size(), 0);
}

void TestSajuApiClient::rateLimitTracker()
{
    m_fx->server->config().sajuRateLimitPerMinute = 50;
    RateLimitTracker tracker;
    QSignalSpy changed(&tracker, &RateLimitTracker::changed);
    FortuneRequest req(m_fx->http.get(), m_fx->saju(), params());
    req.setStreaming(false);
    req.setRateLimitTracker(&tracker);
    QSignalSpy done(&req, &FortuneRequest::finished);
    req.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(tracker.current().limit, 50);
    QCOMPARE(tracker.current().remaining, 49);
    QVERIFY(tracker.current().resetEpochSeconds > QDateTime::currentSecsSinceEpoch() - 5);
    QCOMPARE(req.rateLimit().remaining, 49);
}

void TestSajuApiClient::sajuCalc_data()
{
    QTest::addColumn<bool>("wrapped");
    QTest::newRow("bare") << false;
    QTest::newRow("wrapped") << true;
}

void TestSajuApiClient::sajuCalc()
{
    QFETCH(bool, wrapped);
    m_fx->server->config().wrapSajuResult = wrapped;
    SajuCalcParams p;
    p.year = 1992;
    p.month = 8;
    p.day = 26;
    p.hour = 5;
    SajuCalcRequest req(m_fx->http.get(), m_fx->saju(), p);
    QSignalSpy got(&req, &SajuCalcRequest::calculated);
    QSignalSpy failed(&req, &SajuCalcRequest::failed);
    QSignalSpy done(&req, &SajuCalcRequest::finished);
    req.start();
    QVERIFY(done.wait(10000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ApiError>().message));
    QCOMPARE(got.size(), 1);
    const QJsonObject year =
        req.saju().value(QLatin1String("pillars")).toObject().value(QLatin1String("year")).toObject();
    QCOMPARE(year.value(QLatin1String("stem")).toObject().value(QLatin1String("hanja")).toString(),
             QStringLiteral("壬"));
    QCOMPARE(year.value(QLatin1String("branch")).toObject().value(QLatin1String("hangul")).toString(),
             QStringLiteral("신"));
    QVERIFY(req.rateLimit().isValid() || true);
}

QTEST_GUILESS_MAIN(TestSajuApiClient)
#include "tst_sajuapi_client.moc"
