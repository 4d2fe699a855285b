// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

#include <QLoggingCategory>
#include <QString>

Q_LOGGING_CATEGORY(lcNet, "sajudesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "sajudesk.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSaju, "sajudesk.saju", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sajudesk.ui", QtInfoMsg)

namespace sajudesk {

QString redactKey(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("(none)");
    // Known public prefixes are not secret and help users tell keys apart.
    static const QLatin1String prefixes[] = {QLatin1String("runyour-v1-"), QLatin1String("bs_live_"),
                                             QLatin1String("bs_test_")};
    QString prefix;
    for (const auto &p : prefixes) {
        if (key.startsWith(p)) {
            prefix = p;
            break;
        }
    }
    const qsizetype secretLength = key.size() - prefix.size();
    // Show the tail only when the secret part is long enough that 4 characters reveal little.
    if (secretLength < 16)
        return prefix + QStringLiteral("…");
    return prefix + QStringLiteral("…") + key.right(4);
}

void applyLoggingDefaults(bool verbose)
{
    // Rules from the environment are the user's whole choice: "sajudesk.*.debug=true" alone must
    // not leave info lines switched off by our quiet default.
    if (!verbose && (qEnvironmentVariableIsSet("QT_LOGGING_RULES") || qEnvironmentVariableIsSet("QT_LOGGING_CONF")))
        return;
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("sajudesk.*.info=true\nsajudesk.*.debug=true")
                                             : QStringLiteral("sajudesk.*.info=false\nsajudesk.*.debug=false"));
}

} // namespace sajudesk
