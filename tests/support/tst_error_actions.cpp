// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorAction::forError: the one fix the Problems panel offers, one named row per rule.
#include "support/ErrorActions.h"

#include <QTest>

using namespace sajudesk;
using Type = ErrorAction::Type;
using Service = ApiError::Service;
using Kind = ApiError::Kind;

class TestErrorActions : public QObject
{
    Q_OBJECT
private slots:
    void forError_data();
    void forError();
};

void TestErrorActions::forError_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("fieldOut");
    const int R = int(Service::RunYour), S = int(Service::Saju);
    const int H = int(Kind::Http), I = int(Kind::Input), N = int(Kind::Network), T = int(Kind::Timeout);
    const QString saju = QStringLiteral("https://dashboard.sajuapi.dev");
    const QString status = QStringLiteral("https://status.sajuapi.dev");
    const QString credits =
        QStringLiteral("https://runyourai.gitbook.io/userguide/runyour-agent/get-started/undefined-2");

    QTest::newRow("runyour 401 opens the keys") << R << H << 401 << "invalid_api_key"
                                                << "" << int(Type::OpenKeySettings) << ""
                                                << "";
    QTest::newRow("saju expired key opens the keys") << S << H << 401 << "expired_api_key"
                                                     << "" << int(Type::OpenKeySettings) << ""
                                                     << "";
    QTest::newRow("missing key refused locally opens the keys") << R << I << 0 << "missing_api_key"
                                                                << "" << int(Type::OpenKeySettings) << ""
                                                                << "";
    QTest::newRow("key rejected inside a stream opens the keys") << R << H << 200 << "invalid_api_key"
                                                                 << "" << int(Type::OpenKeySettings) << ""
                                                                 << "";
    QTest::newRow("runyour credits open the credit guide") << R << H << 402 << "credits_exhausted"
                                                           << "" << int(Type::OpenConsole) << credits << "";
    QTest::newRow("runyour daily limit opens the credit guide") << R << H << 429 << "daily_limit_exceeded"
                                                                << "" << int(Type::OpenConsole) << credits << "";
    QTest::newRow("saju credits open the dashboard") << S << H << 403 << "credits_exhausted"
                                                     << "" << int(Type::OpenConsole) << saju << "";
    QTest::newRow("saju cost limit opens the dashboard") << S << H << 429 << "cost_limit_exceeded"
                                                         << "" << int(Type::OpenConsole) << saju << "";
    QTest::newRow("saju ai_provider_error switches model") << S << H << 503 << "ai_provider_error"
                                                           << "" << int(Type::SwitchModel) << ""
                                                           << "";
    QTest::newRow("saju invalid_model switches model") << S << H << 400 << "invalid_model"
                                                       << "model" << int(Type::SwitchModel) << ""
                                                       << "";
    QTest::newRow("runyour unsupported model switches model") << R << H << 400 << "unsupported_model"
                                                              << "" << int(Type::SwitchModel) << ""
                                                              << "";
    QTest::newRow("runyour bare model refused locally switches model") << R << I << 0 << "unsupported_model"
                                                                       << "model" << int(Type::SwitchModel) << ""
                                                                       << "";
    QTest::newRow("saju missing field goes to the field") << S << H << 400 << "missing_field"
                                                          << "saju.pillars.month" << int(Type::GoToField) << ""
                                                          << "saju.pillars.month";
    QTest::newRow("saju invalid userName goes to the field") << S << H << 400 << "invalid_field"
                                                             << "userName" << int(Type::GoToField) << ""
                                                             << "userName";
    QTest::newRow("runyour param is no field to go to") << R << H << 400 << "bad_request"
                                                        << "messages" << int(Type::None) << ""
                                                        << "";
    QTest::newRow("saju 500 opens the status page") << S << H << 500 << "internal_error"
                                                    << "" << int(Type::OpenStatusPage) << status << "";
    QTest::newRow("saju 503 opens the status page") << S << H << 503 << "service_unavailable"
                                                    << "" << int(Type::OpenStatusPage) << status << "";
    QTest::newRow("saju 502 html page opens the status page") << S << H << 502 << "server_error"
                                                              << "" << int(Type::OpenStatusPage) << status << "";
    QTest::newRow("runyour 503 has no status page") << R << H << 503 << "service_unavailable"
                                                    << "" << int(Type::None) << ""
                                                    << "";
    QTest::newRow("our own timeout has no status page") << S << T << 0 << "timeout"
                                                        << "" << int(Type::None) << ""
                                                        << "";
    QTest::newRow("network error offers nothing") << S << N << 0 << "network_error"
                                                  << "" << int(Type::None) << ""
                                                  << "";
    QTest::newRow("saju rate limit offers nothing") << S << H << 429 << "rate_limited"
                                                    << "" << int(Type::None) << ""
                                                    << "";
}

void TestErrorActions::forError()
{
    QFETCH(int, service);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, type);
    QFETCH(QString, url);
    QFETCH(QString, fieldOut);
    ApiError e;
    e.service = Service(service);
    e.kind = Kind(kind);
    e.httpStatus = status;
    e.code = code;
    e.field = field;
    const ErrorAction a = ErrorAction::forError(e);
    QCOMPARE(int(a.type), type);
    QCOMPARE(a.url.toString(), url);
    QCOMPARE(a.field, fieldOut);
    QCOMPARE(a.service, Service(service));
}

QTEST_GUILESS_MAIN(TestErrorActions)
#include "tst_error_actions.moc"
