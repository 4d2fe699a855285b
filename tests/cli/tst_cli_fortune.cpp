// SPDX-License-Identifier: GPL-3.0-or-later
// `sajudesk-cli fortune` (the real binary) against a FakeApiServer owned by this test: the same
// JSON from every wire format, the local cache, and no second request that cannot succeed.
#include "demo/FakeApiServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;

namespace {

const QString kSajuKey = QStringLiteral("bs_test_cliFortuneSecret0123456789");
const QString kStreamPath = QStringLiteral("/api/daily-fortune-stream");
const QString kJsonPath = QStringLiteral("/api/daily-fortune");

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCliFortune : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sameJsonFromEveryFormat();
    void cacheSendsOneRequestForTwo();
    void refreshAsksAgain();
    void textOutputShowsCacheAndTranslatedElements();
    void koreanTextOutput();
    void noSecondRequestWhenItCannotSucceed_data();
    void noSecondRequestWhenItCannotSucceed();
    void fallbackIsAnnounced();

private:
    CliResult run(FakeApiServer &server, const QStringList &extra, const QString &cacheDir);
    CliResult run(const QStringList &extra = {}) { return run(*m_server, extra, m_cache->path()); }

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    QTemporaryDir m_home;
};

void TestCliFortune::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli")));
    QVERIFY(m_home.isValid());
    qunsetenv("SAJUDESK_SAJU_URL");
}

void TestCliFortune::init()
{
    m_server = std::make_unique<FakeApiServer>();
    m_server->config().sajuRateLimitPerMinute = 0;
    QVERIFY(m_server->start());
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
}

CliResult TestCliFortune::run(FakeApiServer &server, const QStringList &extra, const QString &cacheDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("SAJUDESK_RETRY_BASE_MS"), QStringLiteral("5"));
    env.insert(QStringLiteral("SAJUDESK_SAJU_KEY"), kSajuKey);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    const QStringList args =
        QStringList{QStringLiteral("fortune"),    QStringLiteral("--birth"),    QStringLiteral("1992-08-26 05:40"),
                    QStringLiteral("--name"),     QStringLiteral("이서준"),     QStringLiteral("--date"),
                    QStringLiteral("2026-05-02"), QStringLiteral("--saju-url"), server.sajuBaseUrl().toString()}
        + extra;
    p.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"), args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    // The fake server lives in this process: keep its event loop running while the CLI works.
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
    }
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (r.out.contains(kSajuKey.right(14)) || r.err.contains(kSajuKey.right(14)))
        r.exitCode = -99; // a key on the terminal
    return r;
}

void TestCliFortune::sameJsonFromEveryFormat()
{
    using F = FakeApiConfig::SajuStreamFormat;
    const struct
    {
        const char *name;
        QStringList args;
        F format;
    } formats[] = {{"non-stream", {QStringLiteral("--json"), QStringLiteral("--no-stream")}, F::NamedEvents},
                   {"A named events", {QStringLiteral("--json")}, F::NamedEvents},
                   {"B done nested under fortune", {QStringLiteral("--json")}, F::Chunks},
                   {"B done flat", {QStringLiteral("--json")}, F::ChunksFlat}};
    QJsonObject first;
    for (const auto &f : formats) {
        // A fresh server (same request id, "cached" false) and cache for each format.
        FakeApiServer server;
        server.config().sajuRateLimitPerMinute = 0;
        server.config().sajuStreamFormat = f.format;
        QVERIFY(server.start());
        QTemporaryDir cache;
        const CliResult r = run(server, f.args, cache.path());
        QVERIFY2(r.exitCode == 0, qPrintable(QLatin1String(f.name) + QLatin1Char(' ') + r.err));
        QJsonObject doc = r.json();
        const QJsonObject data = doc.value(QLatin1String("data")).toObject();
        for (const char *section : {"character", "tendency", "fortune"})
            QVERIFY2(data.value(QLatin1String(section)).isObject(), section);
        QVERIFY2(!data.value(QLatin1String("fortune")).toObject().contains(QLatin1String("fortune")),
                 qPrintable(r.out));
        QVERIFY(doc.value(QLatin1String("meta")).toObject().contains(QLatin1String("requestId")));
        QVERIFY(!doc.contains(QLatin1String("fromCache")));
        QCOMPARE(doc.contains(QLatin1String("narrative")), f.format != F::NamedEvents);
        doc.remove(QStringLiteral("narrative"));
        if (first.isEmpty())
            first = doc;
        QVERIFY2(doc == first, qPrintable(QLatin1String(f.name) + QLatin1Char('\n') + r.out));
        QCOMPARE(server.requests().size(), 1);
    }
}

void TestCliFortune::cacheSendsOneRequestForTwo()
{
    const CliResult a = run({QStringLiteral("--json")});
    QCOMPARE(a.exitCode, 0);
    const CliResult b = run({QStringLiteral("--json")});
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!a.json().contains(QLatin1String("fromCache")));
    QCOMPARE(b.json().value(QLatin1String("fromCache")), QJsonValue(true));
    QVERIFY(!b.json().value(QLatin1String("data")).toObject().contains(QLatin1String("fromCache")));
    QVERIFY(QDateTime::fromString(b.json().value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(b.json().value(QLatin1String("data")), a.json().value(QLatin1String("data")));
    QCOMPARE(b.json().value(QLatin1String("meta")), a.json().value(QLatin1String("meta")));
}

void TestCliFortune::refreshAsksAgain()
{
    QCOMPARE(run({QStringLiteral("--json")}).exitCode, 0);
    const CliResult again = run({QStringLiteral("--json"), QStringLiteral("--refresh")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!again.json().contains(QLatin1String("fromCache")));
    // Any other input is another question.
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--model"), QStringLiteral("sonnet")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--fortune-only")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("이서윤")}).exitCode, 0);
    QCOMPARE(m_server->requests().size(), 5);
    // Options that leave the pillars as they were ask the same question (the key is what is sent).
    const CliResult samePillars = run({QStringLiteral("--json"), QStringLiteral("--zi"), QStringLiteral("midnight"),
                                       QStringLiteral("--lon"), QStringLiteral("135")});
    QCOMPARE(samePillars.json().value(QLatin1String("fromCache")), QJsonValue(true));
    QCOMPARE(m_server->requests().size(), 5);
}

void TestCliFortune::textOutputShowsCacheAndTranslatedElements()
{
    const CliResult fresh = run();
    QCOMPARE(fresh.exitCode, 0);
    // The service sends "earth"; the text output names it in the UI language.
    QVERIFY2(fresh.out.contains(QStringLiteral("Lacking element: Earth")), qPrintable(fresh.out));
    QVERIFY(!fresh.out.contains(QStringLiteral(": earth")));
    QVERIFY(!fresh.out.contains(QStringLiteral("cached · fetched")));
    const CliResult cached = run();
    QCOMPARE(cached.exitCode, 0);
    QVERIFY2(cached.out.contains(QStringLiteral("cached · fetched")), qPrintable(cached.out));
    QVERIFY(cached.out.contains(QStringLiteral("== Today's fortune ==")));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCliFortune::koreanTextOutput()
{
    QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("ko")}).exitCode, 0);
    const CliResult r = run({QStringLiteral("--language"), QStringLiteral("ko")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("== 오늘의 운세 ==")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("부족한 오행: 토(土)")));
    QVERIFY(r.out.contains(QStringLiteral("저장된 운세 · ")));
    QVERIFY(!r.out.contains(QStringLiteral("earth")));
    QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("fr")}).exitCode, 2);
}

void TestCliFortune::noSecondRequestWhenItCannotSucceed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("401") << 401 << QStringLiteral("invalid_api_key") << QStringLiteral("유효하지 않은 API 키입니다");
    QTest::newRow("402") << 402 << QStringLiteral("payment_required") << QStringLiteral("Payment Required");
    QTest::newRow("403 credits") << 403 << QStringLiteral("insufficient_credits")
                                 << QStringLiteral("크레딧이 부족합니다");
    QTest::newRow("403 daily limit") << 403 << QStringLiteral("daily_limit_exceeded")
                                     << QStringLiteral("일일 한도를 초과했습니다");
    QTest::newRow("429 daily limit") << 429 << QStringLiteral("daily_limit_exceeded")
                                     << QStringLiteral("일일 한도를 초과했습니다");
    QTest::newRow("429 cost limit") << 429 << QStringLiteral("cost_limit_exceeded")
                                    << QStringLiteral("월 비용 한도에 도달했습니다");
}

void TestCliFortune::noSecondRequestWhenItCannotSucceed()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    m_server->setDefaultResponse(kStreamPath, FakeResponse::sajuError(status, code, -1, message));
    const CliResult r = run();
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestCount(kJsonPath), 0);
    QVERIFY2(!r.err.contains(QStringLiteral("note:")), qPrintable(r.err));
}

void TestCliFortune::fallbackIsAnnounced()
{
    m_server->enqueue(kStreamPath, FakeResponse::sajuError(404, QStringLiteral("not_found")));
    const CliResult r = run({QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("note: The Saju API does not stream here (HTTP 404)")), qPrintable(r.err));
    QCOMPARE(r.json().value(QLatin1String("streamFallback")).toString(), QStringLiteral("stream_not_supported"));
    QCOMPARE(m_server->requestCount(kStreamPath), 1);
    QCOMPARE(m_server->requestCount(kJsonPath), 1);
}

QTEST_GUILESS_MAIN(TestCliFortune)
#include "tst_cli_fortune.moc"
