// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sajudesk::ErrorClassification {

/// True when `code` (a const char* from the tables here, may be null) is `machineCode`.
bool is(const char *code, const char *machineCode);

/// Credit exhaustion has no documented status (api-contract Q-R1): credit / 크레딧 / balance / 잔액.
bool mentionsCredit(const QString &text);

/// Codes of the Saju v0 catalogue plus the v1 / Enterprise ones we tolerate; they are our
/// classification too and pass through verbatim.
bool isKnownSajuCode(const QString &code);

/// The HTTP status a Saju catalogue code implies (for errors inside a 200 stream).
int impliedStatusForSajuCode(const QString &code);

/// Our classification (an ApiErrorCode) for a code another vendor or an OpenAI-compatible server
/// sends (insufficient_quota, invalid_api_key, overloaded_error …); null when unknown.
const char *classificationOfServerCode(const QString &serverCode);

/// daily_limit_exceeded / cost_limit_exceeded when a message says a daily or monthly quota is
/// used up (the gateway sends those as 429s), else null.
const char *quotaClassOfMessage(const QString &text);

/// Qt's own text for a CONNECT the proxy refused, in English or the UI language.
bool isProxyRefusalText(const QString &text);

} // namespace sajudesk::ErrorClassification
