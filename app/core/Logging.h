// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="sajudesk.*.debug=true".
// Never log an API key: log sajudesk::redactKey(key) or nothing.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcKeys)
Q_DECLARE_LOGGING_CATEGORY(lcSaju)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sajudesk {

/// A key as it may appear in logs and on screen: prefix kept, body hidden, last 4 shown
/// ("runyour-v1-…a1b2"). Short or empty keys give "(none)" or "…" so nothing leaks.
QString redactKey(const QString &key);

/// Default log filter of both binaries: only warnings and errors of sajudesk.* (no per-request
/// lines on stderr). `verbose` (the --verbose option) turns on their info and debug lines too.
/// When QT_LOGGING_RULES or QT_LOGGING_CONF is set, the quiet default is left out and those rules
/// alone decide (Qt applies them after these rules in any case).
void applyLoggingDefaults(bool verbose);

} // namespace sajudesk
