// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real sajudesk-cli binary against a FakeApiServer owned by this test process.
#include "CliRunner.h"
#include "demo/FakeApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {

const QString kRunYourKey = kCliRunYourKey;
const QString kSajuKey = kCliSajuKey;
const QString kChatPath = QStringLiteral("/v1/chat/completions");
const QString kStreamPath = QStringLiteral("/api/daily-fortune-stream");
const QString kJsonPath = QStringLiteral("/api/daily-fortune");

} // namespace

class TestCliServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void models();
    void chatStreamsToStdout();
    void chatNonStreamOptions();
    void chatPromptFromStdin_data();
    void chatPromptFromStdin();
    void chatBadInput_data();
    void chatBadInput();
    void chatApiErrors_data();
    void chatApiErrors();
    void chatRetryIsShown();
    void networkErrorExit4();
    void keyWithoutPrefixWarnsOnce();
    void fortuneStream();
    void fortuneJson();
    void fortuneStreamFallback();
    void fortuneLunarInput_data();
    void fortuneLunarInput();
    void fortuneBadInput_data();
    void fortuneBadInput();
    void fortuneServerErrorShowsField();
    void demoNeedsNoKeysOrNetwork_data();
    void demoNeedsNoKeysOrNetwork();

private:
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, bool withKeys = true,
                  bool closeStdin = true);
    QStringList urls() const
    {
        return {QStringLiteral("--runyour-url"), m_server->runYourBaseUrl().toString(), QStringLiteral("--saju-url"),
                m_server->sajuBaseUrl().toString()};
    }

    std::unique_ptr<FakeApiServer> m_server;
    QTemporaryDir m_home;
};

void TestCliServices::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli")));
    QVERIFY(m_home.isValid());
    qunsetenv("SAJUDESK_RUNYOUR_URL");
    qunsetenv("SAJUDESK_SAJU_URL");
}

void TestCliServices::init()
{
    m_server = std::make_unique<FakeApiServer>();
    m_server->config().sajuRateLimitPerMinute = 0;
    QVERIFY(m_server->start());
}

CliResult TestCliServices::run(const QStringList &args, const QByteArray &stdinData, bool withKeys, bool closeStdin)
{
    return runCli(args, m_home.path(), stdinData, withKeys, closeStdin);
}

void TestCliServices::models()
{
    const CliResult r = run(QStringList{QStringLiteral("models")} + urls());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("openai/gpt-5.2")));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/models")).first().header("Authorization"),
             QByteArray("Bearer ") + kRunYourKey.toUtf8());

    const CliResult j = run(QStringList{QStringLiteral("models"), QStringLiteral("--json")} + urls());
    QCOMPARE(j.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(j.out.toUtf8()).isArray());
}

void TestCliServices::chatStreamsToStdout()
{
    const CliResult r = run(QStringList{QStringLiteral("chat"), QStringLiteral("사주가 뭐야? 🍀")} + urls());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith(QLatin1Char('\n')));
    QVERIFY(r.out.contains(QStringLiteral("사주가 뭐야? 🍀"))); // the fake echoes the prompt in its answer
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests(kChatPath).first().body).object();
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("openai/gpt-5.2"));
}

void TestCliServices::chatNonStreamOptions()
{
    const CliResult r =
        run(QStringList{QStringLiteral("chat"), QStringLiteral("--no-stream"), QStringLiteral("--model"),
                        QStringLiteral("anthropic/claude-haiku-4-5"), QStringLiteral("--system"),
                        QStringLiteral("한국어로 답하세요 ✨"), QStringLiteral("--temperature"), QStringLiteral("0.4"),
                        QStringLiteral("--max-tokens"), QStringLiteral("400"), QStringLiteral("hi")}
            + urls());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.trimmed().isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests(kChatPath).first().body).object();
    QVERIFY(!body.contains(QLatin1String("stream")));
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.4);
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 400);
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("한국어로 답하세요 ✨"));
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
}

void TestCliServices::chatPromptFromStdin_data()
{
    QTest::addColumn<bool>("dash");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("dash hangul") << true << QStringLiteral("오늘 운세 🐯\n여러 줄").toUtf8();
    QTest::newRow("absent") << false << QByteArray("piped prompt");
    QTest::newRow("100 KB") << true << QByteArray(100 * 1024, 'a');
}

void TestCliServices::chatPromptFromStdin()
{
    QFETCH(bool, dash);
    QFETCH(QByteArray, input);
    QStringList args{QStringLiteral("chat")};
    if (dash)
        args << QStringLiteral("-");
    const CliResult r = run(args + urls(), input);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests(kChatPath).first().body).object();
    QCOMPARE(
        body.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString(),
        QString::fromUtf8(input));
}

void TestCliServices::chatBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<QString>("expect");
    QTest::newRow("bare model") << QStringList{QStringLiteral("--model"), QStringLiteral("gpt-5.2"),
                                               QStringLiteral("hi")}
                                << QByteArray() << QStringLiteral("unsupported_model");
    QTest::newRow("hangul model") << QStringList{QStringLiteral("--model"), QStringLiteral("모델"),
                                                 QStringLiteral("hi")}
                                  << QByteArray() << QStringLiteral("unsupported_model");
    QTest::newRow("empty prompt") << QStringList{QString()} << QByteArray() << QStringLiteral("invalid_input");
    QTest::newRow("empty stdin") << QStringList{QStringLiteral("-")} << QByteArray() << QStringLiteral("invalid_input");
    QTest::newRow("bad temperature") << QStringList{QStringLiteral("--temperature"), QStringLiteral("hot"),
                                                    QStringLiteral("hi")}
                                     << QByteArray() << QStringLiteral("--temperature");
    QTest::newRow("temperature range") << QStringList{QStringLiteral("--temperature"), QStringLiteral("7"),
                                                      QStringLiteral("hi")}
                                       << QByteArray() << QStringLiteral("invalid_input");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("hi")} << QByteArray()
                                    << QStringLiteral("frobnicate");
    QTest::newRow("not utf8 stdin") << QStringList{QStringLiteral("-")} << QByteArray("\xff\xfe\xfa bad")
                                    << QStringLiteral("UTF-8");
}

void TestCliServices::chatBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinData);
    QFETCH(QString, expect);
    // The provider/model rule holds on the gateway's own host only; the request is refused
    // before anything is sent, so no network is needed. (Elsewhere the id is sent as typed.)
    const QStringList gateway{QStringLiteral("--runyour-url"), QStringLiteral("https://api.runyour.ai/v1")};
    const bool modelRow = expect == QLatin1String("unsupported_model");
    const CliResult r =
        run(QStringList{QStringLiteral("chat")} + args + urls() + (modelRow ? gateway : QStringList()), stdinData);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expect), qPrintable(r.err));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliServices::chatApiErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("400") << 400 << QStringLiteral("messages should not be empty") << QStringLiteral("bad_request");
    QTest::newRow("401 echoes key") << 401 << QStringLiteral("Invalid API key ") + kRunYourKey
                                    << QStringLiteral("invalid_api_key");
    QTest::newRow("402") << 402 << QStringLiteral("크레딧이 부족합니다") << QStringLiteral("credits_exhausted");
    QTest::newRow("500") << 500 << QStringLiteral("boom") << QStringLiteral("server_error");
}

void TestCliServices::chatApiErrors()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, code);
    m_server->setDefaultResponse(kChatPath, FakeResponse::runYourError(status, message, kChatPath));
    const CliResult r = run(QStringList{QStringLiteral("chat"), QStringLiteral("hi")} + urls());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("code        : ") + code), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("HTTP status : ") + QString::number(status)));
    QVERIFY(r.err.contains(QStringLiteral("endpoint    : /v1/chat/completions")));
    QVERIFY(r.err.contains(QStringLiteral("----- SajuDesk support report -----")));
}

void TestCliServices::chatRetryIsShown()
{
    m_server->enqueue(
        kChatPath,
        FakeResponse::runYourError(429, QStringLiteral("Too Many Requests"), kChatPath).withHeader("Retry-After", "1"));
    const CliResult r = run(QStringList{QStringLiteral("chat"), QStringLiteral("hi")} + urls());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("429 rate_limited — retrying in 1 s (attempt 2/5)")), qPrintable(r.err));
    QVERIFY(!r.out.isEmpty());
    QCOMPARE(m_server->requestCount(kChatPath), 2);
}

void TestCliServices::networkErrorExit4()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    const CliResult r = run({QStringLiteral("chat"), QStringLiteral("--runyour-url"), url, QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("code        : connection_refused")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("attempts    : 5")));
}

void TestCliServices::keyWithoutPrefixWarnsOnce()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("SAJUDESK_RUNYOUR_KEY"), QStringLiteral("sk-wrongPrefixSecret123456"));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"),
            QStringList{QStringLiteral("chat"), QStringLiteral("hi")} + urls());
    QVERIFY(finished.wait(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 3); // sent as entered; the fake service answers 401
    QCOMPARE(err.count(QStringLiteral("warning:")), 1);
    QVERIFY(err.contains(QStringLiteral("runyour-v1-")));
    QVERIFY(!err.contains(QStringLiteral("wrongPrefixSecret")));
    QCOMPARE(m_server->requests(kChatPath).first().header("Authorization"),
             QByteArray("Bearer sk-wrongPrefixSecret123456"));
}

void TestCliServices::fortuneStream()
{
    const CliResult r =
        run(QStringList{QStringLiteral("fortune"), QStringLiteral("--birth"), QStringLiteral("1992-08-26 05:40"),
                        QStringLiteral("--name"), QStringLiteral("이서준"), QStringLiteral("--date"),
                        QStringLiteral("2026-05-02")}
            + urls());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("임신 무신 갑술 정묘")));
    QVERIFY(r.out.contains(QStringLiteral("== Character")));
    QVERIFY(r.out.contains(QStringLiteral("== Today's fortune")));
    const FakeRequest sent = m_server->requests(kStreamPath).first();
    QCOMPARE(sent.header("X-API-Key"), kSajuKey.toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QLatin1String("userName")).toString(), QStringLiteral("이서준"));
    QCOMPARE(body.value(QLatin1String("date")).toString(), QStringLiteral("2026-05-02"));
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("haiku"));
    const QJsonObject day = body.value(QLatin1String("saju"))
                                .toObject()
                                .value(QLatin1String("pillars"))
                                .toObject()
                                .value(QLatin1String("day"))
                                .toObject();
    QCOMPARE(day.value(QLatin1String("stem")).toObject().value(QLatin1String("hanja")).toString(),
             QStringLiteral("甲"));
}

void TestCliServices::fortuneJson()
{
    m_server->config().sajuStreamFormat = FakeApiConfig::SajuStreamFormat::Chunks;
    const CliResult r = run(QStringList{QStringLiteral("fortune"), QStringLiteral("--birth"),
                                        QStringLiteral("1990-01-01"), QStringLiteral("--name"),
                                        QStringLiteral("🐯 Tiger"), QStringLiteral("--json"), QStringLiteral("--model"),
                                        QStringLiteral("gpt4o"), QStringLiteral("--city"), QStringLiteral("부산")}
                            + urls());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(doc.value(QLatin1String("data")).toObject().contains(QLatin1String("fortune")), qPrintable(r.out));
    QVERIFY(doc.value(QLatin1String("complete")).toBool());
    QVERIFY(doc.value(QLatin1String("saju"))
                .toObject()
                .value(QLatin1String("pillars"))
                .toObject()
                .value(QLatin1String("hour"))
                .isNull());
}

void TestCliServices::fortuneStreamFallback()
{
    m_server->config().sajuKeys.insert(kSajuKey, {QStringLiteral("fortune:read")});
    const CliResult r =
        run(QStringList{QStringLiteral("fortune"), QStringLiteral("--birth"), QStringLiteral("1992-08-26 05:40"),
                        QStringLiteral("--name"), QStringLiteral("a")}
            + urls());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QStringLiteral("403")));
    QCOMPARE(m_server->requestCount(kStreamPath), 1);
    QCOMPARE(m_server->requestCount(kJsonPath), 1);
    QVERIFY(r.out.contains(QStringLiteral("== Today's fortune")));
}

void TestCliServices::fortuneLunarInput_data()
{
    QTest::addColumn<QStringList>("birth");
    QTest::newRow("--lunar") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-07-25 05:40"),
                                            QStringLiteral("--lunar")};
    QTest::newRow("L prefix") << QStringList{QStringLiteral("--birth"), QStringLiteral("L1992-07-25 05:40")};
    QTest::newRow("--leap 2020-04") << QStringList{
        QStringLiteral("--birth"), QStringLiteral("2020-04-15"), QStringLiteral("--leap"), QStringLiteral("--zi"),
        QStringLiteral("23"),      QStringLiteral("--lon"),      QStringLiteral("129.0")};
}

void TestCliServices::fortuneLunarInput()
{
    QFETCH(QStringList, birth);
    const CliResult r = run(QStringList{QStringLiteral("fortune"), QStringLiteral("--name"), QStringLiteral("달 🌙"),
                                        QStringLiteral("--no-stream"), QStringLiteral("--fortune-only")}
                            + birth + urls());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("== Today's fortune")));
    QCOMPARE(m_server->requestCount(kJsonPath), 1);
    if (QTest::currentDataTag() != QByteArrayView("--leap 2020-04"))
        QVERIFY(r.out.contains(QStringLiteral("임신 무신 신미 신묘"))); // as `pillars` gives for L1992-07-25 05:40
}

void TestCliServices::fortuneBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no birth") << QStringList{QStringLiteral("--name"), QStringLiteral("a")};
    QTest::newRow("no name") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26")};
    QTest::newRow("bad birth") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-02-30"),
                                              QStringLiteral("--name"), QStringLiteral("a")};
    QTest::newRow("garbage birth") << QStringList{QStringLiteral("--birth"), QStringLiteral("어제 🐯"),
                                                  QStringLiteral("--name"), QStringLiteral("a")};
    QTest::newRow("bad time") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26 25:00"),
                                             QStringLiteral("--name"), QStringLiteral("a")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                             QStringLiteral("--name"),  QStringLiteral("a"),
                                             QStringLiteral("--date"),  QStringLiteral("2026-02-30")};
    QTest::newRow("date format") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                                QStringLiteral("--name"),  QStringLiteral("a"),
                                                QStringLiteral("--date"),  QStringLiteral("내일")};
    QTest::newRow("unknown model") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                                  QStringLiteral("--name"),  QStringLiteral("a"),
                                                  QStringLiteral("--model"), QStringLiteral("gpt5")};
    QTest::newRow("bad zi") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                           QStringLiteral("--name"),  QStringLiteral("a"),
                                           QStringLiteral("--zi"),    QStringLiteral("noon")};
    QTest::newRow("bad lon") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                            QStringLiteral("--name"),  QStringLiteral("a"),
                                            QStringLiteral("--lon"),   QStringLiteral("500")};
    QTest::newRow("unknown city") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                                 QStringLiteral("--name"),  QStringLiteral("a"),
                                                 QStringLiteral("--city"),  QStringLiteral("아틀란티스")};
    QTest::newRow("out of range") << QStringList{QStringLiteral("--birth"), QStringLiteral("1800-01-01"),
                                                 QStringLiteral("--name"), QStringLiteral("a")};
    QTest::newRow("missing leap month") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-01-05"),
                                                       QStringLiteral("--leap"), QStringLiteral("--name"),
                                                       QStringLiteral("a")};
    QTest::newRow("long name") << QStringList{QStringLiteral("--birth"), QStringLiteral("1992-08-26"),
                                              QStringLiteral("--name"), QString(300, QChar(0xD55C))};
}

void TestCliServices::fortuneBadInput()
{
    QFETCH(QStringList, args);
    const CliResult r = run(QStringList{QStringLiteral("fortune")} + args + urls());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliServices::fortuneServerErrorShowsField()
{
    m_server->setDefaultResponse(kStreamPath,
                                 FakeResponse::fixed(400, R"({"success":false,"error":{"code":"missing_field",)"
                                                          R"("message":"필드 누락","field":"saju.pillars.day"},)"
                                                          R"("meta":{"requestId":"req_cli42"}})"));
    const CliResult r =
        run(QStringList{QStringLiteral("fortune"), QStringLiteral("--birth"), QStringLiteral("1992-08-26 05:40"),
                        QStringLiteral("--name"), QStringLiteral("a")}
            + urls());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("field       : saju.pillars.day")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("requestId   : req_cli42")));
    QVERIFY(r.err.contains(QStringLiteral("code        : missing_field")));
}

void TestCliServices::demoNeedsNoKeysOrNetwork_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expect");
    QTest::newRow("models") << QStringList{QStringLiteral("models"), QStringLiteral("--demo")}
                            << QStringLiteral("openai/gpt-5.2");
    QTest::newRow("chat global") << QStringList{QStringLiteral("--demo"), QStringLiteral("chat"),
                                                QStringLiteral("안녕")}
                                 << QStringLiteral("안녕");
    QTest::newRow("fortune") << QStringList{QStringLiteral("fortune"), QStringLiteral("--demo"),
                                            QStringLiteral("--birth"), QStringLiteral("1992-08-26 05:40"),
                                            QStringLiteral("--name"),  QStringLiteral("이서준")}
                             << QStringLiteral("== Today's fortune");
}

void TestCliServices::demoNeedsNoKeysOrNetwork()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expect);
    // Real service URLs in the environment must not matter: --demo never leaves the machine.
    qputenv("SAJUDESK_RUNYOUR_URL", "http://192.0.2.1:9/v1");
    const CliResult r = run(args, {}, false);
    qunsetenv("SAJUDESK_RUNYOUR_URL");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expect), qPrintable(r.out + r.err));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliServices)
#include "tst_cli_services.moc"
