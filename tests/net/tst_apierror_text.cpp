// SPDX-License-Identifier: GPL-3.0-or-later
// ApiError::userMessage()/userHint(): every code of both services and every derived code gives
// non-empty text; the server's words win when present; the advice that matters most (RunYour key
// and Bearer, credits, quotas) is where the user will look.
#include "net/ApiError.h"
#include "net/ApiErrorParser.h"

#include <QTest>
#include <QVariant>

using namespace sajudesk;
using Service = ApiError::Service;
using Kind = ApiError::Kind;

class TestApiErrorText : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasText_data();
    void everyCodeHasText();
    void hints_data();
    void hints();
    void serverTextWins();
    void networkKinds();
    void localError();
    void metaType();
};

void TestApiErrorText::everyCodeHasText_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");

    const char *const sajuCodes[] = {
        "missing_api_key",
        "invalid_api_key",
        "expired_api_key",
        "suspended_api_key",
        "invalid_json",
        "missing_field",
        "invalid_field",
        "invalid_saju",
        "invalid_model",
        "invalid_date",
        "invalid_request",
        "rate_limited",
        "daily_limit_exceeded",
        "cost_limit_exceeded",
        "internal_error",
        "ai_provider_error",
        "timeout",
        "service_unavailable",
        "UNAUTHORIZED",
        "validation_error",
        "authentication_error",
        "forbidden",
        "not_found",
        "payload_too_large",
        "permission_denied",
        "bad_request",
        "server_error",
        "credits_exhausted",
    };
    for (const char *code : sajuCodes)
        QTest::addRow("saju %s", code) << int(Service::Saju) << int(Kind::Http) << QString::fromLatin1(code);

    const char *const derived[] = {
        ApiErrorCode::InvalidApiKey,    ApiErrorCode::PermissionDenied, ApiErrorCode::BadRequest,
        ApiErrorCode::UnsupportedModel, ApiErrorCode::NotFound,         ApiErrorCode::RateLimited,
        ApiErrorCode::CreditsExhausted, ApiErrorCode::ServerError,      ApiErrorCode::ServiceUnavailable,
        ApiErrorCode::Timeout,
    };
    for (const char *code : derived)
        QTest::addRow("runyour %s", code) << int(Service::RunYour) << int(Kind::Http) << QString::fromLatin1(code);

    struct KindCode
    {
        Kind kind;
        const char *code;
    };
    const KindCode local[] = {
        {Kind::Network, ApiErrorCode::NetworkError},
        {Kind::Network, ApiErrorCode::ConnectionRefused},
        {Kind::Network, ApiErrorCode::HostNotFound},
        {Kind::Timeout, ApiErrorCode::Timeout},
        {Kind::Tls, ApiErrorCode::TlsError},
        {Kind::Protocol, ApiErrorCode::InvalidResponse},
        {Kind::Incomplete, ApiErrorCode::StreamIncomplete},
        {Kind::Cancelled, ApiErrorCode::Cancelled},
        {Kind::Input, ApiErrorCode::InvalidInput},
    };
    for (const KindCode &kc : local) {
        QTest::addRow("local %s", kc.code) << int(Service::Local) << int(kc.kind) << QString::fromLatin1(kc.code);
        QTest::addRow("runyour %s", kc.code) << int(Service::RunYour) << int(kc.kind) << QString::fromLatin1(kc.code);
    }
    QTest::newRow("unknown code http 500") << int(Service::Saju) << int(Kind::Http) << "made_up";
    QTest::newRow("unknown code network") << int(Service::Local) << int(Kind::Network) << "made_up";
    QTest::newRow("empty code") << int(Service::RunYour) << int(Kind::Http) << "";
}

void TestApiErrorText::everyCodeHasText()
{
    QFETCH(int, service);
    QFETCH(int, kind);
    QFETCH(QString, code);
    ApiError e;
    e.service = Service(service);
    e.kind = Kind(kind);
    e.code = code;
    e.httpStatus = kind == int(Kind::Http) ? 500 : 0;
    // No server text: our own translated text must cover the code.
    QVERIFY2(!e.userMessage().isEmpty(), qPrintable(code));
    QVERIFY2(!e.userHint().isEmpty(), qPrintable(code));
    QVERIFY(e.userMessage() != e.userHint());
}

void TestApiErrorText::hints_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mustContain");
    const int S = int(Service::Saju), R = int(Service::RunYour);
    QTest::newRow("runyour 401 key, Bearer, group")
        << R << "invalid_api_key"
        << QStringList{QStringLiteral("Bearer"), QStringLiteral("group"), QStringLiteral("key")};
    QTest::newRow("saju invalid key prefixes")
        << S << "invalid_api_key" << QStringList{QStringLiteral("bs_live_"), QStringLiteral("bs_test_")};
    QTest::newRow("saju missing key header") << S << "missing_api_key" << QStringList{QStringLiteral("X-API-Key")};
    QTest::newRow("credits top up in console")
        << R << "credits_exhausted" << QStringList{QStringLiteral("Top up"), QStringLiteral("RunYour console")};
    QTest::newRow("saju 402 points to the saju dashboard")
        << S << "credits_exhausted" << QStringList{QStringLiteral("Saju API dashboard")};
    QTest::newRow("daily quota") << S << "daily_limit_exceeded"
                                 << QStringList{QStringLiteral("quota"), QStringLiteral("not retry")};
    QTest::newRow("cost limit") << S << "cost_limit_exceeded"
                                << QStringList{QStringLiteral("spending limit"), QStringLiteral("not retry")};
    QTest::newRow("unsupported model") << R << "unsupported_model" << QStringList{QStringLiteral("provider/model")};
    QTest::newRow("saju model names") << S << "invalid_model" << QStringList{QStringLiteral("haiku")};
    QTest::newRow("status page") << S << "service_unavailable" << QStringList{QStringLiteral("status.sajuapi.dev")};
    QTest::newRow("stream incomplete billed") << R << "stream_incomplete" << QStringList{QStringLiteral("billed")};
    QTest::newRow("tls never ignored") << R << "tls_error" << QStringList{QStringLiteral("never ignores")};
}

void TestApiErrorText::hints()
{
    QFETCH(int, service);
    QFETCH(QString, code);
    QFETCH(QStringList, mustContain);
    ApiError e;
    e.service = Service(service);
    e.kind = Kind::Http;
    e.code = code;
    const QString hint = e.userHint();
    for (const QString &word : std::as_const(mustContain))
        QVERIFY2(hint.contains(word, Qt::CaseInsensitive), qPrintable(hint));
}

void TestApiErrorText::serverTextWins()
{
    ApiError e;
    e.service = Service::Saju;
    e.kind = Kind::Http;
    e.code = QStringLiteral("missing_field");
    e.message = QStringLiteral("필수 필드가 없습니다");
    e.hint = QStringLiteral("saju.pillars.month를 추가하세요");
    e.field = QStringLiteral("saju.pillars.month");
    QCOMPARE(e.userMessage(), e.message);
    QCOMPARE(e.userHint(), e.hint);
    e.hint.clear();
    QVERIFY(e.userHint().contains(QStringLiteral("saju.pillars.month"))); // our hint names the field
}

void TestApiErrorText::networkKinds()
{
    const ApiError refused =
        ApiErrorParser::fromNetwork(Service::RunYour, QStringLiteral("/v1/models"),
                                    QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
    QVERIFY(refused.userMessage().contains(QStringLiteral("refused the connection")));
    QVERIFY(refused.userMessage().contains(QStringLiteral("Connection refused"))); // Qt detail kept
    const ApiError timeout = ApiErrorParser::fromTimeout(Service::Saju, QStringLiteral("/api/saju"), "total");
    QVERIFY(timeout.userMessage().contains(QStringLiteral("too long")));
    const ApiError none;
    QVERIFY(none.userMessage().isEmpty());
    QVERIFY(!none.isError());
}

void TestApiErrorText::localError()
{
    const ApiError e = ApiError::local(Service::RunYour, QStringLiteral("/v1/chat/completions"),
                                       ApiErrorCode::InvalidInput, QStringLiteral("The prompt is empty."));
    QCOMPARE(e.kind, Kind::Input);
    QCOMPARE(e.service, Service::RunYour);
    QCOMPARE(e.code, QStringLiteral("invalid_input"));
    QCOMPARE(e.userMessage(), QStringLiteral("The prompt is empty."));
    QVERIFY(!e.userHint().isEmpty());
    QVERIFY(e.localTime.isValid());
    QVERIFY(e.is(ApiErrorCode::InvalidInput));
    QVERIFY(!e.is(ApiErrorCode::Timeout));
    QCOMPARE(e.attempts, 0);
}

void TestApiErrorText::metaType()
{
    registerApiErrorMetaType();
    registerApiErrorMetaType(); // idempotent
    QVERIFY(QMetaType::fromName("sajudesk::ApiError").isValid());
    ApiError e;
    e.code = QStringLiteral("rate_limited");
    const QVariant v = QVariant::fromValue(e);
    QCOMPARE(v.value<ApiError>().code, QStringLiteral("rate_limited"));
    QCOMPARE(QMetaEnum::fromType<ApiError::Kind>().valueToKey(int(Kind::Timeout)), "Timeout");
}

QTEST_GUILESS_MAIN(TestApiErrorText)
#include "tst_apierror_text.moc"
