// SPDX-License-Identifier: GPL-3.0-or-later
// When a failed fortune stream may be asked again on the JSON endpoint (never asking twice
// what cannot succeed).
#include "sajuapi/StreamFallback.h"

#include <QTest>

using namespace sajudesk;

namespace {

ApiError error(ApiError::Kind kind, int status, const char *code, const char *message = "", const char *hint = "")
{
    ApiError e;
    e.service = ApiError::Service::Saju;
    e.kind = kind;
    e.httpStatus = status;
    e.code = QString::fromUtf8(code);
    e.message = QString::fromUtf8(message);
    e.hint = QString::fromUtf8(hint);
    return e;
}

} // namespace

class TestStreamFallback : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void noteText();
};

void TestStreamFallback::decide_data()
{
    using K = ApiError::Kind;
    using R = StreamFallback::Reason;
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("contentShown");
    QTest::addColumn<int>("unreadable");
    QTest::addColumn<int>("reason");

    // Never: the JSON endpoint would refuse the same way (or bill a second time).
    QTest::newRow("401 invalid key") << error(K::Http, 401, "invalid_api_key") << false << 0 << int(R::None);
    QTest::newRow("402 any") << error(K::Http, 402, "credits_exhausted") << false << 0 << int(R::None);
    QTest::newRow("402 unknown code") << error(K::Http, 402, "bad_request", "Payment Required") << false << 0
                                      << int(R::None);
    QTest::newRow("403 insufficient_credits code")
        << error(K::Http, 403, "insufficient_credits", "Forbidden") << false << 0 << int(R::None);
    QTest::newRow("403 credits in Korean message")
        << error(K::Http, 403, "permission_denied", "크레딧이 부족합니다") << false << 0 << int(R::None);
    QTest::newRow("403 balance in English message")
        << error(K::Http, 403, "permission_denied", "Your balance is too low") << false << 0 << int(R::None);
    QTest::newRow("403 daily limit code") << error(K::Http, 403, "daily_limit_exceeded") << false << 0 << int(R::None);
    QTest::newRow("403 cost limit code") << error(K::Http, 403, "cost_limit_exceeded") << false << 0 << int(R::None);
    QTest::newRow("403 limit in hint") << error(K::Http, 403, "forbidden", "Forbidden", "Raise the cost limit") << false
                                       << 0 << int(R::None);
    QTest::newRow("403 한도 초과") << error(K::Http, 403, "permission_denied", "일일 요청 한도를 초과했습니다") << false
                                   << 0 << int(R::None);
    QTest::newRow("429 daily limit") << error(K::Http, 429, "daily_limit_exceeded") << false << 0 << int(R::None);
    QTest::newRow("429 cost limit") << error(K::Http, 429, "cost_limit_exceeded") << false << 0 << int(R::None);
    QTest::newRow("429 rate limited") << error(K::Http, 429, "rate_limited") << false << 0 << int(R::None);
    QTest::newRow("400 invalid saju") << error(K::Http, 400, "invalid_saju") << false << 0 << int(R::None);
    QTest::newRow("500 internal") << error(K::Http, 500, "internal_error") << false << 0 << int(R::None);
    QTest::newRow("503 provider") << error(K::Http, 503, "ai_provider_error") << false << 0 << int(R::None);
    QTest::newRow("timeout") << error(K::Timeout, 0, "timeout") << false << 0 << int(R::None);
    QTest::newRow("network") << error(K::Network, 0, "connection_refused") << false << 0 << int(R::None);
    QTest::newRow("mid-stream error event")
        << error(K::Protocol, 200, "ai_provider_error") << false << 0 << int(R::None);
    QTest::newRow("cut after nothing readable, no bad event")
        << error(K::Incomplete, 200, "stream_incomplete") << false << 0 << int(R::None);
    QTest::newRow("403 after content shown") << error(K::Http, 403, "permission_denied") << true << 0 << int(R::None);
    QTest::newRow("unreadable after content shown")
        << error(K::Incomplete, 200, "stream_incomplete") << true << 2 << int(R::None);

    // Once: the stream endpoint is what fails.
    QTest::newRow("403 key lacks stream:read")
        << error(K::Http, 403, "permission_denied", "이 API 키에는 stream:read 권한이 없습니다") << false << 0
        << int(R::StreamNotPermitted);
    QTest::newRow("403 forbidden") << error(K::Http, 403, "forbidden", "Forbidden") << false << 0
                                   << int(R::StreamNotPermitted);
    QTest::newRow("404 no stream endpoint")
        << error(K::Http, 404, "not_found") << false << 0 << int(R::StreamNotSupported);
    QTest::newRow("405") << error(K::Http, 405, "bad_request") << false << 0 << int(R::StreamNotSupported);
    QTest::newRow("406 not acceptable") << error(K::Http, 406, "bad_request") << false << 0
                                        << int(R::StreamNotSupported);
    QTest::newRow("501") << error(K::Http, 501, "server_error") << false << 0 << int(R::StreamNotSupported);
    QTest::newRow("200 not an event stream")
        << error(K::Protocol, 200, "invalid_response") << false << 0 << int(R::StreamUnreadable);
    QTest::newRow("events that cannot be read")
        << error(K::Incomplete, 200, "stream_incomplete") << false << 3 << int(R::StreamUnreadable);
}

void TestStreamFallback::decide()
{
    QFETCH(ApiError, error);
    QFETCH(bool, contentShown);
    QFETCH(int, unreadable);
    QFETCH(int, reason);
    QCOMPARE(int(StreamFallback::decide(error, contentShown, unreadable)), reason);
}

void TestStreamFallback::noteText()
{
    StreamFallback n;
    QVERIFY(!n.isSet());
    QVERIFY(n.message().isEmpty());
    n.reason = StreamFallback::Reason::StreamNotPermitted;
    n.cause = error(ApiError::Kind::Http, 403, "permission_denied");
    QVERIFY(n.isSet());
    QCOMPARE(n.code(), QStringLiteral("stream_not_permitted"));
    QCOMPARE(n.message(), QStringLiteral("This Saju API key may not stream (HTTP 403); the whole fortune is fetched "
                                         "at once instead."));
    n.reason = StreamFallback::Reason::StreamUnreadable;
    QCOMPARE(n.code(), QStringLiteral("stream_unreadable"));
    QVERIFY(!n.message().contains(QLatin1String("HTTP")));
}

QTEST_GUILESS_MAIN(TestStreamFallback)
#include "tst_stream_fallback.moc"
