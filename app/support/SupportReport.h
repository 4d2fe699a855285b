// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QString>
#include <QUrl>

namespace sajudesk {

/// Where the app runs; part of every support report. `current()` fills it from the build and
/// the running system; tests pass fixed values so the text is reproducible.
struct SupportEnvironment
{
    QString appVersion; ///< e.g. "0.1.0"
    QString qtVersion;  ///< runtime qVersion()
    QString os;         ///< QSysInfo::prettyProductName()
    QString uiLanguage; ///< e.g. "ko_KR"

    static SupportEnvironment current();
};

/// The plain-text block users paste into a support ticket ("copy for support" in the GUI, stderr
/// of sajudesk-cli). `code` is our classification, `server code` the server's code as sent.
/// Labels are fixed English so support can read any user's report; values are
/// the ApiError fields with anything key-shaped scrubbed, so a server that echoes a key cannot
/// leak it through the report.
///
///   const QString text = SupportReport::format(error, QUrl(QStringLiteral("https://api.sajuapi.dev")));
///   QGuiApplication::clipboard()->setText(text);
namespace SupportReport {

/// The report block. `serviceBaseUrl` contributes only its host (never a path, query or user info).
QString format(const ApiError &error, const QUrl &serviceBaseUrl = QUrl(),
               const SupportEnvironment &environment = SupportEnvironment::current());

/// Replaces every key-shaped substring (runyour-v1-…, bs_live_…, bs_test_…, "Bearer …",
/// X-API-Key / api_key / Authorization values) with a "[REDACTED]" marker.
QString scrubSecrets(const QString &text);

/// The first line of the block, useful as a section marker when searching pasted text.
QString headerLine();

} // namespace SupportReport

} // namespace sajudesk
