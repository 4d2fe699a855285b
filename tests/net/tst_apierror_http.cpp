// SPDX-License-Identifier: GPL-3.0-or-later
// ApiErrorParser::fromHttp: every documented error of both services (api-contract §1.7, §2.9, plus the
// v1/Enterprise codes we tolerate) becomes the right code with the server's text kept, and odd
// bodies (HTML, empty, truncated, arrays, huge, binary) still become a clear, non-empty error.

#include "ApiErrorSupport.h"

using namespace sajudesk;
using Service = ApiError::Service;
using Kind = ApiError::Kind;
using namespace sajudesk::test;

class TestApiErrorHttp : public QObject
{
    Q_OBJECT

private slots:
    void fromHttp_data();
    void fromHttp();
    void neverEmpty_data();
    void neverEmpty();
};

void TestApiErrorHttp::fromHttp_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); ///< exact, or "~text" for "contains"
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("hint");

    const int S = int(Service::Saju), R = int(Service::RunYour);
    const QByteArray none;
    const QString msg = QStringLiteral("서버 메시지");
    const QByteArray m = msg.toUtf8();

    // ---- Saju v0 catalogue (§2.9): codes pass through verbatim, text kept verbatim ----
    struct SajuRow
    {
        const char *code;
        int status;
    };
    const SajuRow catalogue[] = {
        {"missing_api_key", 401},
        {"invalid_api_key", 401},
        {"expired_api_key", 401},
        {"suspended_api_key", 401},
        {"invalid_json", 400},
        {"missing_field", 400},
        {"invalid_field", 400},
        {"invalid_saju", 400},
        {"invalid_model", 400},
        {"invalid_date", 400},
        {"invalid_request", 400},
        {"rate_limited", 429},
        {"daily_limit_exceeded", 429},
        {"cost_limit_exceeded", 429},
        {"internal_error", 500},
        {"ai_provider_error", 503},
        {"timeout", 504},
        {"service_unavailable", 503},
        // v1 / Enterprise codes, tolerated verbatim
        {"UNAUTHORIZED", 401},
        {"validation_error", 400},
        {"authentication_error", 401},
        {"forbidden", 403},
        {"not_found", 404},
        {"payload_too_large", 413},
    };
    for (const SajuRow &row : catalogue) {
        QTest::addRow("saju %s %d", row.code, row.status)
            << S << row.status << sajuError(row.code, m.constData()) << none << QString::fromLatin1(row.code) << msg
            << QStringLiteral("req_t1") << qint64(-1) << QString() << QString();
    }
    QTest::newRow("saju missing_field with field and hint")
        << S << 400
        << sajuError("missing_field", "필드 누락", ",\"field\":\"saju.pillars.month\",\"hint\":\"month 추가\"") << none
        << "missing_field" << QStringLiteral("필드 누락") << "req_t1" << qint64(-1) << "saju.pillars.month"
        << QStringLiteral("month 추가");
    QTest::newRow("saju rate_limited retryAfter 17")
        << S << 429 << sajuError("rate_limited", "slow down", ",\"retryAfter\":17") << none << "rate_limited"
        << "slow down"
        << "req_t1" << qint64(17000) << QString() << QString();
    QTest::newRow("saju retryAfter longer than Retry-After")
        << S << 429 << sajuError("rate_limited", "x", ",\"retryAfter\":30") << QByteArray("Retry-After: 5")
        << "rate_limited"
        << "x"
        << "req_t1" << qint64(30000) << QString() << QString();
    QTest::newRow("saju Retry-After longer than retryAfter")
        << S << 429 << sajuError("rate_limited", "x", ",\"retryAfter\":3") << QByteArray("retry-after: 45")
        << "rate_limited"
        << "x"
        << "req_t1" << qint64(45000) << QString() << QString();
    QTest::newRow("saju retryAfter as string")
        << S << 429 << sajuError("rate_limited", "x", ",\"retryAfter\":\"12\"") << none << "rate_limited"
        << "x"
        << "req_t1" << qint64(12000) << QString() << QString();
    QTest::newRow("saju retryAfter negative ignored")
        << S << 429 << sajuError("rate_limited", "x", ",\"retryAfter\":-4") << none << "rate_limited"
        << "x"
        << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju retryAfter absurd clamped to a day")
        << S << 429 << sajuError("rate_limited", "x", ",\"retryAfter\":1e308") << none << "rate_limited"
        << "x"
        << "req_t1" << qint64(86400000) << QString() << QString();
    QTest::newRow("saju without success")
        << S << 400
        << QByteArray(
               "{\"error\":{\"code\":\"invalid_date\",\"message\":\"bad date\"},\"meta\":{\"requestId\":\"r2\"}}")
        << none << "invalid_date"
        << "bad date"
        << "r2" << qint64(-1) << QString() << QString();
    QTest::newRow("saju without meta, X-Request-Id header")
        << S << 400 << QByteArray("{\"success\":false,\"error\":{\"code\":\"invalid_model\",\"message\":\"m\"}}")
        << QByteArray("X-Request-Id: hdr-9") << "invalid_model"
        << "m"
        << "hdr-9" << qint64(-1) << QString() << QString();
    QTest::newRow("saju meta requestId wins over header")
        << S << 400 << sajuError("invalid_json", "j") << QByteArray("x-request-id: hdr-9") << "invalid_json"
        << "j"
        << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju numeric requestId")
        << S << 500
        << QByteArray("{\"error\":{\"code\":\"internal_error\",\"message\":\"i\"},\"meta\":{\"requestId\":12345}}")
        << none << "internal_error"
        << "i"
        << "12345" << qint64(-1) << QString() << QString();
    QTest::newRow("saju bare object")
        << S << 401 << QByteArray("{\"code\":\"expired_api_key\",\"message\":\"revoked\",\"hint\":\"new key\"}") << none
        << "expired_api_key"
        << "revoked" << QString() << qint64(-1) << QString() << "new key";
    QTest::newRow("saju enterprise error type shape")
        << S << 413
        << QByteArray("{\"error\":{\"type\":\"payload_too_large\",\"code\":\"payload_too_large\",\"message\":\"big\"}}")
        << none << "payload_too_large"
        << "big" << QString() << qint64(-1) << QString() << QString();
    // unknown or missing codes by HTTP status class
    QTest::newRow("saju 403 permission without code")
        << S << 403 << QByteArray("{\"success\":false,\"error\":{\"message\":\"no stream:read\"}}") << none
        << "permission_denied"
        << "no stream:read" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("saju 404 unknown endpoint")
        << S << 404 << QByteArray("{\"success\":false,\"error\":{\"message\":\"nf\"}}") << none << "not_found"
        << "nf" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 400") << S << 400 << sajuError("weird_new_code", "w") << none << "bad_request"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 401") << S << 401 << sajuError("KEY_BAD", "w") << none << "invalid_api_key"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 422") << S << 422 << sajuError("x", "w") << none << "bad_request"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 429") << S << 429 << sajuError("quota", "w") << none << "rate_limited"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 500") << S << 500 << sajuError("boom", "w") << none << "server_error"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 502") << S << 502 << sajuError("boom", "w") << none << "server_error"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju unknown code 503") << S << 503 << sajuError("boom", "w") << none << "service_unavailable"
                                           << "w"
                                           << "req_t1" << qint64(-1) << QString() << QString();
    QTest::newRow("saju numeric code") << S << 500 << QByteArray("{\"error\":{\"code\":42,\"message\":\"n\"}}") << none
                                       << "server_error"
                                       << "n" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("saju vercel platform error")
        << S << 504
        << QByteArray("{\"error\":{\"code\":\"FUNCTION_INVOCATION_TIMEOUT\",\"message\":\"An error occurred\"}}")
        << QByteArray("x-vercel-id: icn1::abc") << "server_error"
        << "An error occurred" << QString() << qint64(-1) << QString() << QString();

    // ---- RunYour (§1.7): NestJS body, derived codes ----
    QTest::newRow("runyour 400 bad request")
        << R << 400 << nest(400, "messages must not be empty") << none << "bad_request"
        << "messages must not be empty" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 400 model format")
        << R << 400 << nest(400, "Invalid model format: use provider/model") << none << "unsupported_model"
        << "Invalid model format: use provider/model" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 400 korean model")
        << R << 400 << nest(400, "지원하지 않는 모델입니다") << none << "unsupported_model"
        << QStringLiteral("지원하지 않는 모델입니다") << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 400 mentions model but is not about it")
        << R << 400 << nest(400, "max_tokens is too large for this model") << none << "bad_request"
        << "max_tokens is too large for this model" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 400 unsupported model")
        << R << 400 << nest(400, "The model 'openai/gpt-9' is not supported") << none << "unsupported_model"
        << "The model 'openai/gpt-9' is not supported" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 404 model") << R << 404 << nest(404, "Model not found") << none << "unsupported_model"
                                       << "Model not found" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 404 path") << R << 404 << nest(404, "Cannot POST /v1/chat") << none << "not_found"
                                      << "Cannot POST /v1/chat" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 401") << R << 401 << nest(401, "Invalid API key") << none << "invalid_api_key"
                                 << "Invalid API key" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 403") << R << 403 << nest(403, "Forbidden resource") << none << "permission_denied"
                                 << "Forbidden resource" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 402") << R << 402 << nest(402, "Payment Required") << none << "credits_exhausted"
                                 << "Payment Required" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 400 credit text")
        << R << 400 << nest(400, "Not enough credits") << none << "credits_exhausted"
        << "Not enough credits" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 403 korean credit")
        << R << 403 << nest(403, "크레딧이 부족합니다") << none << "credits_exhausted"
        << QStringLiteral("크레딧이 부족합니다") << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 429 balance") << R << 429 << nest(429, "Insufficient BALANCE") << none << "credits_exhausted"
                                         << "Insufficient BALANCE" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 400 korean balance")
        << R << 400 << nest(400, "잔액 부족") << none << "credits_exhausted" << QStringLiteral("잔액 부족") << QString()
        << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 500 credit text is still server error")
        << R << 500 << nest(500, "credit service down") << none << "server_error"
        << "credit service down" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 429") << R << 429 << nest(429, "Too Many Requests") << QByteArray("Retry-After: 7")
                                 << "rate_limited"
                                 << "Too Many Requests" << QString() << qint64(7000) << QString() << QString();
    QTest::newRow("runyour 500") << R << 500 << nest(500, "Internal server error") << none << "server_error"
                                 << "Internal server error" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 502") << R << 502 << nest(502, "Bad gateway") << none << "server_error"
                                 << "Bad gateway" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 503") << R << 503 << nest(503, "Service Unavailable") << none << "service_unavailable"
                                 << "Service Unavailable" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 504") << R << 504 << nest(504, "Gateway Timeout") << none << "server_error"
                                 << "Gateway Timeout" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour 408") << R << 408 << nest(408, "Request Timeout") << none << "timeout"
                                 << "Request Timeout" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour message array")
        << R << 400
        << QByteArray("{\"statusCode\":400,\"message\":[\"messages should not be empty\",\"temperature must not be "
                      "greater than 2\"],\"error\":\"Bad Request\"}")
        << none << "bad_request"
        << "messages should not be empty; temperature must not be greater than 2" << QString() << qint64(-1)
        << QString() << QString();
    QTest::newRow("runyour only error phrase")
        << R << 400 << QByteArray("{\"statusCode\":400,\"error\":\"Bad Request\"}") << none << "bad_request"
        << "Bad Request" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour x-request-id")
        << R << 500 << nest(500, "e") << QByteArray("x-request-id: req_abc123") << "server_error"
        << "e"
        << "req_abc123" << qint64(-1) << QString() << QString();
    QTest::newRow("runyour X-REQUEST-ID uppercase")
        << R << 500 << nest(500, "e") << QByteArray("X-REQUEST-ID: R-1") << "server_error"
        << "e"
        << "R-1" << qint64(-1) << QString() << QString();
    QTest::newRow("runyour openai shape")
        << R << 400
        << QByteArray("{\"error\":{\"message\":\"Invalid value for temperature\",\"type\":\"invalid_request_error\","
                      "\"param\":\"temperature\",\"code\":null}}")
        << none << "bad_request"
        << "Invalid value for temperature" << QString() << qint64(-1) << "temperature" << QString();
    QTest::newRow("runyour openai insufficient_quota 429")
        << R << 429
        << QByteArray("{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\","
                      "\"code\":\"insufficient_quota\"}}")
        << none << "credits_exhausted"
        << "You exceeded your current quota" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour openai model_not_found")
        << R << 404
        << QByteArray(
               "{\"error\":{\"message\":\"The requested resource does not exist\",\"code\":\"model_not_found\"}}")
        << none << "unsupported_model"
        << "The requested resource does not exist" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("runyour retry-after-ms header")
        << R << 429 << nest(429, "slow") << QByteArray("retry-after-ms: 2500") << "rate_limited"
        << "slow" << QString() << qint64(2500) << QString() << QString();

    // ---- odd bodies ----
    const QByteArray html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                            "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    QTest::newRow("runyour HTML 502") << R << 502 << html << none << "server_error"
                                      << "~unreadable error page (HTTP 502)" << QString() << qint64(-1) << QString()
                                      << QString();
    QTest::newRow("saju HTML 502") << S << 502 << html << none << "server_error"
                                   << "~502 Bad Gateway 502 Bad Gateway nginx" << QString() << qint64(-1) << QString()
                                   << QString();
    QTest::newRow("saju HTML 503 with Retry-After")
        << S << 503 << html << QByteArray("Retry-After: 120") << "service_unavailable"
        << "~HTTP 503" << QString() << qint64(120000) << QString() << QString();
    QTest::newRow("empty body 503") << R << 503 << QByteArray() << none << "service_unavailable"
                                    << "~empty error response (HTTP 503)" << QString() << qint64(-1) << QString()
                                    << QString();
    QTest::newRow("whitespace body 500") << S << 500 << QByteArray(" \r\n ") << none << "server_error"
                                         << "~empty error response" << QString() << qint64(-1) << QString()
                                         << QString();
    QTest::newRow("truncated JSON") << S << 500 << QByteArray("{\"success\":false,\"error\":{\"code\":\"internal_er")
                                    << none << "server_error"
                                    << "~unreadable" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("JSON array body") << R << 400 << QByteArray("[\"a\",\"b\"]") << none << "bad_request"
                                     << "~unreadable" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("JSON string body") << R << 500 << QByteArray("\"oops\"") << none << "server_error"
                                      << "~oops" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("JSON object without text")
        << S << 500 << QByteArray("{\"success\":false}") << none << "server_error"
        << "~without a description (HTTP 500)" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("plain text 429") << R << 429 << QByteArray("Too many requests, slow down") << none << "rate_limited"
                                    << "~Too many requests, slow down" << QString() << qint64(-1) << QString()
                                    << QString();
    QTest::newRow("deeply nested JSON") << S << 400 << QByteArray(5000, '[') << none << "bad_request"
                                        << "~HTTP 400" << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("status 0 from a broken proxy")
        << R << 0 << QByteArray("x") << none << "invalid_response"
        << "~no HTTP status" << QString() << qint64(-1) << QString() << QString();
}

void TestApiErrorHttp::fromHttp()
{
    QFETCH(int, service);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headers);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, field);
    QFETCH(QString, hint);

    const ApiError e = ApiErrorParser::fromHttp(Service(service), QStringLiteral("/api/daily-fortune"), status, body,
                                                headersFrom(headers), kNow);
    QCOMPARE(e.kind, Kind::Http);
    QCOMPARE(e.service, Service(service));
    QCOMPARE(e.endpoint, QStringLiteral("/api/daily-fortune"));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    if (message.startsWith(QLatin1Char('~')))
        QVERIFY2(e.message.contains(message.mid(1)), qPrintable(e.message));
    else
        QCOMPARE(e.message, message);
    QVERIFY(!e.message.contains(QLatin1Char('<'))); // never raw HTML
    QVERIFY(e.message.size() < 400);
    QCOMPARE(e.requestId, requestId);
    QCOMPARE(e.retryAfterMs, retryAfterMs);
    QCOMPARE(e.field, field);
    QCOMPARE(e.hint, hint);
    QCOMPARE(e.localTime, kNow);
    QVERIFY(!e.userMessage().isEmpty());
    QVERIFY(!e.userHint().isEmpty());
}

void TestApiErrorHttp::neverEmpty_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("huge body") << QByteArray(3 * 1024 * 1024, 'x');
    QTest::newRow("huge JSON body") << (QByteArray("{\"message\":\"") + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\x80<\x00>", 8);
    QTest::newRow("only tags") << QByteArray("<html><body></body></html>");
    QTest::newRow("unterminated tag") << QByteArray("<div class=\"a");
    QTest::newRow("script only") << QByteArray("<script>alert(1)</script>");
    QTest::newRow("bidi override") << QByteArray("\xE2\x80\xAE"
                                                 "evil");
    QTest::newRow("null JSON") << QByteArray("null");
    QTest::newRow("message null") << QByteArray("{\"message\":null,\"error\":null}");
    QTest::newRow("message object") << QByteArray("{\"message\":{\"a\":1}}");
    QTest::newRow("message empty array") << QByteArray("{\"message\":[]}");
    QTest::newRow("error array") << QByteArray("{\"error\":[1,2]}");
}

void TestApiErrorHttp::neverEmpty()
{
    QFETCH(QByteArray, body);
    for (Service s : {Service::RunYour, Service::Saju}) {
        for (int status : {0, 200, 400, 401, 429, 500, 502, 503, 599, 999, -1}) {
            const ApiError e = ApiErrorParser::fromHttp(s, QStringLiteral("/x"), status, body, {}, kNow);
            QVERIFY(!e.message.isEmpty());
            QVERIFY(!e.code.isEmpty());
            QVERIFY2(e.message.size() < 400, qPrintable(QString::number(e.message.size())));
            QVERIFY(!e.message.contains(QChar(0x202E)));
            QVERIFY(!e.message.contains(QChar(0)));
        }
    }
}

QTEST_GUILESS_MAIN(TestApiErrorHttp)
#include "tst_apierror_http.moc"
