// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SupportReport.h"

#include "core/BuildInfo.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>

namespace sajudesk {

SupportEnvironment SupportEnvironment::current()
{
    SupportEnvironment env;
    env.appVersion = QString::fromLatin1(buildinfo::versionString);
    env.qtVersion = QString::fromLatin1(qVersion());
    env.os = QSysInfo::prettyProductName();
    env.uiLanguage = QLocale().name();
    return env;
}

namespace SupportReport {

namespace {

const QString kRedacted = QStringLiteral("[REDACTED]");

struct ScrubRule
{
    QRegularExpression pattern;
    QString replacement;
};

const std::vector<ScrubRule> &scrubRules()
{
    // Order matters: labelled values first, so "X-API-Key: bs_live_…" becomes one marker rather
    // than a label followed by a separately scrubbed prefix.
    static const std::vector<ScrubRule> rules = {
        {QRegularExpression(QStringLiteral(R"((bearer)\s+[^\s"',;}\]]+)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1 ") + kRedacted},
        {QRegularExpression(
             QStringLiteral(
                 R"(((?:x-api-key|api[_-]?key|apikey|authorization|access[_-]?token|secret)["']?\s*[:=]\s*["']?)(?!bearer\s)[^\s"',;&}\]]+)"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1") + kRedacted},
        {QRegularExpression(QStringLiteral(R"(runyour-v1-[A-Za-z0-9_\-.]*)"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("runyour-v1-") + kRedacted},
        {QRegularExpression(QStringLiteral(R"(bs_(live|test)_[A-Za-z0-9_\-.]*)"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("bs_\\1_") + kRedacted},
    };
    return rules;
}

QString valueOrNone(const QString &value)
{
    const QString scrubbed = scrubSecrets(value.trimmed());
    if (scrubbed.isEmpty())
        return QStringLiteral("-");
    // Continuation lines are indented so a multi-line server message stays inside its field.
    QString out = scrubbed;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return out;
}

QString serviceName(ApiError::Service service)
{
    switch (service) {
    case ApiError::Service::RunYour:
        return QStringLiteral("RunYour AI");
    case ApiError::Service::Saju:
        return QStringLiteral("Saju API");
    case ApiError::Service::Local:
        break;
    }
    return QStringLiteral("local");
}

QString kindName(ApiError::Kind kind)
{
    // Spelled out rather than via QMetaEnum so the report needs nothing but the ApiError header.
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Protocol:
        return QStringLiteral("protocol");
    case ApiError::Kind::Incomplete:
        return QStringLiteral("incomplete");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ApiError::Kind::Input:
        return QStringLiteral("input");
    }
    return QStringLiteral("unknown");
}

} // namespace

QString scrubSecrets(const QString &text)
{
    QString out = text;
    for (const ScrubRule &rule : scrubRules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

QString headerLine()
{
    return QStringLiteral("----- SajuDesk support report -----");
}

QString format(const ApiError &error, const QUrl &serviceBaseUrl, const SupportEnvironment &environment)
{
    const QDateTime when = error.localTime.isValid() ? error.localTime : QDateTime::currentDateTimeUtc();
    const QString timeText = when.toUTC().toString(Qt::ISODate) + QStringLiteral(" (local ")
                             + when.toLocalTime().toString(Qt::ISODate) + QLatin1Char(')');

    QStringList lines;
    auto add = [&lines](const char *label, const QString &value) {
        lines << QString::fromLatin1(label).leftJustified(12) + QStringLiteral(": ") + valueOrNone(value);
    };
    lines << headerLine();
    // Our classification and the server's own code side by side: support staff search for the
    // vendor's code, the app's behaviour (retry, key prompt) follows ours.
    add("code", error.code);
    add("server code", error.serverCode);
    add("message", error.message);
    add("hint", error.hint);
    add("field", error.field);
    add("requestId", error.requestId);
    add("endpoint", error.endpoint);
    add("HTTP status", error.httpStatus > 0 ? QString::number(error.httpStatus) : QString());
    add("attempts", QString::number(error.attempts));
    add("time", timeText);
    add("service", serviceName(error.service));
    add("kind", kindName(error.kind));
    add("host", serviceBaseUrl.host());
    add("retryAfter",
        error.retryAfterMs >= 0 ? QString::number(error.retryAfterMs) + QStringLiteral(" ms") : QString());
    add("server time", error.serverTimestamp);
    add("app", QString::fromLatin1(buildinfo::appName) + QLatin1Char(' ') + environment.appVersion);
    add("Qt", environment.qtVersion);
    add("OS", environment.os);
    add("language", environment.uiLanguage);
    lines << QStringLiteral("-----------------------------------");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace SupportReport

} // namespace sajudesk
