// SPDX-License-Identifier: GPL-3.0-or-later
// `sajudesk-cli chat` keeps stdout for the answer alone (or the refusal that stands in for it):
// reasoning, "waiting for the model", usage and why the answer stopped go to stderr; a refusal
// and a token-limit stop exit 0, an error reported inside the stream exits 3, and bad server
// addresses or keys over plain http are refused (exit 2) before anything is sent.
#include "CliRunner.h"
#include "demo/FakeApiServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {
const QString kChatPath = QStringLiteral("/v1/chat/completions");
}

class TestCliChatOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void refusalGoesToStdout();
    void reasoningGoesToStderr();
    void tokenLimitStopExitsZero();
    void usageGoesToStderr();
    void waitingIsShownOnStderr();
    void errorInsideStreamExits3_data();
    void errorInsideStreamExits3();
    void plainHttpIsRefused();
    void badUrlIsAnError_data();
    void badUrlIsAnError();

private:
    CliResult chat(const QStringList &args, const QStringList &env = {})
    {
        const QStringList url{QStringLiteral("--runyour-url"), m_server->runYourBaseUrl().toString()};
        return runCli(QStringList{QStringLiteral("chat")} + args + url, m_home.path(), {}, true, true, env);
    }

    std::unique_ptr<FakeApiServer> m_server;
    QTemporaryDir m_home;
};

void TestCliChatOutput::initTestCase()
{
    QVERIFY(m_home.isValid());
    qunsetenv("SAJUDESK_RUNYOUR_URL");
}

void TestCliChatOutput::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->start());
}

void TestCliChatOutput::refusalGoesToStdout()
{
    const CliResult r = chat({QStringLiteral("refuse:pick a lock")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("I can't help with that request.\n"));
}

void TestCliChatOutput::reasoningGoesToStderr()
{
    const CliResult r = chat({QStringLiteral("think:echo:the answer")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("the answer\n")); // stdout: the answer alone
    QVERIFY2(r.err.contains(QStringLiteral("Let me think about")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("[reasoning]")));
}

void TestCliChatOutput::tokenLimitStopExitsZero()
{
    const CliResult r = chat({QStringLiteral("--max-tokens"), QStringLiteral("2"), QStringLiteral("tell me more")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.trimmed().isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("stopped: token limit")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("stopped")));
}

void TestCliChatOutput::usageGoesToStderr()
{
    const CliResult r = chat({QStringLiteral("--no-stream"), QStringLiteral("echo:x")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("x\n"));
    QVERIFY2(r.err.contains(QStringLiteral("usage: ")), qPrintable(r.err));
}

void TestCliChatOutput::waitingIsShownOnStderr()
{
    m_server->enqueue(kChatPath, FakeResponse::handler().withSilenceAfterHeaders(1600));
    const CliResult r = chat({QStringLiteral("echo:late")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("late\n"));
    QVERIFY2(r.err.contains(QStringLiteral("waiting for the model (1 s)")), qPrintable(r.err));
    QCOMPARE(m_server->requestCount(kChatPath), 1);
}

void TestCliChatOutput::errorInsideStreamExits3_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("vllm error object then DONE")
        << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"part\"}}]}\n\n"
                      "data: {\"object\":\"error\",\"message\":\"CUDA out of memory\",\"type\":\"InternalServerError\","
                      "\"code\":500}\n\n"
                      "data: [DONE]\n\n")
        << "CUDA out of memory"
        << "server_error";
    QTest::newRow("event error flat message then DONE")
        << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"part\"}}]}\n\n"
                      "event: error\ndata: {\"message\":\"upstream timed out\"}\n\n"
                      "data: [DONE]\n\n")
        << "upstream timed out"
        << "server_error";
    QTest::newRow("openai invalid_api_key inside the stream")
        << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"part\"}}]}\n\n"
                      "data: {\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_error\","
                      "\"code\":\"invalid_api_key\"}}\n\n")
        << "Incorrect API key"
        << "invalid_api_key";
}

void TestCliChatOutput::errorInsideStreamExits3()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, message);
    QFETCH(QString, code);
    m_server->enqueue(kChatPath, FakeResponse::sseText(stream));
    const CliResult r = chat({QStringLiteral("x")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.out, QStringLiteral("part\n")); // the partial answer, never the error
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("code        : ") + code), qPrintable(r.err));
    QCOMPARE(m_server->requestCount(kChatPath), 1);
}

void TestCliChatOutput::plainHttpIsRefused()
{
    const CliResult r = runCli({QStringLiteral("chat"), QStringLiteral("--runyour-url"),
                                QStringLiteral("http://10.255.255.1:9/v1"), QStringLiteral("hi")},
                               m_home.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("network/allowInsecureHttp")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("code        : insecure_http")));
}

void TestCliChatOutput::badUrlIsAnError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("named");
    QTest::newRow("option ftp") << QStringList{QStringLiteral("--runyour-url"), QStringLiteral("ftp://x/v1")}
                                << QStringList() << "--runyour-url";
    QTest::newRow("option without host") << QStringList{QStringLiteral("--runyour-url"), QStringLiteral("https://")}
                                         << QStringList() << "--runyour-url";
    QTest::newRow("environment ftp") << QStringList() << QStringList{QStringLiteral("SAJUDESK_RUNYOUR_URL=ftp://x/v1")}
                                     << "SAJUDESK_RUNYOUR_URL";
}

void TestCliChatOutput::badUrlIsAnError()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, named);
    const CliResult r = runCli(QStringList{QStringLiteral("chat")} + args + QStringList{QStringLiteral("hi")},
                               m_home.path(), {}, true, true, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliChatOutput)
#include "tst_cli_chat_output.moc"
