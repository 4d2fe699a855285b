// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/ApiKeyStore.h"

namespace sajudesk {

/// Checks a pasted key before it is stored or used. Surrounding whitespace and newlines (from
/// copy/paste or `echo`) are trimmed; anything else is reported, never silently fixed.
///   Invalid: empty, spaces/control/non-ASCII characters inside, bare prefix, too long,
///            Saju key without `bs_live_` / `bs_test_`.
///   Warning: RunYour key without `runyour-v1-` (ask the user before using it).
struct KeyCheck
{
    enum class Level { Ok, Warning, Invalid };

    Level level = Level::Invalid;
    QString key;     ///< the trimmed key (empty when Invalid)
    QString message; ///< translated explanation; empty for a plain Ok

    bool usable() const { return level != Level::Invalid; }
};

KeyCheck checkKey(ApiKeyStore::Service service, const QString &raw);

/// Translated one-line description of the expected format, for hints next to input fields.
QString keyFormatHint(ApiKeyStore::Service service);

/// Longest key we accept; real keys are well below (RunYour ~120 characters).
inline constexpr int maxKeyLength = 1024;

} // namespace sajudesk
