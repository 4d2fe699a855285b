// SPDX-License-Identifier: GPL-3.0-or-later
// FakeApiServer answers every documented error of both APIs as api-contract.md describes
// (status, code, envelope, headers), driven through HttpClient and a real QNetworkAccessManager.

#include "FakeApiFixture.h"

using namespace sajudesk;
using namespace sajudesk::test;

class TestFakeApiErrors : public FakeApiFixture
{
    Q_OBJECT

private slots:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void errors_data();
    void errors();
};

void TestFakeApiErrors::errors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");    // Saju error.code
    QTest::addColumn<QString>("field");   // Saju error.field
    QTest::addColumn<QString>("message"); // RunYour message (substring, string or array)

    const QByteArray fortune = json(validFortune());
    QJsonObject noDay = validFortune();
    {
        QJsonObject saju = noDay.value(QStringLiteral("saju")).toObject();
        QJsonObject pillars = saju.value(QStringLiteral("pillars")).toObject();
        pillars.remove(QStringLiteral("day"));
        saju.insert(QStringLiteral("pillars"), pillars);
        noDay.insert(QStringLiteral("saju"), saju);
    }
    QJsonObject badStem = validFortune();
    {
        QJsonObject saju = badStem.value(QStringLiteral("saju")).toObject();
        QJsonObject pillars = saju.value(QStringLiteral("pillars")).toObject();
        pillars.insert(QStringLiteral("month"), pillar("X", "신"));
        saju.insert(QStringLiteral("pillars"), pillars);
        badStem.insert(QStringLiteral("saju"), saju);
    }
    QJsonObject noName = validFortune();
    noName.remove(QStringLiteral("userName"));
    QJsonObject badModel = validFortune();
    badModel.insert(QStringLiteral("model"), QStringLiteral("gpt5"));
    QJsonObject badDate = validFortune();
    badDate.insert(QStringLiteral("date"), QStringLiteral("2026-13-45"));
    const QByteArray fp = "/api/daily-fortune";

    QTest::newRow("saju missing key") << QByteArray("POST") << QString::fromLatin1(fp) << QByteArray() << fortune << 401
                                      << "missing_api_key" << QString() << QString();
    QTest::newRow("saju wrong prefix") << QByteArray("POST") << QString::fromLatin1(fp)
                                       << QByteArray("X-API-Key: sk_live_123") << fortune << 401 << "invalid_api_key"
                                       << QString() << QString();
    QTest::newRow("saju invalid json") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth
                                       << QByteArray("{\"saju\":") << 400 << "invalid_json" << QString() << QString();
    QTest::newRow("saju missing day pillar")
        << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(noDay) << 400 << "missing_field"
        << "saju.pillars.day" << QString();
    QTest::newRow("saju invalid saju") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(badStem)
                                       << 400 << "invalid_saju"
                                       << "saju.pillars.month" << QString();
    QTest::newRow("saju missing userName")
        << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(noName) << 400 << "missing_field"
        << "userName" << QString();
    QTest::newRow("saju invalid model") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(badModel)
                                        << 400 << "invalid_model"
                                        << "model" << QString();
    QTest::newRow("saju invalid date") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(badDate)
                                       << 400 << "invalid_date"
                                       << "date" << QString();
    QTest::newRow("saju stream invalid date") << QByteArray("POST") << QStringLiteral("/api/daily-fortune-stream")
                                              << kSajuAuth << json(badDate) << 400 << "invalid_date"
                                              << "date" << QString();
    QTest::newRow("saju unknown endpoint") << QByteArray("POST") << QStringLiteral("/api/nope") << kSajuAuth << fortune
                                           << 404 << "not_found" << QString() << QString();
    QTest::newRow("saju calc missing gender")
        << QByteArray("POST") << QStringLiteral("/api/saju") << kSajuAuth
        << QByteArray(R"({"year":1992,"month":8,"day":26})") << 400 << "missing_field"
        << "gender" << QString();
    QTest::newRow("saju calc impossible date")
        << QByteArray("POST") << QStringLiteral("/api/saju") << kSajuAuth
        << QByteArray(R"({"year":1992,"month":2,"day":30,"gender":"female"})") << 400 << "invalid_date"
        << "day" << QString();

    const QString cp = QStringLiteral("/v1/chat/completions");
    const QByteArray ok = chat(QStringLiteral("openai/gpt-5.2"), userMessage(QStringLiteral("hi")));
    QTest::newRow("runyour no auth") << QByteArray("POST") << cp << QByteArray() << ok << 401 << QString() << QString()
                                     << "API key is missing";
    QTest::newRow("runyour bare key") << QByteArray("POST") << cp << QByteArray("Authorization: runyour-v1-test-0000")
                                      << ok << 401 << QString() << QString() << "Bearer";
    QTest::newRow("runyour wrong key") << QByteArray("POST") << cp << QByteArray("Authorization: Bearer sk-123") << ok
                                       << 401 << QString() << QString() << "Invalid API key";
    QTest::newRow("runyour model without provider")
        << QByteArray("POST") << cp << kRunYourAuth
        << chat(QStringLiteral("gpt-5.2"), userMessage(QStringLiteral("hi"))) << 400 << QString() << QString()
        << "provider/model";
    QTest::newRow("runyour unknown model") << QByteArray("POST") << cp << kRunYourAuth
                                           << chat(QStringLiteral("openai/nope-9"), userMessage(QStringLiteral("hi")))
                                           << 400 << QString() << QString() << "Unsupported model";
    QTest::newRow("runyour empty messages")
        << QByteArray("POST") << cp << kRunYourAuth << chat(QStringLiteral("openai/gpt-5.2"), {}) << 400 << QString()
        << QString() << "messages should not be empty";
    QTest::newRow("runyour malformed json") << QByteArray("POST") << cp << kRunYourAuth << QByteArray("{\"model\"")
                                            << 400 << QString() << QString() << "JSON";
    QTest::newRow("runyour unknown route") << QByteArray("GET") << QStringLiteral("/v1/nope") << kRunYourAuth
                                           << QByteArray() << 404 << QString() << QString() << "Cannot GET /v1/nope";
}

void TestFakeApiErrors::errors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const HttpResult r = send(method, path, headers, body);
    QCOMPARE(r.info.status, status);
    QVERIFY(r.error.isError());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (path.startsWith(QLatin1String("/api"))) {
        QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(e.value(QStringLiteral("field")).toString(), field);
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("meta"))
                    .toObject()
                    .value(QStringLiteral("requestId"))
                    .toString()
                    .startsWith(QLatin1String("req_")));
        QVERIFY(!r.info.header("X-RateLimit-Limit").isEmpty());
        // The client's parser agrees.
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.field, field);
    } else {
        QCOMPARE(o.value(QStringLiteral("statusCode")).toInt(), status);
        QCOMPARE(o.value(QStringLiteral("path")).toString(), path);
        QVERIFY(o.value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
        const QJsonValue m = o.value(QStringLiteral("message"));
        const QString text = m.isArray() ? m.toVariant().toStringList().join(QLatin1Char('|')) : m.toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY(!r.error.message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFakeApiErrors)
#include "tst_fakeapi_errors.moc"
