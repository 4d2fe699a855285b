// SPDX-License-Identifier: GPL-3.0-or-later
// TLS errors are never ignored: a self-signed server fails with Kind::Tls and is not retried.
// (Own binary: OpenSSL keeps per-thread state that LeakSanitizer may report; see CMakeLists.txt.)

#include "CallRecorder.h"
#include "net/ApiCall.h"
#include "net/HttpClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;
using sajudesk::test::CallRecorder;

class TestTlsIntegration : public QObject
{
    Q_OBJECT

private slots:
    void tlsErrorsAreNeverIgnored();
};

void TestTlsIntegration::tlsErrorsAreNeverIgnored()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // A self-signed certificate: the handshake must fail and must not be retried.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl is not available to make a test certificate");
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    QSslServer tlsServer;
    tlsServer.setSslConfiguration(conf);
    QVERIFY(tlsServer.listen(QHostAddress::LocalHost, 0));

    QNetworkAccessManager nam;
    HttpClient client(&nam);
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    client.setSettings(settings);
    HttpRequestSpec spec = HttpRequestSpec::postJson(
        ApiError::Service::Saju, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.serverPort())),
        QStringLiteral("/api/daily-fortune"), "{}");
    spec.headers.append(qMakePair(QByteArray("X-API-Key"), QByteArray("bs_test_SECRET")));
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 20;
    auto *call = new ApiCall(&client, spec, policy);
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.error.kind, ApiError::Kind::Tls);
    QCOMPARE(rec.error.code, QStringLiteral("tls_error"));
    QCOMPARE(rec.error.attempts, 1);
    QCOMPARE(rec.count(QStringLiteral("headers")), 0);
    QVERIFY(!rec.error.message.isEmpty());
    delete call;
}

QTEST_GUILESS_MAIN(TestTlsIntegration)
#include "tst_tls_integration.moc"
