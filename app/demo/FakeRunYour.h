// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/FakeApiConfig.h"
#include "demo/FakeHttp.h"

#include <QJsonValue>
#include <QStringList>

namespace sajudesk {

/// RunYour AI as api-contract.md §1 describes it: GET /v1/models, POST /v1/chat/completions
/// (JSON and SSE), Bearer auth, NestJS-style error bodies. A prompt "think:<q>" streams
/// reasoning_content before the answer to <q>; "refuse:<q>" answers with a refusal instead.
namespace FakeRunYour {

bool handles(const QString &path);
FakeReply handle(const FakeRequest &request, const FakeApiConfig &config, FakeApiCounters &counters);

/// The deterministic answer to a conversation whose last user message is `lastUserMessage`:
/// "echo:<text>" answers exactly <text>; Hangul input gets a Korean answer, other input English.
QString answerFor(const QString &lastUserMessage);
/// How the answer is cut into stream chunks (joined they give the answer back exactly).
QStringList splitAnswer(const QString &answer, int chunkCount = 0);
/// NestJS exception-filter body; `message` is a string or an array of strings.
QByteArray errorBody(int status, const QString &path, const QJsonValue &message);

} // namespace FakeRunYour
} // namespace sajudesk
