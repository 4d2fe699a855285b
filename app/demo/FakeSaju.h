// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/FakeApiConfig.h"
#include "demo/FakeHttp.h"

#include <QJsonObject>

namespace sajudesk {

/// Saju API v0 as api-contract.md §2 describes it: /api/daily-fortune, /api/daily-fortune-stream
/// (formats A and B), /api/saju; X-API-Key auth, the v0 error envelope and X-RateLimit-* headers.
/// Content is invented but deterministic (same input → same text).
namespace FakeSaju {

bool handles(const QString &path);
FakeReply handle(const FakeRequest &request, const FakeApiConfig &config, FakeApiCounters &counters);

/// Error envelope {success:false,error:{code,message,hint?,field?,retryAfter?},meta:{requestId}}.
QByteArray errorBody(const QString &code, const QString &message, const QString &requestId, const QString &field = {},
                     const QString &hint = {}, int retryAfter = -1);

/// Approximate four pillars (solar-term dates fixed to their usual day; good enough for a
/// demo, not a reference): the /api/saju result object.
QJsonObject sajuResult(int year, int month, int day, int hour);

} // namespace FakeSaju
} // namespace sajudesk
