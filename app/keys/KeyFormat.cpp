// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeyFormat.h"

#include <QCoreApplication>

namespace sajudesk {

namespace {

const QLatin1String runYourPrefix("runyour-v1-");
const QLatin1String sajuLivePrefix("bs_live_");
const QLatin1String sajuTestPrefix("bs_test_");

KeyCheck invalid(const QString &message)
{
    KeyCheck check;
    check.level = KeyCheck::Level::Invalid;
    check.message = message;
    return check;
}

} // namespace

KeyCheck checkKey(ApiKeyStore::Service service, const QString &raw)
{
    const QString key = raw.trimmed();
    if (key.isEmpty())
        return invalid(QCoreApplication::translate("KeyFormat", "Enter a key."));
    if (key.size() > maxKeyLength)
        return invalid(
            QCoreApplication::translate("KeyFormat", "This is far longer than any API key. Paste only the key."));

    bool hasSpace = false;
    bool hasControl = false;
    bool hasNonAscii = false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u == u' ' || c.isSpace())
            hasSpace = true;
        else if (u < 0x20 || u == 0x7f || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            hasControl = true;
        else if (u > 0x7e)
            hasNonAscii = true;
    }
    if (hasSpace)
        return invalid(QCoreApplication::translate(
            "KeyFormat", "The key contains spaces or line breaks inside it. Copy the key again in one piece."));
    if (hasControl)
        return invalid(QCoreApplication::translate(
            "KeyFormat", "The key contains control characters. Copy the key again from the vendor's console."));
    if (hasNonAscii)
        return invalid(QCoreApplication::translate(
            "KeyFormat", "The key contains characters that API keys never have (only English letters, digits, "
                         "'-' and '_'). Check that you pasted the key and not other text."));

    KeyCheck check;
    check.key = key;
    check.level = KeyCheck::Level::Ok;
    if (service == ApiKeyStore::Service::RunYour) {
        if (key == runYourPrefix)
            return invalid(QCoreApplication::translate("KeyFormat", "Only the prefix was pasted. Copy the whole key."));
        if (!key.startsWith(runYourPrefix)) {
            check.level = KeyCheck::Level::Warning;
            check.message = QCoreApplication::translate(
                "KeyFormat", "RunYour AI keys start with \"runyour-v1-\"; this one does not. "
                             "Check that you copied the whole key.");
        }
    } else {
        const bool live = key.startsWith(sajuLivePrefix);
        const bool test = key.startsWith(sajuTestPrefix);
        if (!live && !test)
            return invalid(
                QCoreApplication::translate("KeyFormat", "Saju API keys start with \"bs_live_\" or \"bs_test_\"."));
        if (key == sajuLivePrefix || key == sajuTestPrefix)
            return invalid(QCoreApplication::translate("KeyFormat", "Only the prefix was pasted. Copy the whole key."));
        if (test)
            check.message = QCoreApplication::translate(
                "KeyFormat", "This is a test key: the Saju API answers with mock data and does not bill it.");
    }
    return check;
}

QString keyFormatHint(ApiKeyStore::Service service)
{
    if (service == ApiKeyStore::Service::RunYour)
        return QCoreApplication::translate(
            "KeyFormat", "Starts with runyour-v1-. Create it in the RunYour AI console under API keys.");
    return QCoreApplication::translate("KeyFormat",
                                       "Starts with bs_live_ (production) or bs_test_ (mock data, not billed). "
                                       "Create it in the Saju API dashboard.");
}

} // namespace sajudesk
