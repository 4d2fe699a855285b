// SPDX-License-Identifier: GPL-3.0-or-later
// The sajudesk-fakeapi executable (used by CLI tests and the streaming benchmark): prints
// "port=<N>", serves both APIs, honours --chat-chunks, runs until killed.

#include "CallRecorder.h"
#include "net/ApiCall.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

using namespace sajudesk;
using sajudesk::test::CallRecorder;

class TestFakeApiTool : public QObject
{
    Q_OBJECT

private slots:
    void servesScriptedChunkCount();
    void rejectsBadOptions();
};

void TestFakeApiTool::servesScriptedChunkCount()
{
    QProcess tool;
    tool.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-fakeapi"),
               {QStringLiteral("--chat-chunks"), QStringLiteral("500")});
    QVERIFY(tool.waitForStarted(10000));
    QByteArray out;
    while (!out.contains('\n') && tool.waitForReadyRead(10000))
        out += tool.readAllStandardOutput();
    QVERIFY2(out.startsWith("port="), out.constData());
    const int port = out.mid(5).trimmed().toInt();
    QVERIFY(port > 0);

    QNetworkAccessManager nam;
    HttpClient client(&nam);
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    client.setSettings(settings);
    const QByteArray body =
        R"({"model":"openai/gpt-5.2","messages":[{"role":"user","content":"hello there"}],"stream":true})";
    HttpRequestSpec spec =
        HttpRequestSpec::postJson(ApiError::Service::RunYour, QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)),
                                  QStringLiteral("/chat/completions"), body, true);
    spec.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer runyour-v1-tool")));
    auto *call = new ApiCall(&client, spec, RetryPolicy::forService(ApiError::Service::RunYour));
    connect(call, &ApiCall::sseEvent, call, [call](const SseEvent &ev) {
        if (ev.isDone())
            call->markStreamComplete();
    });
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("streamFinished")), 1);
    // role chunk + 500 content chunks + finish chunk + [DONE]
    QCOMPARE(rec.events.size(), 503);
    delete call;

    tool.kill();
    QVERIFY(tool.waitForFinished(10000));
}

void TestFakeApiTool::rejectsBadOptions()
{
    QProcess tool;
    tool.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-fakeapi"), {QStringLiteral("--port"), QStringLiteral("x")});
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestFakeApiTool)
#include "tst_fakeapi_tool.moc"
