// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SupportReport.h"

#include <QTest>

using namespace sajudesk;

class TestSupportReport : public QObject
{
    Q_OBJECT

private slots:
    void scrub_data();
    void scrub();
    void reportHasFixedLabels();
    void reportNeverContainsKey_data();
    void reportNeverContainsKey();
    void reportUsesOnlyHost();
};

void TestSupportReport::scrub_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text untouched")
        << QStringLiteral("잔액이 부족합니다 (balance low)") << QStringLiteral("잔액이 부족합니다 (balance low)");
    QTest::newRow("runyour key") << QStringLiteral(
        "Invalid API key runyour-v1-1234abcd-aaaa-bbbb-cccc-1234567890ab-XyZ_tok")
                                 << QStringLiteral("Invalid API key runyour-v1-[REDACTED]");
    QTest::newRow("saju live key") << QStringLiteral("key bs_live_abcDEF123 revoked")
                                   << QStringLiteral("key bs_live_[REDACTED] revoked");
    QTest::newRow("saju test key") << QStringLiteral("(bs_test_x9)") << QStringLiteral("(bs_test_[REDACTED])");
    QTest::newRow("bearer token") << QStringLiteral("Authorization: Bearer sk-secret123")
                                  << QStringLiteral("Authorization: Bearer [REDACTED]");
    QTest::newRow("bearer lower") << QStringLiteral("got bearer abc.def") << QStringLiteral("got bearer [REDACTED]");
    QTest::newRow("x-api-key header") << QStringLiteral("X-API-Key: mysecret")
                                      << QStringLiteral("X-API-Key: [REDACTED]");
    QTest::newRow("json api_key") << QStringLiteral(R"({"api_key":"zzz999","x":1})")
                                  << QStringLiteral(R"({"api_key":"[REDACTED]","x":1})");
    QTest::newRow("query apikey") << QStringLiteral("/api/saju?apikey=abc&x=1")
                                  << QStringLiteral("/api/saju?apikey=[REDACTED]&x=1");
    QTest::newRow("two keys") << QStringLiteral("runyour-v1-a and bs_live_b")
                              << QStringLiteral("runyour-v1-[REDACTED] and bs_live_[REDACTED]");
    QTest::newRow("hangul around key") << QStringLiteral("키 bs_test_한글은키아님 확인")
                                       << QStringLiteral("키 bs_test_[REDACTED]한글은키아님 확인");
    QTest::newRow("empty") << QString() << QString();
}

void TestSupportReport::scrub()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SupportReport::scrubSecrets(input), expected);
}

void TestSupportReport::reportHasFixedLabels()
{
    ApiError e;
    e.service = ApiError::Service::Saju;
    e.kind = ApiError::Kind::Http;
    e.endpoint = QStringLiteral("/api/daily-fortune");
    e.httpStatus = 400;
    e.code = QStringLiteral("missing_field");
    e.serverCode = QStringLiteral("missing_field");
    e.message = QStringLiteral("필드가 없습니다\n두 번째 줄");
    e.field = QStringLiteral("saju.pillars.day");
    e.requestId = QStringLiteral("req_p0c7t1");
    e.attempts = 2;
    e.localTime = QDateTime(QDate(2026, 5, 2), QTime(8, 15, 30), Qt::UTC);
    SupportEnvironment env{QStringLiteral("0.1.0"), QStringLiteral("6.4.2"), QStringLiteral("TestOS"),
                           QStringLiteral("ko_KR")};
    const QString text = SupportReport::format(e, QUrl(QStringLiteral("https://api.sajuapi.dev")), env);
    const QStringList labels = {QStringLiteral("code        : missing_field"),
                                QStringLiteral("server code : missing_field"),
                                QStringLiteral("message     : 필드가 없습니다\n    두 번째 줄"),
                                QStringLiteral("hint        : -"),
                                QStringLiteral("field       : saju.pillars.day"),
                                QStringLiteral("requestId   : req_p0c7t1"),
                                QStringLiteral("endpoint    : /api/daily-fortune"),
                                QStringLiteral("HTTP status : 400"),
                                QStringLiteral("attempts    : 2"),
                                QStringLiteral("time        : 2026-05-02T08:15:30Z"),
                                QStringLiteral("host        : api.sajuapi.dev"),
                                QStringLiteral("OS          : TestOS"),
                                QStringLiteral("language    : ko_KR"),
                                QStringLiteral("Qt          : 6.4.2")};
    for (const QString &l : labels)
        QVERIFY2(text.contains(l), qPrintable(l + QStringLiteral("\n---\n") + text));
    QVERIFY(text.startsWith(SupportReport::headerLine()));
}

void TestSupportReport::reportNeverContainsKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("runyour") << QStringLiteral("runyour-v1-0f0e0d0c-1111-2222-3333-444455556666-tokTOKtok");
    QTest::newRow("live") << QStringLiteral("bs_live_SeCrEt1234567890");
    QTest::newRow("test") << QStringLiteral("bs_test_SeCrEt1234567890");
}

void TestSupportReport::reportNeverContainsKey()
{
    QFETCH(QString, key);
    const QString secretPart = key.mid(key.indexOf(QLatin1Char('_'), 3) + 1).right(12);
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.code = QStringLiteral("invalid_api_key ") + key;
    e.message = QStringLiteral("The key ") + key + QStringLiteral(" is wrong; sent Bearer ") + key;
    e.hint = QStringLiteral("X-API-Key: ") + key;
    e.field = key;
    e.requestId = key;
    e.endpoint = QStringLiteral("/v1/models?key=") + key;
    e.serverTimestamp = key;
    const QString text = SupportReport::format(
        e, QUrl(QStringLiteral("https://user:") + key + QStringLiteral("@api.runyour.ai/v1?k=") + key));
    QVERIFY2(!text.contains(secretPart), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("[REDACTED]")));
}

void TestSupportReport::reportUsesOnlyHost()
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    const QString text = SupportReport::format(e, QUrl(QStringLiteral("http://127.0.0.1:4567/v1")));
    QVERIFY(text.contains(QStringLiteral("host        : 127.0.0.1\n")));
    QVERIFY(!text.contains(QStringLiteral("4567")));
}

QTEST_GUILESS_MAIN(TestSupportReport)
#include "tst_supportreport.moc"
