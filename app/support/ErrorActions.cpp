// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ErrorActions.h"

namespace sajudesk {

namespace {

bool codeIn(const QString &code, std::initializer_list<const char *> codes)
{
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

bool isKeyProblem(const ApiError &e)
{
    if (e.kind == ApiError::Kind::Http && e.httpStatus == 401)
        return true;
    return codeIn(e.code, {"missing_api_key", "invalid_api_key", "expired_api_key", "suspended_api_key", "UNAUTHORIZED",
                           "authentication_error"});
}

} // namespace

namespace VendorPages {

QUrl sajuDashboard()
{
    return QUrl(QStringLiteral("https://dashboard.sajuapi.dev"));
}

QUrl sajuStatus()
{
    return QUrl(QStringLiteral("https://status.sajuapi.dev"));
}

QUrl runYourCredits()
{
    return QUrl(QStringLiteral("https://runyourai.gitbook.io/userguide/runyour-agent/get-started/undefined-2"));
}

} // namespace VendorPages

ErrorAction ErrorAction::forError(const ApiError &e)
{
    ErrorAction a;
    a.service = e.service;
    if (!e.isError() || e.service == ApiError::Service::Local)
        return a;
    // Order matters: a key problem hides every other (nothing works until it is fixed), and money
    // or quota outranks the model (another model costs too).
    if (isKeyProblem(e)) {
        a.type = Type::OpenKeySettings;
        return a;
    }
    if (codeIn(e.code, {"credits_exhausted", "daily_limit_exceeded", "cost_limit_exceeded"})) {
        a.type = Type::OpenConsole;
        a.url = e.service == ApiError::Service::Saju ? VendorPages::sajuDashboard() : VendorPages::runYourCredits();
        return a;
    }
    if (codeIn(e.code, {"ai_provider_error", "unsupported_model", "invalid_model"})
        || e.field == QLatin1String("model")) {
        a.type = Type::SwitchModel;
        return a;
    }
    // Saju names the field at fault as a dot path; RunYour's `param` names request fields the
    // user does not edit one by one.
    if (e.service == ApiError::Service::Saju && !e.field.isEmpty()) {
        a.type = Type::GoToField;
        a.field = e.field;
        return a;
    }
    if (e.service == ApiError::Service::Saju
        && (e.httpStatus >= 500 || codeIn(e.code, {"internal_error", "service_unavailable", "timeout"}))
        && e.kind == ApiError::Kind::Http) {
        a.type = Type::OpenStatusPage;
        a.url = VendorPages::sajuStatus();
        return a;
    }
    return a;
}

} // namespace sajudesk
